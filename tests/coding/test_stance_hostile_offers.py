"""A hostile act a party pledges, promises, agrees or stands ready to do against another is a
threat to that other (CAMEO 13), not an intent to cooperate with it (030): "pledged to retaliate
against X", "ready to cut ties with X if ..." threaten X. An act offered that is not hostile, or a
hostile noun under another verb ("ready to end the strike"), stays as it was."""

from __future__ import annotations

import pytest

STANCE_KINDS = ("intent/", "threaten/")


def stances(events):
    return [(e.cameo.code, e.source.code if e.source else None,
             e.target.code if e.target else None) for e in events
            if e.evidence.rule.startswith(STANCE_KINDS)]


@pytest.mark.parametrize(("text", "actors", "threat"), [
    # ready to cut ties on a condition: a threat to reduce relations
    ("Zambia is ready to cut ties with Kenya if the border raids continue.",
     {"Zambia": "ZMB", "Kenya": "KEN"}, ("1313", "ZMB", "KEN")),
    # prepared to use force: a threat of force
    ("Zambia is prepared to use force against the rebels if the talks fail.",
     {"Zambia": "ZMB", "the rebels": "ZMBREB"}, ("138", "ZMB", "ZMBREB")),
    ("Zambia pledged to retaliate against Kenya.",
     {"Zambia": "ZMB", "Kenya": "KEN"}, ("138", "ZMB", "KEN")),
    # sanctions agreed on threaten the one sanctioned
    ("The ministers of Ghana agreed to impose sanctions on Kenya.",
     {"The ministers of Ghana": "GHAGOV", "Kenya": "KEN"}, ("1312", "GHAGOV", "KEN")),
])
def test_a_hostile_act_committed_to_is_a_threat(code_sentence, text, actors, threat):
    events = code_sentence(text, actors, facts_only=False)
    assert stances(events) == [threat]


def test_a_promise_to_arrest_is_a_threat_of_repression(code_sentence):
    text = "The president of Ghana promised to arrest the protest leaders."
    events = code_sentence(text, {"The president of Ghana": "GHAGOV",
                                  "the protest leaders": "GHAOPP"}, facts_only=False)
    assert [s for s in stances(events) if s[0].startswith("13") and s[2] == "GHAOPP"]
    assert not [s for s in stances(events) if s[0] == "030"]


def test_ready_to_end_a_strike_is_no_threat(code_sentence):
    text = "The teachers' union said it was ready to end the strike if Kenya raised wages."
    events = code_sentence(text, {"The teachers' union": "KENEDULAB", "Kenya": "KEN"},
                           facts_only=False)
    assert not [s for s in stances(events) if s[0].startswith("13")]


def test_troops_offered_are_still_an_offer(code_sentence):
    text = "Zambia offered to send troops to Kenya."
    events = code_sentence(text, {"Zambia": "ZMB", "Kenya": "KEN"}, facts_only=False)
    assert ("030", "ZMB", "KEN") in stances(events)
    assert not [s for s in stances(events) if s[0].startswith("13")]


def test_a_release_agreed_is_still_an_intent(code_sentence):
    text = "Zambia agreed to release the Kenyan prisoners."
    events = code_sentence(text, {"Zambia": "ZMB", "the Kenyan prisoners": "KEN"},
                           facts_only=False)
    assert [s for s in stances(events) if s[0].startswith("035")]
