"""The root of an event, round 7: what was done, read as the CAMEO manual and PLOVER define it.

Sentences written for these tests, in wire style; actors given by hand.
"""

from __future__ import annotations


def codes(events):
    return [e.cameo.code for e in events]


def test_protesters_clashing_with_police_riot(code_sentence):
    text = "Protesters clashed with riot police outside parliament on Sunday."
    events = code_sentence(text, {"Protesters": "SRBOPP", "riot police": "SRBCOP"})
    assert [(e.cameo.code, e.plover.event) for e in events] == [("145", "PROTEST")]


def test_a_governments_opponents_clashing_with_police_riot(code_sentence):
    text = "Hundreds of opponents of the government clashed with police in the capital."
    events = code_sentence(text, {"opponents of the government": "TGOOPP", "police": "TGOCOP"})
    assert codes(events) == ["145"]


def test_militants_clashing_with_police_still_fight(code_sentence):
    text = "Militants clashed with police in the north of the country on Friday."
    events = code_sentence(text, {"Militants": "NGAREB", "police": "NGACOP"})
    assert codes(events) == ["193"]


def test_permission_not_given_is_refused(code_sentence):
    text = "The state government did not give permission for the opposition march."
    events = code_sentence(text, {"The state government": "INDGOV", "the opposition": "INDOPP"})
    assert [(e.cameo.code, e.plover.event) for e in events] == [("124", "REJECT")]


def test_an_entry_not_allowed_is_refused(code_sentence):
    text = "The authorities have not allowed aid convoys into the besieged town since March."
    events = code_sentence(text, {"The authorities": "SYRGOV", "aid convoys": "NGO"})
    assert codes(events) == ["124"]


def test_an_attack_not_made_is_still_no_event(code_sentence):
    events = code_sentence("The rebels did not attack the town.",
                           {"The rebels": "SDNREB", "the town": "SDN"})
    assert events == []


def test_an_actor_that_must_disarm_is_asked_to_demobilize(code_sentence):
    text = "The minister said the militia must disarm before the elections."
    events = code_sentence(text, {"The minister": "LBNGOV", "the militia": "LBNMIL"})
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events] == [
        ("1056", "LBNGOV", "LBNMIL")]


def test_an_actor_disarming_demobilizes(code_sentence):
    events = code_sentence("The rebel group began to disarm on Monday.",
                           {"The rebel group": "COLREB"}, facts_only=False)
    assert "0873" in codes(events) and "190" not in codes(events), codes(events)


def test_donors_who_speak_give_no_aid_by_speaking(code_sentence):
    text = "Kenya's donors said on Friday that the government must do more against graft."
    events = code_sentence(text, {"Kenya": "KEN", "the government": "KENGOV"})
    assert "070" not in codes(events), codes(events)


def test_the_largest_donor_still_gives_aid(code_sentence):
    text = "Japan remains the largest donor of humanitarian assistance in Cambodia."
    events = code_sentence(text, {"Japan": "JPN", "Cambodia": "KHM"})
    assert codes(events) and codes(events)[0].startswith("07"), codes(events)


def test_support_promised_is_support_expressed(code_sentence):
    text = "The minister promised full backing to the Ukrainian government on Tuesday."
    events = code_sentence(text, {"The minister": "GBRGOV", "the Ukrainian government": "UKRGOV"})
    assert [(e.cameo.code, e.plover.event) for e in events] == [("051", "SUPPORT")]


def test_funding_pulled_is_aid_stopped_and_threatening_it_a_threat(code_sentence):
    text = "The president threatened to pull funding from the health agency."
    events = code_sentence(text, {"The president": "USAGOV", "the health agency": "IGOWHO"})
    assert [(e.cameo.code, e.plover.event) for e in events] == [("1311", "THREATEN")]


def test_aid_withdrawn_is_aid_stopped(code_sentence):
    events = code_sentence("Sweden withdrew its development aid to Tanzania last year.",
                           {"Sweden": "SWE", "Tanzania": "TZA"})
    assert codes(events) == ["162"]


def test_words_of_a_phrase_of_cause_or_time_are_no_part_of_the_act(code_sentence):
    text = ("The junta ordered the opposition weekly to suspend publication for a month, "
            "apparently over an attack by the paper on the army.")
    events = code_sentence(text, {"The junta": "MMRGOV", "the opposition weekly": "MMRMED"})
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events] == [
        ("1721", "MMRGOV", "MMRMED")]


def test_a_phrase_of_topic_still_serves_a_pattern_that_names_it(code_sentence):
    events = code_sentence("The two ministers clashed over the plan on Monday.",
                           {"The two ministers": "ETHGOV"})
    assert codes(events) == ["127"]
