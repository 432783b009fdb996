"""Rule audit 22b: Phoenix verb senses (triggers m-z) that fired often with a wrong sense."""

from __future__ import annotations

from coding_helpers import codes


def test_preventing_a_harm_rejects_no_one(code_sentence):
    text = "The Malian army deployed extra patrols to prevent looting in the market."
    events = code_sentence(text, {"The Malian army": "MLIMIL"})
    assert "120" not in codes(events), codes(events)
    text = "Malian soldiers prevented the reporters from entering the camp."
    events = code_sentence(text, {"Malian soldiers": "MLIMIL", "the reporters": "MLIMED"})
    assert "172" in codes(events), codes(events)


def test_a_suggestion_that_something_is_so_is_a_statement(code_sentence):
    text = "The Malian minister suggested that the convoy had been ambushed by bandits."
    events = code_sentence(text, {"The Malian minister": "MLIGOV"})
    assert "010" in codes(events) and "020" not in codes(events), codes(events)


def test_what_spreads_by_itself_is_no_statement(code_sentence):
    text = "The Malian protests spread to three more regions."
    events = code_sentence(text, {"Malian": "MLI"})
    assert "010" not in codes(events), codes(events)
    text = "The Malian junta spread false rumours about the opposition leader."
    events = code_sentence(text, {"The Malian junta": "MLIGOV", "the opposition leader": "MLIOPP"})
    assert "010" in codes(events), codes(events)


def test_training_is_military_aid_only_when_armed_men_are_trained(code_sentence):
    text = "The Malian ministry trained forty nurses in the northern clinics."
    events = code_sentence(text, {"The Malian ministry": "MLIGOV", "forty nurses": "MLIHLH"})
    assert not any(c.startswith("03") for c in codes(events)), codes(events)
    text = "Chadian officers trained the Malian militia near the border."
    events = code_sentence(text, {"Chadian officers": "TCDMIL", "the Malian militia": "MLIMIL"})
    assert "072" in codes(events), codes(events)


def test_stepping_up_an_effort_is_no_cooperation(code_sentence):
    text = "Mali stepped up its outreach to Niger."
    events = code_sentence(text, {"Mali": "MLI", "Niger": "NER"})
    assert "060" not in codes(events), codes(events)
    text = "Mali and Niger stepped up cooperation on border security."
    events = code_sentence(text, {"Mali": "MLI", "Niger": "NER"})
    assert any(c.startswith(("05", "06")) for c in codes(events)), codes(events)


def test_pushing_for_an_outcome_demands_it_and_pushing_alone_does_not(code_sentence):
    text = "The Malian opposition pushed for a new vote in the capital."
    events = code_sentence(text, {"The Malian opposition": "MLIOPP"})
    assert "100" in codes(events), codes(events)
    text = "The Malian opposition leader was pushed from power by the generals."
    events = code_sentence(text, {"The Malian opposition leader": "MLIOPP",
                                  "the generals": "MLIMIL"})
    assert "100" not in codes(events), codes(events)


def test_speaking_with_a_leader_consults_and_speaking_with_reporters_does_not(code_sentence):
    text = "The Malian president spoke with the Nigerien president about the border."
    events = code_sentence(text, {"The Malian president": "MLIGOV",
                                  "the Nigerien president": "NERGOV"})
    assert "040" in codes(events) and "046" not in codes(events), codes(events)
    text = "The Malian president spoke with reporters at the airport."
    events = code_sentence(text, {"The Malian president": "MLIGOV", "reporters": "MED"})
    assert not any(c.startswith("04") for c in codes(events)), codes(events)


def test_taking_over_a_post_seizes_nothing(code_sentence):
    text = "The Malian finance minister took over the defence portfolio in May."
    events = code_sentence(text, {"The Malian finance minister": "MLIGOV"})
    assert "171" not in codes(events), codes(events)
    text = "Rebels took over the Malian town after a week of fighting."
    events = code_sentence(text, {"Rebels": "MLIREB"})
    assert "192" in codes(events), codes(events)


def test_an_oath_of_office_disapproves_of_no_one(code_sentence):
    text = "The new Zambian president was sworn in on Monday."
    events = code_sentence(text, {"The new Zambian president": "ZMBGOV"})
    assert "110" not in codes(events), codes(events)


def test_a_country_plagued_by_violence_protests_nothing(code_sentence):
    text = "Sectarian violence has plagued Zambia for years."
    events = code_sentence(text, {"Zambia": "ZMB"})
    assert not any(c.startswith(("01", "14")) for c in codes(events)), codes(events)


def test_a_statue_torn_down_is_property_destroyed_and_no_assassination(code_sentence):
    text = "Protesters tore down a statue of the Zambian president."
    events = code_sentence(text, {"Protesters": "ZMBOPP", "the Zambian president": "ZMBGOV"})
    assert "171" in codes(events) and "185" not in codes(events), codes(events)
    text = "Zambia is torn by a long civil war."
    events = code_sentence(text, {"Zambia": "ZMB"})
    assert "180" not in codes(events), codes(events)


def test_rushing_to_hospital_or_to_the_scene_is_no_visit(code_sentence):
    text = "Zambian soldiers rushed to the scene of the attack."
    events = code_sentence(text, {"Zambian soldiers": "ZMBMIL"})
    assert "042" not in codes(events), codes(events)
    text = "The wounded Zambian minister was rushed to hospital."
    events = code_sentence(text, {"The wounded Zambian minister": "ZMBGOV"})
    assert "042" not in codes(events), codes(events)


