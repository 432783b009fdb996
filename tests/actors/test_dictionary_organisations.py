"""International organisations, parties and armed groups (each line in
groups.tsv names its source)."""

from __future__ import annotations

from actors_helpers import codes


def test_international_criminal_court_spelled_out(resolve):
    ms = resolve("The International Criminal Court issued a warrant on Friday.")
    assert codes(ms, "The International Criminal Court") == ["IGOJUDICC"]


def test_osce_abbreviation(resolve):
    ms = resolve("The OSCE said its monitors had been denied access.")
    assert codes(ms, "The OSCE") == ["IGO"]


def test_world_trade_organization(resolve):
    ms = resolve("The World Trade Organization ruled against the tariffs.")
    assert codes(ms, "The World Trade Organization") == ["IGO"]


def test_national_party_abbreviation(resolve):
    ms = resolve("The AfD won seats in the eastern state on Sunday.")
    assert codes(ms, "The AfD") == ["DEUPTYAFD"]


def test_zimbabwe_ruling_party(resolve):
    ms = resolve("ZANU-PF accused the opposition of inciting violence.")
    assert codes(ms, "ZANU-PF") == ["ZWEPTYZPF"]


def test_armed_group_spelled_with_hyphens(resolve):
    ms = resolve("Jaish-e-Mohammed claimed the attack in a statement.")
    assert codes(ms, "Jaish-e-Mohammed") == ["PAKREBJEM"]
