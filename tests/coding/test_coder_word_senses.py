"""Senses of Phoenix verbs that name no political act in ordinary news."""

from __future__ import annotations

from coding_helpers import codes, resolved_and_coded


def test_joining_a_party_or_a_service_is_no_consultation(code_sentence):
    text = "The former Kenyan minister joined the opposition party last week."
    events = code_sentence(text, {"The former Kenyan minister": "KENGOV",
                                  "the opposition party": "KENOPP"})
    assert not any(c.startswith("04") for c in codes(events)), codes(events)
    text = "Kenya joined the peace talks with Somalia in Nairobi."
    events = code_sentence(text, {"Kenya": "KEN", "Somalia": "SOM", "Nairobi": "KEN"})
    assert any(c.startswith("04") for c in codes(events)), codes(events)


def test_determining_a_cause_is_no_intent(code_sentence):
    text = "Kenyan health officials are working to determine the cause of the outbreak."
    events = code_sentence(text, {"Kenyan health officials": "KENGOVHLH"})
    assert not any(c.startswith("03") for c in codes(events)), codes(events)


def test_protection_is_military_only_when_forces_give_it(code_sentence):
    text = "Zambia began a vaccination drive to protect children against measles."
    events = code_sentence(text, {"Zambia": "ZMB", "children": "ZMBCVL"})
    assert "074" not in codes(events), codes(events)
    text = "Zambian troops protected the refugees in the border camp."
    events = code_sentence(text, {"Zambian troops": "ZMBMIL", "the refugees": "CODREF"})
    assert "074" in codes(events), codes(events)


def test_suspecting_that_something_is_so_accuses_no_one(code_sentence):
    text = "Zambian health officials suspect that the maize meal is the source of the illness."
    events = code_sentence(text, {"Zambian health officials": "ZMBGOVHLH"})
    assert not any(c.startswith("11") for c in codes(events)), codes(events)


def test_a_warning_of_a_hazard_is_a_pessimistic_comment(code_sentence):
    text = "The Zambian weather service warned of heavy floods along the Zambezi."
    events = code_sentence(text, {"The Zambian weather service": "ZMBGOV"})
    assert "012" in codes(events) and not any(c.startswith("13") for c in codes(events)), \
        codes(events)
    text = "The Zambian army warned of retaliation against the rebels."
    events = code_sentence(text, {"The Zambian army": "ZMBMIL", "the rebels": "ZMBREB"})
    assert any(c.startswith("13") for c in codes(events)), codes(events)


def test_a_press_release_or_a_report_released_lets_no_one_go(code_sentence):
    text = "The Zambian health ministry said in a press release that the clinic had reopened."
    events = code_sentence(text, {"The Zambian health ministry": "ZMBGOVHLH"})
    assert "0841" not in codes(events), codes(events)
    text = "The release of the report angered the Zambian government."
    events = code_sentence(text, {"the Zambian government": "ZMBGOV"})
    assert "0841" not in codes(events), codes(events)
    text = "The release of the hostages by the rebels was welcomed by Zambia."
    events = code_sentence(text, {"the hostages": "ZMBCVL", "the rebels": "ZMBREB",
                                  "Zambia": "ZMB"})
    assert "0841" in codes(events), codes(events)


def test_crews_called_to_a_scene_made_no_telephone_call(code_sentence):
    text = "Zambian police were called to the market on Friday night."
    events = code_sentence(text, {"Zambian police": "ZMBCOP"})
    assert "041" not in codes(events), codes(events)


def test_reporters_contributing_to_a_report_give_no_aid(code_sentence):
    text = "Reuters reporters in Lusaka contributed to this report."
    events = code_sentence(text, {"Reuters reporters": "MED", "Lusaka": "ZMB"})
    assert not any(c.startswith("07") for c in codes(events)), codes(events)


def test_living_somewhere_or_digging_occupies_and_investigates_nothing(code_sentence):
    text = "Thousands of displaced Congolese reside in camps near Goma."
    events = code_sentence(text, {"Thousands of displaced Congolese": "CODREF", "Goma": "COD"})
    assert not any(c.startswith("19") for c in codes(events)), codes(events)
    text = "Ugandan soldiers dug trenches around the airport in Entebbe."
    events = code_sentence(text, {"Ugandan soldiers": "UGAMIL", "Entebbe": "UGA"})
    assert not any(c.startswith("09") for c in codes(events)), codes(events)


