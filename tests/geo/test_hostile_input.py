"""Text unlike clean news: invisible characters, odd spaces and apostrophes, long texts."""

from eventwire.geo import geoparse_articles
from eventwire.records import Article

PLAIN = "Shelling in Idlib's Maarat al-Numan killed four people, and aid reached Aleppo."


def _places(geoparser, nlp, text: str) -> list[tuple]:
    return [(t.name, t.country) for t in geoparser.toponyms(nlp(text))]


def test_zero_width_characters_change_no_answer(nlp, geoparser):
    want = _places(geoparser, nlp, PLAIN)
    assert ("Aleppo", "SYR") in want
    inside = PLAIN.replace("Aleppo", "Alep\u200bpo")
    assert _places(geoparser, nlp, inside) == want
    before = PLAIN.replace("Idlib", "\u200bIdlib")
    assert _places(geoparser, nlp, before) == want


def test_a_curly_apostrophe_changes_no_answer(nlp, geoparser):
    want = _places(geoparser, nlp, PLAIN)
    assert _places(geoparser, nlp, PLAIN.replace("'", "\u2019")) == want


def test_no_break_spaces_change_no_answer():
    text = PLAIN.replace(" ", "\u00a0")
    got = list(geoparse_articles([Article("a", PLAIN), Article("b", text)]))
    plain = [(r["start"], r["end"], r["name"]) for r in got if r["article_id"] == "a"]
    spaced = [(r["start"], r["end"], r["name"]) for r in got if r["article_id"] == "b"]
    assert spaced == plain and any(name == "Aleppo" for _s, _e, name in plain)
    # offsets are into the article's own text
    assert all(text[s:e].replace("\u00a0", " ") == PLAIN[s:e] for s, e, _n in spaced)


def test_a_long_text_of_repeated_names(nlp, geoparser):
    text = "Aid reached Aleppo and Idlib. " * 2000
    found = geoparser.toponyms(nlp(text))
    assert len(found) == 4000
    assert {(t.name, t.country) for t in found} == {("Aleppo", "SYR"), ("Idlib", "SYR")}


def test_empty_and_blank_texts(nlp, geoparser):
    for text in ("", "   \n\n  ", "\u200b\u200b", "—, (AP) —"):
        assert geoparser.toponyms(nlp(text)) == []


def test_names_in_capitals_in_running_text(places_of):
    # the tagger reads "ALEPPO" as a verb and "HOMS" as an organisation
    places = places_of("Shelling hit ALEPPO and IDLIB on Monday, and aid reached HOMS.")
    assert {places[n].country for n in ("ALEPPO", "IDLIB", "HOMS")} == {"SYR"}
    # … but a four-letter acronym names no small town
    assert "MENA" not in places_of("The state news agency MENA reported the blast.")


def test_an_entity_with_a_comma_inside_a_token_is_no_crash(nlp, geoparser):
    # "N1,500" (naira) tagged an organisation: a comma, but no comma token to split at
    from spacy.tokens import Span

    doc = nlp("Traders in Kano paid N1,500 for a bag of rice.")
    money = next(t.i for t in doc if t.text == "N1,500")
    doc.ents = [Span(doc, money, money + 1, label="ORG")]
    assert ("Kano", "NGA") in [(t.name, t.country) for t in geoparser.toponyms(doc)]
