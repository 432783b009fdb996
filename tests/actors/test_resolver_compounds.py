"""Compound and modified mentions: a country with a sector noun, two countries in one phrase."""

from __future__ import annotations

from actors_helpers import by_text, codes


def test_country_adjective_and_sector(resolve):
    ms = resolve("Turkish troops shelled positions held by Syrian rebels on Tuesday.")
    assert codes(ms, "Turkish troops") == ["TURMIL"]
    assert codes(ms, "Syrian rebels") == ["SYRREB"]


def test_official_with_relative_clause(resolve):
    ms = resolve("A Turkish official who spoke on the condition of anonymity said talks failed.")
    assert codes(ms, "A Turkish official") == ["TURGOV"]
    assert "TURGOV" in codes(ms, "who")


def test_two_countries_in_one_phrase(resolve):
    ms = resolve("Hungarian and Romanian officials met in Budapest on Monday.")
    both = by_text(ms, "Hungarian and Romanian officials")
    assert sorted(m.code for m in both) == ["HUNGOV", "ROUGOV"]
    assert len({(m.start, m.end) for m in both}) == 1


def test_possessor_gives_the_country(resolve):
    ms = resolve("President Vladimir Putin's spokesman Dmitry Peskov told reporters on Monday.")
    assert codes(ms, "President Vladimir Putin's spokesman Dmitry Peskov") == ["RUSGOV"]


def test_group_code_wins_over_sector_noun(resolve):
    ms = resolve("Turkey warned the Kurdish YPG militia to withdraw.")
    m = by_text(ms, "the Kurdish YPG militia")[0]
    assert (m.code, m.country, m.sector) == ("SYRREBYPG", "SYR", "REB")


def test_mention_fields(resolve):
    m = by_text(resolve("Turkish troops crossed the border."), "Turkish troops")[0]
    assert m.country == "TUR" and m.sector == "MIL"
    assert m.name == "Turkey military"
    assert m.plover_actor == "TUR MIL"
    assert m.entry and m.entry.startswith("eventwire:agents.tsv")


def test_sector_noun_about_a_thing_is_no_actor(resolve):
    ms = resolve("Turkey asks allies for ground troop support near the police station.")
    assert not by_text(ms, "troop") and not by_text(ms, "police")


def test_a_sector_compounded_with_an_act_noun_is_who_did_it(resolve):
    ms = resolve("Mexico's president criticized a U.S. Supreme Court ruling on migrants.")
    assert codes(ms, "U.S. Supreme Court") == ["USAJUD"]


def test_a_sector_compounded_with_a_thing_is_no_actor(resolve):
    ms = resolve("Protesters gathered outside the police station in Nairobi.")
    assert not by_text(ms, "police")


def test_a_country_and_an_organisation_in_one_phrase_are_two_sides(resolve):
    ms = resolve("French and EU negotiators reached a deal on fishing rights.")
    both = by_text(ms, "French and EU negotiators")
    assert sorted(m.code for m in both) == ["FRAGOV", "IGOEUREEC"]


def test_two_possessor_countries_in_one_phrase_are_two_sides(resolve):
    ms = resolve("Kenya and Uganda's defence ministers met on Friday in Nairobi.")
    both = by_text(ms, "Kenya and Uganda's defence ministers")
    assert sorted(m.country for m in both) == ["KEN", "UGA"]
