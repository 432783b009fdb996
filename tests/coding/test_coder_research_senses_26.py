"""Quoting someone is no statement to them; studying, exploring and checking are no
investigation of a party (CAMEO 09 investigates crimes, abuses and military acts)."""

from __future__ import annotations

import pytest
from coding_helpers import resolved_and_coded, roots


@pytest.mark.parametrize(("text", "root"), [
    ("The Zambian newspaper quoted the Kenyan minister as saying talks would resume.", "01"),
    ("The Zambian ministry is studying the Kenyan proposal.", "09"),
    ("Kenyan police are checking the Zambian border post's video.", "09"),
    ("Zambia and Kenya agreed to explore the Kafue basin.", "09"),
])
def test_no_statement_or_investigation(parser, coder, text, root):
    events = resolved_and_coded(parser, coder, text)
    assert root not in roots(events), [(e.source, e.target, e.cameo.code) for e in events]


def test_an_investigation_of_a_party_stays(parser, coder):
    text = "Kenyan police are investigating the Zambian minister."
    assert "09" in roots(resolved_and_coded(parser, coder, text))
