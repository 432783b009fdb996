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
