"""Agreeing that something is so is an opinion shared (CAMEO 019 Express accord), not an intent to
cooperate (030); what the clause names is no party to it. Agreeing to do something, on something,
or that one would do it stays an agreement to act."""

from __future__ import annotations


def coded(events):
    return [(e.cameo.code, e.source.code if e.source else None,
             e.target.code if e.target else None) for e in events]


def test_an_opinion_agreed_is_accord_with_no_target_in_the_clause(code_sentence):
    text = "Ghana's foreign minister agreed that Kenya had gained most from the new tariffs."
    events = code_sentence(text, {"Ghana's foreign minister": "GHAGOV", "Kenya": "KEN"})
    assert ("019", "GHAGOV", None) in coded(events)
    assert not [c for c in coded(events) if c[0].startswith("03")]


def test_an_act_agreed_on_is_still_an_intent(code_sentence):
    for text in ("Kenya and Ghana agreed that they would reopen the border.",
                 "Kenya and Ghana agreed on a ceasefire."):
        events = code_sentence(text, {"Kenya": "KEN", "Ghana": "GHA"})
        assert ("030", "KEN", "GHA") in coded(events), text
