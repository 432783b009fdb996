"""Find place mentions in a parsed document: spaCy entities plus gazetteer matches.

A mention carries the cues its neighbours give ("the Idlib province" -> admin-1,
"the city of Aleppo" -> city, "Paris, Texas" -> qualifier "Texas"). Demonyms
("Turkish") are not places.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from ..actors.codes import country_rows
from ..actors.dictionary import packaged_lines, read_ours
from .gazetteer import Gazetteer
from .normalize import key, loose_key, same_name

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# entities of these labels may wholly be a mis-tagged place ("Edmonton" as PERSON)
WHOLE_LABELS = {"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
# … and these, when a proper noun names a notable place ("Winnipeg" as DATE, "NSW" as CARDINAL)
NUMERIC_LABELS = {"DATE", "CARDINAL"}
# … and these may hold one ("Texas" in "Texas A&M University")
INNER_LABELS = {"ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
WHOLE_MIN_POP = 20000
BODY_WORDS = {
    "times", "post", "journal", "herald", "tribune", "daily", "gazette",
    "congress", "senate", "postal", "airlines", "airways", "corporation", "corp", "company",
    "bank", "voice", "presse", "press", "llc", "inc", "ltd",
}
INNER_MIN_POP = 100000
FREE_MIN_POP = 100000
LOCATIVE_BEFORE = {"in", "near", "at", "outside", "from", "to", "of", "into", "across",
                   "around", "towards", "toward", "inside", "between", "and"}
NOT_PLACES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "god", "allah", "police", "officer", "street",
    "centre", "center", "west", "east", "north", "south", "western", "eastern", "northern",
    "southern", "central", "lakes", "media", "university", "liberal", "drug", "capital",
    "national", "federal", "union", "republic", "coast", "island", "islands", "valley",
    "mountain", "college", "airport", "justice", "star", "golden", "crystal", "orange",
    "easter", "christmas", "xinhua", "reuters", "interfax", "yonhap", "kyodo", "tass",
    "interstate", "highway", "route",
}
ADMIN_WORDS = {
    "province", "governorate", "state", "region", "oblast", "prefecture", "county",
    "district", "department", "territory", "provinces", "governorates", "states", "emirate",
}
GOVERNOR_WORDS = {"gov", "gov.", "governor", "governors", "legislature", "legislators"}
# a state's own bodies after its name ("the Georgia Bureau of Investigation", "Ohio State
# Highway Patrol", "the Indiana Department of Transportation") or before it ("the University
# of Georgia", when the state is also a country or a capital's name): the state (admin-1), not
# a country or a city of the name
STATE_BODIES = (("bureau", "of", "investigation"), ("state", "police"), ("state", "patrol"),
                ("highway", "patrol"), ("state", "highway", "patrol"), ("department", "of"),
                ("general", "assembly"), ("state", "university"), ("state", "senate"),
                ("state", "legislature"), ("state", "capitol"), ("attorney", "general"))
STATE_BODIES_BEFORE = (("university", "of"), ("governor", "of"))
COMPASS_ADJECTIVES = {"northern", "southern", "eastern", "western", "northeastern",
                      "northwestern", "southeastern", "southwestern", "north-eastern",
                      "north-western", "south-eastern", "south-western"}
CITY_WORDS = {"city", "town", "village", "capital", "port", "suburb", "municipality"}
STRONG_DEMONYM = re.compile(r"(?:ian|ians|ish|ese|ean|eans|ite|ites|ans)$")
DEMONYM = re.compile(r"(?:an|ans|ian|ians|ish|ese|i|ic|ch|ean|ite|ites)$")
MAX_NGRAM = 4
INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "E.U.", "F.B.I." unknown to the gazetteer
TAXON = re.compile(r"(?:virus|viridae|itis|osis|iasis)$")  # "Ebolavirus", "Meningitis"
KIN_WORDS = {"wife", "husband", "son", "sons", "daughter", "daughters", "brother", "brothers",
             "sister", "sisters", "mother", "father", "children", "child", "grandson",
             "granddaughter", "grandchildren", "partner", "fiancee", "fiance", "widow"}
ARABIC_ARTICLES = {"al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ath", "adh"}
INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")  # zero-width, soft hyphen
LIST_WORDS = {",", "and", "or", "&", "/", ";"}
LIST_ITEM_WORDS = {",", "and", "or"}
# the words between a place and the one it lies in ("Kogelo in Nyanza")
IN_WORDS = (["in"], [",", "in"], ["located", "in"], [",", "located", "in"])
# … and the settlement words of a longer saying ("X is a city in and the county seat of Y")
SAID_IN_WORDS = {"city", "town", "village", "hamlet", "suburb", "community", "borough",
                 "township", "municipality", "seat", "neighborhood", "neighbourhood", "capital",
                 "county", "district", "parish", "province", "region", "place", "settlement",
                 "commune", "locality"}
MAX_SAID_IN = 12
MAX_BRACKET = 16  # "X (Russian: …; pronounced …) is a town in Y"
# "the Brooklyn neighborhood of Baltimore", "the Clifton suburb of Bristol": a part of a city
PART_WORDS = {"neighborhood", "neighbourhood", "section", "area", "district", "suburb",
              "quarter", "borough", "part"}
MAX_INNER = 6  # "People's Republic of China" inside "the Ministry of Health of the …"
JOINERS = {"of", "the", "-", "and", "de", "del", "du", "la", "do", "da", "dos", "das", "upon",
           "i", "e"}  # "Mazar-i-Sharif"
PARTICLES = {"of", "al", "el", "de", "do", "da", "dos", "das", "del"}  # "Rio Grande do Sul"
# a word that names a feature after its proper name ("Mahim Bay", "Danube Delta"): alone, it is
# no place there (though Bay is a Somali region and Delta a Nigerian state)
FEATURE_WORDS = {
    "bay", "delta", "river", "lake", "sea", "gulf", "island", "islands", "valley", "creek",
    "harbour", "harbor", "park", "square", "bridge", "hill", "hills", "beach", "falls", "canyon",
    "peninsula", "strait", "canal", "mountains", "forest", "desert", "plateau", "coast",
    "springs", "heights", "reservoir", "dam",
}
# a name before one of these words, capitalised, names a street ("Rest Acres Road",
# "Church Street", "Colton Way"), not a town
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "drive", "dr", "lane", "ln",
                "boulevard", "blvd", "way", "parkway", "pkwy", "crescent", "terrace", "trail"}
# … and, right after it and ending the name, a road ("Lincoln Highway", "Monterey Highway";
# not the "Missouri State Highway Patrol" nor "Ontario Provincial Highway 11")
ROAD_WORDS = {"highway", "turnpike", "expressway", "freeway", "pike"}
PLURAL_STREETS = {"streets", "roads", "avenues", "drives", "lanes", "boulevards"}
DASHES = {"-", "–", "—", "--"}
# words of local news: police and courts, accidents, fires, town government, residents
LOCAL_WORDS = {"police", "sheriff", "deputies", "deputy", "trooper", "troopers", "arrested",
               "crash", "wreck", "firefighters", "mayor", "council", "aldermen", "resident",
               "residents", "man", "woman", "teen", "courthouse", "township", "school", "schools",
               "coroner", "patrol", "motorist", "highway", "interstate", "shooting", "officers",
               "charged", "jail", "investigation"}
COMPANY_NOT = {"co.", "co", "county", "city", "township", "parish", "borough"}  # Marshall Co.
ROYAL = {"queen", "king", "princess", "royal", "lady", "sir"}  # "the Royal Alexandra Hospital"
ROMAN = re.compile(r"[A-Z]|[IVX]{2,4}")  # "Room A", "World War II": a letter or a numeral
JOINED_BY = {"upon", "on", "under", "in", "by", "sur", "le", "la", "de", "en", "am", "an"}
GLUED_STATE = re.compile(r"([A-Z][A-Za-z]{1,3}\.?)--")
DATELINE_MARKS = {",", "(", "—", "–", "-", ":"}
TOWN_LIKE = {"city", "admin2"}  # notable only when populous and named so
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
           "northern", "southern", "eastern", "western", "central", "middle", "upper", "lower",
           "midwest"}
PLACE_NOUNS = {"resident", "residents", "native", "natives", "area", "areas", "suburb",
               "suburbs", "neighbourhood", "neighborhood", "mayor", "townships", "camp", "camps",
               "villagers"}
# a lower-case word that names what the names after its "of" are ("the villages of Nubl
# and Kfraya")
SETTLEMENT_WORDS = {"village": "city", "villages": "city", "town": "city", "towns": "city",
                    "hamlet": "city", "hamlets": "city", "township": "city", "suburb": "city",
                    "suburbs": "city", "community": "city", "settlement": "city",
                    "city": "city", "cities": "city",
                    "district": "admin1", "districts": "admin1",
                    "province": "admin1", "provinces": "admin1", "governorate": "admin1",
                    "governorates": "admin1", "region": "admin1", "county": "admin1",
                    "counties": "admin1", "municipality": "admin1"}
# … and one after a name ("the Wedza district", "Idlib province")
LEVEL_AFTER = {"district", "districts", "province", "provinces", "governorate", "governorates",
               "county", "counties", "region", "municipality", "prefecture", "oblast",
               "tehsil", "township"}
# a camp after its name ("the Zaatari camp", "Jabalia refugee camp")
CAMP_WORDS = {"camp", "camps"}
CAMP_KINDS = {"refugee", "refugees", "displacement", "idp", "idps", "transit"}
# a plural level word after a list of names: the unit's name in the gazetteer ("" for admin-1)
PLURAL_UNITS = {"counties": "County", "parishes": "Parish", "districts": "District",
                "provinces": "", "governorates": "", "states": "", "regions": "",
                "oblasts": "", "prefectures": ""}
SCHOOL_WORDS = {"elementary", "academy", "intermediate"}
PLACE_PREPOSITIONS = {"in", "near", "at", "outside", "inside", "across", "around", "into"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "col", "capt", "sgt",
          "lt", "prof", "rev", "sir", "lord", "lady", "president", "minister", "mayor"}
UNIT_WORDS = {"county", "parish", "district", "province", "prefecture", "governorate", "borough"}
# "Ebola virus", "Ebola haemorrhagic fever" name a disease; "Ebola cases" may be a place's
DISEASE_NAMES_WORDS = {"virus", "viruses", "fever", "disease", "haemorrhagic", "hemorrhagic",
                       "ebolavirus"}
DISEASE_WORDS = DISEASE_NAMES_WORDS | {"outbreak", "flu", "vaccine", "strain", "epidemic",
                                       "infection", "infections", "cases", "case"}


@dataclass
class Mention:
    start: int  # char offsets into doc.text
    end: int
    text: str
    cue: str | None = None  # "admin1" | "city" | "part" ("eastern Washington")
    qualifier: str | None = None  # the text after "X, ..." that qualifies X
    from_entity: bool = True
    token_start: int = 0
    token_end: int = 0
    locative: bool = False  # after "in", "near", "from" …
    listed: bool = False  # one item of a list with the mention before it ("Virginia, Washington")
    context_only: bool = False  # "America" of "Voice of America": a cue to the story, no toponym
    unit: str | None = None  # "County" of "Lancaster, York and Dauphin counties"
    dateline: bool = False  # "KYIV, Ukraine (AP) —": in capitals, looked up as "Kyiv"
    introduced: bool = False  # named by a settlement or unit word ("the village of X")
    container: str | None = None  # "Illinois" of "Fulton County located in Illinois"
    lookup: str | None = None  # the form to look up, when not the text ("Ky." for "Ky")
    part_of: bool = False  # "the Brooklyn neighborhood of Baltimore": a part of its container
    feature: bool = False  # tagged LOC (a river, a desert, a region): no town's other name
    local: bool = False  # in a sentence of local news ("police", "crash", "mayor" …)


def _clean(span: Span) -> Span:
    """Drop a leading article and trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'"} or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def _names_a_disease(doc: Doc, end: int, text: str, gz: Gazetteer) -> bool:
    """"West Nile virus", "Ebola outbreak", "Marburg fever": a disease, not a place; but a
    country or province before "flu", "outbreak", "cases" is the place they are in ("the
    United States flu season", "the Guinea outbreak")."""
    if end >= len(doc) or doc[end].lower_ not in DISEASE_WORDS:
        return False
    return doc[end].lower_ in DISEASE_NAMES_WORDS or not any(
        p.kind in {"country", "admin1"} for p in gz.lookup(text))


