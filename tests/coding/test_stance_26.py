"""Stances read from how a clause is said (stance.derive): an intent, refusal or threat is one a
party itself took. A foretold act, an open question, a feeling, a deed denied, an act no one
is named to do, and a participle inside a negated verb's noun take none."""

from __future__ import annotations

STANCE_KINDS = ("intent/", "refuse/", "threaten/")


def stances(events):
    return [(e.cameo.code, e.evidence.rule) for e in events
            if e.evidence.rule.startswith(STANCE_KINDS)]


def test_a_prediction_by_others_is_no_intent(code_sentence):
    text = "Economists expect that Kenya will lift the sanctions on Uganda."
    events = code_sentence(text, {"Economists": None, "Kenya": "KEN", "Uganda": "UGA"},
                           facts_only=False)
    assert not stances(events)


def test_what_one_thought_another_would_do_is_no_intent(code_sentence):
    text = "Ms Adeyemi thought Ghana would recognise Togo."
    events = code_sentence(text, {"Ms Adeyemi": "GHACVL", "Ghana": "GHA", "Togo": "TGO"},
                           facts_only=False)
    assert not stances(events)


def test_whether_a_party_will_agree_is_an_open_question(code_sentence):
    text = "It is unclear whether Kenya will agree to lift the sanctions on Uganda."
    events = code_sentence(text, {"Kenya": "KEN", "Uganda": "UGA"}, facts_only=False)
    assert not stances(events)
    assert not any(e.is_fact for e in events)


def test_could_agree_is_no_intent(code_sentence):
    text = "Markets rose on hopes that Kenya could agree to end the blockade of Uganda."
    events = code_sentence(text, {"Kenya": "KEN", "Uganda": "UGA"}, facts_only=False)
    assert not stances(events)


def test_unlikely_to_agree_is_neither_intent_nor_agreement(code_sentence):
    text = "Kenya is unlikely to agree to lift the sanctions on Uganda."
    events = code_sentence(text, {"Kenya": "KEN", "Uganda": "UGA"}, facts_only=False)
    assert not stances(events)
    assert not any(e.is_fact for e in events)


def test_if_a_party_agrees_it_has_not_agreed(code_sentence):
    text = "If Kenya agrees to release the prisoners, Uganda will reopen the border."
    events = code_sentence(text, {"Kenya": "KEN", "Uganda": "UGA"}, facts_only=False)
    assert not [rule for _, rule in stances(events) if "release" in rule]
    text = "Kenya agreed to release the Ugandan prisoners if Uganda lifts the sanctions."
    events = code_sentence(text, {"Kenya": "KEN", "Ugandan prisoners": "UGA", "Uganda": "UGA"},
                           facts_only=False)
    assert any(code.startswith("035") for code, _ in stances(events))  # an offer on a condition


def test_probably_will_not_is_no_refusal(code_sentence):
    text = "Kenya will probably not attend the summit in Uganda."
    events = code_sentence(text, {"Kenya": "KEN", "Uganda": "UGA"}, facts_only=False)
    assert not stances(events)


def test_a_feeling_foretold_is_no_refusal(code_sentence):
    text = "Zambian voters won't appreciate the delay."
    events = code_sentence(text, {"Zambian voters": "ZMBCVL"}, facts_only=False)
    assert not stances(events)
    text = "Kenya will not accept the proposal from Uganda."
    events = code_sentence(text, {"Kenya": "KEN", "Uganda": "UGA"}, facts_only=False)
    assert any(code.startswith("12") for code, _ in stances(events))  # a refusal


def test_a_deed_denied_is_no_refusal(code_sentence):
    text = "Kenya denied supplying arms to the rebels."
    events = code_sentence(text, {"Kenya": "KEN", "the rebels": "KENREB"}, facts_only=False)
    assert not stances(events)
    assert any(e.modality == "denied" for e in events)


def test_a_participle_with_its_own_doer_is_outside_the_refusal(code_sentence):
    text = "Kenya refused to meet rebels supplied by Uganda."
    events = code_sentence(text, {"Kenya": "KEN", "rebels": "KENREB", "Uganda": "UGA"},
                           facts_only=False)
    assert not [e for e in events if e.source and e.source.code == "UGA"
                and (e.negated or e.evidence.rule.startswith(STANCE_KINDS))]


def test_a_participle_inside_a_denial_is_not_denied(code_sentence):
    text = "The minister denied having ties with rebels armed by Uganda."
    events = code_sentence(text, {"The minister": "KENGOV", "rebels": "KENREB",
                                  "Uganda": "UGA"}, facts_only=False)
    armed = [e for e in events if e.source and e.source.code == "UGA"]
    assert not stances(armed) and not any(e.negated for e in armed)


def test_an_act_no_one_is_named_to_do_is_no_intent(code_sentence):
    text = "Aid convoys will be sent to Kenya on Monday."
    events = code_sentence(text, {"Kenya": "KEN"}, facts_only=False)
    assert not stances(events)


def test_an_agentless_passive_warned_of_is_no_threat(code_sentence):
    text = "Hospitals in Lusaka will be overwhelmed, the Zambian health minister warned."
    events = code_sentence(text, {"Hospitals": "ZMBHLH", "the Zambian health minister": "ZMBGOV"},
                           facts_only=False)
    assert not stances(events)
    assert not any(e.cameo.root == "13" for e in events)
    text = "Kenya warned that it would close the border with Uganda."
    events = code_sentence(text, {"Kenya": "KEN", "Uganda": "UGA"}, facts_only=False)
    assert any(code.startswith("13") for code, _ in stances(events))  # its own act: a threat


def test_a_past_relative_clause_is_told_as_done(code_sentence):
    text = ("Ghana was the first country to report a case in a Zambian trader who had not "
            "visited Togo.")
    events = code_sentence(text, {"Ghana": "GHA", "a Zambian trader": "ZMBBUS", "Togo": "TGO"},
                           facts_only=False)
    assert not stances(events)  # no refusal of a visit: the trader simply had not been there
    text = "Kenya will meet the rebels who attacked Uganda."
    events = code_sentence(text, {"Kenya": "KEN", "the rebels": "KENREB", "Uganda": "UGA"},
                           facts_only=False)
    attack = [e for e in events if e.cameo.root == "19"]
    assert attack and attack[0].modality == "asserted"


def test_a_fear_of_anothers_act_is_no_threat_of_its(code_sentence):
    text = "Residents are afraid that the Kenyan army will attack the village."
    events = code_sentence(text, {"Residents": "KENCVL", "the Kenyan army": "KENMIL"},
                           facts_only=False)
    assert not stances(events)
    assert not any(e.is_fact and e.cameo.root == "13" for e in events)


def test_no_longer_meeting_a_demand_refuses_it(code_sentence):
    text = "The Kenyan government announced it would no longer meet Uganda's demand for talks."
    events = code_sentence(text, {"The Kenyan government": "KENGOV", "Uganda": "UGA"},
                           facts_only=False)
    kinds = stances(events)
    assert kinds and all(code.startswith("12") for code, _ in kinds), kinds
