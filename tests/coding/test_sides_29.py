"""Round 29c: wrong sides from pronouns and from one's own agents, and acts not done.

A "he" reported by a body or by a lawyer is not that body or lawyer; those charged are not the
prosecutors named before; a noun joined to an inquiry, or a clause of time after it, names no
one investigated; a summit something happened ahead of, or an aim, is not done."""

from __future__ import annotations

from eventwire import code_text


def sides(events, root):
    return [(e.source.text if e.source else None, e.target.text if e.target else None)
            for e in events if e.cameo.root == root]


def test_those_charged_are_not_the_prosecutors_named_before():
    events = code_text("Zambian prosecutors filed the case on Monday. They are charged with "
                       "fraud.")
    charged = [e.target.code if e.target else None for e in events if e.cameo.root == "17"]
    assert "ZMBJUD" not in charged, charged
    # those named before who are not the ones who charge still are
    events = code_text("Two Zambian bankers appeared in court on Monday. They are charged "
                       "with fraud.")
    charged = [e.target.code if e.target else None for e in events if e.cameo.code == "173"]
    assert "ZMBBUS" in charged, charged


def test_he_in_a_bodys_report_is_not_the_body(code_sentence):
    # the tagger leaves this body's name untyped; its code says it is a body
    text = "Freedom Watch says he started a hunger strike last week."
    events = code_sentence(text, {"Freedom Watch": "NGOHRI"})
    assert all(s != "Freedom Watch" for s, _ in sides(events, "14")), sides(events, "14")


def test_she_in_a_lawyers_report_is_the_client_not_the_lawyer(code_sentence):
    text = "Ms Adeyemi's lawyer said she started a hunger strike in Lusaka."
    events = code_sentence(text, {"Ms Adeyemi's lawyer": "ZMBJUD"})
    assert all(s != "Ms Adeyemi's lawyer" for s, _ in sides(events, "14")), sides(events, "14")
    # a person the body's code names by a noun still is ("the UN envoy said he ...")
    text = "The UN envoy said he would meet Kenyan officials."
    events = code_sentence(text, {"The UN envoy": "IGOUNO", "Kenyan officials": "KENGOV"},
                           facts_only=False)
    assert ("The UN envoy", "Kenyan officials") in sides(events, "04"), sides(events, "04")


def test_an_inquiry_is_not_aimed_at_a_noun_joined_to_it(code_sentence):
    text = "Zambian police are leading the investigation and Kenyan forensic experts arrived " \
        "on Monday."
    events = code_sentence(text, {"Zambian police": "ZMBCOP",
                                  "Kenyan forensic experts": "KENCOP"})
    assert ("Zambian police", "Kenyan forensic experts") not in sides(events, "09"), \
        sides(events, "09")


def test_an_inquiry_is_not_aimed_at_one_named_in_a_clause_of_time_after_it(code_sentence):
    text = "Zambian prosecutors chose to reopen the investigation in June after the Kenyan " \
        "minister was expelled from the embassy."
    events = code_sentence(text, {"Zambian prosecutors": "ZMBJUD",
                                  "the Kenyan minister": "KENGOV"})
    assert ("Zambian prosecutors", "the Kenyan minister") not in sides(events, "09"), \
        sides(events, "09")
    # an inquiry into someone still is aimed at them
    text = "Zambian prosecutors reopened the investigation into the Kenyan minister in May."
    events = code_sentence(text, {"Zambian prosecutors": "ZMBJUD",
                                  "the Kenyan minister": "KENGOV"})
    assert ("Zambian prosecutors", "the Kenyan minister") in sides(events, "09"), \
        sides(events, "09")


def test_a_summit_something_was_done_before_is_still_to_come(code_sentence):
    text = "Zambian ministers met in Lusaka on Monday before a summit with Kenya."
    events = code_sentence(text, {"Zambian ministers": "ZMBGOV", "Kenya": "KEN"})
    assert not [e for e in events if e.evidence.trigger == "summit"], sides(events, "04")


