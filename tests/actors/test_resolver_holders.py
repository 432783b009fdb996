"""A sector noun or a named organisation modifying a noun of its members or of what it holds:
the whole phrase is that actor ("a police unit", "an army camp", "Parliament Speaker X")."""

from __future__ import annotations

from actors_helpers import codes


def test_team_of_a_national_army(resolve):
    ms = resolve("A Ghanaian army medical team arrived in the capital on Friday.")
    assert codes(ms, "A Ghanaian army medical team") == ["GHAMIL"]


def test_police_unit_is_the_police(resolve):
    ms = resolve("In Lagos, a Nigerian police unit raided the offices of a local newspaper.")
    assert codes(ms, "a Nigerian police unit") == ["NGACOP"]


def test_camp_of_the_army_is_the_army(resolve):
    ms = resolve("Gunmen stormed a Malian army camp near the border with Niger on Sunday.")
    assert codes(ms, "a Malian army camp") == ["MLIMIL"]


def test_speaker_of_parliament_named(resolve):
    ms = resolve("Kenyan Parliament Speaker Joseph Otieno adjourned the session on Tuesday.")
    assert codes(ms, "Kenyan Parliament Speaker Joseph Otieno") == ["KENLEG"]


def test_office_of_a_minister(resolve):
    ms = resolve("The Dutch prime minister's office said the talks would resume.")
    assert codes(ms, "The Dutch prime minister's office") == ["NLDGOV"]


def test_plain_thing_noun_stays_no_actor(resolve):
    ms = resolve("Police support for the new law was weak, Danish officials said.")
    assert codes(ms, "Police support") == []
