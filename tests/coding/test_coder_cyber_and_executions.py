"""Cyber attacks (CAMEO 176) and executions: acts the Phoenix dictionary does not reach."""

from __future__ import annotations

from coding_helpers import codes, sides

from eventwire.coding.cameo import lookup


def test_attack_cybernetically_is_a_code_with_its_root_scores():
    code = lookup("176")
    assert code.cameo.root == "17" and code.cameo.quad_class == 4
    assert code.cameo.goldstein == -7.0
    assert code.plover.event == "ASSAULT"  # as the PLOVER-labelled real news types it


def test_cyber_attacks_named_by_noun_or_verb(code_sentence):
    text = "Estonia said Russian hackers hacked into its election commission's servers."
    events = code_sentence(text, {"Estonia": "EST", "Russian hackers": "RUS",
                                  "its election commission": "ESTGOV"})
    assert "176" in codes(events), codes(events)
    text = "Latvia blamed a cyberattack by Belarus for the outage."
    events = code_sentence(text, {"Latvia": "LVA", "Belarus": "BLR"})
    assert "176" in codes(events), codes(events)


def test_a_light_verb_yields_to_the_more_specific_noun(code_sentence):
    text = "Belarus launched a cyber attack on the Latvian government on Monday."
    events = code_sentence(text, {"Belarus": "BLR", "the Latvian government": "LVAGOV"})
    assert sides(events, "176") == [("BLR", "LVAGOV")], codes(events)
    assert "190" not in codes(events)
    # a verb that adds a sense of its own keeps it: a promise of aid is an intent (03)
    text = "Latvia promised economic aid to Moldova."
    events = code_sentence(text, {"Latvia": "LVA", "Moldova": "MDA"})
    assert codes(events) and all(c.startswith("03") for c in codes(events)), codes(events)


def test_people_executed_are_killed_plans_executed_are_not(code_sentence):
    text = "Militants executed three Malian soldiers near the border."
    events = code_sentence(text, {"Militants": "MLIREB", "three Malian soldiers": "MLIMIL"})
    assert sides(events, "180") == [("MLIREB", "MLIMIL")], codes(events)
    text = "Three Malian soldiers were executed by militants near the border."
    events = code_sentence(text, {"militants": "MLIREB", "Three Malian soldiers": "MLIMIL"})
    assert sides(events, "180") == [("MLIREB", "MLIMIL")], codes(events)
    text = "The Malian government executed its security plan in the north."
    events = code_sentence(text, {"The Malian government": "MLIGOV"})
    assert not any(c.startswith("18") for c in codes(events)), codes(events)
