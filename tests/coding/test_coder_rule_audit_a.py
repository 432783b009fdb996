"""Rule audit, triggers a-l: bare Phoenix senses that fire often in news with a sense the CAMEO
category does not name (curated.jsonl, curated_SOURCE.txt "Rule audit, triggers a-l")."""

from __future__ import annotations

from coding_helpers import codes


def test_a_document_that_contains_clauses_coerces_no_one(code_sentence):
    text = "The Malawian budget bill contains new taxes on fuel imports."
    events = code_sentence(text, {"The Malawian budget bill": None})
    assert "170" not in codes(events), codes(events)
    text = "Malawian police dispersed the protesters outside parliament."
    events = code_sentence(text, {"Malawian police": "MWICOP", "the protesters": "MWIOPP"})
    assert "175" in codes(events), codes(events)


def test_boosting_output_is_no_material_cooperation(code_sentence):
    text = "Malawi boosted its tobacco exports to Europe this year."
    events = code_sentence(text, {"Malawi": "MWI", "Europe": "EUR"})
    assert not any(c.startswith("06") for c in codes(events)), codes(events)
    text = "Malawi boosted its trade ties with Zambia last year."
    events = code_sentence(text, {"Malawi": "MWI", "Zambia": "ZMB"})
    assert "061" in codes(events), codes(events)


def test_catching_a_disease_seizes_nothing_and_police_who_catch_a_suspect_arrest_him(
        code_sentence):
    text = "A Malawian nurse caught the fever while treating patients in Blantyre."
    events = code_sentence(text, {"A Malawian nurse": "MWIHLH", "Blantyre": "MWI"})
    assert "171" not in codes(events), codes(events)
    text = "Malawian police caught the escaped prisoner near the Zambian border."
    events = code_sentence(text, {"Malawian police": "MWICOP", "the escaped prisoner": "MWICRM"})
    assert "173" in codes(events) and "171" not in codes(events), codes(events)


def test_a_crowd_that_disperses_makes_no_statement(code_sentence):
    text = "The Malawian marchers dispersed quietly in the evening."
    events = code_sentence(text, {"The Malawian marchers": "MWIOPP"})
    assert "010" not in codes(events), codes(events)
    text = "Malawian soldiers dispersed the crowd with tear gas."
    events = code_sentence(text, {"Malawian soldiers": "MWIMIL", "the crowd": "MWICVL"})
    assert "175" in codes(events), codes(events)


def test_applying_a_rule_is_no_appeal(code_sentence):
    text = "Malawi applied the new tariff to all Zambian goods."
    events = code_sentence(text, {"Malawi": "MWI", "Zambian": "ZMB"})
    assert "020" not in codes(events), codes(events)
    text = "Hundreds of Malawian refugees applied for asylum in Zambia."
    events = code_sentence(text, {"Hundreds of Malawian refugees": "MWIREF", "Zambia": "ZMB"})
    assert "0233" in codes(events), codes(events)
    text = "Malawi applied for membership of the regional customs union."
    events = code_sentence(text, {"Malawi": "MWI", "the regional customs union": "IGOSAF"})
    assert "020" in codes(events), codes(events)


def test_leaflets_distributed_are_no_statement_and_food_distributed_is_aid(code_sentence):
    text = "Malawian activists distributed leaflets in the market of Lilongwe."
    events = code_sentence(text, {"Malawian activists": "MWIOPP", "Lilongwe": "MWI"})
    assert "010" not in codes(events), codes(events)
    text = "Zambian aid workers distributed food to Malawian refugees."
    events = code_sentence(text, {"Zambian aid workers": "ZMBNGO",
                                  "Malawian refugees": "MWIREF"})
    assert "073" in codes(events), codes(events)


def test_handling_enabling_and_benefiting_are_no_cooperation_or_yielding(code_sentence):
    text = "The Zambian army handled the border dispute with Malawi poorly."
    events = code_sentence(text, {"The Zambian army": "ZMBMIL", "Malawi": "MWI"})
    assert "060" not in codes(events), codes(events)
    text = "A Zambian loan enabled Malawi to build a new hospital."
    events = code_sentence(text, {"Zambian": "ZMB", "Malawi": "MWI"})
    assert "080" not in codes(events) and "071" in codes(events), codes(events)
    text = "The Zambian currency reform benefited Malawian traders."
    events = code_sentence(text, {"Zambian": "ZMBGOV", "Malawian traders": "MWIBUS"})
    assert "060" not in codes(events), codes(events)


def test_failing_to_win_is_no_rejection(code_sentence):
    text = "The Malawian government failed to finish the highway to Zambia."
    events = code_sentence(text, {"The Malawian government": "MWIGOV", "Zambia": "ZMB"})
    assert "120" not in codes(events), codes(events)
    text = "The Malawian opposition party rejected the offer of talks from the president."
    events = code_sentence(text, {"The Malawian opposition party": "MWIOPP",
                                  "the president": "MWIGOV"})
    assert any(c.startswith("12") for c in codes(events)), codes(events)


