"""A statement (CAMEO 01) needs its speaker, a visit (042, 043) its visitor, and a meeting with
a land someone who meets it: with no source they are no event."""

from __future__ import annotations

import pytest
from coding_helpers import resolved_and_coded, roots


@pytest.mark.parametrize(("text", "root"), [
    ("The scan revealed severe inflammation in the Kenyan minister's lungs.", "01"),
    ("A recent report stated that the Zambian mining industry had grown.", "01"),
    ("Kenya's president was informed of the decision late on Thursday.", "01"),
    ("All of the infected patients had recently travelled to Kenya.", "04"),
    ("It came a day before a key meeting about Kenya to be held in Lusaka.", "04"),
])
def test_with_no_one_doing_it_there_is_no_event(parser, coder, text, root):
    events = resolved_and_coded(parser, coder, text)
    assert root not in roots(events), [(e.source, e.target, e.cameo.code) for e in events]


@pytest.mark.parametrize(("text", "root"), [
    ("Kenya stated that the Zambian border was open.", "01"),
    ("The Zambian president travelled to Kenya.", "04"),
])
def test_done_by_a_party_it_stays(parser, coder, text, root):
    assert root in roots(resolved_and_coded(parser, coder, text))