def test_a_summit_on_whose_eve_something_was_done_is_still_to_come():
    events = code_text("Ghana freed two Kenyan journalists on the eve of its summit with Kenya.")
    summits = [e for e in events if e.evidence.trigger == "summit"]
    assert not [e for e in summits if e.is_asserted], sides(summits, "04")
    assert sides(events, "08"), "the freeing is still told as done"


def test_an_act_one_sees_as_ones_mission_is_not_done(code_sentence):
    text = "The committee views its mission to overthrow the Kenyan government through the " \
        "lens of decades."
    events = code_sentence(text, {"The committee": "ZMBGOV", "the Kenyan government": "KENGOV"})
    assert not sides(events, "18"), sides(events, "18")
    # a summit held is still one
    text = "Zambian ministers held a summit with Kenya in Lusaka on Monday."
    events = code_sentence(text, {"Zambian ministers": "ZMBGOV", "Kenya": "KEN"})
    assert ("Zambian ministers", "Kenya") in sides(events, "04"), sides(events, "04")


def test_who_said_the_towns_were_flooded_and_urged_is_the_speaker_not_the_towns(code_sentence):
    text = "The Kenyan ministry said that Zambian towns were flooded, and urged Kenyan " \
        "travellers to stay away."
    events = code_sentence(text, {"The Kenyan ministry": "KENGOV", "Zambian towns": "ZMB",
                                  "Kenyan travellers": "KENCVL"})
    assert sides(events, "02") == [("The Kenyan ministry", "Kenyan travellers")], \
        sides(events, "02")
    # one hit and asking, with no speech verb between, is still the one who asks
    text = "Zambia was hit by floods and asked Kenya for help."
    events = code_sentence(text, {"Zambia": "ZMB", "Kenya": "KEN"})
    assert ("Zambia", "Kenya") in sides(events, "02"), sides(events, "02")


def test_it_in_a_clause_before_the_subject_looks_ahead_to_it():
    events = code_text("The Kenyan parliament passed the bill on Monday. Since 1990, when it "
                       "crushed student protests in Lusaka, Zambia has avoided the use of force.")
    crushers = [e.source.code if e.source else None for e in events if e.cameo.root == "17"]
    assert crushers and "KENLEG" not in crushers, crushers
    # not past a clause's own verb to the one whose speech holds it
    events = code_text("Kenyan police threatened to beat the Zambian demonstrators if they "
                       "marched on the ministry, a Kenyan reporter said.")
    marchers = [e.source.code if e.source else None for e in events if e.cameo.root == "14"]
    assert marchers == ["ZMBOPP"], marchers


def test_those_one_investigates_with_are_partners_not_the_investigated(code_sentence):
    text = "Zambian police opened a joint investigation with Kenyan police in Lusaka."
    events = code_sentence(text, {"Zambian police": "ZMBCOP", "Kenyan police": "KENCOP"})
    assert ("Zambian police", "Kenyan police") not in sides(events, "09"), sides(events, "09")
    text = "Zambian police are investigating the case with Kenyan detectives."
    events = code_sentence(text, {"Zambian police": "ZMBCOP", "Kenyan detectives": "KENCOP"})
    assert ("Zambian police", "Kenyan detectives") not in sides(events, "09"), \
        sides(events, "09")
    # those an inquiry is into still are investigated
    text = "Zambian police opened a joint investigation with Kenyan police into the smugglers."
    events = code_sentence(text, {"Zambian police": "ZMBCOP", "Kenyan police": "KENCOP",
                                  "the smugglers": "KENCRM"})
    assert ("Zambian police", "the smugglers") in sides(events, "09"), sides(events, "09")


def test_those_charged_in_a_clause_sharing_the_police_as_subject_are_not_the_police(
        code_sentence):
    text = "Zambian police detained dozens on Monday, charging them with trespass."
    events = code_sentence(text, {"Zambian police": "ZMBCOP"}, facts_only=False)
    charges = [e for e in events if e.evidence.trigger.startswith("charging")]
    assert charges and all(e.target is None or e.target.text != "Zambian police"
                           for e in charges), sides(charges, "17")
