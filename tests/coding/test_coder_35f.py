"""Round 35f: doers that are things, and decisions that are intents.

Coercion (CAMEO 17) is repression by a party. Where the written doer of "forced X to ..." is a
thing or a state of affairs ("rising prices", "the outbreak", "the floods"), no party coerced
anyone: the verb tells what the thing brought about. A participle after a comma (", forcing X
to ...") or a verb joined by 'and' shares the doer of the clause it hangs on. Coercion by a
party ("troops forced villagers to leave") still codes.

A decision to act, not yet acted on ("decided to send aid", "resolved to restore ties"), is
the intent CAMEO codes (03, as 0333 intent to provide humanitarian aid), as a pledge is: the
act itself is not yet done. A decision to do a hostile act ("decided to expel the envoy") is
no threat to anyone (13) and stays told as the act; so does a decision to yield ("decided to
lift the ban"), which is itself the concession (08).
"""

from __future__ import annotations

import pytest

from eventwire import code_text


def facts(text: str, root: str) -> list:
    return [e for e in code_text(text) if e.is_fact and e.cameo.root == root]


@pytest.mark.parametrize("text", [
    "Rising food prices forced the Kenyan government to ration maize.",
    "Protests forced the Zambian government to scrap the fuel tax.",
    "Fuel shortages hit Malawi, forcing the Malawian government to ration petrol.",
    "The strike shut the ports, forcing the Kenyan government to halt exports.",
    "The crisis deepened and forced the Zambian government to seek a loan.",
])
def test_a_thing_that_forces_coerces_no_one(text):
    assert not [e for e in facts(text, "17") if e.evidence.trigger.startswith("forc")], \
        [(e.cameo.code, e.evidence.rule) for e in facts(text, "17")]


@pytest.mark.parametrize("text, source", [
    ("Kenyan troops forced villagers to leave their homes near the border.", "KENMIL"),
    ("Police in Lusaka forced protesters to leave the square, witnesses said.", "ZMBCOP"),
    ("Zambian police raided the offices, forcing opposition leaders to go into hiding.",
     "ZMBCOP"),
    ("Kenyan police arrested Mr Banda and forced him to sign a confession.", "KENCOP"),
])
def test_a_party_that_forces_still_coerces(text, source):
    found = [e for e in facts(text, "17") if e.evidence.trigger.startswith("forc")]
    assert found and found[0].source and found[0].source.code == source, \
        [(e.cameo.code, e.source and e.source.code) for e in facts(text, "17")]


def events(text: str) -> list:
    return [(e.cameo.code, e.is_fact) for e in code_text(text)]


@pytest.mark.parametrize("text, intent, act", [
    ("Malawi decided to give $1 million in aid to Kenya.", "033", "070"),
    ("Ghana resolved to restore diplomatic ties with Kenya.", "032", "050"),
    ("The Zambian cabinet has decided to provide food aid to Malawi.", "0333", "073"),
])
def test_a_decision_to_cooperate_is_an_intent(text, intent, act):
    found = events(text)
    assert (intent, True) in found, found
    assert (act, True) not in found, found


@pytest.mark.parametrize("text, act", [
    ("The Kenyan cabinet decided to expel the Zambian ambassador.", "166"),
    ("Malawi has decided to recall its ambassador from Zambia.", "161"),
    ("The Zambian government decided to send troops to Malawi.", "152"),
    ("Kenya decided on Monday to lift the ban on Ghanaian imports.", "081"),
    ("Malawi has decided to withdraw its troops stationed along the Zambian border.", "0872"),
])
def test_a_decision_to_do_a_hostile_act_or_to_yield_is_the_act(text, act):
    found = events(text)
    assert (act, True) in found, found
    assert not any(code[:2] in ("03", "13") for code, _ in found), found


def test_a_decision_to_yield_under_a_condition_is_no_concession_made():
    text = "The talks could end in a deal next month if Kenyan negotiators decide to compromise."
    assert not [e for e in code_text(text) if e.is_fact and e.cameo.root == "08"], \
        events(text)
