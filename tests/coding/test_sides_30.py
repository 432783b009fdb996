"""Round 30c: real acts with the wrong sides or the wrong root.

One sentenced or deported after a passive ("was evicted and sentenced to a year in jail") is
the one acted on, not the sentencer; the possessor of an arrest or an abduction ("the
senator's arrest") is the one arrested; force by a person or a criminal on civilians is CAMEO
18 (unconventional violence), not 19 (military force); a clause with a subject of its own
names no one an act was for; a "who" clause after a place phrase has no doer there."""

from __future__ import annotations

from eventwire import code_text


def coded(events, root):
    return [(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo.code) for e in events if e.cameo.root == root]


def test_one_sentenced_after_a_passive_is_the_target():
    events = code_text("The Kenyan trader was evicted and sentenced to 30 weeks in jail.")
    sentenced = [e for e in events if e.evidence.trigger.startswith("sentenced")]
    assert sentenced, coded(events, "17")
    assert all(e.source is None or e.source.code != "KEN" for e in sentenced), \
        coded(events, "17")
    assert all(e.target is not None and e.target.code == "KENBUS" for e in sentenced), \
        coded(events, "17")


def test_past_tense_read_for_a_shared_passive_is_still_passive():
    # the tagger reads this "sentenced" as a past tense; a sentence always takes its object
    events = code_text("The Zambian, 40, was expelled from the country and sentenced to two "
                       "years in prison.")
    sentenced = [e for e in events if e.evidence.trigger.startswith("sentenced")]
    assert sentenced and all(e.source is None for e in sentenced), coded(events, "17")
    assert all(e.target is not None and e.target.code == "ZMB" for e in sentenced)


def test_one_deported_after_a_passive_does_not_deport():
    events = code_text("The Nigerian was evicted from the house and deported to Ghana.")
    assert all(e.source is None or e.source.code != "NGA" for e in events
               if e.cameo.root == "17"), coded(events, "17")


def test_shot_and_wounded_officers_are_the_target():
    events = code_text("Two Kenyan police officers were shot and badly wounded near a market.")
    wounded = [e for e in events if e.evidence.trigger.startswith("wounded")]
    assert wounded and all(e.target is not None and e.target.code == "KENCOP"
                           for e in wounded), [(e.source, e.target) for e in wounded]
    # a patient let go from hospital: the shared passive is for coercion and violence only
    events = code_text("The Zambian pupils were treated and released on Monday.")
    assert not [e for e in events if e.is_fact and e.cameo.code.startswith("084")], \
        coded(events, "08")


def test_possessor_of_an_arrest_is_the_one_arrested():
    events = code_text("After the Kenyan senator's arrest in Zambia, his lawyer asked for "
                       "bail.")
    arrests = [e for e in events if e.cameo.root == "17"]
    assert arrests and all(e.source is None or e.source.code != "KENLEG" for e in arrests), \
        coded(events, "17")
    assert any(e.target is not None and e.target.code == "KENLEG" for e in arrests)
    # an "of" phrase names the one acted on: the possessor is the doer
    events = code_text("Kenya's expulsion of two Ghanaian diplomats angered Accra.")
    assert any(e.source is not None and e.source.code == "KEN" for e in events
               if e.cameo.root == "16"), coded(events, "16")


def test_possessor_of_an_abduction_is_the_one_abducted():
    events = code_text("The Ghanaian teacher's abduction shocked the village.")
    abductions = [e for e in events if e.cameo.code == "181"]
    assert abductions and all(e.source is None for e in abductions), coded(events, "18")


def test_assault_by_a_man_on_a_woman_is_physical_assault():
    events = code_text("A Kenyan man who carried out a brutal assault on a woman was jailed "
                       "for ten years.")
    assert ("KENPPL", "KENCVL", "182") in coded(events, "18"), coded(events, "19")


def test_a_man_killing_villagers_is_unconventional_violence():
    events = code_text("A Ghanaian man killed two Ghanaian villagers in Accra on Sunday.")
    assert coded(events, "18") and not coded(events, "19"), coded(events, "19")
    # a state's forces or police, a state, and anyone striking soldiers keep military force
    for text in ("Kenyan troops killed twenty rebels near the border.",
                 "Rebels attacked a Kenyan army base on Monday.",
                 "Zambian police shot and killed two protesters.",
                 "A Kenyan man attacked two Kenyan soldiers on Monday.",
                 "Kenya attacked Somalia."):
        events = code_text(text)
        assert coded(events, "19") and not coded(events, "18"), (text, coded(events, "18"))


def test_clause_of_another_act_names_no_one_a_claim_was_for():
    events = code_text("The Kenyan president claimed victory as the Zambian parliament ended "
                       "its debate.")
    assert all(e.target is None or e.target.code != "ZMBLEG" for e in events
               if e.evidence.trigger.startswith("claimed")), coded(events, "01")


def test_who_clause_after_a_place_has_no_doer_there():
    events = code_text("Police arrested one of the gunmen in the village who attacked the "
                       "Kenyan convoy.")
    attacks = [e for e in events if e.evidence.trigger.startswith("attacked")]
    assert attacks and all(e.source is None or e.source.text != "the village"
                           for e in attacks), [(e.source, e.target) for e in attacks]
    # a "who" clause on the gunmen themselves still names them
    events = code_text("Police arrested the gunmen who attacked the Kenyan convoy.")
    assert any(e.source is not None and e.source.text == "the gunmen" for e in events
               if e.evidence.trigger.startswith("attacked"))
    # nor does one after 'in' that names people, not a place
    events = code_text("Four of the infections were found in Kenyans who had travelled to "
                       "Zambia last month.")
    assert any(e.source is not None and e.source.text == "Kenyans" for e in events), \
        [(e.source, e.target) for e in events]



def test_passive_clause_without_subject_is_said_of_the_one_acted_on():
    events = code_text("The Kenyan minister resigned after being criticised by the "
                       "opposition.")
    criticism = [e for e in events if e.evidence.trigger.startswith("criticised")]
    assert criticism and all(e.source is None or e.source.code != "KENGOV"
                             for e in criticism), coded(events, "11")
    assert any(e.target is not None and e.target.code == "KENGOV" for e in criticism)
    events = code_text("The Zambian activist shouted slogans while being taken into custody.")
    assert all(e.source is None or e.source.code != "ZMBOPP" for e in events
               if e.cameo.root == "17"), coded(events, "17")
