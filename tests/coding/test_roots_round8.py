"""Roots, round 8: what was done, read as the CAMEO manual and PLOVER define it.

Sentences written for these tests, in wire style; actors given by hand.
"""

from __future__ import annotations


def kinds(events):
    return [(e.cameo.code, e.plover.event) for e in events]


def test_territory_captured_by_armed_forces_is_an_assault(code_sentence):
    text = "Rebel fighters captured two villages north of the provincial capital on Sunday."
    events = code_sentence(text, {"Rebel fighters": "REB", "two villages": "place:XYZ"})
    assert ("192", "ASSAULT") in kinds(events), kinds(events)


def test_a_blockade_laid_on_a_town_is_an_assault(code_sentence):
    text = "Government troops blockaded the rebel-held town for a third week."
    events = code_sentence(text, {"Government troops": "XYZMIL", "the rebel-held town": "REB"})
    assert kinds(events) == [("191", "ASSAULT")], kinds(events)


def test_a_blockade_imposed_is_the_blockade_not_some_coercion(code_sentence):
    text = "The navy imposed a blockade on the rebel-held port."
    events = code_sentence(text, {"The navy": "XYZMIL", "the rebel-held port": "REB"})
    assert events and {p for _, p in kinds(events)} == {"ASSAULT"}, kinds(events)


def test_a_border_closed_is_a_restriction_still(code_sentence):
    text = "Kenya closed its border with Somalia on Friday."
    events = code_sentence(text, {"Kenya": "KEN", "Somalia": "SOM"})
    assert kinds(events) == [("191", "COERCE")], kinds(events)


def test_a_charge_brought_is_a_formal_accusation(code_sentence):
    text = "State prosecutors charged the former transport minister with fraud on Monday."
    events = code_sentence(text, {"State prosecutors": "XYZJUD",
                                  "the former transport minister": "XYZGOV"})
    assert kinds(events) == [("173", "ACCUSE")], kinds(events)


def test_an_arrest_is_still_coercion(code_sentence):
    text = "Police arrested the former transport minister on Monday."
    events = code_sentence(text, {"Police": "XYZCOP", "the former transport minister": "XYZGOV"})
    assert kinds(events) == [("173", "COERCE")], kinds(events)


def test_what_fighters_seize_they_take_by_force(code_sentence):
    text = "Militia fighters seized the provincial governor's office late on Tuesday."
    events = code_sentence(text, {"Militia fighters": "XYZREB",
                                  "the provincial governor's office": "XYZGOV"})
    assert kinds(events) == [("192", "ASSAULT")], kinds(events)


def test_what_an_army_takes_over_it_occupies(code_sentence):
    text = "The army took over the state broadcaster's headquarters after the president fled."
    events = code_sentence(text, {"The army": "XYZMIL", "the state broadcaster": "XYZMED",
                                  "the president": "XYZGOV"})
    assert ("192", "ASSAULT") in kinds(events), kinds(events)


def test_weapons_seized_by_troops_are_confiscated_not_occupied(code_sentence):
    text = "Troops seized a large cache of weapons in a raid on the village."
    events = code_sentence(text, {"Troops": "XYZMIL", "the village": "place:XYZ"})
    assert all(code != "192" for code, _ in kinds(events)), kinds(events)


def test_an_attack_foiled_has_not_happened(code_sentence):
    text = "Security forces foiled a bomb attack on the parliament building on Friday."
    events = code_sentence(text, {"Security forces": "XYZMIL"})
    assert not [e for e in events if e.cameo.root in ("18", "19")], kinds(events)


def test_an_offensive_averted_has_not_happened(code_sentence):
    text = "The truce averted a government offensive on the rebel-held province."
    events = code_sentence(text, {"government": "XYZGOV", "the rebel-held province": "REB"})
    assert not [e for e in events if e.cameo.root in ("18", "19")], kinds(events)


def test_what_helicopters_attack_they_attack_by_force(code_sentence):
    text = "Army helicopters attacked the rebel-held town for a second day."
    events = code_sentence(text, {"Army helicopters": "XYZMIL", "the rebel-held town": "REB"})
    assert kinds(events) == [("190", "ASSAULT")], kinds(events)


def test_government_offices_attacked_are_attacked_by_force(code_sentence):
    text = "Army helicopters attacked government offices in the capital on Sunday."
    events = code_sentence(text, {"Army helicopters": "XYZMIL", "government offices": "XYZGOV"})
    assert kinds(events) == [("190", "ASSAULT")], kinds(events)


def test_a_government_building_attacked_is_attacked_by_force(code_sentence):
    text = "Unknown assailants attacked a government building in the city centre."
    events = code_sentence(text, {"a government building": "XYZGOV"})
    assert kinds(events) == [("190", "ASSAULT")], kinds(events)


def test_a_government_criticised_as_attacked_is_still_an_accusation(code_sentence):
    text = "The opposition leader attacked the government over rising prices."
    events = code_sentence(text, {"The opposition leader": "XYZOPP", "the government": "XYZGOV"})
    assert kinds(events) and all(p == "ACCUSE" for _, p in kinds(events)), kinds(events)


def test_an_authorization_given_is_permission_given(code_sentence):
    text = "The interior ministry gave authorization to the opposition party for the march."
    events = code_sentence(text, {"The interior ministry": "XYZGOV",
                                  "the opposition party": "XYZOPP"})
    assert kinds(events) == [("080", "CONCEDE")], kinds(events)


def test_a_proposal_accepted_is_endorsed(code_sentence):
    text = "The government accepted the mediators' proposal for a power-sharing council."
    events = code_sentence(text, {"The government": "XYZGOV", "the mediators": "IGO"})
    assert kinds(events) == [("051", "SUPPORT")], kinds(events)


