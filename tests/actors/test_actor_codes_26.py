"""Which actor (round 26c): a bare title is the holder of the state the story named first, not
the nearest holder of another state's; a title a noun's owner or an "of" phrase gives to a
body no dictionary knows is no state's; a state body's name with another state's adjective is
that state's body; a bare "officer" is no soldier unless the story says so."""

from __future__ import annotations

import pytest


def mention(ms, words, nth=0):
    return [m for m in ms if m.text == words][nth]


# --- titles -----------------------------------------------------------------------------


def test_bare_president_is_the_first_named_states_not_the_nearest(resolve):
    text = ("Zambian President Chanda Mwila arrived in Accra on Monday. He held talks with the "
            "president of Ghana on cocoa prices. The president said Zambia would buy more.")
    ms = resolve(text)
    assert mention(ms, "the president").code == "GHAGOV"  # "of Ghana" stays out of it
    assert mention(ms, "The president").code == "ZMBGOV"


def test_bare_prime_minister_named_many_sentences_before(resolve):
    text = ("Kenyan Prime Minister Wanjiru Otieno flew to Kampala on Monday. Talks began at "
            "noon. Trade was discussed. Roads were discussed. Power lines were discussed. "
            "Fuel prices were discussed. Ugandan officials then met Tanzanian President "
            "Juma Mrisho. Late at night the prime minister praised Uganda.")
    ms = resolve(text)
    assert mention(ms, "the prime minister").code == "KENGOV"


def test_a_noun_owners_president_is_no_states(resolve):
    text = ("Zambian President Chanda Mwila opened the fair in Lusaka. The federation's "
            "president criticised the organisers.")
    ms = resolve(text)
    assert mention(ms, "The federation's president").code is None
    # a sector noun is a body the dictionary knows: the militia's leader is the militia's
    ms = resolve("Gunmen attacked a village in eastern Congo. The leader of the militia "
                 "denied that his men had killed anyone.")
    assert mention(ms, "The leader").code == "CODREB"


def test_the_president_of_an_unknown_body_is_no_states(resolve):
    text = ("Zambian President Chanda Mwila opened the fair in Lusaka. The president of the "
            "Copperbelt Chess Federation criticised the organisers.")
    ms = resolve(text)
    assert mention(ms, "The president").code is None


# --- a state body's name with another state's adjective -----------------------------------


@pytest.mark.parametrize(("text", "words", "code"), [
    ("The Chinese CDC warned Kenya about the outbreak.", "The Chinese CDC", "CHNGOVHLH"),
    ("Nigeria's CDC warned Ghana about the outbreak.", "Nigeria's CDC", "NGAGOVHLH"),
])
def test_a_state_bodys_name_takes_the_adjectives_state(resolve, text, words, code):
    assert mention(resolve(text), words).code == code
    # alone, the name is the body the dictionary knows
    assert mention(resolve("The CDC warned Kenya about the outbreak."), "The CDC").code == \
        "USAGOVHLH"


# --- officers -----------------------------------------------------------------------------


def test_bare_officers_in_a_story_naming_no_force_are_uncoded(resolve):
    ms = resolve("Officers arrested ten traders in Lusaka on Sunday.")
    assert mention(ms, "Officers").code is None
    # their sentence says whose they are: the police's, or the armed forces'
    ms = resolve("Police in Lusaka said officers arrested ten traders on Sunday.")
    assert mention(ms, "officers").code == "ZMBCOP"
    ms = resolve("Zambian troops crossed the river, and two officers led the patrol into the "
                 "village.")
    assert mention(ms, "two officers").code == "ZMBMIL"


@pytest.mark.parametrize(("text", "words", "code"), [
    ("The chief executive officer of the company criticised the Kenyan government.",
     "The chief executive officer", "BUS"),
    ("Kenyan prison officers beat the inmates.", "Kenyan prison officers", "KENCOP"),
    ("A Ghanaian customs officer detained the trader.", "A Ghanaian customs officer",
     "GHAGOV"),
])
def test_officers_of_a_company_prison_or_customs(resolve, text, words, code):
    assert mention(resolve(text), words).code == code


def test_officers_named_by_a_word_no_dictionary_knows_follow_their_sentence(resolve):
    ms = resolve("Traffic officers stopped the minister's car in Lusaka, police said.")
    assert mention(ms, "Traffic officers").code == "ZMBCOP"
    # a word the dictionary knows keeps its sector
    ms = resolve("Zambian army officers met the rebels near Lusaka, police said.")
    assert mention(ms, "Zambian army officers").code == "ZMBMIL"


def test_a_bare_title_that_owns_something_is_still_the_first_named_states(resolve):
    text = ("Zambian President Chanda Mwila arrived in Accra on Monday. He held talks with the "
            "president of Ghana on cocoa prices. Togo later criticised the president's speech.")
    ms = resolve(text)
    assert mention(ms, "the president", nth=1).code == "ZMBGOV"


def test_counted_officers_beside_the_police_are_police(resolve):
    ms = resolve("Zambian police deployed more than 600 officers to guard the polls.")
    assert mention(ms, "more than 600 officers").code == "ZMBCOP"
