"""Capitals and seats of power: their government where they act, places otherwise."""

from __future__ import annotations

import pytest
from actors_helpers import codes


@pytest.mark.parametrize(
    "sentence, words, code",
    [
        ("Moscow rejected the proposal on Friday.", "Moscow", "RUSGOV"),
        ("The Kremlin denied the report.", "Kremlin", "RUSGOV"),
        ("Washington imposed sanctions on Iran.", "Washington", "USAGOV"),
        ("The White House criticised the decision.", "White House", "USAGOV"),
        ("Downing Street said it would not comment.", "Downing Street", "GBRGOV"),
        ("Beijing warned Taipei against the move.", "Beijing", "CHNGOV"),
        ("Ankara has accused Moscow of war crimes.", "Ankara", "TURGOV"),
        ("Ankara has accused Moscow of war crimes.", "Moscow", "RUSGOV"),
        ("The rebels got support from Moscow.", "Moscow", "RUSGOV"),
        ("Turkey appealed to Washington for help.", "Washington", "USAGOV"),
    ],
)
def test_seat_of_power_acts(resolve, sentence, words, code):
    ms = resolve(sentence)
    assert [m.code for m in ms if words in m.text] == [code]


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("The official spoke with reporters in Istanbul.", "Istanbul"),
        ("Talks were held in Moscow on Monday.", "Moscow"),
        ("The minister flew to Beijing on Sunday.", "Beijing"),
        ("Protesters gathered outside the White House.", "White House"),
        ("The delegation returned from Washington.", "Washington"),
    ],
)
def test_place_is_no_actor(resolve, sentence, words):
    assert not [m for m in resolve(sentence) if words in m.text]


def test_country_named_as_place(resolve):
    ms = resolve("Turkey wants a ground operation in Syria.")
    assert codes(ms, "Turkey") == ["TUR"] and codes(ms, "Syria") == []
