"""Towns named in an article, placed in the country the article's own context gives them.

A town's name is often a town elsewhere too: a US or Canadian town named after one abroad
("Edmonton" in Canada and in north London), a small town sharing a name with a foreign city.
The Phoenix place blocks give such a name one country for good; the gazetteer knows them all,
and the geoparser (:mod:`eventwire.geo`) chooses one for each article, by the country of the
article's other places, its dateline and its qualifiers ("Edmonton, north London"), else the
larger town, and chooses none where nothing decides. The actors stage reads its choice:

* a town the dictionary places in one country (a Phoenix place block's town) that the
  article's context places in another is that other country's town (its police, its court,
  its people are that country's);
* a town no dictionary knows, written before a noun ("Kitwe police", "a Regina teenager",
  "Mombasa County officials"), is a place of the country the geoparser places it in, as a
  known town is: its police are that country's police, its teenager that country's.

The gazetteer stays data (``eventwire/data/geo``); nothing here lists a town.
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import codes as cameo
from .dictionary import Entry, Role

# The kinds of gazetteer place a town's name resolves to (not a country, region or continent:
# those the countries table and the dictionaries name).
TOWN_FEATURES = frozenset({"city", "admin2", "admin1"})
# Dependencies of a town's name written before the noun it modifies ("Kitwe police").
MODIFIER_DEPS = frozenset({"compound", "nmod"})
# The ref suffix resolver.SUBNATIONAL reads: a town, city or province, never its country.
SUBNATIONAL = "/subnational"
GEO_REF = "geo:gazetteer"


# A town no dictionary knows is looked for only where the gazetteer has one this big by its
# name (the geoparser's own floor for a name only the gazetteer knows).
MIN_TOWN_POP = 5000


def _geoparser():
    from ..geo import default_geoparser

    return default_geoparser()


def _places(text: str) -> list:
    """The gazetteer's towns, cities and provinces of a name."""
    return [p for p in _geoparser().gazetteer.lookup(text) if p.kind in TOWN_FEATURES]


def _ambiguous(doc: Doc, unit) -> bool:
    """A dictionary town whose name the gazetteer knows as a town of another country too."""
    country = cameo.split(unit.entry.code_at(None))[0]
    return any(p.country != country for p in _places(doc[unit.start:unit.end].text))


def _known_town(token) -> bool:
    """A proper noun the gazetteer knows as a town of some size."""
    return any(p.population >= MIN_TOWN_POP for p in _places(token.text))


def placed_towns(doc: Doc, units: list, unit_type) -> list:
    """``units`` with the article's towns placed by the geoparser: a dictionary town (a
    Phoenix place block's town) the article places in another country
    becomes that country's town; a town no dictionary knows, written as a modifier before a
    noun, becomes a town of the country the article places it in."""
    if not any(_dictionary_town(u) and _ambiguous(doc, u) for u in units) and \
            not any(_known_town(t) for t in _unknown_modifiers(doc, units)) and \
            not any(_places(doc_span(t).text) or _places(doc_span(t)[0].text)
                    for t in _unknown_placed(doc, units)):
        return units  # no town to place: the geoparser is not asked
    by_token: dict[int, object] = {}
    for t in _geoparser().toponyms(doc):
        if t.country is None or t.feature not in TOWN_FEATURES or \
                cameo.split(t.country)[0] != t.country:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            for tok in span:
                by_token[tok.i] = (t, span)
    if not by_token:
        return units
    out = []
    covered: set[int] = set()
    for u in units:
        covered.update(range(u.start, u.end))
        hit = by_token.get(u.start)
        if hit is None or not _dictionary_town(u):
            out.append(u)
            continue
        toponym, span = hit
        country = cameo.split(u.entry.code_at(None))[0]
        if span.start != u.start or span.end != u.end or country == toponym.country:
            out.append(u)
            continue
        # "Edmonton, north London": the article's town, not the dictionary's namesake
        out.append(unit_type(u.start, u.end, Entry(
            f"{u.entry.ref.removesuffix(SUBNATIONAL)}{SUBNATIONAL}", "place", u.entry.label,
            (Role(toponym.country),))))
    # the countries the dictionaries name: a town only the gazetteer knows, named where a
    # place stands, is taken only in one of them (a name is a town in many countries, and
    # the geoparser's pick for a lone name is a guess), or where the article names none
    named = {cameo.split(u.entry.code_at(None))[0] for u in units
             if u.entry.kind in ("country", "capital", "adjective", "place")} - {None}
    seen: set[int] = set()
    for _, (toponym, span) in sorted(by_token.items()):
        if span.start in seen or any(j in covered for j in range(span.start, span.end)):
            continue
        seen.add(span.start)
        if _modifier(doc, span) or _placed_name(doc, span) and (
                not named or toponym.country in named or _big_city(span.text, toponym)):
            out.append(unit_type(span.start, span.end, Entry(
                f"{GEO_REF}:{toponym.name or span.text}{SUBNATIONAL}", "place", span.text,
                (Role(toponym.country),))))
    return sorted(out, key=lambda u: u.start)


# A city this big, the largest of its name, is the one a name means wherever a story is set
# ("a court in Palermo" in a story about Libyan men).
BIG_CITY_POP = 100_000


def _big_city(name: str, toponym) -> bool:
    places = _places(name)
    largest = max(places, key=lambda p: p.population, default=None)
    return largest is not None and largest.population >= BIG_CITY_POP and \
        largest.country == toponym.country


