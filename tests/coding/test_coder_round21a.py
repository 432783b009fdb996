"""Round 21a: general classes of news read off the held-out odd half's misses, each tested on
a sentence written for these tests (other names, other wording)."""

from __future__ import annotations


def pairs(events, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.text if e.source else None, e.target.text if e.target else None)
            for e in events if e.cameo.root == root]


def test_one_who_sits_down_for_a_meal_with_another_meets_them(code_sentence):
    # the meal hangs on "sat down for": the sitter takes part in it
    text = "The two premiers sat down on Tuesday for a long lunch with Chancellor Olsen."
    events = code_sentence(text, {"The two premiers": "GOV", "Chancellor Olsen": "DEUGOV"})
    assert ("The two premiers", "Chancellor Olsen") in pairs(events, "04")


def test_calling_for_talks_is_no_meeting(code_sentence):
    text = "The union called for talks with the mine owners."
    events = code_sentence(text, {"The union": "LAB", "the mine owners": "BUS"})
    assert ("The union", "the mine owners") not in pairs(events, "04")


def test_the_subject_of_a_passive_controls_its_complement(code_sentence):
    # "X was seen holding talks with Y": X held them
    text = "The envoy was seen holding talks with rebel commanders in a village near the border."
    events = code_sentence(text, {"The envoy": "NORGOV", "rebel commanders": "REB"})
    assert ("The envoy", "rebel commanders") in pairs(events, "04")


def test_hallmarks_of_a_group_are_blame_laid_by_the_speaker(code_sentence):
    # no verb of accusing: the evidence lays the blame, and the ones who say so lay it
    text = "Nigerian police said the raid on the market bore the hallmarks of Boko Haram."
    events = code_sentence(text, {"Nigerian police": "NGACOP", "Boko Haram": "NGAREB"})
    assert ("Nigerian police", "Boko Haram") in pairs(events, "11")
    assert not any(e.target and e.target.text == "Boko Haram" for e in events
                   if e.cameo.root != "11")


def test_the_attack_that_bears_a_groups_hallmarks_was_not_done_to_it(code_sentence):
    text = "The ambush bore all the hallmarks of the Shining Path, army officers said."
    events = code_sentence(text, {"army officers": "PERMIL", "the Shining Path": "PERREB"})
    assert ("army officers", "the Shining Path") in pairs(events, "11")
    assert pairs(events, "19") == []


def test_evidence_pointing_to_someone_accuses_them(code_sentence):
    text = "Customs investigators said the evidence pointed to the ferry's owner."
    events = code_sentence(text, {"Customs investigators": "COP", "the ferry's owner": "BUS"})
    assert ("Customs investigators", "the ferry's owner") in pairs(events, "11")


def test_evidence_pointing_to_a_cause_blames_no_one(code_sentence):
    text = "The evidence points to a faulty valve, the fire chief said."
    events = code_sentence(text, {"the fire chief": "GOV"})
    assert pairs(events, "11") == []


def test_a_ruling_that_someone_stays_in_custody_detains_them(code_sentence):
    # a court's ruling, not an order: the one ruled to stay locked up is detained (173)
    text = "Okafor will stay in custody for another month, the magistrate ruled on Monday."
    events = code_sentence(text, {"the magistrate": "JUD", "Okafor": "NGA"})
    assert ("the magistrate", "Okafor") in pairs(events, "17")
    text = "The tribunal decided that the two bloggers would stay behind bars pending an appeal."
    events = code_sentence(text, {"The tribunal": "JUD", "the two bloggers": "MED"})
    assert ("The tribunal", "the two bloggers") in pairs(events, "17")


def test_a_ruling_about_a_past_detention_detains_no_one(code_sentence):
    text = "The court ruled that her detention had been unlawful."
    events = code_sentence(text, {"The court": "JUD"})
    assert pairs(events, "17") == []


def test_people_turned_away_are_kept_from_going(code_sentence):
    # named by a pronoun or as inspectors: turned away at a checkpoint (191, COERCE)
    text = "On Tuesday they were turned away at the gate by soldiers."
    events = code_sentence(text, {"soldiers": "MIL"})
    assert [(e.source.text, e.cameo.code) for e in events if e.source and
            e.cameo.root == "19"] == [("soldiers", "191")]
    text = "The weapons inspectors were turned away by militiamen at the airport."
    events = code_sentence(text, {"The weapons inspectors": "IGO", "militiamen": "REB"})
    assert ("militiamen", "The weapons inspectors") in pairs(events, "19")


