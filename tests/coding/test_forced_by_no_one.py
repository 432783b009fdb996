"""A passive of compelling with an infinitive and no one named who compels ("were forced to
resign", "were forced to leave their homes after the quake") tells a circumstance, no act of
coercion (CAMEO 17 is an actor's). Anyone named who forces still coerces; "forced into" still
codes what was done to them."""

from __future__ import annotations


def coerced(events):
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.cameo.code == "170"]


def test_forced_by_circumstance_is_no_coercion(code_sentence):
    for text in ("Two Kenyan ministers were forced to resign on Monday.",
                 "Thousands of Kenyans were forced to leave their homes after the earthquake."):
        events = code_sentence(text, {"Two Kenyan ministers": "KENGOV", "Kenyans": "KENCVL"})
        assert not coerced(events), text


def test_a_named_forcer_still_coerces(code_sentence):
    text = "Thousands of Kenyans were forced from their homes by Ugandan troops."
    events = code_sentence(text, {"Kenyans": "KENCVL", "Ugandan troops": "UGAMIL"})
    assert ("UGAMIL", "KENCVL") in coerced(events)
    text = "Ugandan troops forced the Kenyan rebels to retreat."
    events = code_sentence(text, {"Ugandan troops": "UGAMIL", "the Kenyan rebels": "KENREB"})
    assert ("UGAMIL", "KENREB") in coerced(events)
