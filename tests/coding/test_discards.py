"""Sport, entertainment and history are not coded (data/coding/discards.tsv)."""

from __future__ import annotations


def test_discards_a_football_match(code_sentence):
    text = "Turkey beat Russia two goals to one in a friendly match in Antalya."
    assert not code_sentence(text, {"Turkey": "TUR", "Russia": "RUS"}, facts_only=False)


def test_discards_a_whole_world_cup_story(code_sentence):
    text = "France attacked Germany from the start. The World Cup semi-final ended 2-0."
    assert not code_sentence(text, {"France": "FRA", "Germany": "DEU"}, facts_only=False)


def test_discards_leave_politics_alone(code_sentence):
    text = "Turkey accused Russia of war crimes."
    assert code_sentence(text, {"Turkey": "TUR", "Russia": "RUS"})


def test_a_sport_that_only_names_the_subject_of_an_inquiry_is_coded(code_sentence):
    # "football" modifies "inquiry", no word of play: the sharing of evidence is an event
    text = "Belgium shared evidence with Spain in a football corruption inquiry."
    events = code_sentence(text, {"Belgium": "BEL", "Spain": "ESP"}, facts_only=False)
    assert events


def test_a_sport_that_modifies_a_word_of_play_is_still_discarded(code_sentence):
    text = "Belgium attacked Spain throughout the football match in Brussels."
    assert not code_sentence(text, {"Belgium": "BEL", "Spain": "ESP"}, facts_only=False)