def test_clearing_fields_or_competing_for_markets_is_no_political_act(code_sentence):
    text = "Zambian engineers cleared the road to Malawi of fallen trees."
    events = code_sentence(text, {"Zambian engineers": "ZMB", "Malawi": "MWI"})
    assert "080" not in codes(events), codes(events)
    text = "Malawi competed with Kenya for Chinese investment in mining."
    events = code_sentence(text, {"Malawi": "MWI", "Kenya": "KEN", "Chinese": "CHN"})
    assert "110" not in codes(events), codes(events)


def test_tariffs_that_hurt_farmers_are_no_violence(code_sentence):
    text = "The new Zambian tariffs hurt Malawian farmers badly this season."
    events = code_sentence(text, {"Malawian farmers": "MWIAGR", "Zambian": "ZMB"})
    assert not any(c.startswith("18") for c in codes(events)), codes(events)
    text = "Gunmen attacked a Malawian police post near the border."
    events = code_sentence(text, {"Gunmen": "UAF", "a Malawian police post": "MWICOP"})
    assert any(c.startswith("1") for c in codes(events)), codes(events)


def test_heading_to_a_place_or_getting_out_of_it_is_no_act(code_sentence):
    text = "Thousands of Malawian migrants headed to South Africa last year."
    events = code_sentence(text, {"Thousands of Malawian migrants": "MWIPPL",
                                  "South Africa": "ZAF"})
    assert "030" not in codes(events), codes(events)
    text = "The Malawian passengers got out of the bus before the fire."
    events = code_sentence(text, {"The Malawian passengers": "MWICVL"})
    assert "080" not in codes(events), codes(events)


def test_arguing_that_something_is_so_is_a_statement(code_sentence):
    text = "The Malawian finance minister argued that the new tax would cut the deficit."
    events = code_sentence(text, {"The Malawian finance minister": "MWIGOV"})
    assert "010" in codes(events) and "110" not in codes(events), codes(events)


def test_an_official_not_authorized_to_speak_gives_no_permission(code_sentence):
    text = "The Malawian official was not authorized to speak to Zambian journalists."
    events = code_sentence(text, {"The Malawian official": "MWIGOV",
                                  "Zambian journalists": "ZMBMED"}, facts_only=False)
    assert not any(c in ("080", "124") for c in codes(events)), codes(events)


def test_declining_to_say_declines_comment(code_sentence):
    text = "The Malawian ambassador declined to say when the embassy would reopen."
    events = code_sentence(text, {"The Malawian ambassador": "MWIGOV"})
    assert "011" in codes(events) and "120" not in codes(events), codes(events)


def test_coming_to_power_is_no_consultation(code_sentence):
    text = "The Malawian general came to power after the 1994 election."
    events = code_sentence(text, {"The Malawian general": "MWIMIL"})
    assert "040" not in codes(events), codes(events)


def test_contributing_to_an_outcome_is_no_aid(code_sentence):
    text = "Zambian trade policies contributed to the rise in food prices in Malawi."
    events = code_sentence(text, {"Zambian": "ZMB", "Malawi": "MWI"})
    assert "070" not in codes(events), codes(events)
    text = "Zambia contributed to the relief effort in Malawi after the floods."
    events = code_sentence(text, {"Zambia": "ZMB", "Malawi": "MWI"})
    # aid (07); round 35d: to a relief effort, humanitarian aid (073)
    assert "073" in codes(events), codes(events)


def test_a_crowd_of_marchers_dispersed_by_a_militia_is_repressed(code_sentence):
    text = "A Malawian militia dispersed the marchers in the main square."
    events = code_sentence(text, {"A Malawian militia": "MWIMIL", "the marchers": "MWIOPP"})
    assert "175" in codes(events) and "010" not in codes(events), codes(events)


def test_people_found_dead_are_no_military_force(code_sentence):
    text = "Two Malawian journalists were found dead in a hotel in Lilongwe."
    events = code_sentence(text, {"Two Malawian journalists": "MWIMED", "Lilongwe": "MWI"})
    assert "190" not in codes(events), codes(events)
    text = "Malawian soldiers killed two journalists in Lilongwe."
    events = code_sentence(text, {"Malawian soldiers": "MWIMIL", "two journalists": "MWIMED",
                                  "Lilongwe": "MWI"})
    assert any(c.startswith(("18", "19")) for c in codes(events)), codes(events)


def test_compensating_farmers_is_no_complaint(code_sentence):
    text = "Zambia compensated Malawian farmers for the flood damage."
    events = code_sentence(text, {"Zambia": "ZMB", "Malawian farmers": "MWIAGR"})
    assert "114" not in codes(events), codes(events)
    text = "Zambia lodged a formal complaint with Malawi over the border fence."
    events = code_sentence(text, {"Zambia": "ZMB", "Malawi": "MWI"})
    assert "114" in codes(events), codes(events)


