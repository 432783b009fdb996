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


def test_what_is_handed_back_to_an_envoy_is_property_returned(code_sentence):
    text = "The museum returned the stolen statue to the Egyptian ambassador in a ceremony."
    events = code_sentence(text, {"The museum": "USA", "the Egyptian ambassador": "EGYGOV"})
    assert kinds(events) == [("0842", "RETREAT")], kinds(events)


def test_an_ambassador_sent_back_to_the_post_is_not_property(code_sentence):
    text = "Israel returned its ambassador to Cairo after a year."
    events = code_sentence(text, {"Israel": "ISR", "Cairo": "EGY"})
    assert [c for c, _ in kinds(events)] == ["050"], kinds(events)


def test_a_letter_that_threatens_is_a_threat_to_its_addressee(code_sentence):
    text = ("The president sent a letter to the agency chief threatening to cut its funding "
            "permanently.")
    events = code_sentence(text, {"The president": "USAGOV", "the agency chief": "IGOXYZ"})
    assert [(e.cameo.code, e.target.text) for e in events] == [
        ("1311", "the agency chief")], kinds(events)


def test_a_letter_alone_is_still_a_consultation(code_sentence):
    text = "The president sent a letter to the prime minister on Friday."
    events = code_sentence(text, {"The president": "USAGOV", "the prime minister": "FRAGOV"})
    assert kinds(events) == [("040", "CONSULT")], kinds(events)


def test_what_an_army_says_it_seized_it_took_by_force(code_sentence):
    text = "The military says it has seized two large oil fields in the north."
    events = code_sentence(text, {"The military": "XYZMIL", "two large oil fields": "XYZ"})
    assert kinds(events) == [("192", "ASSAULT")], kinds(events)


def test_fighters_who_entered_a_town_and_seized_an_office_took_it_by_force(code_sentence):
    text = "Rebel fighters entered the town and seized the governor's office."
    events = code_sentence(text, {"Rebel fighters": "XYZREB", "the governor": "XYZGOV"})
    assert ("192", "ASSAULT") in kinds(events), kinds(events)


def test_what_a_ministry_says_it_seized_is_still_confiscated(code_sentence):
    text = "The ministry said it seized the smuggled goods at the port."
    events = code_sentence(text, {"The ministry": "XYZGOV", "the smuggled goods": "XYZ"})
    assert [p for _, p in kinds(events)] == ["COERCE"], kinds(events)


def test_a_refusal_to_negotiate_is_a_refusal(code_sentence):
    text = "The government's refusal to negotiate with the rebels prolonged the war."
    events = code_sentence(text, {"The government": "XYZGOV", "the rebels": "XYZREB"})
    assert kinds(events) == [("125", "REJECT")], kinds(events)


def test_a_plan_to_negotiate_is_no_refusal(code_sentence):
    text = "The government's plan to negotiate with the rebels was announced on Monday."
    events = code_sentence(text, {"The government": "XYZGOV", "the rebels": "XYZREB"})
    assert "REJECT" not in [p for _, p in kinds(events)], kinds(events)


def test_what_is_seized_by_the_military_is_taken_by_force(code_sentence):
    text = "Two oil fields were seized by the military on Sunday."
    events = code_sentence(text, {"Two oil fields": "XYZ", "the military": "XYZMIL"})
    assert kinds(events) == [("192", "ASSAULT")], kinds(events)
