"""Round 35h: the sides of investigations, visits, scene phrases and sealed-off places.

An investigation (CAMEO 090) is aimed at the one investigated: where the incident it looks
into names its doer ("the killing of a trader by police"), the doer is the target, not the
victim; a party investigated itself ("investigating the minister") stays the target.

A visit (CAMEO 042) named with a place before its noun ("the China trip", "his Kenya
visit") went to that place: the place is the target, never the traveller.

A phrase put before the subject ("At the ministry in X, the minister criticised ...") sets
the scene; it is no target of a statement or a judgement (a protest at an embassy still is).

"Police sealed off the area": the parser may hang the object on the particle; the verb is
active and the police the doer.
"""

from __future__ import annotations

import pytest

from eventwire import code_text


def sides(text: str, code_prefix: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code_text(text) if e.is_fact and e.cameo.code.startswith(code_prefix)]


def test_the_named_doer_of_an_incident_investigated_is_the_target():
    found = sides("Zambian prosecutors are investigating last week's killing of a Malawian trader "
                  "by Kenyan police.", "09")
    assert ("ZMBJUD", "KENCOP") in found, found


@pytest.mark.parametrize(("text", "pair"), [
    ("Kenyan police are investigating the minister.", ("KENCOP", "KENGOV")),
    ("Kenyan police are investigating Ghana's ambassador over the death of a soldier.",
     ("KENCOP", "GHAGOV")),
    ("Kenyan police opened an investigation into the conduct of Zambian soldiers.",
     ("KENCOP", "ZMBMIL")),
])
def test_a_party_investigated_stays_the_target(text, pair):
    assert pair in sides(text, "09")


@pytest.mark.parametrize(("text", "pair"), [
    ("The Zambian president's China trip ended on Friday.", ("ZMBGOV", "CHN")),
    ("The Zambian president began a three-day Kenya visit on Monday.", ("ZMBGOV", "KEN")),
])
def test_a_place_before_a_visit_noun_is_where_it_went(text, pair):
    assert sides(text, "042") == [pair]


@pytest.mark.parametrize("text", [
    "Mr Banda said the Kenya visit would go ahead.",
    "During his Ghana trip, the Kenyan president met Mr Banda.",
])
def test_a_place_visited_is_never_the_traveller(text):
    assert all(source not in ("KEN", "GHA") for source, _ in sides(text, "042"))


@pytest.mark.parametrize(("text", "pair"), [
    ("The Zambian president began a three-day visit to Kenya on Monday.", ("ZMBGOV", "KEN")),
    ("The Kenyan president's visit to Ghana ended on Friday.", ("KENGOV", "GHA")),
    ("The Zambian president began a state visit on Monday.", ("ZMBGOV", None)),
])
def test_visits_without_a_place_before_the_noun_keep_their_sides(text, pair):
    assert sides(text, "042") == [pair]


def test_a_fronted_scene_phrase_is_no_target_of_a_criticism():
    assert sides("At the ministry in Nairobi, the Zambian president criticised the plan.",
                 "11") == [("ZMBGOV", None)]


@pytest.mark.parametrize(("text", "code", "pair"), [
    ("At a meeting in Lusaka, the Kenyan minister criticised Ghana.", "11", ("KENGOV", "GHA")),
    ("The Zambian president lashed out at Kenya.", "11", ("ZMBGOV", "KEN")),
    ("Zambian troops fired at the Kenyan embassy.", "19", ("ZMBMIL", "KENGOV")),
    ("At the Kenyan embassy, Zambian protesters shouted slogans.", "14", ("ZMBOPP", "KENGOV")),
])
def test_targets_named_otherwise_stay(text, code, pair):
    assert pair in sides(text, code)


@pytest.mark.parametrize("text", [
    "Kenyan police sealed off the area.",
    "Kenyan police sealed off the area after the blast.",
])
def test_who_sealed_off_a_place_is_the_source(text):
    found = sides(text, "19")
    assert found and all(source == "KENCOP" and target != "KENCOP" for source, target in found)


def test_a_headline_passive_of_violence_stays_passive():
    assert (None, "KENMIL") in sides("Three Kenyan soldiers killed in an ambush.", "19")
