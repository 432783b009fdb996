"""A kind, strain or outbreak of a disease harms as the disease does: no actor, no event."""

from __future__ import annotations

import pytest
from coding_helpers import resolved_and_coded, roots


@pytest.mark.parametrize("text", [
    "Officials say this is not the same type of Avian Flu that has killed 150 people in Kenya.",
    "Officials say this is not the same strain of bird flu that has killed 150 people in Kenya.",
])
def test_a_kind_of_disease_is_no_doer(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "19" not in roots(events), [(e.source, e.target, e.cameo.code) for e in events]


def test_a_kind_of_attack_is_still_an_assault(parser, coder):
    text = "A new kind of attack by Zambian rebels killed 30 Kenyan villagers."
    assert "19" in roots(resolved_and_coded(parser, coder, text))
