"""Round 35: towns whose name is a town elsewhere too, and towns no dictionary knows.

A town the dictionary places in one country ("Waterloo": Belgium's) is placed by the article's
own context where it names another town of that name (Ontario's); a town no dictionary knows,
written before a noun ("Kitwe police", "a Ndola trader"), is placed by the gazetteer: its
police, its traders are that country's. A name the gazetteer cannot place stays uncoded."""

from __future__ import annotations

from actors_helpers import codes


def places(nlp, resolver, sentence, text):
    """The codes of the places named ``text`` in ``sentence``."""
    ms = resolver.resolve(nlp(sentence), "2016-02-16", places=True)
    return [m.code for m in ms if m.text == text and (m.entry or "").startswith("place:")]


def test_dictionary_town_placed_where_the_article_places_it(resolve):
    ms = resolve("Waterloo police arrested a man in Kitchener, Ontario, on Monday.")
    assert codes(ms, "Waterloo police") == ["CANCOP"]
    ms = resolve("Cordoba police arrested two men in Rosario, Argentina, on Monday.")
    assert codes(ms, "Cordoba police") == ["ARGCOP"]
    ms = resolve("Richmond police detained a man near Vancouver on Monday.")
    assert codes(ms, "Richmond police") == ["CANCOP"]


def test_dictionary_town_keeps_its_country_where_nothing_says_otherwise(resolve):
    ms = resolve("Kumasi police detained two traders on Monday.")
    assert codes(ms, "Kumasi police") == ["GHACOP"]
    ms = resolve("Protesters gathered in Mombasa on Monday. Mombasa police fired tear gas.")
    assert codes(ms, "Mombasa police") == ["KENCOP"]
    ms = resolve("Richmond police detained a man on Monday.")
    assert codes(ms, "Richmond police") == ["USACOP"]


def test_unknown_town_before_a_sector_noun_gives_its_country(resolve):
    ms = resolve("Kitwe police arrested two men on Monday.")
    assert codes(ms, "Kitwe police") == ["ZMBCOP"]
    ms = resolve("A Ndola trader was arrested on Monday.")
    assert codes(ms, "A Ndola trader") == ["ZMBBUS"]


def test_unknown_town_before_a_noun_for_people_is_a_place_of_its_country(nlp, resolver):
    # to place what is done to its people ("a Ndola teenager was arrested": Zambia's act)
    assert places(nlp, resolver, "A Ndola teenager was arrested on Monday.", "Ndola") == ["ZMB"]


def test_unknown_town_before_a_noun_for_a_thing_is_no_place_of_its_own(nlp, resolver, resolve):
    # a word of what the phrase names, not the target in its stead; it still places the story
    sentence = "The mayor agreed to resign from the Ndola office on Monday."
    assert places(nlp, resolver, sentence, "Ndola") == []
    assert codes(resolve(sentence), "The mayor") == ["ZMBGOV"]


def test_no_town_where_the_gazetteer_knows_none(resolve, nlp, resolver):
    ms = resolve("Smith police said nothing on Monday.")
    assert codes(ms, "Smith police") == ["COP"]
    assert not places(nlp, resolver, "Mr Banda's lawyer met Banda supporters on Monday.",
                      "Banda")


def test_unknown_town_places_a_story_that_names_no_other_place(resolve):
    ms = resolve("A Kitwe trader was arrested on Monday. Police said he had sold stolen goods.")
    assert codes(ms, "Police") == ["ZMBCOP"]


def test_places_the_dictionaries_name_come_before_unknown_towns(resolve):
    # the gazetteer alone knows the traders' town; the story is set where it says it is
    ms = resolve("Kitwe traders protested in Nairobi on Monday. Police fired tear gas.")
    assert codes(ms, "Police") == ["KENCOP"]


def test_towns_placed_and_events_located_from_one_geoparse(monkeypatch):
    """The actors stage geoparses an article with an ambiguous town; placing its events
    reuses that reading rather than geoparsing the article again."""
    import eventwire
    import eventwire.geo as geo

    calls = []
    real = geo.find_mentions
    monkeypatch.setattr(geo, "find_mentions", lambda *a: calls.append(1) or real(*a))
    events = eventwire.code_text("Waterloo police arrested two men in Kitchener, Ontario, on "
                                 "Monday.", date="2016-02-16")
    assert events and events[0].location is not None
    assert len(calls) == 1