def test_order_restored_at_home_is_no_diplomatic_cooperation(code_sentence):
    text = "Zambian police restored order in the capital after the riots."
    events = code_sentence(text, {"Zambian police": "ZMBCOP"})
    assert "050" not in codes(events), codes(events)
    text = "Zambia and Malawi restored relations after a decade."
    events = code_sentence(text, {"Zambia": "ZMB", "Malawi": "MWI"})
    assert "050" in codes(events), codes(events)


def test_details_given_or_withheld_are_no_cooperation(code_sentence):
    text = "The Zambian police did not provide details of the arrests."
    events = code_sentence(text, {"The Zambian police": "ZMBCOP"}, facts_only=False)
    assert "060" not in codes(events), codes(events)


def test_a_clear_message_sent_by_an_act_consults_no_one(code_sentence):
    text = "By jailing the ring leaders, Zambia sent a clear message to the smugglers."
    events = code_sentence(text, {"Zambia": "ZMB", "the ring leaders": "ZMBCRM",
                                  "the smugglers": "ZMBCRM"})
    assert "040" not in codes(events), codes(events)
    text = "Zambia sent a message to Malawi about the border."
    events = code_sentence(text, {"Zambia": "ZMB", "Malawi": "MWI"})
    assert "040" in codes(events), codes(events)


def test_overseeing_or_being_tasked_is_no_cooperation(code_sentence):
    text = "The Malawian ministry oversees the fishing industry."
    events = code_sentence(text, {"The Malawian ministry": "MWIGOV",
                                  "the fishing industry": "MWIBUS"})
    assert "060" not in codes(events), codes(events)
    text = "A Malawian commission was tasked with investigating the killings."
    events = code_sentence(text, {"Malawian": "MWI"})
    assert "060" not in codes(events), codes(events)


def test_a_leader_touring_camps_visits_them(code_sentence):
    text = "The Malawian president toured the refugee camps in Zambia."
    events = code_sentence(text, {"The Malawian president": "MWIGOV",
                                  "the refugee camps": "ZMBREF"})
    assert "042" in codes(events) and "040" not in codes(events), codes(events)


def test_studying_at_a_university_investigates_nothing(code_sentence):
    text = "The Malawian minister studied at Zambian universities."
    events = code_sentence(text, {"The Malawian minister": "MWIGOV",
                                  "Zambian universities": "ZMBEDU"})
    assert "090" not in codes(events), codes(events)


def test_moving_into_a_place_occupies_it_only_for_armed_men(code_sentence):
    text = "Malawian families moved into new homes in the capital."
    events = code_sentence(text, {"Malawian": "MWI"})
    assert "192" not in codes(events), codes(events)
    text = "Malawian rebels moved into the border town."
    events = code_sentence(text, {"Malawian rebels": "MWIREB"})
    assert "192" in codes(events), codes(events)


def test_settling_in_a_country_yields_nothing(code_sentence):
    text = "Hundreds of Malawian traders settled in Zambia."
    events = code_sentence(text, {"Malawian traders": "MWIBUS", "Zambia": "ZMB"})
    assert "080" not in codes(events), codes(events)


def test_fighting_that_raged_is_no_dissent(code_sentence):
    text = "Fighting has raged since May between the Malawian army and the rebels."
    events = code_sentence(text, {"the Malawian army": "MWIMIL", "the rebels": "MWIREB"})
    assert "140" not in codes(events) and "190" in codes(events), codes(events)


def test_tending_to_do_something_protects_no_one(code_sentence):
    text = "Malawian officials tend to avoid the press."
    events = code_sentence(text, {"Malawian officials": "MWIGOV"})
    assert "074" not in codes(events), codes(events)


def test_speculation_is_a_statement(code_sentence):
    text = "A Malawian newspaper speculated that the minister would resign."
    events = code_sentence(text, {"A Malawian newspaper": "MWIMED", "the minister": "MWIGOV"})
    assert "040" not in codes(events) and "010" in codes(events), codes(events)


def test_a_claim_that_cannot_be_verified_yields_nothing(code_sentence):
    text = "Reporters could not independently verify the Malawian army's claim."
    events = code_sentence(text, {"Reporters": "MED", "the Malawian army": "MWIMIL"},
                           facts_only=False)
    assert "080" not in codes(events), codes(events)


def test_sweeping_into_power_investigates_nothing(code_sentence):
    text = "The Malawian opposition swept into power last year."
    events = code_sentence(text, {"The Malawian opposition": "MWIOPP"})
    assert "090" not in codes(events), codes(events)


def test_persuading_another_appeals_to_it(code_sentence):
    text = "Malawi tried to persuade Zambia to reopen the border."
    events = code_sentence(text, {"Malawi": "MWI", "Zambia": "ZMB"})
    assert "020" in codes(events), codes(events)


def test_assets_valued_at_a_sum_are_no_praise(code_sentence):
    text = "The Malawian minister's assets were valued at two million dollars."
    events = code_sentence(text, {"The Malawian minister": "MWIGOV"})
    assert "051" not in codes(events), codes(events)