def _two_places(span: Span, gz: Gazetteer) -> tuple[Span, Span] | None:
    """The two known places of a span "A and B" or "A or B" that the recogniser tagged as one
    entity, or None."""
    joint = [t.i for t in span if t.lower_ in {"and", "or"}]
    if len(joint) != 1 or not span.start < joint[0] < span.end - 1:
        return None
    doc = span.doc
    parts = (doc[span.start:joint[0]], doc[joint[0] + 1:span.end])
    if all(part[0].text[:1].isupper() and gz.has_name(part.text)
           and not _is_demonym(part, gz) for part in parts):
        return parts
    return None


def _is_demonym(span: Span, gz: Gazetteer) -> bool:
    if len(span) != 1:
        return False
    tok = span[0]
    if gz.has_name(tok.text) and (tok.tag_ not in {"JJ", "NNPS"} or (
            tok.orth not in demonyms() and not STRONG_DEMONYM.search(tok.lower_)
            and not tok.lower_.endswith("ic") and any(
                p.kind in {"admin1", "admin2"} and same_name(p.name, tok.text)
                for p in gz.lookup(tok.text)))):
        return False  # "the Bulacan farm", an adjective here, is the province's
    if tok.orth not in demonyms() and any(p.kind in {"region", "continent"}
                                          and key(p.name) == key(tok.text)
                                          for p in gz.lookup(tok.text)):
        return False  # "the Balkans", a region under its own name
    if (tok.tag_ == "NNP" and tok.orth not in demonyms()
            and not STRONG_DEMONYM.search(tok.lower_)):
        return False  # "Pangandaran", a town the gazetteer lacks, is no "-an" demonym
    return bool(DEMONYM.search(tok.lower_)) and tok.tag_ in {"JJ", "NNPS", "NNP", "NNS"}


def _not_a_name(span: Span, gz: Gazetteer, titled: frozenset[str] = frozenset()) -> bool:
    """An entity the gazetteer does not know that cannot be a place name: lower-case
    ("marijuana"), with digits ("H5N1"), a person's title before it ("Ms Raggi") or before
    it elsewhere in the article (``titled``: "Mr. Zhvania"), initials ("E.U.", "M.D."), the
    name of a disease or a taxon ("Poliomyelitis", "Filoviridae"), or a source quoted
    ("according to Bruschke")."""
    if gz.lookup(span.text):
        return False
    doc = span.doc
    prev = doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    return (not span.text[:1].isupper() or any(c.isdigit() for c in span.text)
            or prev in TITLES or span[0].lower_.rstrip(".") in TITLES
            or (len(span) == 1 and span[0].lower_ in titled)
            or bool(INITIALS.fullmatch(span.text)) or bool(TAXON.search(span[-1].lower_))
            or (span.start > 1 and doc[span.start - 2].lower_ == "according"
                and prev == "to"))


def _hyphened(span: Span) -> bool:
    """"Mazar-i-Sharif": words joined by hyphens without spaces, a transliteration the
    gazetteer may spell otherwise ("Mazār-e Sharīf"; its loose key finds it)."""
    return len(span) > 2 and all(not t.whitespace_ for t in span[:-1]) and any(
        t.text == "-" for t in span)