def test_heavy_rain_pounding_villages_is_no_attack(code_sentence):
    text = "Villages along the Kenyan coast were pounded by torrential rainfall."
    events = code_sentence(text, {"Villages": "KENCVL"})
    assert not any(c.startswith("19") for c in codes(events)), codes(events)


def test_a_town_wanted_is_no_appeal_to_settle(code_sentence):
    # the Phoenix dictionary lists towns among what is urged or called for (CAMEO 027); the
    # converter skips those two lines as errata
    text = "The Malian rebels want the town of Kidal."
    events = code_sentence(text, {"The Malian rebels": "MLIREB", "Kidal": "MLI"})
    assert "027" not in codes(events), codes(events)


def test_rapped_is_a_rebuke_and_raped_a_sexual_assault(parser, coder):
    rapped = resolved_and_coded(parser, coder, "The senator rapped the agency over its delays.")
    raped = resolved_and_coded(parser, coder, "Militiamen raped women in the village.")
    assert [e.cameo.code for e in rapped] == ["111"], [(e.cameo.code, e.evidence.rule)
                                                        for e in rapped]
    assert "1821" in [e.cameo.code for e in raped], [e.cameo.code for e in raped]


def test_a_thing_matching_another_is_no_use_of_force(parser, coder):
    events = resolved_and_coded(parser, coder,
                                "Police found a van matching the suspect's description.")
    assert not [e for e in events if e.cameo.root == "19"], [e.cameo.code for e in events]


def test_firing_back_at_critics_is_criticism_and_at_gunmen_force(parser, coder):
    words = resolved_and_coded(parser, coder, "The minister fired back at the accusations.")
    shots = resolved_and_coded(parser, coder, "Soldiers fired back at the gunmen.")
    assert [e.cameo.code for e in words] == ["111"], [e.cameo.code for e in words]
    assert [e.cameo.root for e in shots] == ["19"], [e.cameo.code for e in shots]


def test_appeasing_is_yielding(parser, coder):
    events = resolved_and_coded(parser, coder,
                                "The government appeased the unions with a pay rise.")
    assert [e.cameo.code for e in events] == ["080"], [e.cameo.code for e in events]


def test_surrounding_is_force_only_for_an_armed_body_or_a_state(parser, coder):
    crowd = resolved_and_coded(parser, coder,
                               "The governor, surrounded by supporters, spoke to reporters.")
    press = resolved_and_coded(parser, coder, "Journalists surrounded the minister's car.")
    troops = resolved_and_coded(parser, coder, "Army units surrounded the rebel town at dawn.")
    assert not [e for e in crowd + press if e.cameo.root == "19"], [
        e.cameo.code for e in crowd + press]
    assert [e.cameo.root for e in troops] == ["19"], [e.cameo.code for e in troops]


def test_a_warning_of_what_others_may_do_is_a_pessimistic_comment(code_sentence):
    text = "The Zambian central bank warned that the kwacha could lose a third of its value."
    events = code_sentence(text, {"The Zambian central bank": "ZMBGOVBUS"})
    assert "012" in codes(events) and not any(c.startswith("13") for c in codes(events)), \
        codes(events)
    text = "Zambian doctors warned that up to 9,000 villagers could be infected by the fever."
    events = code_sentence(text, {"Zambian doctors": "ZMBHLH", "villagers": "ZMBCVL"})
    assert not any(c.startswith("13") for c in codes(events)), codes(events)
    text = "The Zambian army warned that the country remains unsafe for foreign visitors."
    events = code_sentence(text, {"The Zambian army": "ZMBMIL", "the country": "ZMB"})
    assert not any(c.startswith("13") for c in codes(events)), codes(events)
    text = "Zambia warned that the rebels would attack the valley towns before the rains."
    events = code_sentence(text, {"Zambia": "ZMB", "the rebels": "ZMBREB"})
    assert not any(c.startswith("13") for c in codes(events)), codes(events)


def test_a_warning_of_the_warners_own_act_still_threatens(code_sentence):
    for text in ("Zambia warned that it would close the border crossing at Kazungula.",
                 "Zambia warned that its army would respond to any incursion by the rebels.",
                 '"We will close the border," Zambia warned on Monday.'):
        events = code_sentence(text, {"Zambia": "ZMB", "it": "ZMB", "its army": "ZMBMIL",
                                      "the rebels": "ZMBREB"})
        assert any(c.startswith("13") for c in codes(events)), (text, codes(events))


