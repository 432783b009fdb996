"""Negation, modality and belief are fields, and keep events out of the facts."""

from __future__ import annotations


def only(events, root):
    found = [e for e in events if e.cameo.root == root]
    assert found, f"no event of root {root}: {[(e.cameo.code, e.evidence.trigger) for e in events]}"
    return found[0]


def test_coder_negated_event(code_sentence):
    events = code_sentence("Russia did not attack Turkish troops.",
                           {"Russia": "RUS", "Turkish troops": "TURMIL"}, facts_only=False)
    event = only(events, "19")
    assert event.negated and not event.is_fact


def test_coder_future_event(code_sentence):
    events = code_sentence("Turkey will attack the Kurdish militia.",
                           {"Turkey": "TUR", "the Kurdish militia": "SYRREB"}, facts_only=False)
    assert only(events, "19").modality == "future"


def test_coder_conditional_event(code_sentence):
    events = code_sentence("If there is a consensus, Turkey would attack the militia.",
                           {"Turkey": "TUR", "the militia": "SYRREB"}, facts_only=False)
    assert only(events, "19").modality in ("conditional", "future")


def test_coder_belief_is_not_fact(code_sentence):
    events = code_sentence("Turkey believes the militia is getting support from Moscow.",
                           {"Turkey": "TUR", "the militia": "SYRREB", "Moscow": "RUSGOV"},
                           facts_only=False)
    support = next(e for e in events if e.evidence.trigger == "support")
    assert support.cameo.root in ("05", "07")  # endorsement or aid: the text does not say
    assert support.modality == "belief"
    assert (support.source.code, support.target.code) == ("RUSGOV", "SYRREB")


def test_coder_threat_condition_is_content(code_sentence):
    text = 'Turkey warned the militia of a "harsh response" if they do not retreat.'
    events = code_sentence(text, {"Turkey": "TUR", "the militia": "SYRREB"})
    threat = only(events, "13")
    assert threat.is_fact and threat.cameo.code == "138"


def test_coder_inner_clause_of_threat_is_not_asserted(code_sentence):
    events = code_sentence("Iran threatened to attack Israel.", {"Iran": "IRN", "Israel": "ISR"},
                           facts_only=False)
    assert only(events, "13").is_fact
    assert not only(events, "19").is_fact


def test_ordering_a_newspaper_to_suspend_publication_is_the_orders_restriction(code_sentence):
    text = "The interior ministry ordered the opposition weekly to suspend publication."
    events = code_sentence(text, {"The interior ministry": "EGYGOV",
                                  "the opposition weekly": "EGYMED"})
    restriction = [e for e in events if e.cameo.code == "1721"]
    assert restriction and restriction[0].source.code == "EGYGOV"
    assert restriction[0].target is not None and restriction[0].target.code == "EGYMED"


def test_an_announced_investigation_is_no_intent_to_cooperate(code_sentence):
    events = code_sentence("The Kenyan ministry will investigate the Ugandan company over the "
                           "missing funds.", {"The Kenyan ministry": "KENGOV",
                                              "the Ugandan company": "UGABUS"}, facts_only=False)
    assert not [e for e in events if e.cameo.root == "03"]
    probe = only(events, "09")
    assert probe.modality == "future" and probe.target.code == "UGABUS"


def test_agreeing_to_investigate_is_still_an_intent(code_sentence):
    events = code_sentence("Kenya agreed to investigate the Ugandan company.",
                           {"Kenya": "KEN", "the Ugandan company": "UGABUS"})
    assert only(events, "03").cameo.code == "030"


def test_an_act_one_is_committed_to_is_an_intent_not_done(code_sentence):
    # "committed to helping": the parser reads "to" as a preposition, "helping" its object
    events = code_sentence("Norway is committed to helping Jordan house the refugees.",
                           {"Norway": "NOR", "Jordan": "JOR"}, facts_only=False)
    assert only(events, "07").modality == "future"
    # the intent to give aid is what is asserted (its doer, Norway, is not found yet, so it
    # is no fact: cooperation shows only with a coded doer)
    assert [e.cameo.root for e in events if e.is_asserted] == ["03"]


