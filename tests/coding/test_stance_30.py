"""Session 30: one who will appear in court undergoes the court's act (CAMEO 173) and threatens
no one, also where "appear" is joined to an earlier verb and takes its subject from it; a party
said to be complicit or guilty is blamed (112), as one said to be responsible is."""

from __future__ import annotations

from coding_helpers import roots, shown, sides


def test_appearing_in_court_after_a_charge_is_no_threat(code_sentence):
    text = "Mr Banda was charged with fraud and will appear in a Lusaka court on Monday."
    events = code_sentence(text, {"a Lusaka court": "ZMBJUD"}, facts_only=False)
    assert "13" not in roots(events), shown(events)
    assert "17" in roots(events), shown(events)  # the charge itself stays


def test_a_hostile_act_one_will_do_is_still_a_threat(code_sentence):
    events = code_sentence("Zambia will attack the rebels if they do not leave.",
                           {"Zambia": "ZMB", "the rebels": "ZMBREB"}, facts_only=False)
    assert "13" in roots(events), shown(events)


def test_a_party_said_to_be_complicit_or_guilty_is_blamed(code_sentence):
    for word in ("complicit in the killings", "guilty of war crimes"):
        text = f"The Zambian foreign minister said Kenya was {word}."
        events = code_sentence(text, {"The Zambian foreign minister": "ZMBGOV", "Kenya": "KEN"})
        assert sides(events, "112") == [("ZMBGOV", "KEN")], shown(events)
    events = code_sentence("The Zambian foreign minister said Kenya was not complicit.",
                           {"The Zambian foreign minister": "ZMBGOV", "Kenya": "KEN"})
    assert not sides(events, "112"), shown(events)
