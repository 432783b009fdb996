"""A statement (CAMEO 01) needs its speaker: with no source it says nothing to anyone."""

from __future__ import annotations

import pytest
from coding_helpers import resolved_and_coded, roots


@pytest.mark.parametrize("text", [
    "The scan revealed severe inflammation in the Kenyan minister's lungs.",
    "A recent report stated that the Zambian mining industry had grown.",
    "Kenya's president was informed of the decision late on Thursday.",
])
def test_a_statement_with_no_speaker_is_no_event(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "01" not in roots(events), [(e.source, e.target, e.cameo.code) for e in events]


def test_a_statement_by_a_party_stays(parser, coder):
    events = resolved_and_coded(parser, coder, "Kenya stated that the Zambian border was open.")
    assert "01" in roots(events)
