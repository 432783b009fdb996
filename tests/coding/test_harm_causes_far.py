"""Harm from a disease, a natural force or an accident is no event even where the parser hangs
the cause away from the verb: a relative clause on the nearest noun of a longer phrase, or a
phrase hung on a verb joined to it (coder.done_by_nature)."""

from __future__ import annotations

import pytest
from coding_helpers import resolved_and_coded, roots

HARM = ("17", "18", "19", "20")


@pytest.mark.parametrize("text", [
    # the relative clause hangs on "year"; its antecedent is "crashes"
    "Two crashes of Zambian airliners in less than a year that killed 300 people hurt sales.",
    # "after an outbreak" hangs on "remain", joined to "killed"
    "At least nine Kenyans were killed and sixty remain in hospital after an outbreak of "
    "cholera in Nairobi.",
])
def test_harm_from_a_far_cause_is_no_event(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert not any(r in HARM for r in roots(events)), [(e.source, e.cameo.code) for e in events]


@pytest.mark.parametrize("text", [
    "The bombing of a market in Nairobi in May that killed 20 Kenyans was condemned.",
    "Two Kenyan soldiers were killed and three were wounded in clashes with rebels.",
    # a 'when' relative on a noun of harm ("fall") tells when, not who
    "Kenyan troops killed the rebel leader in the fall of 2001, when the army attacked his camp.",
])
def test_harm_from_an_attack_is_still_an_event(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert any(r in HARM for r in roots(events))