def test_an_approach_agreed_to_is_endorsed(code_sentence):
    text = "The two prime ministers agreed to the new approach proposed by the envoy."
    events = code_sentence(text, {"The two prime ministers": "XYZGOV", "the envoy": "IGO"})
    assert ("051", "SUPPORT") in kinds(events) and ("030", "AGREE") not in kinds(events), \
        kinds(events)


def test_a_vessel_seized_at_sea_is_taken_by_force(code_sentence):
    text = "Two patrol boats of the navy seized a cargo vessel near the disputed islands."
    events = code_sentence(text, {"the navy": "XYZMIL", "a cargo vessel": "ABC"})
    assert ("192", "ASSAULT") in kinds(events), kinds(events)


def test_a_withdrawal_decided_is_the_withdrawal_not_an_intent(code_sentence):
    text = "The government decided to withdraw its troops from the border region."
    events = code_sentence(text, {"The government": "XYZGOV", "the border region": "place:XYZ"})
    assert kinds(events) and all(p == "RETREAT" for _, p in kinds(events)), kinds(events)


def test_a_suspect_handed_over_is_judicial_cooperation(code_sentence):
    text = "Kenyan police handed over a fugitive banker to Ugandan authorities on Friday."
    events = code_sentence(text, {"Kenyan police": "KENCOP", "Ugandan authorities": "UGAGOV"})
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events] == [
        ("063", "KENCOP", "UGAGOV")], kinds(events)


def test_to_call_someone_out_is_to_denounce_them(code_sentence):
    text = "Rights groups called out the interior ministry over the mass arrests."
    events = code_sentence(text, {"Rights groups": "NGOHRI", "the interior ministry": "XYZGOV"})
    assert kinds(events) == [("111", "ACCUSE")], kinds(events)


def test_acts_of_violence_named_as_nouns_are_coded_as_their_verbs(code_sentence):
    cases = [
        ("The rebels' kidnapping of two aid workers drew wide condemnation.",
         {"The rebels": "XYZREB", "two aid workers": "NGO"}, "181"),
        ("The militia's torture of prisoners went on for months.",
         {"The militia": "XYZREB", "prisoners": "XYZCVL"}, "1822"),
        ("The army's invasion of the neighbouring province began at dawn.",
         {"The army": "XYZMIL", "the neighbouring province": "ABC"}, "192"),
        ("The cartel carried out mass killings of migrants in the north.",
         {"The cartel": "MEXCRM", "migrants": "MEXREF"}, "202"),
    ]
    for text, actors, code in cases:
        events = code_sentence(text, actors)
        assert (code, "ASSAULT") in kinds(events), (text, kinds(events))


def test_sanctions_that_were_lifted_are_no_sanctions_imposed(code_sentence):
    text = "The sanctions against the state airline were lifted by the United States last week."
    events = code_sentence(text, {"the state airline": "XYZBUS", "the United States": "USA"})
    assert kinds(events) and all(p == "RETREAT" for _, p in kinds(events)), kinds(events)


def test_a_visit_postponed_is_no_visit(code_sentence):
    text = "The foreign minister's visit to Nairobi was postponed on Monday."
    events = code_sentence(text, {"The foreign minister": "XYZGOV", "Nairobi": "KEN"})
    assert not [e for e in events if e.cameo.root == "04"], kinds(events)


def test_aid_suspended_is_no_aid_given(code_sentence):
    text = "Military aid to the country was suspended by the United States last week."
    events = code_sentence(text, {"the country": "XYZ", "the United States": "USA"})
    assert kinds(events) and all(p == "SANCTION" for _, p in kinds(events)), kinds(events)


def test_charges_filed_are_court_action(code_sentence):
    text = "Federal prosecutors filed charges against the former governor on Tuesday."
    events = code_sentence(text, {"Federal prosecutors": "XYZJUD",
                                  "the former governor": "XYZGOV"})
    assert kinds(events) == [("115", "ACCUSE")], kinds(events)


def test_whom_fighters_seize_says_what_they_did(code_sentence):
    text = "Militants seized two foreign engineers near the oil field."
    events = code_sentence(text, {"Militants": "XYZREB", "two foreign engineers": "ABCBUS"})
    assert kinds(events) == [("181", "ASSAULT")], kinds(events)


def test_an_opportunity_seized_by_fighters_is_no_event(code_sentence):
    text = "Rebel fighters seized the opportunity to regroup in the hills."
    events = code_sentence(text, {"Rebel fighters": "XYZREB"})
    assert events == [], kinds(events)


def test_power_seized_by_an_army_is_a_coup(code_sentence):
    for text in ("The army seized power in a coup on Sunday.",
                 "The army took over power in a coup on Sunday."):
        events = code_sentence(text, {"The army": "XYZMIL"})
        assert kinds(events) == [("180", "ASSAULT")], (text, kinds(events))


def test_a_participle_telling_of_a_noun_is_background_not_an_act(code_sentence):
    text = "Police in Nairobi arrested a businessman suspected of funding the militia."
    events = code_sentence(text, {"Police": "KENCOP", "Nairobi": "KEN",
                                  "a businessman": "KENBUS", "the militia": "KENREB"})
    assert [e.cameo.code for e in events] == ["173"], kinds(events)


def test_a_participle_the_parser_left_as_the_only_verb_still_codes(code_sentence):
    # the parser hangs "called" on a noun and finds no main verb: it is the main verb
    text = ("At a rally outside parliament, unemployed teachers, nurses and bus drivers called "
            "on lawmakers to raise wages.")
    events = code_sentence(text, {"unemployed teachers": "XYZLAB", "lawmakers": "XYZLEG"})
    assert [e for e in events if e.cameo.root == "02"], kinds(events)
