"""Senses of Phoenix verbs that name no political act in ordinary news."""

from __future__ import annotations


def codes(events) -> list[str]:
    return [e.cameo.code for e in events]


def test_joining_a_party_or_a_service_is_no_consultation(code_sentence):
    text = "The former Kenyan minister joined the opposition party last week."
    events = code_sentence(text, {"The former Kenyan minister": "KENGOV",
                                  "the opposition party": "KENOPP"})
    assert not any(c.startswith("04") for c in codes(events)), codes(events)
    text = "Kenya joined the peace talks with Somalia in Nairobi."
    events = code_sentence(text, {"Kenya": "KEN", "Somalia": "SOM", "Nairobi": "KEN"})
    assert any(c.startswith("04") for c in codes(events)), codes(events)


def test_determining_a_cause_is_no_intent(code_sentence):
    text = "Kenyan health officials are working to determine the cause of the outbreak."
    events = code_sentence(text, {"Kenyan health officials": "KENGOVHLH"})
    assert not any(c.startswith("03") for c in codes(events)), codes(events)
