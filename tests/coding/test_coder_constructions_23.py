"""Round 23b: constructions that coded political acts on everyday words (letting, helping,
calling, going)."""

from __future__ import annotations

from coding_helpers import codes, sides


def test_help_given_to_an_act_is_no_aid_and_to_a_party_is(code_sentence):
    text = "The Zambian envoy helped broker a truce in the valley."
    events = code_sentence(text, {"The Zambian envoy": "ZMBGOV"})
    assert not any(c.startswith("07") for c in codes(events)), codes(events)
    text = "Zambian police were sent to help keep order at the Malawian border."
    events = code_sentence(text, {"Zambian police": "ZMBCOP", "Malawian": "MWI"},
                           facts_only=False)
    assert not any(c.startswith("07") for c in codes(events)), codes(events)
    # help given to a party, or as relief work, is aid
    text = "Zambia will help Malawi train its border guards."
    events = code_sentence(text, {"Zambia": "ZMB", "Malawi": "MWI"}, facts_only=False)
    assert ("ZMB", "MWI") in sides(events, "070"), codes(events)
    text = "Zambia pledged money to help rebuild Malawi after the floods."
    events = code_sentence(text, {"Zambia": "ZMB", "Malawi": "MWI"}, facts_only=False)
    assert any(c.startswith("07") for c in codes(events)), codes(events)


def test_a_permission_no_one_gives_is_no_yielding(code_sentence):
    text = "The Malawian traders were not allowed to cross the bridge."
    events = code_sentence(text, {"The Malawian traders": "MWIBUS"}, facts_only=False)
    assert not any(c.startswith(("08", "12")) for c in codes(events)), codes(events)
    text = "The Zambian drought allowed Malawian smugglers to cross the river."
    events = code_sentence(text, {"Malawian smugglers": "MWICRM"})
    assert not any(c.startswith("08") for c in codes(events)), codes(events)
    text = "Zambia allowed Malawian traders to cross the bridge."
    events = code_sentence(text, {"Zambia": "ZMB", "Malawian traders": "MWIBUS"})
    assert ("ZMB", "MWIBUS") in sides(events, "080"), codes(events)


def test_only_a_call_made_to_someone_is_a_telephone_call(code_sentence):
    text = "A Zambian militia, called the Lions of the Valley, raided Malawi."
    events = code_sentence(text, {"A Zambian militia": "ZMBREB", "the Lions": "ZMBREB",
                                  "Malawi": "MWI"})
    assert "041" not in codes(events), codes(events)
    text = "Zambian police were called."
    events = code_sentence(text, {"Zambian police": "ZMBCOP"})
    assert "041" not in codes(events), codes(events)
    text = "The Zambian president called Malawi's leader on Sunday."
    events = code_sentence(text, {"The Zambian president": "ZMBGOV", "Malawi": "MWIGOV"})
    assert ("ZMBGOV", "MWIGOV") in sides(events, "041"), codes(events)


def test_going_to_a_state_meets_no_one_and_going_to_a_land_visits_it(code_sentence):
    text = "The Zambian talks with Malawi came to an end."
    events = code_sentence(text, {"Zambian": "ZMB", "Malawi": "MWI"})
    assert "040" not in [e.cameo.code for e in events if e.evidence.rule.startswith(
        "phoenix/come")], codes(events)
    text = "The Zambian president went to court against the Malawian miners."
    events = code_sentence(text, {"The Zambian president": "ZMBGOV",
                                  "the Malawian miners": "MWILAB"})
    assert "040" not in codes(events), codes(events)
    text = "The Zambian president went to Malawi on Sunday."
    events = code_sentence(text, {"The Zambian president": "ZMBGOV", "Malawi": "MWI"})
    assert ("ZMBGOV", "MWI") in sides(events, "042"), codes(events)


def test_a_thing_surrounding_an_actor_is_no_use_of_force(code_sentence):
    text = "The dispute surrounding the Zambian embassy in Malawi deepened."
    events = code_sentence(text, {"the Zambian embassy": "ZMBGOV", "Malawi": "MWI"})
    assert "190" not in codes(events), codes(events)
    text = "Zambian troops surrounding the Malawian embassy fired shots."
    events = code_sentence(text, {"Zambian troops": "ZMBMIL", "the Malawian embassy": "MWIGOV"})
    assert ("ZMBMIL", "MWIGOV") in sides(events, "190"), codes(events)


def test_a_phrasal_in_is_no_preposition_of_a_phrase(code_sentence):
    text = "The Zambian president gave a speech in Malawi on Sunday."
    events = code_sentence(text, {"The Zambian president": "ZMBGOV", "Malawi": "MWI"})
    assert "080" not in codes(events), codes(events)
    text = "The Zambian minister stepped down in June over the Malawian deal."
    events = code_sentence(text, {"The Zambian minister": "ZMBGOV", "Malawian": "MWI"})
    assert "070" not in codes(events), codes(events)
    text = "After weeks of pressure, the Zambian government gave in to Malawi."
    events = code_sentence(text, {"the Zambian government": "ZMBGOV", "Malawi": "MWI"})
    assert ("ZMBGOV", "MWI") in sides(events, "080"), codes(events)


def test_letting_international_bodies_in_is_international_involvement(code_sentence):
    text = "Zambia allowed the United Nations to open a camp near the Malawian border."
    events = code_sentence(text, {"Zambia": "ZMB", "the United Nations": "IGOUNO",
                                  "Malawian": "MWI"})
    assert ("ZMB", "IGOUNO") in sides(events, "086"), codes(events)
    text = "Zambia allowed Malawian peacekeepers to stay in the valley."
    events = code_sentence(text, {"Zambia": "ZMB", "Malawian peacekeepers": "MWIMIL"})
    assert ("ZMB", "MWIMIL") in sides(events, "0861"), codes(events)


def test_going_to_what_no_dictionary_knows_or_with_no_one_going_is_no_visit(code_sentence):
    text = "The Zambian minister went to Lusaka Gardens to rest."
    events = code_sentence(text, {"The Zambian minister": "ZMBGOV", "Lusaka Gardens": None})
    assert not any(c.startswith("04") for c in codes(events)), codes(events)
    text = "Cheap goods coming to Malawi are taxed."
    events = code_sentence(text, {"Malawi": "MWI"})
    assert not any(c.startswith("04") for c in codes(events)), codes(events)
