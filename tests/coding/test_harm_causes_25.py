"""Harm no actor does (disease, natural force, accident) is no event; a weapon or an attack is
no doer: the assault is whoever carried it out's, else no one named's (harm_causes.tsv)."""

from __future__ import annotations

import pytest
from coding_helpers import resolved_and_coded, roots

HARM = ("17", "18", "19", "20")


@pytest.mark.parametrize("text", [
    # a disease named as a proper noun, as subject of a participle's clause
    "Centuries ago the Black Death swept through Zambia, killing half of the population.",
    "The Black Death killed a third of the people of Ghana.",
    # an accident as subject, or what a passive was done in
    "Two Ghanaian soldiers were killed on Tuesday in the crash of an army helicopter in Mali.",
    "A train derailment injured forty Kenyan passengers near Nakuru.",
])
def test_harm_from_disease_or_accident_is_no_event(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert not any(r in HARM for r in roots(events)), [(e.source, e.cameo.code) for e in events]


def test_a_weapon_is_no_doer_and_the_assault_stays_on_its_victims(parser, coder):
    events = resolved_and_coded(parser, coder, "The blast killed four Zambian police officers.")
    harm = [e for e in events if e.cameo.root in HARM]
    assert harm and all(e.source is None for e in harm), [(e.source, e.target) for e in harm]
    assert any(e.target is not None and e.target.code == "ZMBCOP" for e in harm)


def test_a_missile_and_its_participle_have_no_doer(parser, coder):
    text = "A missile hit a school in Kabul, killing six Afghan children."
    harm = [e for e in resolved_and_coded(parser, coder, text) if e.cameo.root in HARM]
    assert harm and all(e.source is None for e in harm), [(e.source, e.target) for e in harm]


def test_an_attack_that_targeted_people_is_no_doer(parser, coder):
    text = "Last year the attacks targeted Kenyan politicians in Nairobi."
    harm = [e for e in resolved_and_coded(parser, coder, text) if e.cameo.root in HARM]
    assert harm and all(e.source is None for e in harm), [(e.source, e.target) for e in harm]


def test_a_bombing_that_killed_people_is_no_doer(parser, coder):
    text = "Kenyan police are searching for those behind a bombing that killed 20 people."
    harm = [e for e in resolved_and_coded(parser, coder, text) if e.cameo.root in HARM]
    assert all(e.source is None or e.source.code for e in harm), \
        [(e.source, e.target) for e in harm]
    assert not any(e.source is not None and "bombing" in e.source.text for e in harm)


def test_the_place_a_bomb_hit_stays_the_target_of_no_one_named(parser, coder):
    # a place alone is kept as the target when the written doer was the weapon itself
    text = "A car bomb exploded outside a hotel in Mombasa on Sunday."
    harm = [e for e in resolved_and_coded(parser, coder, text) if e.cameo.root in HARM]
    assert [(e.source, e.target.code if e.target else None) for e in harm] == [(None, "KEN")]


def test_a_bare_strike_is_no_doer(parser, coder):
    text = "The strike killed three Kenyan soldiers near Garissa on Sunday."
    harm = [e for e in resolved_and_coded(parser, coder, text) if e.cameo.root in HARM]
    assert harm and all(e.source is None for e in harm), [(e.source, e.target) for e in harm]


def test_the_doer_a_by_phrase_names_on_the_weapon_or_the_attack_is_the_source(parser, coder):
    for text, root in (("A bomb planted by Zambian rebels killed four Kenyan soldiers.", "18"),
                       ("An attack by Zambian rebels killed four Kenyan soldiers.", "19")):
        events = resolved_and_coded(parser, coder, text)
        assert any(e.source is not None and e.source.code == "ZMBREB" and e.cameo.root == root
                   for e in events), (text, [(e.cameo.code, e.source) for e in events])
