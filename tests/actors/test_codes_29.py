"""Actors whose words are right but whose code was wrong (round 29a): a country's firm, church
or named body coded as the state; a country given by default (the story's focus, or a state of
an earlier sentence) where the side's own sentence or phrase says otherwise. An uncoded side is
better than a wrongly coded one."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_articles
from eventwire.records import Article


def mention(ms, words):
    return next((m for m in ms if m.text == words), None)


def events(text):
    [(_, found)] = list(code_articles([Article(id="a", text=text)], locate=False))
    return found


def codes_within(ms, text, phrase):
    """The codes of the mentions inside ``phrase`` of ``text``."""
    start = text.index(phrase)
    return {m.code for m in ms if start <= m.start and m.end <= start + len(phrase)}


# --- a country's firm, church or named body is not the state


def test_a_countrys_largest_processor_is_its_business_not_the_state():
    found = events("Ghana's largest meat processor criticised Kenya on Monday.")
    criticised = [e for e in found if e.evidence.trigger.startswith("criticis")]
    assert criticised and criticised[0].source.code == "GHABUS"


def test_a_countrys_church_is_not_the_state(resolve):
    text = "The Ghanaian church urged calm after the vote."
    assert not (codes_within(resolve(text), text, "The Ghanaian church") - {None})


@pytest.mark.parametrize("text, phrase", [
    ("The UK-based Zenlux Trust funds a clinic in Lusaka.", "The UK-based Zenlux Trust"),
    ("The Kenya-headquartered Zenlux Group criticised the mayor of Lusaka.",
     "The Kenya-headquartered Zenlux Group"),
    ("Ghana's Volta Bank criticised the ministry on Monday.", "Ghana's Volta Bank"),
    ("The Ghana Poetry Awards praised Ms Adeyemi on Friday.", "The Ghana Poetry Awards"),
])
def test_a_country_that_names_where_or_whose_a_name_is_is_not_the_actor(resolve, text, phrase):
    ms = resolve(text)
    assert not (codes_within(ms, text, phrase) - {None})


# --- a default country gives way to what the text says


@pytest.mark.parametrize("body", ["Volta Mining", "CAFA"])
def test_officials_of_a_body_no_dictionary_knows_take_no_story_country(resolve, body):
    text = (f"Police in Zambia arrested ten men in Lusaka. Senior {body} officials condemned the "
            "arrests on Monday.")
    officials = mention(resolve(text), f"Senior {body} officials")
    assert officials is not None and officials.code is None


def test_the_government_a_speaker_names_is_the_speakers_not_an_earlier_states(resolve):
    text = ("The Zambian government met donors in Lusaka on Monday. Ms Adeyemi, the health "
            "minister of Ghana, said on Tuesday that the government had banned imports of "
            "poultry.")
    ms = resolve(text)
    government = [m for m in ms if m.text == "the government"]
    assert government and all(m.code == "GHAGOV" for m in government)


def test_troops_wounded_in_a_country_are_not_its_military(resolve):
    text = ("Rebels clashed with the army near Kandahar in Afghanistan on Monday. Nine soldiers "
            "who were wounded in Afghanistan criticised the ministry on Friday.")
    soldiers = mention(resolve(text), "Nine soldiers")
    assert soldiers is not None and soldiers.code != "AFGMIL"


def test_a_royal_no_dictionary_knows_takes_no_story_country(resolve):
    text = "Floods hit villages in Zambia on Monday. Prince Tomas criticised the ministry."
    prince = mention(resolve(text), "Prince Tomas")
    assert prince is not None and prince.code is None


def test_a_business_noun_before_a_firms_name_gives_the_firm_its_sector():
    found = events("Zenlux signed a deal with Ghanaian oil giant Voltaco on Monday.")
    signed = [e for e in found if e.evidence.trigger.startswith("sign")]
    assert signed and signed[0].target is not None and signed[0].target.code == "GHABUS"


def test_a_fire_bomb_named_after_a_minister_makes_no_story_russian():
    found = events("Protesters threw Molotov cocktails at police in Lusaka on Monday.")
    assert found and all(not (side.code or "").startswith("RUS")
                         for e in found for side in (e.source, e.target) if side)