def test_an_object_denied_by_no_negates_the_verbs_act(code_sentence):
    text = "Inspectors found no evidence of abuse by the Zambian police."
    events = code_sentence(text, {"Inspectors": "ZMBGOV", "the Zambian police": "ZMBCOP"},
                           facts_only=False)
    found = [e for e in events if e.evidence.trigger.startswith("found")]
    assert found and all(e.negated for e in found), [(e.cameo.code, e.negated) for e in events]
    text = "Zambia offered no support to the Malawian opposition."
    events = code_sentence(text, {"Zambia": "ZMB", "the Malawian opposition": "MWIOPP"})
    assert not [e for e in events if e.cameo.root == "05"], [e.cameo.code for e in events]


def test_what_a_party_is_able_to_do_is_no_act_done(code_sentence):
    sides = {"The Kenyan army": "KENMIL", "Lusaka": "ZMB"}
    for text in ("The Kenyan army is able to strike Lusaka at any time.",
                 "The Kenyan army is capable of striking Lusaka at any time."):
        events = code_sentence(text, sides, facts_only=False)
        assert only(events, "19").modality == "hypothetical", text
        assert not any(e.cameo.root == "02" for e in events), text  # and nothing asked
    # in the past, an ability tells what was done: it managed to
    events = code_sentence("The Kenyan army was able to strike Lusaka on Monday.", sides,
                           facts_only=False)
    assert only(events, "19").modality == "asserted"


def test_an_ability_is_no_praise(code_sentence):
    text = "Ms Adeyemi said the Kenyan army is capable of striking Lusaka at any time."
    events = code_sentence(text, {"the Kenyan army": "KENMIL", "Lusaka": "ZMB"},
                           facts_only=False)
    assert not any(e.cameo.code == "051" for e in events), [e.cameo.code for e in events]
    text = "Ms Adeyemi said the Kenyan army chief is a capable commander."
    events = code_sentence(text, {"the Kenyan army chief": "KENMIL"}, facts_only=False)
    assert any(e.cameo.code == "051" for e in events), [e.cameo.code for e in events]


def test_an_intent_or_plan_denied_negates_the_act(code_sentence):
    sides = {"Kenya": "KEN", "Zambia": "ZMB"}
    for text in ("Kenya never intended to harm Zambia.",
                 "The lawyer said Kenya never intended to harm Zambia.",
                 "Kenya said it never intended to attack Zambia."):
        events = code_sentence(text, sides, facts_only=False)
        assert all(e.negated for e in events if e.cameo.root in ("18", "19", "13")), text
        assert not any(e.is_fact for e in events), text
    # a negated verb of holding back is no negation: "would not hesitate to invade" would
    events = code_sentence("Kenya said it would not hesitate to invade Zambia.", sides,
                           facts_only=False)
    assert not only(events, "19").negated


def test_what_is_ruled_out_is_not_done_and_what_is_not_ruled_out_is_possible(code_sentence):
    sides = {"Kenya": "KEN", "Zambia": "ZMB"}
    for text in ("Kenya ruled out sending troops to Zambia.",
                 "Kenya ruled out sanctions against Zambia."):
        events = code_sentence(text, sides, facts_only=False)
        assert events and not any(e.is_fact for e in events), text
    for text in ("Kenya is not ruling out sending troops to Zambia.",
                 "Kenya has not ruled out sanctions against Zambia."):
        events = code_sentence(text, sides, facts_only=False)
        assert events and all(e.modality == "hypothetical" and not e.negated
                              for e in events), (text, [(e.cameo.code, e.modality)
                                                        for e in events])


def test_no_object_negates_and_no_evidence_to_back_a_claim_is_no_act(code_sentence):
    sides = {"The Kenyan ministry": "KENGOV", "Zambia": "ZMB"}
    text = "The Kenyan ministry offered no evidence to support its claims against Zambia."
    events = code_sentence(text, sides, facts_only=False)
    assert not any(e.is_fact for e in events), [(e.cameo.code, e.modality, e.negated)
                                                for e in events]
    assert not any(e.cameo.root == "12" for e in events), [e.cameo.code for e in events]
    text = "There is no evidence that the Kenyan ministry paid Zambia."
    events = code_sentence(text, sides, facts_only=False)
    assert not any(e.is_fact for e in events), [(e.cameo.code, e.modality, e.negated)
                                                for e in events]