def test_turning_away_from_something_restricts_no_one(code_sentence):
    text = "The delegates turned away from the stage in protest."
    events = code_sentence(text, {"The delegates": "GOV"})
    assert pairs(events, "19") == []


def test_captives_held_since_a_year_are_released_by_their_holders(code_sentence):
    # the parser reads "since 2018 were released" as a clause whose subject is the year
    text = "Three aid workers who had been held by al-Shabaab since 2018 were released on Sunday."
    events = code_sentence(text, {"Three aid workers": "NGO", "al-Shabaab": "SOMREB"})
    assert ("al-Shabaab", "Three aid workers") in pairs(events, "08")


def test_a_town_that_asks_is_its_government(code_sentence):
    # no dictionary codes "the town": as the subject of an appeal it is the town's
    # government, an actor with no code; shelled, it is still a place
    text = "The town is asking drivers to stay off the bridge until Friday."
    events = code_sentence(text, {"drivers": "CVL"})
    assert ("The town", "drivers") in pairs(events, "02")
    text = "The army shelled the town on Monday."
    events = code_sentence(text, {"The army": "MIL"})
    assert all(e.source.text == "The army" for e in events if e.source)


def test_making_off_with_a_person_abducts_them(code_sentence):
    text = "Police said three masked men stormed the clinic and made off with the doctor's son."
    events = code_sentence(text, {"three masked men": "CRM", "the doctor's son": "CVL"})
    assert [e.cameo.code for e in events if e.target and e.target.text == "the doctor's son"] \
        == ["181"]


def test_taking_off_with_a_thing_or_a_load_abducts_no_one(code_sentence):
    text = "The helicopter took off with twelve passengers, and the thieves made off with the cash."
    events = code_sentence(text, {"twelve passengers": "CVL", "the thieves": "CRM"})
    assert pairs(events, "18") == []


def test_working_closely_with_a_partner_to_do_something_is_cooperation_with_it(code_sentence):
    # the parser reads "with X to V" as a clause whose subject is the partner
    text = "The coast guard is working closely with Greek police to find the missing boat."
    events = code_sentence(text, {"The coast guard": "COP", "Greek police": "GRCCOP"})
    assert ("The coast guard", "Greek police") in pairs(events, "06")
    text = "The agency is working closely with the Red Cross to deliver tents."
    events = code_sentence(text, {"The agency": "IGO", "the Red Cross": "NGO"})
    assert ("The agency", "the Red Cross") in pairs(events, "06")


def test_police_who_stop_a_vehicle_restrict_its_driver(code_sentence):
    text = "Two deputies pulled over a pickup truck driven by Carl Boone outside the town."
    events = code_sentence(text, {"Two deputies": "COP", "Carl Boone": None})
    assert [(e.source.text, e.target.text if e.target else None) for e in events
            if e.cameo.code == "191"] == [("Two deputies", "Carl Boone")]
    text = "Police stopped the motorist at a checkpoint on Friday."
    events = code_sentence(text, {"Police": "COP", "the motorist": "CVL"})
    assert ("Police", "the motorist") in pairs(events, "19")


def test_stopping_car_production_restricts_no_one(code_sentence):
    text = "The carmaker stopped car production at two plants, a union officer said."
    events = code_sentence(text, {"The carmaker": "BUS"})
    assert pairs(events, "19") == []


def test_poison_used_against_people_is_a_chemical_weapon(code_sentence):
    text = "The cult used a toxin against commuters on the subway."
    events = code_sentence(text, {"The cult": "UAF", "commuters": "CVL"})
    assert [e.cameo.code for e in events if e.source and e.source.text == "The cult"] == \
        ["2041"]


def test_the_states_agents_who_report_an_arrest_made_it(code_sentence):
    # an act of force only the state does, said in the passive by its own police or officials
    text = "Ghanaian police said four men were arrested near the port on Sunday."
    events = code_sentence(text, {"Ghanaian police": "GHACOP", "four men": None})
    assert ("Ghanaian police", "four men") in pairs(events, "17")


def test_a_witness_who_reports_an_arrest_did_not_make_it(code_sentence):
    text = "Local villagers said two teachers were arrested at dawn."
    events = code_sentence(text, {"Local villagers": "GHACVL", "two teachers": None})
    assert "Local villagers" not in [s for s, _ in pairs(events, "17")]