def _longer_name(doc: Doc, span: Span, gz: Gazetteer) -> Span:
    """The longest notable name that starts with the entity and runs on past it
    ("Guinea" + "-Bissau", "Democratic Republic" + "of the Congo": the recogniser splits
    them), or that one or two capitalised words before it begin ("Goz" + "Beida"), else the
    entity itself."""
    for end in range(min(len(doc), span.start + MAX_INNER), span.end, -1):
        longer = doc[span.start:end]
        if not longer[-1].text[:1].isupper() or not all(
                t.text[:1].isupper() or t.lower_ in JOINERS for t in longer):
            continue
        if _notable(gz, longer.text, WHOLE_MIN_POP) and (
                gz.has_name(longer.text) or _hyphened(longer)):
            return longer
    for start in range(max(0, span.start - 2), span.start):  # "Goz" + "Beida"
        longer = doc[start:span.end]
        if (all(t.text[:1].isupper() and t.is_alpha for t in doc[start:span.start])
                and gz.has_name(longer.text) and _notable(gz, longer.text, WHOLE_MIN_POP)):
            return longer
    return span


def _street(doc: Doc, start: int, end: int) -> str | None:
    """"Church Street": "street" (no place); "Hertford Road", "Rest Acres Road": "named"
    (a street named after a town is no place of the story, though often a road to it)."""
    for i in (end - 1, end, end + 1):
        if start < i < len(doc) and (i < end or all(
                doc[k].text[:1].isupper() for k in range(end, i + 1))):
            word = doc[i].lower_.rstrip(".")
            if word in STREET_WORDS and doc[i].text[:1].isupper() and (
                    word not in {"st", "dr"} or i + 1 >= len(doc)
                    or not doc[i + 1].text[:1].isupper() or doc[i + 1].lower_ in {"and", "in"}):
                return "street" if i < end else "named"
    if end < len(doc) and doc[end].lower_ in ROAD_WORDS and doc[end].text[:1].isupper() and (
            end + 1 >= len(doc) or not (doc[end + 1].text[:1].isupper()
                                        or doc[end + 1].like_num)):
        return "named"
    return None


def _feature_word(doc: Doc, span: Span) -> bool:
    """"Bay" of "Mahim Bay": a feature word after a capitalised name."""
    return (len(span) == 1 and span[0].lower_ in FEATURE_WORDS and span.start > 0
            and doc[span.start - 1].text[:1].isupper() and doc[span.start - 1].is_alpha)


def _names_a_body(doc: Doc, name: Span, sub: Span) -> bool:
    """"the Los Angeles Times", "Voice of America", "the Peanut Corporation of America":
    inside an organisation's name, a place that names a newspaper or a company is no place of
    the story (it still tells which country the story is about)."""
    if sub.end < name.end and doc[sub.end].lower_ in BODY_WORDS:
        return True
    return (sub.start - 2 >= name.start and doc[sub.start - 1].lower_ == "of"
            and doc[sub.start - 2].lower_.rstrip(".") in BODY_WORDS)


def _state_rivals(gz: Gazetteer, text: str) -> bool:
    """True when the name is a state (admin-1) and also a country or a national capital
    (Georgia, Washington): the names a state's university tells apart."""
    places = gz.lookup(text)
    return any(p.kind == "admin1" for p in places) and any(
        p.kind == "country" or p.capital for p in places)


