"""Round 35e: what is said, asked or only agreed as a view is no act done.

A command ('"Expel the envoy," the opposition urged') asks for an act (the verb of saying codes
the appeal or demand), it does not report one. Agreeing that something should be done by
others is sharing a view (CAMEO 019), no intent to cooperate (030). Denying a finding, or
acknowledging how things stand for others, is a statement (010), not a denial (016) or an
acknowledgement (015) of responsibility.
"""

from __future__ import annotations


def coded(events):
    return [(e.cameo.code, e.source.code if e.source else None,
             e.target.code if e.target else None) for e in events]


def test_a_command_quoted_is_not_done(code_sentence):
    cases = [
        ("Expel the envoy now, Ghana's opposition urged on Monday.",
         {"Ghana's opposition": "GHAOPP"}, "166"),
        ("Release the hostages, Zambia demanded.", {"Zambia": "ZMB"}, "0841"),
        ("Make Kenya pay for the damage, the Ghana opposition leader said.",
         {"Kenya": "KEN", "the Ghana opposition leader": "GHAOPP"}, "061"),
        ('"Attack the rebels and release the hostages," the Malawi leader told his army.',
         {"the Malawi leader": "MWIGOV", "the rebels": "MWIREB"}, "19"),
    ]
    for text, actors, code in cases:
        events = code_sentence(text, actors)
        assert not [e for e in events if e.cameo.code.startswith(code)], (text, coded(events))


def test_a_commanding_word_is_still_coded(code_sentence):
    events = code_sentence("Release the hostages, Zambia demanded.", {"Zambia": "ZMB"})
    assert [c for c in coded(events) if c[0].startswith("10") and c[1] == "ZMB"]


def test_acts_told_with_a_subject_stay_done(code_sentence):
    for text in ("Zambian police arrested the Kenyan envoy on Monday.",
                 '"Kenyan police arrested our envoy," the Zambian minister said.'):
        events = code_sentence(text, {"Zambian police": "ZMBCOP", "Kenyan police": "KENCOP",
                                      "the Kenyan envoy": "KENGOV", "our envoy": "ZMBGOV",
                                      "the Zambian minister": "ZMBGOV"})
        assert [c for c in coded(events) if c[0] == "111" or c[0].startswith("17")], text


def test_agreeing_that_others_should_act_is_a_view(code_sentence):
    for text in ("Kenya and Uganda agreed that the border should be reopened.",
                 "Ghana agreed that Malawi should release the prisoners."):
        events = code_sentence(text, {"Kenya": "KEN", "Uganda": "UGA", "Ghana": "GHA",
                                      "Malawi": "MWI"})
        assert not [c for c in coded(events) if c[0].startswith("03")], (text, coded(events))
        assert [c for c in coded(events) if c[0] == "019"], text


def test_agreeing_that_we_should_act_is_still_an_intent(code_sentence):
    text = "Kenya and Ghana agreed that they should reopen the border."
    events = code_sentence(text, {"Kenya": "KEN", "Ghana": "GHA"})
    assert ("030", "KEN", "GHA") in coded(events)


def test_a_finding_denied_is_no_denial_of_blame(code_sentence):
    for text in ("Zambian health authorities deny finding bacteria in the water supply.",
                 "The Malawi health ministry denied detecting any cases of the disease."):
        events = code_sentence(text, {"Zambian health authorities": "ZMBGOV",
                                      "The Malawi health ministry": "MWIGOV"},
                               facts_only=False)
        assert not [e for e in events if e.cameo.code == "016"], (text, coded(events))


def test_a_wrongdoing_denied_stays_a_denial(code_sentence):
    text = "The Kenyan government denied that its troops attacked the village."
    events = code_sentence(text, {"The Kenyan government": "KENGOV"})
    assert ("016", "KENGOV", None) in coded(events)


def test_a_state_acknowledged_is_a_statement(code_sentence):
    text = "The Zambian health ministry acknowledged that remote districts are vulnerable."
    events = code_sentence(text, {"The Zambian health ministry": "ZMBGOV"}, facts_only=False)
    assert not [e for e in events if e.cameo.code == "015"], coded(events)


def test_own_failure_or_blame_acknowledged_stays_015(code_sentence):
    for text, actor in (("The Kenyan government admitted it was unable to warn the villages.",
                         "The Kenyan government"),
                        ("The Malawi army acknowledged that its soldiers were responsible for "
                         "the shooting.", "The Malawi army")):
        events = code_sentence(text, {actor: "XXX"})
        assert ("015", "XXX", None) in coded(events), text


def test_what_we_must_do_is_demanded_of_no_one(code_sentence):
    text = "The Zambian minister said that we must release the prisoners."
    events = code_sentence(text, {"The Zambian minister": "ZMBGOV", "we": "ZMB"})
    assert not [c for c in coded(events) if c[0].startswith("10")], coded(events)


def test_what_another_must_do_is_still_demanded(code_sentence):
    text = "The Zambian minister said Kenya must release the prisoners."
    events = code_sentence(text, {"The Zambian minister": "ZMBGOV", "Kenya": "KEN"})
    assert [c for c in coded(events) if c[0].startswith("10") and c[1:] == ("ZMBGOV", "KEN")]


def test_what_would_have_been_said_reports_no_act(code_sentence):
    for text in ("Mr Banda would have told reporters that Kenyan police arrested the protesters.",
                 "The Zambian envoy could have said that Kenyan troops shelled the border town."):
        events = code_sentence(text, {"Kenyan police": "KENCOP", "the protesters": "KENOPP",
                                      "Kenyan troops": "KENMIL", "Mr Banda": "ZMBGOV",
                                      "The Zambian envoy": "ZMBGOV"})
        assert not [c for c in coded(events) if c[0][:2] in ("17", "19")], (text, coded(events))


def test_what_was_said_still_reports_the_act(code_sentence):
    text = "Mr Banda told reporters that Kenyan police arrested the protesters."
    events = code_sentence(text, {"Kenyan police": "KENCOP", "the protesters": "KENOPP",
                                  "Mr Banda": "ZMBGOV"})
    assert [c for c in coded(events) if c[0].startswith("17")], coded(events)


def test_a_belief_that_another_may_have_done_it_is_no_accusation(code_sentence):
    text = "Investigators believe the Kenyan rebels may have kidnapped the boys."
    events = code_sentence(text, {"Investigators": "KENCOP", "the Kenyan rebels": "KENREB"})
    assert not [c for c in coded(events) if c[0].startswith("11")], coded(events)


def test_a_belief_that_another_did_it_stays_coded(code_sentence):
    text = "Investigators believe the Kenyan rebels kidnapped the boys."
    events = code_sentence(text, {"Investigators": "KENCOP", "the Kenyan rebels": "KENREB"})
    assert ("1124", "KENCOP", "KENREB") in coded(events)


def test_an_act_under_a_hold_is_not_done(code_sentence):
    for text in ("Mr Banda opposed the hold on Zambian military assistance to Kenya.",
                 "The freeze on Ghana's aid to Malawi angered officials in Lilongwe."):
        events = code_sentence(text, {"Zambian": "ZMB", "Kenya": "KEN", "Ghana": "GHA",
                                      "Malawi": "MWI"})
        assert not [c for c in coded(events) if c[0].startswith("07")], (text, coded(events))


def test_aid_given_is_still_done(code_sentence):
    text = "Zambia provided military assistance to Kenya."
    events = code_sentence(text, {"Zambia": "ZMB", "Kenya": "KEN"})
    assert [c for c in coded(events) if c[0].startswith("07")], coded(events)
