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
    ms = resolve("Georgetown police detained two men near Penang on Monday.")
    assert codes(ms, "Georgetown police") == ["MYSCOP"]


def test_dictionary_town_keeps_its_country_where_nothing_says_otherwise(resolve):
    ms = resolve("Kumasi police detained two traders on Monday.")
    assert codes(ms, "Kumasi police") == ["GHACOP"]
    ms = resolve("Protesters gathered in Mombasa on Monday. Mombasa police fired tear gas.")
    assert codes(ms, "Mombasa police") == ["KENCOP"]


def test_unknown_town_before_a_sector_noun_gives_its_country(resolve):
    ms = resolve("Kitwe police arrested two men on Monday.")
    assert codes(ms, "Kitwe police") == ["ZMBCOP"]
    ms = resolve("A Ndola trader was arrested on Monday.")
    assert codes(ms, "A Ndola trader") == ["ZMBBUS"]


def test_unknown_town_before_a_noun_is_a_place_of_its_country(nlp, resolver):
    # where the act was done to one of its people ("a Ndola mechanic was arrested")
    assert places(nlp, resolver, "A Ndola mechanic was arrested on Monday.", "Ndola") == ["ZMB"]


def test_no_town_where_the_gazetteer_knows_none(resolve, nlp, resolver):
    ms = resolve("Smith police said nothing on Monday.")
    assert codes(ms, "Smith police") == ["COP"]
    assert not places(nlp, resolver, "Mr Banda's lawyer met Banda supporters on Monday.",
                      "Banda")
