"""Round 36a: people and bodies named by a common noun get the country their sentence gives.

The CAMEO codebook codes farmers (AGR), doctors and nurses (HLH), traders (BUS), journalists
(MED) and gangs (CRM) as sectors of a state's population, as it does workers (LAB) and
students (EDU): placed "in" one of its cities they are that country's; farmers, doctors and
traders also in a story set there (journalists and suspects are often one person of any
nationality). A foreign one is named so and keeps that; with no country in the text the noun
stays a bare sector."""

from __future__ import annotations

from actors_helpers import codes


def test_people_sectors_take_the_story_country(resolve):
    ms = resolve("Farmers blocked the main highway near Lusaka on Monday.")
    assert codes(ms, "Farmers") == ["ZMBAGR"]
    ms = resolve("Hundreds of nurses marched through central Accra on Thursday.")
    assert codes(ms, "nurses") == ["GHAHLH"]
    ms = resolve("Traders defied an order to close the market in Kisumu, Kenya, on Monday.")
    assert codes(ms, "Traders") == ["KENBUS"]
    ms = resolve("Bandits in Malawi abducted 20 passengers from a bus on Tuesday.")
    assert codes(ms, "Bandits") == ["MWICRM"]


def test_in_phrase_places_local_people(resolve):
    # two countries named: the "in" phrase says whose the traders are
    ms = resolve("Traders in Nairobi protested on Monday against a ban on Ugandan imports, "
                 "officials in Kampala said.")
    assert codes(ms, "Traders") == ["KENBUS"]


def test_compound_sector_takes_the_story_country(resolve):
    ms = resolve("Health officials in Ghana ordered schools in Kumasi to close on Monday.")
    assert codes(ms, "Health officials") == ["GHAGOVHLH"]


def test_no_country_leaves_a_bare_sector(resolve):
    ms = resolve("Farmers blocked the main highway on Monday.")
    assert codes(ms, "Farmers") == ["AGR"]
    ms = resolve("Foreign journalists were barred from the hearing in Lusaka on Monday.")
    assert codes(ms, "Foreign journalists") == ["MED"]


def test_nouns_for_domestic_sectors(resolve):
    ms = resolve("Health workers in Kenya went on strike on Monday.")
    assert codes(ms, "Health workers") == ["KENHLH"]
    ms = resolve("Street vendors clashed with police in Accra on Monday.")
    assert codes(ms, "Street vendors") == ["GHABUS"]
    ms = resolve("Herders and dockworkers marched through Lusaka on Friday.")
    assert codes(ms, "Herders") == ["ZMBAGR"]
    ms = resolve("Gunmen shot a city councillor in Blantyre, Malawi, on Monday.")
    assert codes(ms, "a city councillor") == ["MWIGOV"]
    ms = resolve("The governor of Zambia's Copperbelt said bandit leaders must surrender.")
    assert [c[-3:] for c in codes(ms, "bandit leaders")] == ["CRM"]


def test_a_town_only_the_gazetteer_knows_places_its_people(resolve):
    # where a place stands: after "in", "outside", "near", or "of" after a governor or mayor
    ms = resolve("Gunmen killed a ward councillor outside Kisii late on Friday.")
    assert codes(ms, "a ward councillor") == ["KENGOV"]
    ms = resolve("Police officers in Kogi State arrested two suspects on Wednesday.")
    assert codes(ms, "Police officers") == ["NGACOP"]
    ms = resolve("Union leaders broke off talks with the Kiambu county government.")
    assert codes(ms, "the Kiambu county government") == ["KENGOV"]


def test_the_mayor_of_a_city_named_with_its_title_word(resolve):
    ms = resolve("The mayor of Davao City signed an agreement with farmers on Monday.")
    assert codes(ms, "The mayor") == ["PHLGOV"]


def test_a_person_s_name_where_no_place_stands_is_no_town(resolve):
    # a surname that is also a town's name: "Mr Banda", "spoke to Chanda" place no one
    ms = resolve("Mr Banda met the mayor on Monday and later spoke to Chanda.")
    assert codes(ms, "the mayor") == ["GOV"]


def test_a_town_of_another_country_than_the_story_s_is_not_taken(nlp, resolver):
    # a small namesake town abroad is the geoparser's guess; the story names Mali
    doc = nlp("Malian troops retook the town of Ber after fighting with rebels there.")
    assert not any(m.code == "GRC" for m in resolver.resolve(doc, "2016-02-16", places=True))


def test_the_subject_of_a_clause_describing_a_noun_is_not_that_noun(resolve):
    # "the journalists they had abducted": "they" are the rebels, now that the journalists
    # take the story's country too
    ms = resolve("Zambian rebels freed the two journalists they had abducted in May.")
    assert codes(ms, "they") == ["ZMBREB"]
