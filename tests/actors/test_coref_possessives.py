"""A sector noun owned by a pronoun ("his government", "its army") is of the country of the
actor the pronoun refers to, not of the story's focus."""

from __future__ import annotations

from actors_helpers import codes


def test_his_government_is_the_speaker_s(resolve):
    ms = resolve("The Peruvian president said his government would not negotiate.")
    assert codes(ms, "his government") == ["PERGOV"]


def test_its_army_is_the_country_s(resolve):
    ms = resolve("Ecuador said its army had closed the border crossing.")
    assert codes(ms, "its army") == ["ECUMIL"]


def test_possessor_is_the_subject_not_the_one_spoken_to(resolve):
    ms = resolve("Speaking to the Japanese premier, the Chilean leader praised his cabinet's "
                 "reforms.")
    assert codes(ms, "his cabinet") == ["CHLGOV"]
