"""Which actor (round 31a): a national adjective on a club, a player or a bank is no state
("the Kenyan club" no code, "a Kenyan bank" a Kenyan firm); an official who took the story's
country by default takes the body their own phrase names instead ("officials of the Zambian
health ministry", "an official with the United Nations", none for "an official at" a firm no
dictionary knows); a state news agency is media, not the government."""

from __future__ import annotations

import pytest


def mention(ms, words, nth=0):
    return [m for m in ms if m.text == words][nth]


def codes(ms):
    return {m.text: m.code for m in ms}


# --- a national adjective on a noun no dictionary knows ---------------------------------


@pytest.mark.parametrize("text, words", [
    ("A Ghanaian referee sent off two players in Kumasi on Sunday.", "A Ghanaian referee"),
    ("The Kenyan club signed two players from Accra.", "The Kenyan club"),
    ("Zambian footballers praised the coach in Lusaka.", "Zambian footballers"),
])
def test_adjective_on_a_club_or_player_is_no_state(resolve, text, words):
    ms = resolve(text)
    assert mention(ms, words).code is None, codes(ms)
    assert not any(m.code in ("GHA", "ZMB", "KEN") for m in ms), codes(ms)


def test_a_bank_with_a_national_adjective_is_a_firm(resolve):
    ms = resolve("A Kenyan bank offered cheap loans to farmers in Nakuru.")
    assert mention(ms, "A Kenyan bank").code == "KENBUS"
    # an act's adjective still names the state that acts
    ms = resolve("Zambian strikes hit the camp, and a Zambian proposal followed.")
    assert "ZMB" in [m.code for m in ms]


# --- an official's own phrase names the body they belong to -----------------------------

STORY = "Fighting in Kenya went on for a third week near its northern border. "


def test_officials_of_another_states_ministry_are_that_states(resolve):
    ms = resolve(STORY + "Officials of the Zambian health ministry criticised the police.")
    assert mention(ms, "Officials").code == "ZMBGOV"


def test_official_in_another_states_government_by_apposition(resolve):
    ms = resolve(STORY + "Ms Adeyemi, a former official in the Zambian government, criticised "
                 "the police.")
    assert mention(ms, "a former official").code == "ZMBGOV"


def test_official_with_an_international_organisation_is_its(resolve):
    ms = resolve(STORY + "An official of the Kenyan health ministry criticised the police.")
    assert mention(ms, "An official").code == "KENGOV"  # the story's own ministry: kept
    ms = resolve(STORY + "Ms Adeyemi, an official with the United Nations, criticised the "
                 "police.")
    assert mention(ms, "an official").code == "IGOUNO"


def test_official_at_a_body_no_dictionary_knows_is_no_states(resolve):
    ms = resolve(STORY + "An official at Mbeki Holdings criticised the police on Monday.")
    assert mention(ms, "An official").code is None


def test_envoy_of_an_organisation_past_a_portfolio_noun(resolve):
    ms = resolve("Cholera spread in Kenya this week. Ms Adeyemi, the special envoy for health "
                 "of the African Union, praised the nurses.")
    assert mention(ms, "the special envoy").code.startswith("IGO")


# --- a state outlet reports; it is not the government ------------------------------------


def test_a_state_news_agency_is_media_not_government(resolve):
    ms = resolve("Zambia's official news agency said the harvest was poor.")
    assert mention(ms, "Zambia's official news agency").code == "ZMBMED"
    ms = resolve("Kenyan state media praised the new dam.")
    assert mention(ms, "Kenyan state media").code == "KENMED"


def test_the_government_after_a_state_news_agency_is_not_the_agency(resolve):
    ms = resolve("Zambia's official news agency reported a cholera outbreak in Lusaka. "
                 "Earlier, the sale of raw fish was prohibited by the government.")
    assert "MED" not in (mention(ms, "the government").code or "")


# --- an ambassador the text sends nowhere is no guess at the story's country --------------


def test_ambassador_in_a_story_set_elsewhere_is_not_the_story_countrys(resolve):
    ms = resolve("Protests spread in Ankara and Izmir this week. Ambassador Ivan Petrenko was "
                 "shot at a gallery in Ankara.")
    assert mention(ms, "Ambassador Ivan Petrenko").code is None


def test_the_ambassador_linked_to_the_story_state_is_no_guess(resolve):
    ms = resolve("Floods hit Kenya again. The ambassador criticised Zambia on Monday.")
    assert mention(ms, "The ambassador").code is None
    ms = resolve("Kenya recalled its ambassador from Zambia. The ambassador criticised Zambia.")
    assert mention(ms, "The ambassador").code == "KENGOV"  # linked to Kenya's own envoy


def test_queen_elizabeth_ii_is_the_united_kingdoms(resolve):
    ms = resolve("Queen Elizabeth II opened the new session of parliament.", "2016-02-16")
    assert mention(ms, "Queen Elizabeth II").code == "GBRGOV"
