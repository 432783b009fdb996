"""Roots, round 9: what was done, read as the CAMEO manual and PLOVER define it.

Sentences written for these tests, in wire style; actors given by hand.
"""

from __future__ import annotations


def kinds(events):
    return [(e.cameo.code, e.plover.event) for e in events]


def test_a_prison_sentence_puts_the_convict_in_custody(code_sentence):
    text = "A military court sentenced the opposition leader to ten years in prison on Tuesday."
    events = code_sentence(text, {"A military court": "XYZJUD",
                                  "the opposition leader": "XYZOPP"})
    assert kinds(events) == [("173", "COERCE")], kinds(events)


def test_a_sentence_with_no_custody_stays_a_verdict(code_sentence):
    text = "A court sentenced the former minister to a suspended fine."
    events = code_sentence(text, {"A court": "XYZJUD", "the former minister": "XYZGOV"})
    assert kinds(events) == [("116", "ACCUSE")], kinds(events)


def test_an_inquiry_ordered_is_an_investigation_whatever_its_charges_name(code_sentence):
    text = ("The attorney general ordered an investigation into the police chief over alleged "
            "human rights abuses.")
    events = code_sentence(text, {"The attorney general": "XYZJUD",
                                  "the police chief": "XYZCOP"})
    assert kinds(events) == [("090", "ACCUSE")], kinds(events)
