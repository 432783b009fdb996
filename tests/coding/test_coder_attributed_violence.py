"""Who did violence the sentence lays at someone's door, and who suffered it."""

from __future__ import annotations

from coding_helpers import resolved_and_coded, sides


def test_an_attack_blamed_on_a_group_is_that_groups(code_sentence):
    text = "A teacher was killed in northern Mali in an attack blamed on jihadists."
    events = code_sentence(text, {"A teacher": "MLIEDU", "northern Mali": "MLI",
                                  "jihadists": "MLIREB"})
    # violence by an armed group on a civilian is unconventional (CAMEO 180)
    assert ("MLIREB", "MLIEDU") in sides(events, "180"), sides(events, "180")


def test_those_who_died_in_an_attack_suffered_it(code_sentence):
    text = "Four policemen died in an ambush the government blamed on separatists."
    events = code_sentence(text, {"Four policemen": "CMRCOP", "the government": "CMRGOV",
                                  "separatists": "CMRREB"})
    assert ("CMRREB", "CMRCOP") in [s for c in ("190", "191", "192", "193", "194", "195")
                                    for s in sides(events, c)], [
        (e.cameo.code, e.source and e.source.code, e.target and e.target.code) for e in events]
    assert ("CMRGOV", "CMRREB") in sides(events, "112"), sides(events, "112")


def test_a_claim_of_responsibility_makes_the_act_the_claimers(code_sentence):
    text = "Al-Shabaab claimed responsibility for the attack on a Somali army base."
    events = code_sentence(text, {"Al-Shabaab": "SOMREBSHB", "a Somali army base": "SOMMIL"})
    assert ("SOMREBSHB", "SOMMIL") in sides(events, "190"), [
        (e.cameo.code, e.source and e.source.code) for e in events]
    assert sides(events, "015") and sides(events, "015")[0][0] == "SOMREBSHB"


def test_fighting_between_two_sides_is_between_them(code_sentence):
    text = "Fighting between the army and the rebels killed dozens in Darfur."
    events = code_sentence(text, {"the army": "SDNMIL", "the rebels": "SDNREB"})
    assert ("SDNMIL", "SDNREB") in sides(events, "190"), sides(events, "190")


def test_a_counted_group_is_not_the_body_named_after_it(parser, coder):
    events = resolved_and_coded(parser, coder,
                                "Two Nigerian soldiers died in an attack the army blamed on "
                                "Boko Haram.")
    blame = [e for e in events if e.cameo.code.startswith("11")]
    assert blame and blame[0].source.text == "the army", [
        (e.cameo.code, e.source and e.source.text) for e in events]


def test_an_armed_groups_word_before_an_act_is_who_did_it(parser, coder):
    events = resolved_and_coded(parser, coder, "Three Malian soldiers died in a jihadist "
                                               "ambush near Gao.")
    assert [(e.source.code, e.target.code) for e in events if e.cameo.root == "19"
            and e.source] == [("MLIREB", "MLIMIL")], [
        (e.cameo.code, e.source and e.source.code) for e in events]
    # the kind of act is no one: a military offensive is the state's, not a military side
    events = resolved_and_coded(parser, coder, "Chad's military offensive against the "
                                               "rebels began on Monday.")
    assert all(e.source.code == "TCD" for e in events if e.source), [
        (e.cameo.code, e.source and e.source.code) for e in events]


def test_ground_taken_from_a_side_is_taken_from_it(code_sentence):
    text = "The Libyan army retook the airport from the militia on Sunday."
    events = code_sentence(text, {"The Libyan army": "LBYMIL", "the militia": "LBYREB"})
    assert sides(events, "192") == [("LBYMIL", "LBYREB")], sides(events, "192")
    text = "Somali troops liberated the port town from al-Shabaab fighters."
    events = code_sentence(text, {"Somali troops": "SOMMIL", "al-Shabaab fighters": "SOMREBSHB"})
    assert sides(events, "192") == [("SOMMIL", "SOMREBSHB")], sides(events, "192")
    # a court that frees prisoners occupies nothing
    text = "The Somali court liberated the prisoners."
    events = code_sentence(text, {"The Somali court": "SOMJUD"})
    assert not sides(events, "192")


def test_a_military_convoy_is_the_forces_own(parser, coder):
    events = resolved_and_coded(parser, coder, "Jihadists ambushed a military convoy near "
                                               "Gao in Mali.")
    assert [(e.source.code, e.target.code) for e in events if e.cameo.root == "19"
            and e.source and e.target] == [("MLIREB", "MLIMIL")], [
        (e.cameo.code, e.target and e.target.text) for e in events]


def test_a_bombing_by_an_armed_group_is_no_air_raid(code_sentence):
    text = "Separatists bombed a bus station in Bamenda."
    events = code_sentence(text, {"Separatists": "CMRREB", "Bamenda": "CMR"})
    assert "183" in [e.cameo.code for e in events], [e.cameo.code for e in events]
    text = "Cameroonian jets bombed separatist camps near Bamenda."
    events = code_sentence(text, {"Cameroonian jets": "CMRMIL", "separatist camps": "CMRREB"})
    assert "195" in [e.cameo.code for e in events], [e.cameo.code for e in events]