def test_forcing_a_way_in_coerces_no_one(code_sentence):
    for text in ("Firefighters forced entry into the flat above the bakery.",
                 "Officers forced their way into the house on Elm Road.",
                 "Neighbours forced the door of the flat after hearing cries."):
        events = code_sentence(text, {"Firefighters": "GHALAB", "Officers": "GHACOP",
                                      "Neighbours": "GHACVL"})
        assert not any(c.startswith("17") for c in codes(events)), (text, codes(events))
    text = "The army forced the villagers to leave their homes."
    events = code_sentence(text, {"The army": "GHAMIL", "the villagers": "GHACVL"})
    assert any(c.startswith("17") for c in codes(events)), codes(events)


def test_a_threat_a_thing_poses_is_no_ones(code_sentence):
    text = "The ministry said the drought poses a grave threat to herders in the north."
    events = code_sentence(text, {"The ministry": "KENGOV", "herders": "KENAGR"})
    assert not any(c.startswith("13") for c in codes(events)), codes(events)
    text = "The militia poses a grave threat to herders in the north, the ministry said."
    events = code_sentence(text, {"The militia": "KENREB", "herders": "KENAGR",
                                  "the ministry": "KENGOV"})
    assert any(c.startswith("13") for c in codes(events)), codes(events)


def test_going_to_hospital_or_school_meets_no_one(code_sentence):
    for text in ("The Ghanaian minister went to the hospital in Tamale after the crash.",
                 "Ms Adeyemi went to the Korle Bu clinic on Monday.",
                 "Her son goes to the university in Kumasi."):
        events = code_sentence(text, {"The Ghanaian minister": "GHAGOV", "the hospital": "GHAHLH",
                                      "the Korle Bu clinic": "GHAHLH",
                                      "the university": "GHAEDU"})
        assert not any(c.startswith("04") for c in codes(events)), (text, codes(events))


def test_an_act_noun_naming_a_kind_of_people_or_place_is_no_act(code_sentence):
    for text in ("Kenyan aid workers reached the flooded valley on Monday.",
                 "Kenyan riot police stood outside the stadium in Kisumu."):
        events = code_sentence(text, {"Kenyan aid workers": "KENNGODEV",
                                      "Kenyan riot police": "KENCOP",
                                      "The activists": "KENOPP"})
        assert not codes(events), (text, codes(events))
    text = "The opposition staged a protest march in Kisumu."
    events = code_sentence(text, {"The opposition": "KENOPP"})
    assert any(c.startswith("14") for c in codes(events)), codes(events)


def test_what_a_means_was_used_for_is_no_part_of_the_means(code_sentence):
    # the pattern "use force" finds its word in what was used, not in the purpose clause
    text = "Zambian police used a battering ram to force open the gate of the compound."
    events = code_sentence(text, {"Zambian police": "ZMBCOP"})
    assert "190" not in codes(events), codes(events)
    text = "Zambian police used tear gas to disperse the marchers in Lusaka."
    events = code_sentence(text, {"Zambian police": "ZMBCOP", "the marchers": "ZMBOPP"})
    assert codes(events).count("175") >= 1, codes(events)


def test_looking_into_a_matter_investigates_it_looking_into_a_camera_does_not(code_sentence):
    sides = {"Zambian prosecutors": "ZMBJUD", "the Kenyan envoy": "KENGOV"}
    text = "Zambian prosecutors are looking into the Kenyan envoy's finances."
    assert "090" in codes(code_sentence(text, sides))
    text = "Zambian prosecutors looked into the camera as the Kenyan envoy spoke."
    assert "090" not in codes(code_sentence(text, sides))


def test_expelling_observers_or_inspectors_is_1662(code_sentence):
    text = "Kenya expelled the election observers sent by Zambia."
    events = code_sentence(text, {"Kenya": "KEN", "Zambia": "ZMB"})
    assert "1662" in codes(events), codes(events)


def test_attending_school_is_no_visit_but_a_protest_near_a_school_stays(code_sentence):
    text = "The Kenyan envoy's son attended school in Lusaka for three years."
    events = code_sentence(text, {"The Kenyan envoy's son": "KENGOV", "Lusaka": "ZMB"})
    assert "042" not in codes(events), codes(events)
    text = "Zambian students attended a protest against the Kenyan embassy near their school."
    events = code_sentence(text, {"Zambian students": "ZMBEDU",
                                  "the Kenyan embassy": "KENGOV"})
    assert any(c.startswith("14") for c in codes(events)), codes(events)
