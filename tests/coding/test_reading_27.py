"""Acts said but not done (round 27c): a habit, a plot, a timetable, a purpose, a question, a
near miss, what is yet to be done, and what others say a party will do. None is a fact, and
none gives the party a stance it did not take."""

from __future__ import annotations

import pytest

STANCE_KINDS = ("intent/", "refuse/", "threaten/")


def facts(events):
    return [(e.cameo.code, e.evidence.trigger) for e in events if e.is_fact]


def stances(events):
    return [e.cameo.code for e in events if e.evidence.rule.startswith(STANCE_KINDS)]


ACTORS = {"Kenya": "KEN", "Uganda": "UGA", "Zambia": "ZMB", "Malawi": "MWI", "Ghana": "GHA",
          "Togo": "TGO", "Kenyan police": "KENCOP", "protesters": "KENOPP",
          "Ugandan envoy": "UGAGOV", "Kenyan embassy": "KENGOV", "rebels": "KENREB",
          "Ugandan diplomats": "UGAGOV", "Kenyan diplomats": "KENGOV", "Ms Adeyemi": "GHAGOV",
          "Analysts": None, "the Zambian minister": "ZMBGOV"}


@pytest.mark.parametrize("text", [
    # a habit, no particular act
    "Kenyan police often shoot protesters.",
    "Governments in the region usually condemn Uganda over such raids.",
    "Kenyan police routinely arrest protesters.",
    "Whenever Kenya expels a Ugandan envoy, Uganda expels two Kenyan diplomats.",
    "When Zambia raises tariffs on Malawi, Malawi retaliates against Zambia.",
    "The rebels tend to attack Kenyan police.",
    # a plot is not the act plotted
    "The rebels plotted to attack the Kenyan embassy.",
    "The rebels conspired to kill Ms Adeyemi.",
    # a timetable, a purpose
    "Zambia is scheduled to meet Malawi on Monday.",
    "The new law is designed to punish Ugandan diplomats.",
    "The new pact is aimed at easing tension between Kenya and Uganda.",
    # a question
    "Did Kenya attack Uganda?",
    # yet to be done, nearly done
    "Kenya has yet to sign the agreement with Uganda.",
    "Zambia almost expelled the Ugandan envoy.",
    "Zambia came close to attacking Malawi.",
    # hoped for ('hoped' is lemmatized 'hop' by the model)
    "Kenya hoped to sign a deal with Uganda.",
])
def test_an_act_not_done_is_no_fact(code_sentence, text):
    events = code_sentence(text, ACTORS, facts_only=False)
    done = [(code, trigger) for code, trigger in facts(events)
            if not code.startswith(("01", "03", "13"))]
    assert not done, done


@pytest.mark.parametrize(("not_done", "done"), [
    # in the past, 'often' counts the acts of one episode; in the present it tells a habit
    ("Kenyan police often shoot protesters.",
     "Police often shot protesters during the riots in Kenya."),
    ("Zambia almost expelled the Ugandan envoy.",
     "A bomb nearly killed Ms Adeyemi in Ghana."),  # the blow fell
    ("When Zambia raises tariffs on Malawi, Malawi retaliates against Zambia.",
     "Zambia attacked Malawi when Malawi closed the border."),  # a past 'when'
    ("The rebels plotted to attack the Kenyan embassy.",
     "The rebels attacked the Kenyan embassy."),
])
def test_acts_done_stay_facts(code_sentence, not_done, done):
    assert not facts(code_sentence(not_done, ACTORS, facts_only=False))
    assert facts(code_sentence(done, ACTORS, facts_only=False))


def test_what_analysts_say_a_party_will_do_is_not_its_threat(code_sentence):
    events = code_sentence("Analysts say Zambia will retaliate against Malawi.", ACTORS,
                           facts_only=False)
    assert not stances(events)
    events = code_sentence("Zambia will attack Malawi, the Zambian minister said.", ACTORS,
                           facts_only=False)
    assert any(code.startswith("13") for code in stances(events))  # one speaking for Zambia


def test_what_one_land_says_another_will_attack_is_not_a_threat(code_sentence):
    events = code_sentence("Uganda says Kenya will attack Togo.", ACTORS, facts_only=False)
    assert not stances(events)


def test_what_a_party_did_not_say_it_would_do_is_no_threat(code_sentence):
    events = code_sentence("Kenya did not say it would retaliate against Uganda.", ACTORS,
                           facts_only=False)
    assert not stances(events)
    events = code_sentence("Kenya said it would retaliate against Uganda.", ACTORS,
                           facts_only=False)
    assert any(code.startswith("13") for code in stances(events))


@pytest.mark.parametrize("text", [
    # a subject that denies the act of all it names
    "Kenya said that neither Uganda nor Ghana paid money to Togo.",
    "No Kenyan soldiers attacked the rebels.",
    "Nobody was arrested by Kenyan police.",
    # a plan's 'for' or 'of' phrase, a need, an effort under way
    "Kenya dropped its plan of attacking Uganda.",
    "Kenya needs money to support the Ugandan refugees.",
    "Kenya is working to help the Ugandan refugees.",
    # what an effort is to get another to do, and the second of two purposes
    "Kenya made efforts to get Uganda to arrest the rebels.",
    "Kenya acted in an effort to calm the border and to help the Ugandan refugees.",
])
def test_an_act_denied_planned_or_striven_for_is_no_fact(code_sentence, text):
    events = code_sentence(text, ACTORS, facts_only=False)
    done = [(code, trigger) for code, trigger in facts(events)  # not the need or the dropping
            if not code.startswith(("01", "02", "03", "12", "13"))]
    assert not done, done
    assert not [code for code in stances(events) if code.startswith("13")]


def test_efforts_that_were_made_still_are(code_sentence):
    events = code_sentence("Kenya worked with Uganda to help the refugees.", ACTORS,
                           facts_only=False)
    assert any(code.startswith("06") for code, _ in facts(events))
    events = code_sentence("No Kenyan soldiers attacked the rebels.", ACTORS, facts_only=False)
    assert not facts(events)  # the same act denied by its subject


@pytest.mark.parametrize("text", [
    "Kenya did not confirm that its troops had attacked Uganda.",
    "Kenya declined to confirm that Kenyan police had arrested the Ugandan envoy.",
])
def test_what_a_speaker_would_not_confirm_is_no_fact(code_sentence, text):
    actors = {**ACTORS, "its troops": "KENMIL"}
    done = [(code, trigger) for code, trigger in facts(code_sentence(text, actors,
                                                                   facts_only=False))
            if code[:2] in ("17", "19")]
    assert not done, done
    confirmed = text.replace("did not confirm", "confirmed").replace(
        "declined to confirm", "confirmed")
    assert [code for code, _ in facts(code_sentence(confirmed, actors, facts_only=False))
            if code[:2] in ("17", "19")]
