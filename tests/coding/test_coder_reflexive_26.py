"""A reflexive object makes a bare verb's act one done to oneself ("armed itself", "defended
themselves against X"), unless the verb gives oneself to another ("surrendered himself to X")
or a pattern names the reflexive ("detonated himself": a suicide bombing)."""

from __future__ import annotations

import pytest
from coding_helpers import codes, resolved_and_coded, root_sides


@pytest.mark.parametrize("text", [
    "Zambia armed itself against Kenya.",
    "The Zambian rebels defended themselves against the Kenyan army.",
    "The Zambian minister blocked herself off from the Kenyan army.",
    "The Kenyan police protected themselves from the Zambian protesters.",
])
def test_an_act_on_oneself_has_no_target(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert not events, [(e.source, e.target, e.cameo.code) for e in events]


def test_a_surrender_or_an_alliance_gives_oneself_to_another(parser, coder):
    text = "The Zambian rebels surrendered themselves to Kenya."
    events = resolved_and_coded(parser, coder, text)
    assert ("ZMBREB", "KEN", "08") in root_sides(events), root_sides(events)
    events = resolved_and_coded(parser, coder, "Kenya allied itself with Zambia.")
    assert ("KEN", "ZMB", "05") in root_sides(events), root_sides(events)


def test_a_bomber_who_detonates_himself_carries_out_a_suicide_bombing(parser, coder):
    text = "A Zambian rebel detonated himself outside the Kenyan embassy."
    assert "1831" in codes(resolved_and_coded(parser, coder, text))


def test_a_verb_with_a_preposition_still_reads_its_phrase(parser, coder):
    events = resolved_and_coded(parser, coder, "Kenya distanced itself from Zambia.")
    assert "110" in codes(events), codes(events)


def test_oneself_and_others_are_still_targets(parser, coder):
    text = "A Zambian suicide bomber killed himself and ten Kenyan soldiers."
    events = resolved_and_coded(parser, coder, text)
    assert ("ZMBREB", "KENMIL", "18") in root_sides(events), root_sides(events)  # 1831