def test_health_bosses_are_health_officials(parser, coder):
    from coding_helpers import resolved_and_coded
    text = "Health bosses urged parents to vaccinate their children."
    events = resolved_and_coded(parser, coder, text)
    assert [e.source.code for e in events if e.cameo.root == "02"] == ["GOVHLH"]


def test_people_named_by_their_part_in_a_story_are_sides(code_sentence):
    # no dictionary codes "her client" or "executives": they acted or were acted on all the same
    text = "Her client turned down the prosecution's offer of a reduced charge, the attorney said."
    events = code_sentence(text, {})
    assert "Her client" in [s for s, _ in pairs(events, "12")]
    text = "Executives of the two banks met the regulator on Thursday."
    events = code_sentence(text, {"the regulator": "GOV"})
    assert ("Executives of the two banks", "the regulator") in pairs(events, "04")


def test_everyday_detentions_by_courts_and_police(code_sentence):
    actors = {"The magistrate": "KENJUD", "Wanjiru": None, "Two constables": "KENCOP",
              "the suspect": None}
    for text in ("The magistrate remanded Wanjiru in custody until her trial.",
                 "The magistrate ordered Wanjiru held without bail.",
                 "Two constables handcuffed the suspect outside the court.",
                 "Two constables booked Wanjiru into the county jail."):
        events = code_sentence(text, actors)
        assert [e.cameo.code for e in events if e.target and
                e.target.text in ("Wanjiru", "the suspect")] == ["173"], text


def test_checkpoints_set_up_restrict_movement(code_sentence):
    text = "Soldiers set up roadblocks on every road into the valley."
    events = code_sentence(text, {"Soldiers": "MIL"})
    assert [e.cameo.code for e in events] == ["191"]


def test_booking_a_room_detains_no_one(code_sentence):
    text = "The delegation booked rooms at a hotel near the port."
    events = code_sentence(text, {"The delegation": "GOV"})
    assert pairs(events, "17") == []


def test_calls_conversations_and_audiences_with_another_are_consultations(code_sentence):
    actors = {"The foreign minister": "NORGOV", "her Chilean counterpart": "CHLGOV"}
    for text, code in (
            ("The foreign minister had a video call with her Chilean counterpart on Friday.",
             "041"),
            ("The foreign minister had a long conversation with her Chilean counterpart.", "040"),
            ("The foreign minister had an audience with her Chilean counterpart.", "040")):
        events = code_sentence(text, actors)
        assert [e.cameo.code for e in events] == [code], text


def test_a_speaker_who_says_someone_is_suspected_accuses_them(code_sentence):
    text = "Nigerian police say the Ansaru group is suspected of the kidnapping."
    events = code_sentence(text, {"Nigerian police": "NGACOP", "the Ansaru group": "NGAREB"})
    assert ("Nigerian police", "the Ansaru group") in pairs(events, "11")


def test_an_attack_attributed_to_someone_blames_them(code_sentence):
    actors = {"The navy": "PHLMIL", "the pirates": "CRM", "Officials": "PHLGOV"}
    text = "The navy attributed the raid to the pirates."
    events = code_sentence(text, actors)
    assert ("The navy", "the pirates") in pairs(events, "11")
    assert ("The navy", "the pirates") not in pairs(events, "19")
    text = "Officials said the sinking of the ferry was attributed to the pirates."
    events = code_sentence(text, actors)
    assert ("Officials", "the pirates") in pairs(events, "11")
    text = "Inspectors attributed the fire to faulty wiring."
    events = code_sentence(text, {"Inspectors": "GOV"})
    assert pairs(events, "11") == []


def test_they_in_a_when_clause_is_the_plural_subject_it_hangs_on(code_sentence):
    text = ("The farm ministers left Brussels angry after they had breakfast with "
            "Commissioner Varga.")
    events = code_sentence(text, {"The farm ministers": "GOV", "Commissioner Varga": "IGO"})
    assert ("The farm ministers", "Commissioner Varga") in pairs(events, "04")


def test_people_carried_off_dragged_away_or_held_for_ransom_are_abducted(code_sentence):
    actors = {"Bandits": "CRM", "two nurses": "HLH", "the nurse": "HLH", "them": None}
    for text in ("Bandits carried off two nurses from the clinic at dawn.",
                 "Bandits dragged the nurse away.",
                 "Bandits bundled two nurses into a pickup and drove off.",
                 "Bandits seized the clinic and held them for ransom."):
        events = code_sentence(text, actors)
        assert "181" in [e.cameo.code for e in events if e.source and
                         e.source.text == "Bandits"], text


