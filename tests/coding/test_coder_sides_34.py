"""Round 34d: state coercion with no doer named (CAMEO 17: arrest, charge, detention,
quarantine, closure) is done to someone of the country the text places the act in.

Where no dictionary knows the one acted on ("he", "Mr Banda", "the hotel") and the text names
no doer, the event used to keep both sides uncoded, and so showed nothing. A state coerces
those in its own jurisdiction: the target takes the country of the place its own phrase names,
else of a place or court the act's clause names, else of the country the article is set in.
The doer stays as the text gives it (none, for a passive with no agent).
"""

from __future__ import annotations

import pytest

from eventwire import code_text


def facts(text: str, root: str) -> list:
    return [e for e in code_text(text) if e.is_fact and e.cameo.root == root]


def sides(event) -> tuple[str | None, str | None]:
    return (event.source.code if event.source else None,
            event.target.code if event.target else None)


@pytest.mark.parametrize("text, country", [
    # a place the act's clause names
    ("Mr Banda was detained at Lusaka airport on Monday.", "ZMB"),
    # a place the phrase of the one charged names
    ("A Mombasa mechanic faces a fraud charge over the missing funds.", "KEN"),
    # a court the clause joined to the act names
    ("Mr Banda was charged with fraud and will appear in a Lusaka court on Monday.", "ZMB"),
])
def test_an_uncoded_person_coerced_with_no_doer_takes_the_country_of_the_place(text, country):
    found = facts(text, "17")
    assert [sides(e) for e in found] == [(None, country)], [sides(e) for e in found]
    assert found[0].cameo.code == "173"


@pytest.mark.parametrize("text, code", [
    ("The hotel in Mombasa was quarantined on Tuesday.", "172"),
    ("The Mombasa hotel was quarantined on Tuesday.", "172"),
    ("All rallies have been banned on Kenyan soil.", "1721"),  # the land a ban is imposed on
])
def test_a_thing_closed_quarantined_or_banned_takes_the_country_of_its_place(text, code):
    found = facts(text, "17")
    assert [(e.cameo.code, *sides(e)) for e in found] == [(code, None, "KEN")]


def test_the_country_the_article_is_set_in_places_the_act():
    text = ("Floods cut roads around Kisumu and Mombasa last week.\n\n"
            "Mr Otieno was arrested on Monday after a dispute over the relief effort.")
    assert [sides(e) for e in facts(text, "17")] == [(None, "KEN")]


def test_a_place_named_as_where_it_was_done_stays_the_doer():
    # "was detained in Ghana": by Ghana's authorities (an earlier rule); the one detained
    # is now placed too, where before the event showed nothing
    found = facts("Mr Banda was arrested in Lusaka on Monday.", "17")
    assert [sides(e) for e in found] == [("ZMB", "ZMB")]


@pytest.mark.parametrize("text", [
    "Mr Banda was arrested on Monday.",  # no place at all
    # the article names two countries: no one it is set in
    "Ghana and Kenya held talks in Accra and Nairobi.\n\nMr Banda was arrested on Monday.",
    # a thing seized stands for its owner, not for where it was found
    "Drugs were seized in Mombasa on Tuesday.",
    # an active verb's doer is its subject, named or not: no one coerced here
    "Charging the phones in Nairobi took all night.",
])
def test_no_country_where_the_text_gives_none_or_the_thing_is_not_the_state_s(text):
    assert not facts(text, "17"), [sides(e) for e in facts(text, "17")]


def test_a_named_doer_keeps_the_target_as_written():
    found = facts("The Kenyan police arrested Mr Banda on Monday.", "17")
    assert [sides(e) for e in found] == [("KENCOP", None)]


def test_what_one_is_charged_with_is_no_one_placed():
    # "on charges of fraud": the crime is no target; the one arrested is
    found = facts("Mr Banda was arrested on charges of fraud in Lusaka.", "17")
    assert {sides(e) for e in found} == {(None, "ZMB")}, [sides(e) for e in found]
    assert all(e.target.text == "Mr Banda" for e in found)


def test_a_pronoun_takes_the_place_of_its_antecedent():
    # "he" stands for "a man" (people, no country): the man arrested is placed, as the one
    # named would be
    text = "Police in Mombasa found a man injured on Monday. He was arrested after a chase."
    assert [sides(e) for e in facts(text, "17")] == [(None, "KENPPL")]