def _dictionary_town(unit) -> bool:
    """A town of a Phoenix place block (not a capital: a capital's namesake town is placed
    by the state written after it, see resolver.namesake_states)."""
    return unit.entry.kind == "place" and unit.entry.ref.endswith(SUBNATIONAL)


def _unknown_modifiers(doc: Doc, units: list) -> list:
    """Proper nouns no dictionary match covers that modify a noun after them: the words a
    town no dictionary knows may be ("a Kitwe trader")."""
    covered = {i for u in units for i in range(u.start, u.end)}
    return [t for t in doc if t.i not in covered and _town_word(t)]


# Prepositions whose object is where someone is or something happens: a town or province no
# dictionary knows there ("in Kogi State", "outside Kisii", "near Saint-Marc") is a place of
# the country the geoparser places it in, as a known town is (not "to", "from", "with": a
# person's name may stand there, and a journey's end says whose no one is).
WHERE_PREPS = frozenset({"in", "near", "outside", "inside", "across", "around", "throughout"})
# Nouns whose "of" phrase names the town or province they govern or live in ("the governor
# of Zamfara", "the mayor of Davao City", "residents of Kisii").
OF_PLACE_NOUNS = frozenset({"governor", "governors", "mayor", "mayors", "residents",
                            "people", "government", "council", "city", "town", "state",
                            "province", "county", "district", "region", "municipality",
                            "outskirts", "streets", "centre", "center"})
# Words that end a province's or county's name and are written in lower case ("Kiambu county").
ADMIN_WORDS = frozenset({"state", "county", "province", "district", "region", "city"})
# Entity types a place's name can have where the recogniser gives one.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", ""})


def _unknown_placed(doc: Doc, units: list) -> list:
    """The last words of proper names no dictionary match covers that stand where a place
    does: the object of "in", "near", "outside" ..., of "of" after a governor, mayor or
    residents, or the possessor the recogniser takes for a place ("Zamfara's governor")."""
    covered = {i for u in units for i in range(u.start, u.end)}
    return [t for t in doc if t.i not in covered and _place_position(t)]


def _place_position(token) -> bool:
    if token.pos_ != "PROPN" and token.lower_ not in ADMIN_WORDS:
        return False
    if token.dep_ == "poss":  # the recogniser takes many a province for a person
        return token.ent_type_ in ("GPE", "LOC") or token.head.lower_ in OF_PLACE_NOUNS
    if any(t.ent_type_ not in PLACE_ENTS for t in doc_span(token)):
        return False
    if token.dep_ != "pobj" or any(c.dep_ == "det" for c in token.children):
        return False  # "in the Red Sea", "in the Sahel": a sea or a region, no town
    prep = token.head
    return prep.lower_ in WHERE_PREPS or prep.lower_ == "of" and \
        prep.head.lower_ in OF_PLACE_NOUNS


def doc_span(token):
    """The name a token ends: its compound words before it and itself ("Davao City")."""
    return token.doc[token.left_edge.i if token.left_edge.dep_ == "compound" else token.i:
                     token.i + 1]


def _placed_name(doc: Doc, span) -> bool:
    """A town's or province's name (proper nouns, a hyphen, a lower-case "county" or
    "state" last) standing where a place does (``_unknown_placed``)."""
    last = span[-1]
    if not all(t.pos_ == "PROPN" or t.text == "-" or t.i == last.i and t.lower_ in ADMIN_WORDS
               for t in span):
        return False
    if last.lower_ in ADMIN_WORDS and last.dep_ in MODIFIER_DEPS and last.head.i > last.i and \
            _town_word(span[0]):
        return True  # "the Kiambu county government": a modifier, as "Kitwe police"
    root = last
    while root.dep_ in ("compound", "punct") and root.head.i > root.i and \
            root.head.i < span.end:
        root = root.head
    return root.i == last.i and _place_position(last)


def _town_word(token) -> bool:
    # (whatever entity type the recogniser gave it: it takes many a town for a person's name;
    # the geoparser tells places from people)
    return token.pos_ == "PROPN" and token.dep_ in MODIFIER_DEPS and \
        token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN")


def _modifier(doc: Doc, span) -> bool:
    """A town's name (all its words proper nouns) written before the noun it modifies:
    "Kitwe police", "a Regina teenager", "the Kitwe High Court"; not a person's or a firm's
    name that holds it."""
    last = span[-1]
    return all(t.pos_ == "PROPN" for t in span) and _town_word(last) and \
        last.head.i >= span.end


def thing_town(doc: Doc, found) -> bool:
    """A town no dictionary knows, named alone as a place before a noun for a thing ("the
    Kitwe office", "the Ndola camp"): a word of what the phrase names, no place an act was
    done to, nor the target in its stead (it still tells the story's country). Before a
    noun for a person ("a Ndola teenager", "Ndola residents") it stays, to place them."""
    from .coref import HUMAN_SECTOR_WORDS, PERSON_WORDS

    if not found.entry.startswith(GEO_REF):
        return False
    token = doc[found.end - 1]
    if token.dep_ not in MODIFIER_DEPS or token.head.i <= token.i:
        return False
    noun = token.head
    while noun.dep_ in MODIFIER_DEPS and noun.head.i > noun.i:
        noun = noun.head  # "a Ndola stonework mason": the mason
    return noun.lemma_.lower() not in PERSON_WORDS | HUMAN_SECTOR_WORDS and \
        noun.lower_ not in PERSON_WORDS | HUMAN_SECTOR_WORDS