def test_goods_carried_off_are_no_abduction(code_sentence):
    text = "Looters carried off computers and furniture from the school."
    events = code_sentence(text, {"Looters": "CRM"})
    assert pairs(events, "18") == []


def test_people_flown_or_ferried_out_are_evacuated(code_sentence):
    for text in ("An air force plane flew the wounded to the capital.",
                 "Rescue crews ferried stranded villagers across the river to a school."):
        events = code_sentence(text, {"An air force plane": "MIL", "Rescue crews": "CVL"})
        assert [e.cameo.code for e in events] == ["073"], text


def test_people_flown_off_with_are_companions_not_cargo(code_sentence):
    text = "The trade minister flew to Lagos with a group of business people."
    events = code_sentence(text, {"The trade minister": "GOV"})
    assert pairs(events, "07") == []


def test_people_carried_off_are_the_ones_abducted(code_sentence):
    # no dictionary knows the nurses: the object that names the act is still its target
    text = "Gunmen carried off two nurses from the clinic."
    events = code_sentence(text, {"Gunmen": "UAF"})
    assert ("Gunmen", "two nurses") in pairs(events, "18")


def test_countries_named_only_as_countries_are_sides(code_sentence):
    text = "Several nations have pledged to send rescue teams to the quake zone."
    events = code_sentence(text, {}, facts_only=False)
    assert "Several nations" in [s for s, _ in pairs(events, "03")]


def test_an_appeal_said_in_the_passive_is_the_speakers(code_sentence):
    actors = {"the county": "GOV", "Residents": "CVL", "The county": "GOV", "residents": "CVL"}
    text = "Residents are being urged to conserve water, the county said on Monday."
    events = code_sentence(text, actors)
    assert ("the county", "Residents") in pairs(events, "02")
    text = "The county said residents had been instructed to leave the valley."
    events = code_sentence(text, actors)
    assert ("The county", "residents") in pairs(events, "10")


def test_a_ruling_that_someone_be_held_without_bail_detains_them(code_sentence):
    actors = {"The magistrate": "KENJUD", "Otieno": None}
    text = "The magistrate ruled that Otieno must be held without bail."
    events = code_sentence(text, actors)
    assert ("The magistrate", "Otieno") in pairs(events, "17")
    text = "The magistrate ordered that Otieno remain behind bars."
    events = code_sentence(text, actors)
    assert [e.cameo.code for e in events] == ["173"]


def test_aid_workers_released_are_people_let_go(code_sentence):
    actors = {"The three aid workers": "NGO", "the Houthis": "YEMREB"}
    text = "The three aid workers, held by the Houthis for a year, were released on Friday."
    events = code_sentence(text, actors)
    assert [(e.cameo.code, e.source.text if e.source else None) for e in events] == \
        [("0841", "the Houthis")]
    text = "The ministry released aid to the flood victims."
    events = code_sentence(text, {"The ministry": "GOV", "the flood victims": "CVL"})
    assert pairs(events, "07") == [("The ministry", "the flood victims")]


def test_passive_violence_is_done_by_the_attacker_the_sentence_names(code_sentence):
    actors = {"Two guards": "COP"}
    text = "Two guards were wounded as they tried to disarm the attacker, police said."
    events = code_sentence(text, actors)
    assert ("the attacker", "Two guards") in pairs(events, "18")
    text = "The attacker was later shot dead near the station."
    events = code_sentence(text, {})
    assert all(e.source is None for e in events)


def test_house_arrest_and_questioning_detain(code_sentence):
    actors = {"The junta": "MMRMIL", "the former premier": "MMRGOV", "Police": "MMRCOP",
              "two monks": "MMRBUD"}
    text = "The junta placed the former premier under house arrest on Monday."
    events = code_sentence(text, actors)
    assert ("The junta", "the former premier") in pairs(events, "17")
    text = "Police held two monks for questioning after the march."
    events = code_sentence(text, actors)
    assert ("Police", "two monks") in pairs(events, "17")


def test_one_said_to_be_behind_an_attack_is_blamed(code_sentence):
    actors = {"The interior minister": "PAKGOV", "the Pakistani Taliban": "PAKREB",
              "the government": "PAKGOV"}
    text = "The interior minister said the Pakistani Taliban was behind the bombing."
    events = code_sentence(text, actors)
    assert ("The interior minister", "the Pakistani Taliban") in pairs(events, "11")
    text = "The interior minister said the government was behind the reform."
    events = code_sentence(text, actors)
    assert pairs(events, "11") == []
