"""Coreference, round 28: a pronoun left unresolved rather than given to the wrong person:
one who judges, argues or speaks on a case is not the one punished in it; one named by the
person they act for ("Ms X's lawyer") is not surely the later "she"; a person named by name
between the candidate and the pronoun, whom no dictionary codes, may be the one meant."""

from __future__ import annotations

from actors_helpers import pronoun


def test_a_judge_is_not_the_one_fined_in_the_next_sentence(resolve):
    ms = resolve("Zambian Judge Chanda Banda heard the case in Lusaka on Monday. "
                 "He was fined 500 dollars for contempt.")
    assert pronoun(ms, "He") is None


def test_a_spokesman_is_not_the_one_charged_in_the_next_sentence(resolve):
    ms = resolve("A Ghanaian government spokesman confirmed the raid on Tuesday. "
                 "He was later charged with fraud by Ghanaian prosecutors.")
    assert pronoun(ms, "He") is None


def test_an_unnamed_source_is_not_the_one_arrested(resolve):
    ms = resolve("A Kenyan official said two men attacked the police station in Nairobi. "
                 "He was arrested on Friday.")
    assert pronoun(ms, "He") is None


def test_a_lawyer_named_by_her_client_is_not_her(resolve):
    ms = resolve("Ms Adeyemi's lawyer, a Nigerian attorney, spoke to reporters on Monday. "
                 "Amnesty International said she began a hunger strike in prison.")
    assert pronoun(ms, "she") is None


def test_an_uncoded_named_subject_between_takes_the_pronoun(resolve):
    ms = resolve("Kenyan police questioned the Ugandan ambassador. When Kofi Mensah was "
                 "stopped at the border, he thanked the Kenyan government.")
    assert pronoun(ms, "he") is None
