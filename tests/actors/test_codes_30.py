"""Round 30 actor codes: a town, city, state or province is its country's actor only where it
stands for its own government or for what an act is done to; elsewhere it is a place. Also:
envoys sent to a country, a state noun reporting another state's plan, representatives, and
surnames that are sector words."""

from __future__ import annotations

import pytest
from actors_helpers import by_text

from eventwire.pipeline import code_articles
from eventwire.records import Article


def facts(text: str) -> list:
    [(_, events)] = list(code_articles([Article(id="a", text=text)], locate=False))
    return [e for e in events if e.is_fact]


@pytest.mark.parametrize("place_text, place, actor_text, actor, code", [
    # a choir's tour to a city; the city acting for its own government, as a subject
    ("A Ghanaian choir announced a concert tour to Kumasi.", "Kumasi",
     "Kumasi has issued a warning against swimming in the lake.", "Kumasi", "GHA"),
    # a gift from a town; a town attacked is still the target
    ("The mayor unveiled a statue of a horse from Bulawayo.", "Bulawayo",
     "Government forces attacked Arusha on Monday.", "Arusha", "TZA"),
    # a territory's laboratory; a country's own name that Phoenix lists among its places
    ("Yukon's new laboratory was opened last week.", "Yukon",
     "Bresil signed a trade accord with Kenya.", "Bresil", "BRA"),
])
def test_a_town_is_a_place_unless_it_acts_or_is_acted_on(nlp, resolver, place_text, place,
                                                         actor_text, actor, code):
    [m] = by_text(resolver.resolve(nlp(place_text), "2019-05-02", places=True), place)
    assert m.entry.startswith("place:"), m
    [m] = by_text(resolver.resolve(nlp(actor_text), "2019-05-02", places=True), actor)
    assert m.code == code and not m.entry.startswith("place:"), m


@pytest.mark.parametrize("text", [
    # a region named after a town in it, or a dateline town before its country's abbreviation
    "A clinic in Moshi, Arusha admitted two more patients on Monday.",
    "Mwanza, Tz. (May 2, 2019) - Post 12 received a call about a crash.",
])
def test_a_town_that_says_where_is_no_source(text):
    assert not [e for e in facts(text) if e.source is not None and e.source.code == "TZA"]


@pytest.mark.parametrize("text, envoy", [
    ("The special envoy for Zambia met rebel leaders on Monday.", "The special envoy"),
    ("Ms Adeyemi, the former ambassador to Zambia, testified on Monday.",
     "the former ambassador"),
])
def test_an_envoy_sent_to_the_story_country_is_not_its_official(resolve, text, envoy):
    # the story is set in the country the envoy is sent to: that is not whose envoy they are
    [m] = by_text(resolve(text), envoy)
    assert m.code is None and m.sector == "GOV", m


@pytest.mark.parametrize("text, noun, code", [
    ("Zambia will suspend aid to Kenya, the minister said.", "the minister", "ZMBGOV"),
    ("Ghana's police arrested two men. Togo will close its border with Ghana, the government "
     "said.", "the government", "TGOGOV"),
])
def test_a_state_noun_reporting_what_a_state_will_do_is_that_states(resolve, text, noun, code):
    # the country named last is the one acted on, not the speaker's
    [m] = by_text(resolve(text), noun)
    assert m.code == code, m


@pytest.mark.parametrize("text, who", [
    ("Representatives of the Mensah family said the banker had been treated unfairly.",
     "Representatives"),
    ("Workers' representatives in Ghana pledged to end the strike.", "Workers' representatives"),
])
def test_representatives_are_no_legislators(resolve, text, who):
    # they speak for a family, a union, a delegation: not a legislature's members
    [m] = by_text(resolve(text), who)
    assert m.sector != "LEG" and not (m.code or "").endswith("LEG"), m


def test_a_town_ending_a_stations_name_is_no_actor(resolve):
    # a radio station is named after its town; it is not the country
    mentions = resolve("Ms Adeyemi spoke by telephone with Radio Tamale about the flood.")
    assert not [m for m in mentions if m.code == "GHA"], mentions


def test_a_surname_that_is_a_sector_word_is_no_sector(resolve):
    # "sheriff" (the police) here ends a person's name
    mentions = resolve("Kofi Sheriff, a nurse in Kumasi, said the clinic had closed.")
    assert not [m for m in mentions if (m.code or "").endswith("COP")], mentions