def test_arguing_against_a_plan_still_disapproves_of_it(code_sentence):
    text = "Malawian bishops argued against the new tax on churches."
    events = code_sentence(text, {"Malawian bishops": "MWICHR"})
    assert "110" in codes(events), codes(events)
    text = "Malawian bishops argued that the new tax would close village schools."
    events = code_sentence(text, {"Malawian bishops": "MWICHR"})
    assert "110" not in codes(events), codes(events)


def test_enacting_a_law_is_no_material_cooperation(code_sentence):
    text = "Zambia enacted a new mining law that covers Malawian companies."
    events = code_sentence(text, {"Zambia": "ZMB", "Malawian companies": "MWIBUS"})
    assert "060" not in codes(events), codes(events)


def test_calling_for_an_end_to_a_practice_is_an_appeal(code_sentence):
    text = "Zambia called for an end to the detention of Malawian fishermen."
    events = code_sentence(text, {"Zambia": "ZMB", "Malawian fishermen": "MWIAGR"})
    assert "020" in codes(events) and "053" not in codes(events), codes(events)


def test_being_determined_to_fight_is_no_intent_to_cooperate(code_sentence):
    text = "The Malawian rebels said they are determined to continue the struggle against Zambia."
    events = code_sentence(text, {"The Malawian rebels": "MWIREB", "Zambia": "ZMB"})
    assert "030" not in codes(events), codes(events)


def test_filling_awarding_enjoining_attaching_and_hanging_on_are_no_political_acts(
        code_sentence):
    text = "Zambian migrants filled the Malawian border camps."
    events = code_sentence(text, {"Zambian migrants": "ZMBREF", "Malawian": "MWI"})
    assert "080" not in codes(events), codes(events)
    text = "Zambia awarded Malawi the hosting of the regional games."
    events = code_sentence(text, {"Zambia": "ZMB", "Malawi": "MWI"})
    assert "060" not in codes(events), codes(events)
    text = "Malawian lawyers sued to enjoin the Zambian mining company from dumping waste."
    events = code_sentence(text, {"Malawian lawyers": "MWIJUD",
                                  "the Zambian mining company": "ZMBBUS"})
    assert "060" not in codes(events), codes(events)
    text = "Malawian engineers attached the cable to the Zambian power grid."
    events = code_sentence(text, {"Malawian engineers": "MWI", "Zambian": "ZMB"})
    assert "060" not in codes(events), codes(events)
    text = "The Malawian ruling party hung on to its majority against the Zambian-backed rivals."
    events = code_sentence(text, {"The Malawian ruling party": "MWIPTY", "Zambian": "ZMB"})
    assert "190" not in codes(events), codes(events)
    text = "Zambia awarded a medal to the Malawian general."
    events = code_sentence(text, {"Zambia": "ZMB", "the Malawian general": "MWIMIL"})
    assert "051" in codes(events), codes(events)


def test_finding_out_is_no_consultation_and_confessing_admits(code_sentence):
    text = "Malawian police found out that the Zambian trader had forged the permits."
    events = code_sentence(text, {"Malawian police": "MWICOP", "the Zambian trader": "ZMBBUS"})
    assert "040" not in codes(events), codes(events)
    text = "The Zambian smuggler confessed to the killing of a Malawian guard."
    events = code_sentence(text, {"The Zambian smuggler": "ZMBCRM", "a Malawian guard": "MWICOP"})
    assert "015" in codes(events) and "050" not in codes(events), codes(events)


def test_copying_counting_or_awaiting_trial_makes_no_statement(code_sentence):
    cases = [
        ("Malawian officials are still trying to figure out the cost of the Zambian floods.",
         {"Malawian officials": "MWIGOV", "Zambian": "ZMB"}),
        ("The Malawian ministry calculated the losses from the Zambian ban.",
         {"The Malawian ministry": "MWIGOV", "Zambian": "ZMB"}),
        ("Malawian officials were still counting the Zambian refugees at the border.",
         {"Malawian officials": "MWIGOV", "the Zambian refugees": "ZMBREF"}),
        ("The Zambian activists are awaiting trial in Malawi.",
         {"The Zambian activists": "ZMBOPP", "Malawi": "MWI"}),
        ("Malawi has defined the Zambian border by treaty.", {"Malawi": "MWI", "Zambian": "ZMB"}),
    ]
    for text, actors in cases:
        events = code_sentence(text, actors)
        assert "010" not in codes(events), (text, codes(events))
    text = "Zambian officials accused the Malawian scholar of copying a Zambian report."
    events = code_sentence(text, {"Zambian officials": "ZMBGOV",
                                  "the Malawian scholar": "MWIEDU", "Zambian": "ZMB"})
    assert "112" in codes(events) and "010" not in codes(events), codes(events)