def _cues(doc: Doc, start: int, end: int, gz: Gazetteer | None = None) -> str | None:
    nxt = doc[end].lower_ if end < len(doc) else ""
    prev = [t.lower_ for t in doc[max(0, start - 2):start]]
    if nxt in ADMIN_WORDS and not (end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
        return "admin1"
    if nxt in GOVERNOR_WORDS:  # "New York Gov. Andrew Cuomo": the state, not the city
        return "admin1"
    if start and doc[start - 1].lower_ in COMPASS_ADJECTIVES and doc[start - 1].is_lower:
        return "part"  # "eastern Washington", "eastern Aleppo": a part of the place
    after3 = tuple(t.lower_ for t in doc[end:end + 3])
    before2 = tuple(t.lower_ for t in doc[max(0, start - 2):start])
    if any(after3[:len(body)] == body for body in STATE_BODIES) or (
            before2 in STATE_BODIES_BEFORE and gz is not None
            and _state_rivals(gz, doc[start:end].text)):  # not the University of Manchester
        return "admin1"
    if len(prev) == 2 and prev[1] == "of":
        if prev[0] in ADMIN_WORDS:
            return "admin1"
        if prev[0] in CITY_WORDS:
            return "city"
    after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
    if (nxt == "city" and after != "of") or (  # "the Hunan city of Yueyang": Hunan's city
            prev and prev[-1] in CITY_WORDS and prev[-1] != "capital"):
        return "city"
    return None


def _abbreviation(doc: Doc, end: int, text: str, gz: Gazetteer) -> str | None:
    """"Man." of "Churchill, Man.", which the tokeniser splits from its period: the
    abbreviation (Manitoba) when the gazetteer knows it so, not the word (the town of Man)."""
    if (end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_
            and text + "." in gz.exact_case):
        return text + "."
    return None


def _qualifier(doc: Doc, end: int, gz: Gazetteer) -> tuple[str | None, int]:
    """"Paris, Texas": the capitalised words after a comma, when the gazetteer knows them."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None, end
    glued = GLUED_STATE.match(doc[end + 1].text)
    if glued and gz.has_name(glued[1]):
        return glued[1], end + 2  # "NEW YORK, NY--(Marketwire"
    for n in range(min(MAX_NGRAM, len(doc) - end - 1), 0, -1):
        span = doc[end + 1:end + 1 + n]
        if not span[0].text[:1].isupper() or not any(c.isalpha() for c in span[-1].text):
            continue  # "Mo." of "PARIS, Mo. —", not "Mo. —"
        if compass_only(span.text) and span.end < len(doc) and doc[span.end].text[:1].isupper():
            continue  # "West" of "Huddersfield, West Yorkshire": part of a longer name
        abbreviation = _abbreviation(doc, span.end, span.text, gz)
        if abbreviation:
            return abbreviation, span.end + 1
        if n == 1 and span.text + "." in gz.exact_case:
            return span.text + ".", span.end  # "EDMONTON, Ky (WBKO)": Ky. without its period
        if gz.has_name(span.text):
            return span.text, end + 1 + n
    return None, end


def _notable(gz: Gazetteer, text: str, min_city: int) -> bool:
    """True when the name is a country, admin-1, region or a town of min_city people,
    under its own name (not one of its alternate names: "White House" is not Casablanca)."""
    if text.lower() in NOT_PLACES:
        return False
    return any(p.kind not in TOWN_LIKE or (p.population >= min_city and same_name(p.name, text))
               or names_unit(p, text) for p in gz.lookup(text))


def compass_only(text: str) -> bool:
    """"South", "North West", "Southeast": a direction, not (alone) the admin-1 unit of
    Iceland or Botswana that bears the name (a curated region may: "Middle East")."""
    words = text.replace("-", " ").lower().split()
    return bool(words) and all(w in COMPASS for w in words)


def names_unit(place, text: str) -> bool:
    """"Metcalfe County", "Jefferson Parish", "County Durham", "Co. Kerry": an admin-2 unit
    named with its level word is a place whatever its size (in "the Metcalfe County
    Sheriff's Office" too)."""
    words = text.split()
    return place.kind == "admin2" and len(words) > 1 and (
        words[-1].lower() in UNIT_WORDS or words[0].lower().rstrip(".") in UNIT_WORDS | {"co"})


def _level_named(span: Span, gz: Gazetteer) -> bool:
    """"Rakhine State", "Helmand Province", "County Durham" tagged a person or an
    organisation: a name with its level word, the name an admin-1 or admin-2 unit."""
    if len(span) < 2:
        return False
    first, last = span[0].lower_.rstrip("."), span[-1].lower_
    if last in ADMIN_WORDS and span[-2].text[:1].isupper():
        heads = [span[:-1].text]
    elif first in UNIT_WORDS | {"co"} and span[1].text[:1].isupper():
        heads = [span.text, span[1:].text]  # "County Kerry", or "Co Donegal": Donegal
    else:
        return False
    return any(p.kind in {"admin1", "admin2"} for head in heads for p in gz.lookup(head))


def _locative(doc: Doc, start: int) -> bool:
    """Preceded by "in", "near", "of" … or by "city of", "province of"."""
    prev = doc[start - 1].lower_ if start > 0 else ""
    if prev == "the" and start > 1:  # "outside the White House", not "of the Interior"
        return doc[start - 2].lower_ in PLACE_PREPOSITIONS
    return prev in LOCATIVE_BEFORE


def _after_article(doc: Doc, start: int) -> bool:
    """True when an Arabic article is glued to the word by a hyphen ("Al-Hol", "el-Fasher"):
    the word alone is not the name written."""
    return (start >= 2 and doc[start - 1].text in {"-", "‑"}
            and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_
            and doc[start - 2].lower_ in ARABIC_ARTICLES)


def _named_by_level(doc: Doc, texts: list[str], lowers: list[str]) -> list[tuple]:
    """(start, end, cue) of the names a lower-case settlement or unit word introduces:
    "the village of Cellardyke", "the towns of Haris and Varzaqan" (cue "city"); "the
    Adhamiyah district", "the province of Orientale" (cue "admin1")."""
    out = []
    n = len(doc)

    def name_at(i: int) -> int:
        """The end of a capitalised name starting at i (i when there is none)."""
        end = i
        while end < n and (texts[end][:1].isupper() or (
                end > i and lowers[end] in PARTICLES | {"-"} and end + 1 < n
                and texts[end + 1][:1].isupper())):
            end += 1
        return end

    for i in range(n - 2):
        word = lowers[i]
        cue = SETTLEMENT_WORDS.get(word)
        if cue is None or not texts[i].islower():
            continue
        if lowers[i + 1] in {"of", "called", "named"}:  # "the villages of Nubl and Zahraa",
            # "a town called Lasby"
            j = i + 2
            while j < n:
                end = name_at(j)
                if end == j or end - j > MAX_NGRAM:
                    break
                out.append((j, end, cue))
                if end < n and lowers[end] in {",", "and", "or"}:
                    j = end + 1 + (end + 1 < n and lowers[end + 1] == "and")
                    continue
                break
    for i in range(1, n - 2):  # "Dogu Beyazit, a farming town", "Lujhu is a rural township"
        if not (lowers[i] == "," or (lowers[i] == "is" and doc[i].pos_ == "AUX")):
            continue
        name_end = i  # … "Kirovsk (Russian: Кировск) is a town": the name before the bracket
        if lowers[i] == "is" and lowers[i - 1] == ")":
            opening = next((k for k in range(i - 2, max(0, i - MAX_BRACKET), -1)
                            if lowers[k] == "("), None)
            name_end = opening if opening else i
        if not texts[name_end - 1][:1].isupper() or lowers[i + 1] not in {"a", "an", "the"} or (
                doc[name_end - 1].is_stop):  # "It is a suburb of Detroit": no name
            continue
        for k in range(i + 2, min(n, i + 5)):
            cue = SETTLEMENT_WORDS.get(lowers[k])
            if cue is not None and texts[k].islower() and lowers[k][-1] != "s" and (
                    k + 1 >= n or doc[k + 1].pos_ not in {"NOUN", "PROPN"}):
                start = name_end - 1  # "Smith, a town official" names no town
                while (start > 0 and name_end - start < MAX_NGRAM
                       and texts[start - 1][:1].isupper() and not doc[start - 1].is_sent_start):
                    start -= 1
                out.append((start, name_end, cue + "!"))  # "!": said outright to be a town
                break
            if doc[k].pos_ not in {"ADJ", "NOUN", "ADV"} or lowers[k] == ",":
                break
    for i in range(1, n):  # "the Adhamiyah district", "Mbomo districts", "the Zaatari camp"
        word = lowers[i]
        end = i - (word in CAMP_WORDS and lowers[i - 1] in CAMP_KINDS)  # "… refugee camp"
        if (word in LEVEL_AFTER or word in CAMP_WORDS) and texts[i].islower() and (
                end > 0 and texts[end - 1][:1].isupper()):
            i, cue = end, "city" if word in CAMP_WORDS else "admin1"
            start = i - 1
            while start > 0 and i - start < MAX_NGRAM and not doc[start - 1].is_sent_start:
                if texts[start - 1][:1].isupper():
                    start -= 1
                elif (start > 1 and texts[start - 1] == "-" and not doc[start - 1].whitespace_
                      and not doc[start - 2].whitespace_ and texts[start - 2][:1].isupper()):
                    start -= 2  # "Cuvette-Ouest region"
                else:
                    break
            if not doc[start].is_sent_start or start == 0:
                out.append((start, i, cue))
    return out


def _list_neighbours(doc: Doc, texts: list[str], lowers: list[str], start: int,
                     end: int) -> list[Span]:
    """The capitalised names just before and after a mention across a list word (",",
    "and", "or"), longest first on each side."""
    out = []
    n = len(doc)
    j = end
    if j < n and lowers[j] in LIST_ITEM_WORDS:
        j += 1 + (j + 1 < n and lowers[j] == "," and lowers[j + 1] in {"and", "or"})
        stop = j
        while stop < n and stop - j < MAX_NGRAM and texts[stop][:1].isupper():
            stop += 1
        out.extend(doc[j:e] for e in range(stop, j, -1))
    j = start - 1
    if j > 0 and lowers[j] in LIST_ITEM_WORDS:
        j -= (j > 1 and lowers[j] in {"and", "or"} and lowers[j - 1] == ",")
        first = j
        while (first > 0 and j - first < MAX_NGRAM and texts[first - 1][:1].isupper()
               and not doc[first - 1].is_sent_start):
            first -= 1
        out.extend(doc[b:j] for b in range(first, j))
    return out


def _listable(span: Span, gz: Gazetteer, ent_of: dict, people: set[str],
              lowers: list[str]) -> bool:
    """An item of a list of places that may be one: a known name, no demonym, common word,
    person's name or a piece of a longer entity."""
    if not span.text or not gz.has_name(span.text) or span.text.lower() in NOT_PLACES:
        return False
    doc = span.doc
    if (span.end < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_
            or span.start > 0 and doc[span.start - 1].text == "-"):
        return False  # "Vest" of "Vest-Agder"
    if compass_only(span.text) or _is_demonym(span, gz) or _feature_word(doc, span):
        return False
    if any(lowers[k] in people for k in range(span.start, span.end)):
        return False
    ents = {ent_of.get(k) for k in range(span.start, span.end)}
    for ent in ents - {None}:
        whole = _clean(ent)
        if whole.start < span.start or whole.end > span.end or ent.label_ in NUMERIC_LABELS:
            return False  # "Stoke" of "Stoke Mandeville Hospital"
    return not (len(ents) == 1 and None in ents and span[0].is_sent_start)


def _kin_named(doc: Doc, texts: list[str], lowers: list[str]) -> set[int]:
    """The tokens of one-word names that name people by their place: after a kinship word
    and a comma ("and wife, Nina,"; "his daughters, Malia and Sasha") or before "and" and a
    person's given and family name ("Lynn and Bob Fodge")."""
    out: set[int] = set()
    n = len(doc)
    for i in range(n):
        if not texts[i][:1].isupper():
            continue
        if i >= 2 and lowers[i - 1] == "," and lowers[i - 2] in KIN_WORDS:
            out.add(i)
            if i + 2 < n and lowers[i + 1] == "and" and texts[i + 2][:1].isupper():
                out.add(i + 2)
        elif (i + 3 < n and lowers[i + 1] == "and" and doc[i + 2].ent_type_ == "PERSON"
              and doc[i + 2].ent_iob_ == "B" and doc[i + 3].ent_iob_ == "I"
              and doc[i].ent_type_ != "GPE"):
            out.add(i)
    return out


def _shouted(text: str) -> bool:
    """A word in capitals ("ALEPPO"): the tagger's part of speech for it is no guide (it
    reads many as verbs or nouns)."""
    return len(text) >= 4 and text.isalpha() and text.isupper()


def _resident(doc: Doc, end: int) -> bool:
    """Followed by a word that says the name before it is a place: "Tabriz resident",
    "Esperance residents", "the Innisfail area"."""
    return end < len(doc) and doc[end].lower_ in PLACE_NOUNS


def _datelines(doc: Doc, gz: Gazetteer, texts: list[str] | None = None) -> list[Span]:
    """"BEIRUT — …", "TORRINGTON, Conn. (AP) - …": a line opening with a place name in
    capitals and a dash, comma or bracket names the place the story was filed from.
    ``texts``: the tokens' texts, when the caller has them."""
    out = []
    texts = texts if texts is not None else [t.text for t in doc]
    spaces = doc.to_array(IS_SPACE).tolist()
    for i in range(len(doc)):  # at the start of a line: the tokens' texts and spaces suffice
        if i and "\n" not in texts[i - 1] and not spaces[i - 1]:
            continue
        if spaces[i]:
            continue
        end = i
        while (end < len(doc) and end - i < MAX_NGRAM and doc[end].is_upper
               and doc[end].text.replace(".", "").isalpha()):
            end += 1
        if end == i or end >= len(doc) or sum(len(t) for t in doc[i:end]) < 3:
            continue
        nxt = doc[end] if not doc[end].is_space or end + 1 >= len(doc) else doc[end + 1]
        if nxt.text[:1] not in DATELINE_MARKS:
            continue
        span = doc[i:end]
        if span.text.lower() not in NOT_PLACES and gz.has_name(span.text.title()):
            out.append(span)
    return out


@lru_cache(maxsize=4)
def english_words(nlp: Language) -> frozenset[str]:
    """The English words of a pipeline's lemmatizer index (nouns, verbs, adjectives, adverbs:
    WordNet's lemmas, "human", "soul", "monster"), lower-case; none without a lemmatizer."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return frozenset()
    return frozenset(w for pos in index.keys() for w in index[pos])


@lru_cache(maxsize=1)
def known_people() -> frozenset[str]:
    """The one-word names and the surnames of the leaders and spokespeople of the actors
    stage's people table ("Erdogan", "Blinken"): tagged as a place and unknown to the
    gazetteer, they are that person, not a place it lacks."""
    out = set()
    for _entry, names in read_ours(packaged_lines("people.tsv"), "people.tsv", "eventwire"):
        for name in names:
            words = name.split()
            if words and words[-1][:1].isupper():
                out.add(words[-1].lower())
    return frozenset(out)


@lru_cache(maxsize=1)
def demonyms() -> dict[int, str]:
    """"French" -> FRA (keyed by the word's hash, as the doc's arrays hold it): the demonyms
    and adjectives of eventwire's countries table (shared with the actors stage)."""
    out: dict[int, str] = {}
    for row in country_rows():
        for word in row[2].split("|") if len(row) >= 3 else ():
            if word:
                out.setdefault(hash_string(word), row[0])
    return out


def demonym_countries(doc: Doc) -> Counter[str]:
    """The countries the article's demonyms point to ("a French woman" -> FRA): not places,
    but a cue to the article's focus."""
    table = demonyms()
    found: Counter[str] = Counter()
    for orth in doc.to_array(ORTH).tolist():
        country = table.get(orth)
        if country is not None:
            found[country] += 1
    return found


def find_mentions(doc: Doc, gz: Gazetteer, english: frozenset[str]) -> list[Mention]:
    """Place mentions in document order, without overlaps; ``english``: the English words of
    the pipeline that parsed ``doc`` (:func:`english_words`).

    Sources, in order: place entities (GPE, LOC, FAC); other entities that are wholly a
    known place ("Aleppo" tagged NORP, "Edmonton" tagged PERSON) or hold one ("Texas" in
    "Texas A&M University"); capitalised words the recogniser left out, in a locative
    phrase ("near Azaz") or naming a notable place.
    """
    taken = [False] * len(doc)
    found: list[Mention] = []
    # read once: most tests below are of every token (without the invisible characters
    # pasted text may carry: "\u200bIdlib" is capitalised)
    texts = ([INVISIBLE.sub("", t.text) for t in doc] if INVISIBLE.search(doc.text)
             else [t.text for t in doc])
    lowers = [t.lower_ for t in doc]
    # surnames of the article's people; a "person" that is wholly a known place ("Burkina
    # Faso", "Milton Keynes" mis-tagged) names no one
    people = [p for p in (_clean(e) for e in doc.ents if e.label_ == "PERSON")
              if len(p) > 1 and not gz.lookup(p.text)
              and all(t.is_alpha or t.text.endswith(".") for t in p)]  # not "Trump - Wisconsin"
    # … unless the article also says "in Malakal" ("Village Malakal" tagged PERSON)
    located = {lowers[i] for i in range(1, len(doc))
               if lowers[i - 1] in PLACE_PREPOSITIONS and texts[i][:1].isupper()}
    surnames = {p[-1].lower_ for p in people} - located
    # … and their names alone, even tagged as places ("Georgia Stevens" … "Georgia began
    # skating"), outside a locative phrase and unqualified ("Buffalo, New York" stays)
    personal = surnames | ({p[0].lower_ for p in people} - located)

    # one-word names that are people by their place in the sentence: after a kinship word
    # ("his wife, Nina", "daughters, Malia and Sasha") or before "and" and a person's full
    # name ("Lynn and Bob Fodge")
    kin = _kin_named(doc, texts, lowers)

    # the names after a person's title anywhere in the article ("Mr. Zhvania")
    titled = frozenset(lowers[i] for i in range(1, len(doc))
                       if lowers[i - 1].rstrip(".") in TITLES and texts[i][:1].isupper())

    # "Marburg virus" once in the article: a bare "Marburg" there is the virus too
    diseases = {texts[i - 1].lower() for i in range(1, len(doc))
                if lowers[i] in DISEASE_NAMES_WORDS and texts[i - 1][:1].isupper()}

    # "Franklin Elementary", "Kennedy Middle School": schools named after people; the bare
    # name in the same article (tagged an organisation) is the school too
    schools = {lowers[i] for i in range(len(doc) - 2)
               if texts[i][:1].isupper() and (lowers[i + 1] in SCHOOL_WORDS or (
                   lowers[i + 1] == "middle" and lowers[i + 2] == "school"))}

    def add(span: Span, from_entity: bool, locative: bool | None = None,
            context_only: bool = False) -> None:
        if not span.text or any(taken[span.start:span.end]) or any(
                c.isdigit() for c in span.text):  # "Highway 11", "Interstate 70": roads
            return
        if _after_article(doc, span.start):  # "Hol" of "Al-Hol" is no Norwegian Hol
            return
        if len(span) == 1 and span.start in kin and not (
                span.start and lowers[span.start - 1] in PLACE_PREPOSITIONS):
            return
        if (len(span) == 1 and lowers[span.start] in schools
                and doc[span.start].ent_type_ not in PLACE_LABELS):
            return
        if (span[-1].text == "-" and span.end < len(doc) and not span[-1].whitespace_
                and texts[span.end][:1].isupper() and texts[span.end].isalpha()
                and not compass_only(texts[span.end])
                and not _notable(gz, texts[span.end], WHOLE_MIN_POP)):
            return  # "Ann" of "Ann-Christin Nykvist", "Wal" of "Wal-Mart": half of a hyphened
            # name (not "the Edmonton-Strathcona MLA", "the Syria-Iraq border")
        if (len(span) == 2 and lowers[span.end - 1] == "district"
                and compass_only(texts[span.start])
                and span.end + 1 < len(doc) and lowers[span.end] == "of"
                and texts[span.end + 1][:1].isupper()):
            return  # "the Southern District of New York": a court's district of the place after
        if (len(span) == 1 and span.start and texts[span.start - 1] == "$"
                and not doc[span.start - 1].whitespace_):
            return  # "$US 1.5 billion": a currency
        street = _street(doc, span.start, span.end)
        if street == "street":
            return
        context_only = context_only or street == "named"
        if span[-1].text.endswith("-") and len(span[-1].text) > 1:  # "France-" in "France-based"
            span = doc[span.start:span.end].char_span(0, len(span.text) - 1) or span
        elif span[-1].text == "-" and len(span) > 1:  # "Raleigh-" of "Raleigh-Durham area"
            span = span[:-1]
        if _names_a_disease(doc, span.end, span.text, gz) or (
                span.text.lower() in diseases and not (
                    span.start and lowers[span.start - 1] in PLACE_PREPOSITIONS | {"to"})):
            return
        for i in range(span.start, span.end):
            taken[i] = True
        text = _abbreviation(doc, span.end, span.text, gz) or span.text
        found.append(Mention(span.start_char, span.start_char + len(text), text,
                             _cues(doc, span.start, span.end, gz), None, from_entity,
                             span.start, span.end,
                             _locative(doc, span.start) if locative is None else locative,
                             context_only=context_only))

    def inner(span: Span, min_city: int) -> None:
        """Known places inside a longer name, longest first."""
        i = span.start
        while i < span.end:
            for n in range(min(MAX_INNER, span.end - i), 0, -1):
                sub = doc[i:i + n]
                if (sub[0].text[:1].isupper() and not (sub[-1].is_punct and sub[-1].text != "-")
                        and not (len(sub) > 1 and ROMAN.fullmatch(sub[-1].text))  # "War II"
                        and not (i > span.start and lowers[i - 1] in ROYAL)  # "Queen Elizabeth"
                        and not (n == 1 and texts[i].istitle() and texts[i].isalpha()
                                 and lowers[i] in english and not any(
                                     key(p.name) == key(sub.text) for p in gz.lookup(sub.text)))
                        and not _is_demonym(sub, gz)
                        and sub[-1].lower_ not in surnames and not _feature_word(doc, sub)
                        and _notable(gz, sub.text,
                                     WHOLE_MIN_POP if _locative(doc, i) and not (
                                         n == 1 and i + 1 < span.end
                                         and lowers[i] in english
                                         and lowers[i + 1] not in COMPANY_NOT)
                                     else min_city)):  # "from Hit Entertainment": no Iraqi Hit
                    add(sub, False, context_only=_names_a_body(doc, span, sub))
                    i += n - 1
                    break
            i += 1

    for span in _datelines(doc, gz, texts):
        before = len(found)
        add(span, False, True)
        if len(found) > before:
            found[-1].dateline = True
    for i in range(len(doc) - 2):  # "Stratford-upon-Avon", "Burton upon Trent", which the
        # recogniser splits or leaves out: a known name joined by "upon", "on", "under" …
        if taken[i] or not texts[i][:1].isupper() or not (
                lowers[i + 1] in JOINED_BY or (texts[i + 1] == "-" and lowers[i + 2] in JOINED_BY)):
            continue
        for end in range(min(len(doc), i + 7), i + 2, -1):
            span = doc[i:end]
            if (texts[end - 1][:1].isupper() and not any(taken[i:end])
                    and all(texts[k][:1].isupper() or lowers[k] in JOINED_BY or texts[k] == "-"
                            for k in range(i, end))
                    and any(p.kind not in TOWN_LIKE or same_name(p.name, span.text)
                            for p in gz.lookup(span.text))):
                add(span, True)
                break
    for i in range(1, len(doc) - 1):  # "Antigua and Barbuda", "Turks and Caicos Islands",
        # which the recogniser splits or tags in part: a country or state named with "and"
        if lowers[i] != "and" or not texts[i - 1][:1].isupper():
            continue
        for a in range(max(0, i - 3), i):
            b = next((b for b in range(min(len(doc), i + 5), i + 1, -1)
                      if all(texts[k][:1].isupper() or lowers[k] in {"and", "the", "of"}
                             for k in range(a, b)) and texts[b - 1][:1].isupper()), None)
            if b is None or not texts[a][:1].isupper() or any(taken[a:b]):
                continue
            span = doc[a:b]
            while len(span) > 2 and not any(
                    p.kind in {"country", "admin1"} and key(p.name) == key(span.text)
                    for p in gz.lookup(span.text)):
                span = span[:-1]
            if len(span) > 2 and lowers[span.end - 1] != "and":
                add(span, True)
                break
    for i in range(2, len(doc)):  # "LOUISVILLE, KY--(Marketwire": a wire's dateline glues the
        # state to its dashes
        glued = GLUED_STATE.match(texts[i])
        if (glued and lowers[i - 1] == "," and texts[i - 2][:1].isupper() and not taken[i]
                and any(p.kind == "admin1" for p in gz.lookup(glued[1]))):
            tok = doc[i]
            taken[i] = True
            found.append(Mention(tok.idx, tok.idx + len(glued[1]), glued[1], None, None, True,
                                 i, i + 1, True))
    for i in range(len(doc) - 1):  # "Alta." split from its period: the province, not Alta
        if texts[i][:1].isupper() and _abbreviation(doc, i + 1, texts[i], gz):
            add(doc[i:i + 1], True)
        elif (i >= 2 and lowers[i - 1] == "," and texts[i - 2][:1].isupper()
              and texts[i][:1].isupper() and texts[i] + "." in gz.exact_case):
            before = len(found)  # "EDMONTON, Ky (WBKO)": the abbreviation, after a town
            add(doc[i:i + 1], True)
            if len(found) > before:
                found[-1].lookup = texts[i] + "."
    for ent in doc.ents:
        span = _clean(ent)
        if not span.text:
            continue
        if (span.end < ent.end and lowers[span.end] in {"'s", "’s"}
                and any(p.kind in TOWN_LIKE and same_name(p.name, doc[span.start:span.end + 1].text)
                        and "s" in key(p.name)[-2:] for p in gz.lookup(
                            doc[span.start:span.end + 1].text))):
            span = doc[span.start:span.end + 1]  # "St. John's", a name, not a possessive
        if ent.label_ in PLACE_LABELS:
            if len(span) > 2 and any(c.isdigit() for c in span.text) and not gz.lookup(
                    span.text):  # "the A1 near Grantham, Lincolnshire": the places on it
                inner(span, INNER_MIN_POP)
                continue
            if _is_demonym(span, gz) or _not_a_name(span, gz, titled) or (
                    # "the dead swan", "cheddar cheese" tagged places: a name is capitalised
                    # (unless the whole sentence is in lower case)
                    span.text.islower() and not span.sent.text.islower()) or (
                    len(span) == 1 and span[0].lower_ in known_people()
                    and not gz.has_name(span.text)) or (
                    span.text.lower() in NOT_PLACES) or (
                    len(span) == 1 and span[0].lower_ in personal
                    and not _locative(doc, span.start) and not _qualifier(doc, span.end, gz)[0]):
                continue
            if "," in span.text:  # "Paris, Texas" as one entity: two places
                comma = span.start + [t.text for t in span].index(",")
                head = doc[span.start:comma]
                if head.text and gz.has_name(head.text):
                    add(head, True)
                    tail = _clean(doc[comma + 1:span.end])
                    if tail.text and "," not in tail.text and (
                            gz.has_name(tail.text) or _level_named(tail, gz)):
                        add(tail, True)
                    continue
            parts = _two_places(span, gz)
            if parts and not gz.lookup(span.text):  # "at Kurrajong and Bilpin" as one
                for part in parts:  # facility: two places
                    add(part, True)
                continue
            # a transliteration of several words may be tagged a facility (Maarat al-Numan
            # after "Idlib’s" with a curly apostrophe): its loose key finds it
            if ent.label_ == "FAC" and not gz.has_name(span.text) and not (
                    len(span) > 1 and gz.lookup(span.text)):
                if len(span) > 1 and (lowers[span.start].rstrip(".") in {"fort", "ft", "camp"}
                                      or lowers[span.end - 1] == "square") and all(
                        t.text[:1].isupper() for t in span):
                    add(span, True)  # "Fort Hood", "Camp Lejeune", "Grosvenor Square": a
                    continue  # place, though the gazetteer lacks it
                inner(span, INNER_MIN_POP)
                continue
            add(_longer_name(doc, span, gz), True)
        elif ent.label_ in NUMERIC_LABELS:
            if (all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span)
                    and span.text.lower() not in NOT_PLACES and gz.has_name(span.text)
                    and _notable(gz, span.text, WHOLE_MIN_POP)):
                add(span, False)
        elif ent.label_ in WHOLE_LABELS:
            if _level_named(span, gz):
                add(span, True)
                continue
            dashes = [t.i for t in span[1:-1] if t.text in DASHES and t.whitespace_
                      and doc[t.i - 1].whitespace_]
            if dashes:  # "Mr Trump - Wisconsin" as one person: a known place after the dash
                for a, b in zip([span.start, *[d + 1 for d in dashes]],
                                [*dashes, span.end], strict=True):
                    part = _clean(doc[a:b])
                    if (part.text and part[0].text[:1].isupper() and gz.has_name(part.text)
                            and not _is_demonym(part, gz) and part[-1].lower_ not in surnames
                            and _notable(gz, part.text, WHOLE_MIN_POP)):
                        add(part, False, True)
                if any(taken[span.start:span.end]):
                    continue
            longer = _longer_name(doc, span, gz)
            if longer.start < span.start:  # "Mission" + "Viejo" (a person, says the tagger)
                add(longer, False, _locative(doc, longer.start))
                continue
            # a transliteration the recogniser calls a person ("Maarat al-Numan", "Tal Afar")
            # matches by its loose key too, in several words (a single word, "State" of
            # "Secretary of State", would meet "Statte")
            comma = next((t.i for t in span if t.text == ","), None)
            if comma is not None:  # "Wainwright, Alta" as one organisation: the town
                head = doc[span.start:comma]
                if (head.text and gz.has_name(head.text) and not _is_demonym(head, gz)
                        and _qualifier(doc, comma, gz)[0]):
                    add(head, False, True)
                    tail = _clean(doc[comma + 1:span.end])
                    if tail.text and "," not in tail.text and gz.has_name(tail.text):
                        add(tail, False, True)  # "Pandi, Bulacan": the province too
                    continue
            # "Ingham or Cairns" as one organisation: two places, when one is notable
            parts = _two_places(span, gz)
            if parts and any(_notable(gz, part.text, WHOLE_MIN_POP) for part in parts):
                for part in parts:
                    add(part, False, True)
                continue
            # … and in one word after "in", "from" … ("from Daqahliya": Dakahlia)
            known = gz.has_name(span.text) or ((len(span) > 1 or (
                span.start and lowers[span.start - 1] in PLACE_PREPOSITIONS | {"from"}))
                and bool(gz.lookup(span.text)))
            if (known and not _is_demonym(span, gz)
                    and span[-1].lower_ not in surnames
                    and (_locative(doc, span.start) or _resident(doc, span.end)
                         or _notable(gz, span.text, WHOLE_MIN_POP))):
                add(span, False, _locative(doc, span.start) or _resident(doc, span.end))
            elif ent.label_ in INNER_LABELS and len(span) > 1:
                inner(span, INNER_MIN_POP)
            elif len(span) > 1:
                # "Sri Lanka - approximately" as a person: a country or state the entity
                # starts with, before a word that cannot go on a name
                for n in range(min(MAX_NGRAM, len(span) - 1), 0, -1):
                    head, nxt = doc[span.start:span.start + n], doc[span.start + n]
                    word = nxt.text.replace("'", "").replace("’", "")  # "Georgia O'Keeffe"
                    if (not (word.isalpha() and nxt.text[:1].isupper()) and head[-1].is_alpha
                            and not _is_demonym(head, gz)
                            and any(p.kind in {"country", "admin1"}
                                    and loose_key(p.name) == loose_key(head.text)
                                    for p in gz.lookup(head.text))):
                        add(head, False, True)
                        break

    # names a settlement or unit word introduces ("the villages of Nubl and Zahraa", "the
    # Wedza district"), known or not, whatever the recogniser tagged them
    for start, end, cue in _named_by_level(doc, texts, lowers):
        span = doc[start:end]
        said = cue.endswith("!")  # "Dogu Beyazit, a farming town": whatever the tagger says
        cue = cue.rstrip("!")
        if (span.text.lower() in NOT_PLACES
                or compass_only(span.text) or bool(STRONG_DEMONYM.search(lowers[end - 1]))
                or doc[end - 1].orth in demonyms() or (not said and (
                    _is_demonym(span, gz) or lowers[end - 1] in surnames
                    or (doc[end - 1].ent_type_ == "NORP" and not gz.has_name(span.text))))):
            continue  # "the Kurdish region", "the South African province"
        if any(taken[start:end]):  # "the community of O'Brien" found already (tagged an
            # organisation): a town of any size
            for m in found if not said else ():
                if m.token_start == start and m.token_end == end and not m.context_only:
                    m.introduced = m.from_entity = m.locative = True
                    m.cue = m.cue or cue
            continue
        before = len(found)
        add(span, True, True)
        if len(found) > before:
            found[-1].introduced = True
            found[-1].cue = found[-1].cue or cue

    # capitalised words the entity recogniser left out
    blocked = [False] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            blocked[i] = True
    i = 0
    while i < len(doc):
        if (taken[i] or blocked[i] or not texts[i][:1].isupper()
                or (doc[i].pos_ != "PROPN" and not (  # "Tabriz resident", tagged a noun
                    doc[i].pos_ == "NOUN" and not doc[i].is_sent_start
                    and _resident(doc, i + 1)) and not _shouted(texts[i]))):
            i += 1
            continue
        for n in range(MAX_NGRAM, 0, -1):
            span = doc[i:i + n]
            if span.end > len(doc) or any(taken[span.start:span.end]) or any(
                    blocked[span.start:span.end]):
                continue
            if not all(texts[k][:1].isupper() or lowers[k] in PARTICLES
                       for k in range(span.start, span.end)) or (
                    n == 1 and lowers[i] in NOT_PLACES):  # "South", but "South Sudan"
                continue
            if (gz.has_name(span.text) and not _is_demonym(span, gz)
                    and span[-1].lower_ not in surnames and not _feature_word(doc, span)
                    and (_locative(doc, span.start) or _resident(doc, span.end)
                         or _notable(gz, span.text, FREE_MIN_POP))):
                longer = _longer_name(doc, span, gz)  # "Mazar" + "-i-Sharif"
                if longer.start == span.start and not any(blocked[longer.start:longer.end]):
                    span, n = longer, len(longer)
                add(span, False, _locative(doc, span.start) or _resident(doc, span.end))
                i += n - 1
                break
        i += 1

    # "U.S.-led", one token: the place before the hyphen
    for i, text in enumerate(texts):
        head, dash, tail = text.rpartition("-")
        if (dash and not taken[i] and head[:1].isupper() and tail.isalpha()
                and tail.islower() and _notable(gz, head, FREE_MIN_POP)):
            tok = doc[i]
            taken[tok.i] = True
            found.append(Mention(tok.idx, tok.idx + len(head), head, None, None, False,
                                 tok.i, tok.i + 1))

    # the other items of a list of places are places too ("in Moonbi, Parkes, Berry and
    # Wyong", "from Hornsey and Walthamstow"), when the gazetteer knows them and they name
    # no one of the article
    ent_of = {}
    for ent in doc.ents:
        for k in range(ent.start, ent.end):
            ent_of[k] = ent
    # (from a name tagged a place or said as one: "Lucerne" in a list of brands is no seed)
    # or a name the gazetteer does not know: "Mountain Dairy" in a list of brands is neither
    seeds = [m for m in found if (m.from_entity or m.locative) and not m.context_only
             and gz.lookup(m.text)]
    while seeds:
        grown = []
        for m in seeds:
            for span in _list_neighbours(doc, texts, lowers, m.token_start, m.token_end):
                if any(taken[span.start:span.end]) or not _listable(
                        span, gz, ent_of, personal | surnames, lowers):
                    continue
                before = len(found)
                add(span, False, True)
                grown.extend(found[before:])
        seeds = grown

    # a name the article places (tagged a place, a dateline, after "in") is that place again
    # where the recogniser missed it ("INNISFAIL -" … "the Innisfail skater"; "the New
    # Milford Police Department"), though not in a person's name
    placed: dict[str, set[tuple[str, ...]]] = {}
    for m in found:
        if ((m.locative or m.dateline) and not m.context_only
                and m.token_end > m.token_start and gz.lookup(m.text)):
            words = tuple(lowers[m.token_start:m.token_end])
            placed.setdefault(words[0], set()).add(words)
    for i in range(len(doc)) if placed else ():
        if taken[i] or lowers[i] not in placed or not texts[i][:1].isupper():
            continue
        for words in sorted(placed[lowers[i]], key=len, reverse=True):
            end = i + len(words)
            if (tuple(lowers[i:end]) != words or any(taken[i:end])
                    or not all(t[:1].isupper() for t in texts[i:end] if t.isalpha())
                    or any(doc[k].ent_type_ == "PERSON" for k in range(i, end))
                    or any(lowers[k] in personal | surnames for k in range(i, end))
                    or texts[end - 1].endswith("-")
                    or (end < len(doc) and texts[end] == "-" and not doc[end - 1].whitespace_)):
                continue  # "Wal" of "Wal-Mart"
            add(doc[i:end], False, context_only=end < len(doc) and lowers[end] in BODY_WORDS)
            break

    # "Yemen's Hodeidah", "Syria's Maarat al-Numan": a name after a country's possessive is a
    # place of that country when the gazetteer has one there, under any spelling
    for unit in list(found):
        k = unit.token_end
        if (k + 1 >= len(doc) or lowers[k] not in {"'s", "’s"} or unit.context_only
                or taken[k + 1] or not texts[k + 1][:1].isupper()):
            continue
        countries = {p.country for p in gz.lookup(unit.text) if p.kind == "country"}
        if not countries:
            continue
        for end in range(min(len(doc), k + 1 + MAX_NGRAM), k + 1, -1):
            span = doc[k + 1:end]
            if (any(taken[k + 1:end]) or not all(
                    texts[j][:1].isupper() or lowers[j] in PARTICLES | {"-"}
                    for j in range(k + 1, end)) or not texts[end - 1][:1].isupper()):
                continue
            if (end < len(doc) and texts[end][:1].isupper()) or any(
                    doc[j].ent_type_ == "PERSON" or lowers[j] in personal | surnames
                    for j in range(k + 1, end)):
                break  # "Russia's Vladimir Putin": a person, not the town of Vladimir
            if any(p.country in countries and p.kind != "country"
                   for p in gz.lookup(span.text)) and not _is_demonym(span, gz):
                add(span, True, True)
                break

    # a name the text places in a state or country where the gazetteer has a town of that
    # name is that town, whatever the recogniser tagged it ("Walter of Ada, Oklahoma" as a
    # person; "Kogelo in Nyanza province")
    for unit in list(found):
        k = unit.token_start - 1
        if k < 1 or unit.context_only or not (lowers[k] == "," or (
                lowers[k] == "in" and texts[k - 1][:1].isupper())):
            continue
        units = [p for p in gz.lookup(unit.lookup or unit.text)
                 if p.kind in {"admin1", "country", "region"}]
        for n in range(min(MAX_NGRAM - 1, k), 0, -1):
            span = doc[k - n:k]
            if (any(taken[span.start:span.end]) or not texts[span.start][:1].isupper()
                    or any(t.is_stop or not t.is_alpha for t in span)):
                continue
            if lowers[k] == "in" and (  # "Tom Madison in Wisconsin": a person
                    any(doc[j].ent_type_ == "PERSON" for j in range(span.start, span.end))
                    or any(lowers[j] in personal | surnames
                           for j in range(span.start, span.end))):
                break
            if (span.start > 0 and texts[span.start - 1][:1].isupper()
                    and doc[span.start - 1].is_alpha and not doc[span.start].is_sent_start):
                break  # "Binh Phuoc, Vietnam": a longer name the gazetteer lacks
            places = gz.lookup(span.text)
            if units and any(p.kind == "city" and loose_key(p.name) == loose_key(span.text)
                             and (p.country, p.admin1) in {(u.country, u.admin1 if u.kind ==
                                                            "admin1" else p.admin1)
                                                           for u in units}
                             for p in places):
                add(span, False, True)
            if places:
                break  # "Binh Phuoc, Vietnam": a province, not the town "Phuoc"

    found.sort(key=lambda m: m.start)
    # the sentences that read as local news: a town there is more likely the story's own
    sentence = 0
    sentences, local = [], set()
    for i, start in enumerate(doc.to_array(SENT_START).tolist()):
        sentence += start == 1 and i > 0
        sentences.append(sentence)
        if lowers[i] in LOCAL_WORDS:
            local.add(sentence)
    for m in found:
        m.local = sentences[m.token_start] in local
        m.feature = m.from_entity and doc[m.token_start].ent_type_ == "LOC"
        end = m.token_end
        if end < len(doc) and lowers[end] in {"co.", "co"} and texts[end][:1] == "C" and (
                lowers[end] == "co." or end + 1 < len(doc) and texts[end + 1] == "."):
            # "PLYMOUTH CO. -", "Plymouth Co., Iowa": the county, as AP writes it
            m.unit, m.cue = "County", "admin1"
            end += 1 if lowers[end] == "co." else 2
        m.qualifier, _ = _qualifier(doc, end, gz)
    for before, m in zip(found, found[1:], strict=False):
        gap = lowers[before.token_end:m.token_start]
        m.listed = 0 < len(gap) <= 2 and all(w in LIST_WORDS for w in gap)
        if (gap in IN_WORDS or _says_in(gap)) and not m.context_only:
            before.container = m.text  # "Fulton County located in Illinois"
        elif (len(gap) == 2 and gap[0] in PART_WORDS and gap[1] == "of" and not m.context_only
              and before.token_start > 0 and lowers[before.token_start - 1] == "the"):
            before.container, before.part_of = m.text, True
    # "Kirovsk (Russian: Кировск) is a town in Murmansk Oblast": the same saying after the
    # name's bracket
    for i, before in enumerate(found):
        close = _bracket_end(lowers, before.token_end)
        if close is None or before.container:
            continue
        after = next((m for m in found[i + 1:] if m.token_start > close), None)
        if after is not None and not after.context_only and (
                _says_in(lowers[close + 1:after.token_start])):
            before.container = after.text
    _plural_units(found, lowers)
    return found


def _bracket_end(lowers: list[str], i: int) -> int | None:
    """The index of the ")" closing a bracket that opens at token i (within a few words)."""
    if i >= len(lowers) or lowers[i] != "(":
        return None
    return next((k for k in range(i + 1, min(len(lowers), i + MAX_BRACKET))
                 if lowers[k] == ")"), None)


def _says_in(gap: list[str]) -> bool:
    """"X is a city in Y", "X, a small town in Y", "X is the county seat of Y": words
    between two names that say the first lies in the second."""
    gap = [w for w in gap if w not in {"(", ")"}]  # "a census-designated place (CDP) in"
    if gap and gap[-1] == "the":  # "a town and municipality in the Norte de Santander …"
        gap = gap[:-1]
    if not 3 <= len(gap) <= MAX_SAID_IN or gap[-1] not in {"in", "of"}:
        return False
    words = gap[1:] if gap[0] == "," else gap
    if len(words) < 3 or words[0] not in {"is", "was", "a", "an", "the"}:
        return False
    if words[0] in {"is", "was"}:
        words = words[1:]
    return (words[0] in {"a", "an", "the"} and any(w in SAID_IN_WORDS for w in words[1:-1])
            and all(w.isalpha() or w in {",", "-"} for w in words if w not in {"(", ")"}))


def _plural_units(found: list[Mention], lowers: list[str]) -> None:
    """"Lancaster, York and Dauphin counties", "Idlib and Hama provinces": the level word
    after a list names the level of every item; a plural street word makes them streets; a
    place the last item is said to lie in holds them all."""
    run: list[Mention] = []
    for m in found:
        run = [*run, m] if m.listed and run else [m]
        word = lowers[m.token_end] if m.token_end < len(lowers) else ""
        if word in PLURAL_UNITS:
            for item in run:
                item.unit = PLURAL_UNITS[word]
                item.cue = "admin1"
        elif word in PLURAL_STREETS:  # "Jefferson and Madison streets": no towns
            for item in run:
                item.context_only = True
        if m.container:  # "Kensington and Chelsea in London": both in London
            for item in run:
                item.container = item.container or m.container
