"""A kind, strain or outbreak of a disease harms as the disease does: no actor, no event."""

from __future__ import annotations

from coding_helpers import resolved_and_coded, roots


def test_a_kind_of_disease_is_no_doer(parser, coder):
    text = "Officials say this is not the type of Avian Flu that has killed 150 people in Kenya."
    events = resolved_and_coded(parser, coder, text)
    assert "19" not in roots(events), [(e.source, e.target, e.cameo.code) for e in events]


def test_a_kind_of_attack_is_still_an_assault(parser, coder):
    text = "A new kind of attack by Zambian rebels killed 30 Kenyan villagers."
    assert "18" in roots(resolved_and_coded(parser, coder, text))  # on civilians: 180


def test_deaths_after_an_outbreak_are_no_assault(parser, coder):
    text = "At least nine Kenyan villagers were killed after an outbreak of cholera in Nairobi."
    assert "19" not in roots(resolved_and_coded(parser, coder, text))
    text = "At least nine Kenyan villagers were killed after an attack by Zambian rebels."
    assert "19" in roots(resolved_and_coded(parser, coder, text))


def test_a_flu_subtype_is_a_disease(parser, coder):
    text = "H7N9 killed ten Kenyan soldiers last year."
    assert "19" not in roots(resolved_and_coded(parser, coder, text))
