"""Round 24c: everyday senses of bare Phoenix verbs (no object words) on general news."""

from __future__ import annotations

from coding_helpers import codes


def test_measuring_and_anticipating_state_nothing(code_sentence):
    text = "The Peruvian weather agency measured a sharp rise in river levels."
    events = code_sentence(text, {"The Peruvian weather agency": "PERGOV"})
    assert "010" not in codes(events), codes(events)
    text = "The Peruvian health ministry anticipated a jump in dengue cases."
    events = code_sentence(text, {"The Peruvian health ministry": "PERGOV"})
    assert "010" not in codes(events), codes(events)


def test_endeavouring_states_no_intent_to_cooperate(code_sentence):
    text = "The Chilean ministry endeavoured to reach Peru."
    events = code_sentence(text, {"The Chilean ministry": "CHLGOV", "Peru": "PER"})
    assert "030" not in codes(events), codes(events)


def test_rewarding_is_no_praise(code_sentence):
    text = "The Peruvian club rewarded its players with a bonus."
    events = code_sentence(text, {"The Peruvian club": "PER", "its players": "PER"})
    assert "051" not in codes(events), codes(events)


def test_a_hint_is_a_statement_not_an_appeal(code_sentence):
    text = "The Peruvian minister hinted that the tax would be delayed."
    events = code_sentence(text, {"The Peruvian minister": "PERGOV"})
    assert "020" not in codes(events) and "010" in codes(events), codes(events)


def test_approaching_someone_consults_no_one(code_sentence):
    text = "Peruvian police approached the driver at the checkpoint."
    events = code_sentence(text, {"Peruvian police": "PERCOP", "the driver": "PERCVL"})
    assert "040" not in codes(events), codes(events)


def test_watching_says_nothing(code_sentence):
    text = "Peruvian voters watched the debate on television."
    events = code_sentence(text, {"Peruvian voters": "PER"})
    assert "010" not in codes(events), codes(events)


def test_approving_a_law_yields_nothing_and_approving_a_request_does(code_sentence):
    text = "The Peruvian congress approved a tax on imports from Chile."
    events = code_sentence(text, {"The Peruvian congress": "PERLEG", "Chile": "CHL"})
    assert "080" not in codes(events), codes(events)
    text = "The Peruvian congress approved the request of Bolivia."
    events = code_sentence(text, {"The Peruvian congress": "PERLEG", "Bolivia": "BOL"})
    assert "080" in codes(events), codes(events)


def test_excluding_things_coerces_no_one_and_excluding_an_actor_from_talks_stays(code_sentence):
    text = "The Peruvian broadcaster excluded violent scenes to protect young viewers."
    events = code_sentence(text, {"The Peruvian broadcaster": "PERMED"})
    assert not {"170", "160"} & set(codes(events)), codes(events)
    text = "Doctors in Peru told patients to exclude sugar from their diet."
    events = code_sentence(text, {"Doctors": "PERHLH", "patients": "PERCVL"})
    assert not {"170", "160"} & set(codes(events)), codes(events)
    text = "Peru excluded Chile from the talks on fishing rights."
    events = code_sentence(text, {"Peru": "PER", "Chile": "CHL"})
    assert "160" in codes(events), codes(events)


def test_needing_a_solution_appeals_only_for_a_dispute(code_sentence):
    text = "Peruvian farmers need a solution for their broken pumps."
    events = code_sentence(text, {"Peruvian farmers": "PERAGR"})
    assert "027" not in codes(events), codes(events)
    text = "Peru needs a solution to the border dispute with Ecuador."
    events = code_sentence(text, {"Peru": "PER", "Ecuador": "ECU"})
    assert "027" in codes(events), codes(events)



def test_perceiving_and_evaluating_state_nothing(code_sentence):
    actors = {"The Chilean ministry": "CHLGOV", "Peru": "PER"}
    for text in ("The Chilean ministry noticed a rise in prices in Peru.",
                 "The Chilean ministry pinpointed the source of the leak in Peru.",
                 "The Chilean ministry assessed the damage in Peru."):
        events = code_sentence(text, actors)
        assert "010" not in codes(events), (text, codes(events))


def test_preferring_subscribing_and_volunteering_are_no_cooperation(code_sentence):
    text = "Chilean voters prefer the Peruvian candidate."
    events = code_sentence(text, {"Chilean voters": "CHLCVL", "Peruvian": "PER"})
    assert "051" not in codes(events), codes(events)
    text = "Chilean investors subscribed to the Peruvian bond issue."
    events = code_sentence(text, {"Chilean investors": "CHLBUS", "Peruvian": "PER"})
    assert "030" not in codes(events), codes(events)
    text = "Chilean doctors volunteered their time in Peru."
    events = code_sentence(text, {"Chilean doctors": "CHLHLH", "Peru": "PER"})
    assert "030" not in codes(events), codes(events)


def test_contaminating_and_rendering_are_no_violence_or_intelligence(code_sentence):
    text = "A Chilean mine contaminated rivers in Peru."
    events = code_sentence(text, {"Chilean": "CHL", "Peru": "PER"})
    assert "180" not in codes(events), codes(events)
    text = "The Chilean court rendered the Peruvian contract void."
    events = code_sentence(text, {"The Chilean court": "CHLJUD", "Peruvian": "PER"})
    assert "062" not in codes(events), codes(events)


def test_throwing_out_things_reduces_no_relations(code_sentence):
    text = "Chilean officials threw out the spoiled fish from Peru."
    events = code_sentence(text, {"Chilean officials": "CHLGOV", "Peru": "PER"})
    assert "160" not in codes(events), codes(events)
    text = "A Chilean judge threw out the charges against the Peruvian activists."
    events = code_sentence(text, {"A Chilean judge": "CHLJUD", "the Peruvian activists": "PEROPP"})
    assert "081" in codes(events), codes(events)
    text = "Chile threw out the Peruvian diplomats."
    events = code_sentence(text, {"Chile": "CHL", "the Peruvian diplomats": "PERGOV"})
    assert "166" in codes(events), codes(events)


def test_a_call_to_the_police_is_no_telephone_diplomacy(code_sentence):
    text = "Chilean police received a call about a robbery in Peru."
    events = code_sentence(text, {"Chilean police": "CHLCOP", "Peru": "PER"})
    assert "041" not in codes(events), codes(events)
    text = "The Chilean fire service received 911 calls from Peru."
    events = code_sentence(text, {"The Chilean fire service": "CHLGOV", "Peru": "PER"})
    assert "041" not in codes(events), codes(events)
    text = "The Chilean president received a call from the Peruvian president."
    events = code_sentence(text, {"The Chilean president": "CHLGOV",
                                  "the Peruvian president": "PERGOV"})
    assert "041" in codes(events) and "043" not in codes(events), codes(events)
