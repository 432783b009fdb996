"""A statement (CAMEO 01) needs its speaker, a visit (042, 043) its visitor, and a meeting with
a land someone who meets it: with no source they are no event."""

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


@pytest.mark.parametrize("text", [
    "All of the infected patients had recently travelled to Kenya.",
    "It came a day before a key meeting about Kenya to be held in Lusaka.",
])
def test_a_visit_or_meeting_with_no_one_doing_it_is_no_event(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "04" not in roots(events), [(e.source, e.target, e.cameo.code) for e in events]


def test_a_visit_by_a_party_stays(parser, coder):
    events = resolved_and_coded(parser, coder, "The Zambian president travelled to Kenya.")
    assert "04" in roots(events)
