"""Sides from the story's context (round 33b): nouns for a state's own people ("schoolchildren",
"motorists", "households") are civilians, and with no country named they take the story's
focus country, as the other sector nouns do."""

from __future__ import annotations

from eventwire.pipeline import code_text


def mention(ms, words, nth=0):
    return [m for m in ms if m.text == words][nth]


def test_schoolchildren_are_the_story_countrys_civilians(resolve):
    text = ("Heavy rains flooded towns across Zambia this week. The health ministry handed "
            "out water filters to schoolchildren in the worst-hit districts.")
    assert mention(resolve(text), "schoolchildren").code == "ZMBCVL"


def test_motorists_and_households_are_civilians(resolve):
    text = ("Fuel ran short in Kenya on Tuesday. The energy regulator told motorists to queue "
            "calmly, and promised households cheaper paraffin.")
    ms = resolve(text)
    assert mention(ms, "motorists").code == "KENCVL"
    assert mention(ms, "households").code == "KENCVL"


def test_aid_handed_to_schoolchildren_has_the_story_country_as_target():
    text = ("Heavy rains flooded towns across Zambia this week. The government gave blankets "
            "to schoolchildren in the worst-hit districts.")
    events = [e for e in code_text(text) if e.cameo.root == "07"]
    assert events and events[0].target is not None
    assert events[0].target.code == "ZMBCVL"


def test_a_named_country_beats_the_focus(resolve):
    text = ("Heavy rains flooded towns across Zambia this week. Ghanaian schoolchildren sent "
            "letters to the flood victims.")
    assert mention(resolve(text), "Ghanaian schoolchildren").code == "GHACVL"
