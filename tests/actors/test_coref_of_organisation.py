"""A sector noun with no country whose "of"/"for" phrase names an organisation or group is
that organisation's ("the leader of Hezbollah", "a spokesman for the EU Commission")."""

from __future__ import annotations

from actors_helpers import codes


def test_leader_of_a_group(resolve):
    ms = resolve("The leader of Hezbollah warned Israel in a televised speech.")
    assert codes(ms, "The leader") == ["LBNREBHEZ"]


def test_spokesman_for_an_organisation(resolve):
    ms = resolve("A spokesman for the European Commission declined to comment.")
    assert codes(ms, "A spokesman") == ["IGOEUREEC"]
