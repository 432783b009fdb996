"""Find every actor mention in a parsed article and resolve it to a CAMEO actor code.

The steps, in order:

1. dictionary matches over the lowercased tokens (longest name first);
2. noun phrases: matches that modify the same head noun make one mention covering the whole
   phrase ("the Kurdish YPG militia", "President Vladimir Putin's spokesman Dmitry Peskov");
   its code combines a country with the head's sector ("Turkish troops" → TURMIL);
3. place-like names (countries, capitals, cities) are dropped where they are plainly places
   ("in Moscow"); capitals and seats of power are their government where they act (metonymy);
4. sector nouns with no country take the story's focus country (see :mod:`.focus`), definite
   ones ("the militia") and pronouns the nearest compatible earlier actor (see :mod:`.coref`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..datelines import doc_datelines
from ..nlp import text_of
from ..records import ActorMention
from . import codes as cameo
from .dictionary import PROPER_KINDS, Dictionary, Entry, Role

# Dependencies of a modifier that belongs to the noun phrase of its head.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nn", "npadvmod", "appos"})
PRE_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "predet", "quantmod",
                      "punct", "case", "nn"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "agent", "dative", "poss",
                           "csubj", "oprd"})
ACTOR_PREPS = frozenset({"by", "from", "with", "to", "against", "on", "between", "toward",
                         "towards", "for", "among", "upon"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout",
                            "around", "within", "into", "through", "along", "beyond", "via",
                            "onto", "off", "over", "under", "above", "below"})
MOTION_VERBS = frozenset({"travel", "fly", "return", "arrive", "go", "come", "move", "flee",
                          "head", "drive", "sail", "march", "retreat", "relocate", "depart",
                          "leave", "visit", "trip", "journey", "flight", "deport", "send",
                          "extradite", "evacuate", "escape", "land", "transfer"})
# Verbs whose object is a place even when it names a capital: "took Kabul", "shelled Aleppo".
PLACE_VERBS = frozenset({"take", "seize", "capture", "enter", "bomb", "shell", "besiege",
                         "recapture", "retake", "storm", "control", "hold", "reach", "leave",
                         "visit", "surround", "encircle", "liberate", "occupy", "bombard",
                         "strike", "hit", "target", "overrun", "evacuate", "flee", "tour"})
PLACE_NOUNS = frozenset({"border", "borders", "city", "town", "village", "capital", "province",
                         "region", "territory", "territories", "soil", "side", "coast",
                         "waters", "airspace", "frontier", "area", "areas", "countryside",
                         "district", "state", "embassy", "consulate", "port", "island",
                         "mainland", "north", "south", "east", "west", "northeast", "northwest",
                         "southeast", "southwest", "street", "streets", "time", "flag",
                         # a country's church is a building or a faith's body, not the state
                         # ("the Ghanaian church"); Phoenix codes neither
                         "church", "churches"})


# Nouns of acts and statements: a sector noun compounded with one is who did it ("a Supreme
# Court decision", "an army offensive", "a police crackdown").
ACT_NOUNS = frozenset({
    "decision", "ruling", "verdict", "order", "statement", "proposal", "plan", "report",
    "investigation", "probe", "inquiry", "offensive", "operation", "attack", "raid",
    "crackdown", "campaign", "airstrike", "bombardment", "shelling", "blockade", "ban",
    "policy", "demand", "request", "appeal", "offer", "threat", "warning", "criticism",
    "accusation", "announcement", "resolution", "move", "action", "intervention", "assault",
    "incursion", "deployment", "withdrawal", "pullout", "delegation", "visit", "ambush",
    "massacre", "killing", "shooting", "kidnapping", "abduction", "siege",
    # the means of an attack are the attacker's: "an army bomb", "police gunfire"
    "bomb", "bombs", "shell", "shells", "missile", "missiles", "rocket", "rockets", "bullet",
    "bullets", "mortar", "mortars", "grenade", "grenades", "gunfire", "fire", "bombing",
    "bombings",
    # how a body acts or answers: "the police response", "the army's conduct", "a government
    # refusal" are that body's
    "response", "reaction", "handling", "conduct", "behaviour", "behavior", "tactics",
    "approach", "stance", "actions", "treatment", "refusal", "failure", "strategy",
    "measure", "measures", "effort", "efforts", "initiative", "bill"})
    # not "strike": a "General Strike" is no general's

# Nouns a sector noun or a named organisation modifies that name its members, a post in it or
# a body of it ("an army training team", "a police unit", "Parliament Speaker X"): the phrase
# is that actor. Plurals are listed; a lemma is compared.
MEMBER_NOUNS = frozenset({
    "team", "unit", "squad", "patrol", "contingent", "battalion", "brigade", "regiment",
    "division", "detachment", "platoon", "company", "corps", "column", "chief", "head",
    "speaker", "member", "personnel", "staff", "representative", "source", "crew",
    "committee", "commission", "panel", "mission",
    # a body a sector noun names ("the Federal Police Bureau", "the Kenya Police Service", "the
    # army command"): that sector's own body
    "agency", "service", "department", "bureau", "directorate", "command", "inspectorate"})
# Things an actor holds or owns ("an army camp", "a police station", "a navy ship"): what is
# done to them is done to their holder, as CAMEO codes a target (the owner).
HELD_NOUNS = frozenset({
    "camp", "base", "post", "outpost", "checkpoint", "barracks", "headquarters", "station",
    "garrison", "position", "convoy", "vessel", "ship", "warship", "boat", "aircraft",
    "helicopter", "plane", "drone", "vehicle", "truck", "tank", "compound", "facility",
    "installation", "office", "building", "academy", "stronghold", "hideout", "bus", "minibus",
    "ambulance", "ferry"})

# Titles of a state's office holders that a person's listed name may hold ("President X").
TITLE_WORDS = frozenset({"president", "premier", "prime", "chancellor", "king", "queen",
                         "emir", "sultan", "minister"})

# Sectors of a state's own bodies: an organisation coded with one of them is a state's agency,
# council or service, whose name other states' bodies may bear ("CDC", "National Security
# Council"); a national adjective before the name says whose it is.
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})

PLACE_KIND = "place-use"  # a country, capital or city named as a place ("in Syria")


@dataclass
class Found:
    """A mention under construction: token span, head token and resolution."""

    start: int  # token indices
    end: int
    head: int
    code: str | None
    entry: str
    kind: str  # the kind of the entry that decided the code, or "pronoun"/"coref"
    sector: str | None = None  # the head's sector when the country is still to be found
    definite: bool = False
    label: str | None = None

    def mention(self, doc: Doc) -> ActorMention:
        start = doc[self.start].idx
        last = doc[self.end - 1]
        end = last.idx + len(last.text)
        country, sector = cameo.split(self.code)
        if self.code is None:
            sector = self.sector
        name = cameo.readable(self.code) if self.code else self.label
        if self.code and self.label and self.kind in ("person", "org", "group"):
            name = f"{name} ({self.label})"
        entry = f"place:{self.entry}" if self.kind == PLACE_KIND else self.entry
        # the span's own text, cut from the doc's text joined once (text_of)
        return ActorMention(text=text_of(doc)[start:end], start=start, end=end,
                            code=self.code, country=country, sector=sector, name=name, entry=entry,
                            plover_actor=cameo.plover_actor(self.code))


@dataclass(frozen=True)
class Unit:
    """A dictionary match: tokens [start, end) and its entry."""

    start: int
    end: int
    entry: Entry


def find_units(doc: Doc, dictionary: Dictionary) -> list[Unit]:
    words = [t.lower_ for t in doc]
    units: list[Unit] = []
    i = 0
    while i < len(words):
        # the longest acceptable name: "embassy" where "embassy in" ends on no noun
        hit = next(((n, entry) for n, entry in dictionary.matches(words, i)
                    if _acceptable(doc, i, i + n, entry)), None)
        if hit is None:
            i += 1
            continue
        units.append(Unit(i, i + hit[0], hit[1]))
        i += hit[0]
    if dictionary.named:
        stated = {cameo.split(u.entry.code_at(None))[0] for u in units
                  if u.entry.kind in ("country", "adjective", "capital", "place")}
        units = [_as_written(doc, u, dictionary, stated) for u in units]
    return place_namesakes(doc, units)


# Words a name written in capitals leaves small ("Department of Defense").
NAME_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "&"})
# Words of a post, not a body: "Secretary of State" is a title many states' officers bear
# before their names ("Secretary of State X" keeps the role the title gives, see ``compose``).
POST_WORDS = frozenset({"secretary", "minister", "chief", "general", "director",
                        "commissioner", "adviser", "advisor", "officer", "spokesman"})


def _as_written(doc: Doc, unit: Unit, dictionary: Dictionary, stated: set[str | None]) -> Unit:
    """A sector noun of several words that also names one state's body, written as a name
    ("a retired National Security Council aide", "the Environmental Protection Agency"),
    in a story that names that state: that body, not the story's country's. Written small
    ("the country's national security council"), in a story that never names that state, or
    after another state's adjective or possessive (see ``compose``), any state's."""
    entry = unit.entry
    named = dictionary.named.get(tuple(t.lower_ for t in doc[unit.start:unit.end]))
    if named is None or entry.kind != "agent" or unit.end - unit.start < 2 or \
            any(t.lower_ in POST_WORDS for t in doc[unit.start:unit.end]):
        return unit
    words = [t for t in doc[unit.start:unit.end] if t.lower_ not in NAME_FUNCTION_WORDS]
    country = cameo.split(named.code_at(None))[0]
    if words and all(t.text[:1].isupper() for t in words) and country in stated:
        return Unit(unit.start, unit.end, named)
    return unit


def _acceptable(doc: Doc, start: int, end: int, entry: Entry) -> bool:
    first, last = doc[start], doc[end - 1]
    if entry.kind in PROPER_KINDS or entry.kind in ("ethnic", "none"):
        # a name is written with a capital ("al-Qaeda": one capital word is enough)
        if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in doc[start:end]):
            return False
        if entry.kind in ("country", "place", "capital", "org", "group") and \
                first.ent_type_ == "PERSON":
            ent = next((e for e in doc.ents if e.start <= start < e.end), None)
            if ent is not None and entry.kind in ("org", "group"):
                if ent.start == start and ent.end > end:
                    return False  # an organisation's short name as a first name ("Amit X")
            elif ent is not None and (ent.start < start or ent.end > end):
                return False  # "Jordan Peterson", "Chad Smith"
        if entry.kind in ("org", "group") and all(
                t.ent_type_ in ("DATE", "TIME") for t in doc[start:end]):
            return False  # a date, not the group once named after one ("May 15")
        return True
    # sector nouns and "who" nouns: the match must end in a noun
    if _hyphened_surname(doc, start, end):
        return False  # "Amara Ngo-Mensah": a word of a person's double surname, no NGO
    if end - start == 1 and first.lower_ in INFORMATION_WORDS and _information(first):
        return False
    if end - start == 1 and first.lower_ in COMMON_ONLY_WORDS and not first.text.islower():
        return False  # "Union" written as a name's word ("the Pacific Union", "Union Minister")
    if end - start == 1 and first.tag_ == "NNP" and first.ent_type_ == "PERSON" and \
            first.ent_iob_ == "B" and (end == len(doc) or doc[end].ent_iob_ != "I"):
        return False  # "Hacker was arrested", "Mr Banker": a surname alone, no sector
    if end - start == 1 and first.tag_ == "NNP" and first.ent_type_ == "PERSON" and \
            first.ent_iob_ == "I" and (end == len(doc) or doc[end].ent_iob_ != "I"):
        return False  # "Kofi Sheriff", "Ama Banker": a surname ending a person's name
    if last.lower_ in COUNTING_WORDS and end < len(doc) and doc[end].lower_ == "of":
        return False  # "a couple of villagers": the villagers, counted
    if last.lower_ in VIOLENCE_WORDS and last.tag_ == "NN" and not any(
            c.dep_ in ("det", "poss", "nummod") for c in last.children):
        return False  # "threatened military force", "used lethal force": violence, no body
    # the tagger may take a plural noun for a verb ("advocates", "protests") where the parser
    # still gives it a noun's place: the subject or object of a verb, or a preposition's object
    return last.pos_ in ("NOUN", "PROPN") or (last.tag_ in ("NN", "NNS")) or (
        last.tag_ == "VBZ" and last.dep_ in NOUN_PLACES) or (
        # "a rebel attack", "jihadist raids": the tagger takes an armed group's word before
        # an act for an adjective; it is who did the act, as "an army offensive" is (a
        # "military offensive" or "criminal investigation" only says what kind of act)
        last.tag_ == "JJ" and last.dep_ in ("amod", "compound") and last.head.i == end and (
            entry.code_at(None) == "REB" and last.head.lemma_.lower() in ACT_NOUNS or
            # "a military convoy", "a military helicopter": the forces' own, as "an army
            # convoy" is
            last.head.lemma_.lower() in HELD_NOUNS | MEMBER_NOUNS))


NOUN_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _hyphened_surname(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word joined by a hyphen, with no space, to another capitalised word, in
    a person's name or right after one ("Amara Ngo-Mensah", "Kofi Doctor-Banda"): a part of a
    double surname, not a sector noun."""
    if end - start != 1 or end + 1 >= len(doc):
        return False
    word, hyphen, after = doc[start], doc[end], doc[end + 1]
    if hyphen.text != "-" or word.whitespace_ or hyphen.whitespace_ or \
            not word.text[:1].isupper() or not after.text[:1].isupper():
        return False
    return word.ent_type_ == "PERSON" or start > 0 and doc[start - 1].ent_type_ == "PERSON"


# Sector nouns that are also what is known ("shared intelligence with X"): bare, as an object,
# they name the information, not the agency ("US intelligence", "the intelligence services").
INFORMATION_WORDS = frozenset({"intelligence"})
# Sector nouns that are a sector only as common nouns: capitalised, they are a word of a name
# no table knows ("the Pacific Union of X", "Union Minister"), not a labour union.
COMMON_ONLY_WORDS = frozenset({"union", "unions",
                               # "Volta Bank", "the Bank of X": a name's word, not "a bank"
                               "bank", "banks"})
# "Who" nouns that also count ("a couple of soldiers"): before 'of', no actor of their own.
COUNTING_WORDS = frozenset({"couple", "crowd", "crowds"})  # "a crowd of demonstrators"
# Sector nouns that, singular and bare, name what is used, not who uses it: "military force",
# "excessive force" (a force, the force, the country's force, 500 forces are bodies).
VIOLENCE_WORDS = frozenset({"force"})


def _information(token: Token) -> bool:
    """A bare object noun: no determiner, possessor, compound or national modifier."""
    if token.dep_ not in ("dobj", "pobj", "conj", "nsubjpass", "attr"):
        return False
    return not any(c.dep_ in ("det", "poss", "compound") or c.ent_type_ in ("NORP", "GPE", "ORG")
                   for c in token.children)


def argument_role(token: Token) -> bool:
    """Is this noun an argument of a verb (subject, object, by/from/with/to/against… phrase)?"""
    t = token
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "dobj" and t.head.lemma_.lower() in PLACE_VERBS:
        return False
    if t.dep_ in ARGUMENT_DEPS:
        return True
    if t.dep_ == "pobj":
        prep = t.head.lower_
        if prep in ACTOR_PREPS:
            governor = t.head.head
            return not (prep in ("from", "to") and governor.lemma_.lower() in MOTION_VERBS)
    return False


# The ref suffix scripts/convert_phoenix_actors.py gives a Phoenix place block's towns, cities,
# provinces and states (the names the gazetteer lists within the block's country).
SUBNATIONAL = "/subnational"
# Prepositions whose object is where something goes, comes from or is meant for ("a tour to
# X", "a gift from X", "aid for X", "a move towards X"): a town or province there is a place,
# not its country's actor (an object, "on", "against", "by", "with" or "between" phrase keeps
# it: "attacked X", "sanctions on X", "talks between X and Y").
PLACE_PREPS = frozenset({"to", "from", "for", "toward", "towards"})


def _acting_place(token: Token) -> bool:
    """Does a town, city, state or province in an argument role stand for its government or
    for what an act is done to? Not in a "to", "from", "for" phrase or as a possessor ("a tour
    to Kumasi", "a horse from Bulawayo", "Yukon's lab"), nor where it only says where a subject
    is: after another place and a comma ("a clinic in Moshi, Arusha admitted"), or
    before its country's or state's abbreviation ("Mwanza, Tz. - police received a call", a
    dateline)."""
    t = token
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "poss" or t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS:
        return False
    if token.i >= 2 and token.doc[token.i - 1].text == "," and \
            token.doc[token.i - 2].pos_ == "PROPN":
        return False  # "Moshi, Arusha": the region of the town before it
    return not any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == token.i + 2 and
                   token.doc[token.i + 1].text == "," for c in token.children)


def locative(token: Token) -> bool:
    """Is this name plainly a place: after in/at/near…, or naming a border, city, region?"""
    t = token
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS:
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in PLACE_NOUNS:
        return True  # "the city of Aleppo"
    if t.dep_ == "amod" and t.head.lower_ == "state" and t.head.dep_ in ARGUMENT_DEPS:
        return False  # "the Cuban state must release ...": the state acts, as Cuba does
    if t.dep_ in ("compound", "amod", "nmod", "poss") and t.head.lower_ in PLACE_NOUNS:
        return True  # "the Turkish border", "Syria's north"
    if t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.lemma_.lower() in MOTION_VERBS:
        return True
    return False


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the doc's datelines ("NAIROBI, Kenya --"): where the story was filed, no
    part of the phrase the parser may hang on it ("NAIROBI, Kenya -- The police said")."""
    found: set[int] = set()
    for start, end in doc_datelines(doc):
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            found.update(range(span.start, span.end))
    return frozenset(found)


def listed_apposition(token: Token) -> bool:
    """"X, second left, and Y": a name the parser set beside another after a caption's position
    words is a second actor listed with "and", not another name of the first."""
    if token.dep_ != "appos" or token.left_edge.i == 0:
        return False
    before = token.doc[token.left_edge.i - 1]
    return before.lower_ in ("and", "or") and before.i > token.head.i


def noun_phrases(doc: Doc, units: list[Unit], dateline: frozenset[int] = frozenset()
                 ) -> dict[int, list[Unit]]:
    """Group matches by the head noun of the phrase they belong to; never across a dateline."""
    unit_at: dict[int, Unit] = {}
    for u in units:
        for i in range(u.start, u.end):
            unit_at[i] = u
    groups: dict[int, list[Unit]] = {}
    holders = _holder_heads(doc, units, unit_at)
    for u in units:
        h = _root(doc, u)
        if _backer(doc, u):  # "the UN-backed government": the UN backs it, is not it
            groups.setdefault(h.i, []).append(u)
            continue
        while True:
            head = h.head
            if head is h or (head.i in dateline) != (h.i in dateline):
                break
            holder = _holder_of(h, holders, unit_at)
            if holder is not None:
                h = holder  # "a Kenyan army training team", "an army camp": the team's, the camp's
                continue
            if h.dep_ == "conj" and head.dep_ in ("amod", "compound", "nmod", "poss") and \
                    head.i in unit_at:
                h = head  # "Hungarian and Romanian officials": Romanian → Hungarian → officials;
                continue  # "Kenya and Uganda's ministers", "French and EU negotiators"
            if h.dep_ not in MODIFIER_DEPS or head.i < h.i and h.dep_ != "appos":
                break
            if h.dep_ != "appos" and joined_apart(h):
                break  # "Rebels and government troops", misparsed as one noun's modifier: two
            if h.dep_ == "appos" and not (head.i in unit_at or head.pos_ == "PROPN") or \
                    listed_apposition(h):
                break
            if head.i in unit_at:
                h = _root(doc, unit_at[head.i])
            elif head.ent_type_ == "PERSON" and h.dep_ in ("compound", "nn", "poss"):
                h = head  # "spokesman Dmitry Peskov": the named person heads the phrase
            else:
                break
        groups.setdefault(h.i, []).append(u)
    return groups


def joined_apart(modifier: Token) -> bool:
    """A plural noun before another that the parser made its modifier, though a conjunction
    joins them ("Rebels and government troops fought"): a coordinator on it, and no conjunct.
    A name or an adjective so joined modifies the head ("UK and EU negotiators", "Hungarian and
    Romanian officials" are negotiators or officials of both)."""
    return modifier.tag_ == "NNS" and modifier.dep_ in ("nmod", "compound", "amod") and \
        any(c.dep_ == "cc" for c in modifier.children) and \
        not any(c.dep_ == "conj" for c in modifier.children)


# Participles that make a name before a hyphen the backer or leader of the phrase's head, not
# part of it: "the UN-backed government", "an Iran-allied militia".
BACKER_WORDS = frozenset({"backed", "allied", "supported", "sponsored", "funded", "armed",
                          "aligned", "affiliated", "linked", "brokered", "installed",
                          "appointed", "trained", "recognised", "recognized"})


# Participles after a hyphen that make the name before them where the head is, not who it
# is: "a UK-based charity" (closed class: the hyphened participle). Not "-born": a
# "Kenya-born" person may well be coded by the land of birth.
PLACE_PARTICIPLES = frozenset({"based", "headquartered"})


def _placed(doc: Doc, unit: Unit) -> bool:
    """A name written before "-based", "-headquartered": where the head is, not who."""
    return unit.end + 1 < len(doc) and doc[unit.end].text == "-" and \
        doc[unit.end + 1].lower_ in PLACE_PARTICIPLES


def _in_unknown_name(head: Token) -> bool:
    """A country's name before a proper name no dictionary knows that is no person or place:
    a word of that name ("the Ghana Music Awards", "Kenya's Safaricom"),
    whose owner or theme the state is, not the state acting; not where the name modifies a
    common noun in its turn ("US Chinook helicopters" are the US forces'). (A known name would
    have joined the phrase: see ``noun_phrases``.)"""
    noun = head.head
    if head.dep_ not in ("compound", "amod", "nmod", "poss") or noun.i < head.i:
        return False
    while noun.dep_ in ("compound", "nn") and noun.head.i > noun.i:
        noun = noun.head  # "the Ghana Poetry Awards": the name's last word
    return noun.pos_ == "PROPN" and noun.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP") and \
        noun.lemma_.lower() not in MEMBER_NOUNS | STATE_BODY_NOUNS and \
        head.head.lower_ not in TITLE_ABBREVIATIONS and not _titles_person(head.head)


def _ends_organisation(doc: Doc, unit: Unit) -> bool:
    """A town's name that ends an organisation's name the recogniser found ("Radio Tamale", a
    broadcaster's station): the entity starts before the town's name."""
    first = doc[unit.start]
    return first.ent_type_ == "ORG" and first.ent_iob_ == "I" and all(
        t.ent_type_ == "ORG" for t in doc[unit.start:unit.end])


# Abbreviated titles the tagger takes for names: "the Japan PM's office" is a state's.
TITLE_ABBREVIATIONS = frozenset({"pm", "mp", "mps", "fm"})


# Modifiers that say an official no longer holds the office ("a former minister", "the
# ex-president", "the late president"): Phoenix.agents.txt codes FORMER_PRESIDENT and
# FORMER_PRIME_MINISTER, and RETIRED, as elites (ELI), not the government.
FORMER_WORDS = frozenset({"former", "ex", "late", "erstwhile", "onetime", "one-time",
                          "retired"})
# Sectors of offices one holds for a time, whose former holders are elites (ELI): a
# government's, a legislature's or a court's officials, any number of them ("former
# officials"), and one officer of the forces, the police or the intelligence services ("a
# retired general"; "former soldiers", "ex-rebels" are a body of people, not elites).
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD"})
OFFICER_SECTORS = frozenset({"MIL", "COP", "SPY"})
# The end of the entry of a former official's mention with no country ("the former
# president"), which coreference gives the story's country as it gives an official's.
FORMER_MARK = "+former"


def former_holder(doc: Doc, unit: Unit, head: Token, start: int) -> bool:
    """A sector noun of an office (``unit``) whose holder the phrase says no longer holds it:
    a FORMER_WORDS modifier of the office or of the phrase's head before it ("a former
    Kenyan minister", "former President X"), or "ex-" joined to it ("the ex-minister")."""
    code = unit.entry.code_at(None)
    sector = code[:3] if code else None
    if sector not in OFFICE_SECTORS | OFFICER_SECTORS or sector in OFFICER_SECTORS and \
            doc[unit.end - 1].tag_ in ("NNS", "NNPS"):
        return False
    if unit.start >= 2 and doc[unit.start - 1].text == "-" and \
            doc[unit.start - 2].lower_ == "ex":
        return True
    office = set(range(unit.start, unit.end)) | {head.i}
    return any(t.lower_ in FORMER_WORDS and (t.head.i in office or t.head.dep_ == "compound"
                                             and t.head.head.i in office)
               for t in doc[start:unit.start])


def _titles_person(token: Token) -> bool:
    """A word of a title before a person's name ("U.S. Representative Jane Doe")."""
    while token.dep_ in ("compound", "nn") and token.head.i > token.i:
        token = token.head
        if token.ent_type_ == "PERSON":
            return True
    return False


# Nouns that end the name of a state's body ("Britain's Health Protection Agency", "the
# Philippine Department of Agriculture", a country's sovereign fund): with a country before
# them, that state's (as MEMBER_NOUNS, which holds "agency", "department", "service").
STATE_BODY_NOUNS = frozenset({"authority", "ministry", "office", "council", "institute",
                              "administration", "secretariat", "tribunal", "court", "fund"})


def _describes_firm(head: Token, unit: Unit) -> bool:
    """A business or media noun before the name of an organisation no dictionary knows: what
    the named body is ("Ghanaian oil giant Voltaco", "the Kenyan broadcaster KTN")."""
    return unit.entry.kind == "agent" and unit.entry.code_at(None) in ("BUS", "MED") and \
        head.text.islower() and head.head.ent_type_ == "ORG"  # not "the X Traders Council"


def _backer(doc: Doc, unit: Unit) -> bool:
    """A name written before "-backed", "-allied" ...: it modifies the head as its backer."""
    return unit.end + 1 < len(doc) and doc[unit.end].text == "-" and \
        doc[unit.end + 1].lower_ in BACKER_WORDS


def _holder_heads(doc: Doc, units: list[Unit], unit_at: dict[int, Unit]) -> frozenset[int]:
    """Member and held nouns (MEMBER_NOUNS, HELD_NOUNS) that a sector noun or a named
    organisation modifies, directly or through another modifier ("army training team")."""
    heads = set()
    for u in units:
        if u.entry.kind not in ("agent", "org", "group"):
            continue
        h = _root(doc, u)
        while h.dep_ in ("compound", "amod", "nmod", "nn", "poss") and h.head.i > h.i:
            h = h.head
            if h.i in unit_at:
                break
            if h.pos_ in ("NOUN", "PROPN") and h.lemma_.lower() in MEMBER_NOUNS | HELD_NOUNS:
                heads.add(h.i)
                break
    return frozenset(heads)


def _holder_of(token: Token, holders: frozenset[int], unit_at: dict[int, Unit]) -> Token | None:
    """The member or held noun a modifier leads to through other modifiers before any other
    match ("army" → "training" → "team"), or None."""
    t = token
    while t.dep_ in ("compound", "amod", "nmod", "nn", "poss") and t.head.i > t.i:
        t = t.head
        if t.i in holders:
            return t
        if t.i in unit_at:
            return None
    return None


def _root(doc: Doc, unit: Unit) -> Token:
    start = unit.start
    if unit.end - start > 1 and doc[start].dep_ == "det" and doc[start].head.i >= unit.end:
        start += 1  # "the United States government": the name's "the" belongs to the phrase
    return doc[start : unit.end].root


def phrase_span(doc: Doc, head: Token, units: list[Unit],
                dateline: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Token span of the noun phrase: the head, its pre-modifiers and the matches."""
    start = min([head.i] + [u.start for u in units])
    end = max([head.i + 1] + [u.end for u in units])
    for child in head.lefts:
        if joined_apart(child):
            start = max(start, child.right_edge.i + 1)  # "Rebels and | government troops"
        elif child.dep_ in PRE_DEPS or child.i >= start or child.dep_ in MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    start = max(start, head.sent.start)
    if head.i not in dateline:  # "PARIS (AFP) - Fighters loyal to X": not from "PARIS"
        start = max([start, *(i + 1 for i in dateline if i < head.i)])
    for i in range(head.i - 1, start - 1, -1):  # never across a line break
        if "\n" in doc[i].text_with_ws:
            start = i + 1
            break
    # never start on punctuation or an opening quote
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def compose(doc: Doc, head: Token, units: list[Unit], date: str | None,
            dateline: frozenset[int] = frozenset()) -> list[Found]:
    """The mention(s) one noun phrase makes, or none if it is plainly a place."""
    start, end = phrase_span(doc, head, units, dateline)
    head_unit = next((u for u in units if u.start <= head.i < u.end), None)
    named = [u for u in units if u.entry.kind in ("person", "org", "group")]
    groups = [u for u in named if u.entry.kind == "group"]
    agents = [u for u in units if u.entry.kind == "agent"]
    definite = doc[start].lower_ in ("the", "this", "that", "these", "those")

    if any(u.entry.kind == "none" for u in units):
        return []  # "the South China Sea", "the Gulf of Mexico": a name that is no actor

    def found(code: str | None, unit: Unit, kind: str | None = None, **kw) -> Found:
        kw.setdefault("label", unit.entry.label)
        ref = unit.entry.ref
        if kw.pop("entry_suffix", False):
            ref += "+" + max(agents, key=lambda u: u.start).entry.ref
        return Found(start, end, head.i, code, ref, kind or unit.entry.kind,
                     definite=definite, **kw)

    if head_unit is not None and head_unit.entry.kind in ("person", "org", "group"):
        code = head_unit.entry.code_at(date)
        country, sector = cameo.split(code)
        org_units = [u for u in named if u.entry.kind in ("org", "group")]
        if head_unit.entry.kind == "person" and code is None and org_units:
            # no role of theirs then (an IGO's officer out of office): the organisation the
            # text names them for ("UN Secretary-General X")
            return [found(org_units[-1].entry.code_at(date), head_unit)]
        stated = [c for c in _countries([u for u in units if u.start < head_unit.start
                                         and u.entry.kind in ("country", "adjective")], date)]
        if head_unit.entry.kind == "person" and country and agents and stated and \
                stated[0] != country and len(stated[0]) == 3 and \
                cameo.split(stated[0])[0] is not None:
            # the text gives another state and an office: "Finnish Foreign Minister X" is
            # Finland's, whatever the dictionary's X held (a namesake, or another post)
            role = max(agents, key=lambda u: u.start).entry.code_at(date)
            return [found(f"{stated[0]}{role}", head_unit, entry_suffix=True)]
        if head_unit.entry.kind == "person" and country and code == country and agents:
            # no known role then, but the text gives one: "Prime Minister Milo Djukanovic"
            title = max(agents, key=lambda u: u.start)
            role = "ELI" if former_holder(doc, title, head, start) else title.entry.code_at(date)
            return [found(f"{country}{role}", head_unit, entry_suffix=True)]
        if head_unit.entry.kind == "org" and country and sector and \
                sector in STATE_BODY_SECTORS and code.startswith(country) and stated and \
                stated[0] != country and len(stated[0]) == 3 and \
                cameo.split(stated[0])[0] is not None:
            # a state body's name that another state's body bears too, with that state's
            # adjective or possessive: "the Chinese CDC", "Ghana's National Security Council"
            # are China's, Ghana's, not the body the dictionary knows by that name
            return [found(stated[0] + code[len(country):], head_unit,
                          label=f"{head_unit.entry.label} of {cameo.readable(stated[0])}")]
        if head_unit.entry.kind == "person" and country and code == country and \
                any(t.lower_ in TITLE_WORDS for t in doc[head_unit.start:head_unit.end]) and \
                not any(t.lower_ in ("former", "ex", "late") for t in doc[start:head_unit.end]):
            # the name as listed holds the title ("President X", "British Prime Minister Y"):
            # the text gives the office, as a title before the name does
            return [found(f"{country}GOV", head_unit)]
        return [found(code, head_unit)]
    if head_unit is not None and head_unit.entry.kind in ("country", "place", "capital"):
        kind = head_unit.entry.kind
        code = head_unit.entry.code_at(date)
        qualifier = next((u for u in units if u.start > head_unit.start and u.entry.kind in (
            "country", "place") and _root(doc, u).dep_ in ("appos", "npadvmod", "conj")
            and doc[u.start - 1].text == ","), None)
        if kind in ("capital", "place") and qualifier is not None and cameo.split(
                qualifier.entry.code_at(date))[0] != cameo.split(code)[0]:
            # "San Jose, California", "Tripoli, Lebanon": a namesake town of the state after it
            code = cameo.split(qualifier.entry.code_at(date))[0] or code
            kind = "place"
        if kind == "place":
            code = cameo.split(code)[0] or code
        if kind in ("country", "capital") and _in_unknown_name(head):
            # "Kenya's Safaricom", "the Ghana Music Awards": no actor of its own (an adjective
            # is left to say whose a body is: "the Kenyan Football Federation" is Kenya's)
            return []
        if kind == "place" and head_unit.entry.ref.endswith(SUBNATIONAL) and (
                _in_unknown_name(head) or _ends_organisation(doc, head_unit)):
            # "the Kumasi Herald", "Radio Tamale": a town's name as a word of an organisation's
            # name no dictionary knows, a club, a paper, a broadcaster's station; no actor
            return []
        if _placed(doc, head_unit) or (kind == "country" and locative(head)) or (
                kind in ("place", "capital") and not argument_role(head)) or (
                kind == "place" and head_unit.entry.ref.endswith(SUBNATIONAL) and
                not _acting_place(head)):
            # a place, not an actor: kept apart, for what an act was directed at
            return [found(cameo.split(code)[0] or code, head_unit, kind=PLACE_KIND)]
        return [found(code, head_unit)]
    if head_unit is not None and head_unit.entry.kind in ("adjective", "ethnic"):
        if locative(head) or _placed(doc, head_unit):
            # "the Syrian border", "in Syrian territory", "a Syrian-based charity": a place
            country = cameo.split(head_unit.entry.code_at(date))[0]
            return [found(country, head_unit, kind=PLACE_KIND)] if country and \
                head_unit.entry.kind == "adjective" else []
        return [found(head_unit.entry.code_at(date), head_unit)]
    # the head is a sector noun, a "who" noun ("allies") or an unknown proper name
    if head_unit is not None and head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.lemma_.lower() not in ACT_NOUNS and not _describes_firm(head, head_unit):
        return []  # "police station", "troop support": the phrase is about a thing; but a
        # "Supreme Court ruling", a "police investigation" is the court's, the police's
    sector_unit = head_unit if head_unit and head_unit.entry.kind == "agent" else None
    if sector_unit is None and agents:
        sector_unit = max(agents, key=lambda u: u.start)
    sector_code = sector_unit.entry.code_at(date) if sector_unit else None
    if sector_unit is not None and former_holder(doc, sector_unit, head, start) and \
            not any(c.dep_ == "prep" and c.lower_ in ("to", "for")
                    for c in head.children):  # "the former ambassador to Zambia":
        # whose official they were is not said; focus.py gives an envoy posted to the
        # story's country the government's sector, and that reading is kept
        sector_code = "ELI"  # "a former Kenyan minister": Kenya's elites, not its government
    orgs = groups or [u for u in named if u.entry.kind == "org"]
    sides = conjoined(doc, units)
    if orgs and len(sides) > 1:  # "French and EU negotiators": one mention for each side
        return [side_found(found, side, sector_code, date) for side in sides]
    if orgs:  # "the Kurdish YPG militia", "Hamas fighters": the organisation's own code
        body = orgs[-1]
        code = body.entry.code_at(date)
        country, sector = cameo.split(code)
        stated = _countries([u for u in units if u.start < body.start
                             and u.entry.kind in ("country", "adjective")], date)
        if body.entry.kind == "org" and country and sector in STATE_BODY_SECTORS and \
                code.startswith(country) and stated and stated[0] != country and \
                len(stated[0]) == 3:
            # "a Kenyan National Security Council official": Kenya's body's (as below)
            return [found(stated[0] + code[len(country):], body,
                          label=f"{body.entry.label} of {cameo.readable(stated[0])}")]
        if sector_code == "ELI" and country and sector in STATE_BODY_SECTORS and \
                body.entry.kind == "org":
            # "a former Kenyan National Security Council aide": one of its state's elites
            return [found(f"{stated[0] if stated and len(stated[0]) == 3 else country}ELI",
                          body, entry_suffix=True)]
        return [found(code, body)]
    if head_unit is not None and head_unit.entry.kind == "unknown" and not any(
            _root(doc, u).i > head.i for u in named):  # a person's allies are not that person
        # ("Putin's allies"), an apposition is ("his rival, X"); an organisation's allies
        # ("NATO allies") are its members, coded above
        named_beside = [u for u in units if u.entry.kind == "country"
                        and _root(doc, u).dep_ == "appos" and _root(doc, u).head.i == head.i]
        if named_beside:  # "its western neighbour, Monaco": the neighbour is that state
            return [found(named_beside[0].entry.code_at(date), named_beside[0])]
        countries = _countries(units, date)
        side = found(None, head_unit, label=_unknown_label(doc, head, countries))
        # the person named stays an actor of their own, for what refers back to them
        return [side, *(Found(u.start, u.end, _root(doc, u).i, u.entry.code_at(date),
                              u.entry.ref, u.entry.kind, label=u.entry.label) for u in named)]
    countries = _countries(units, date)
    sent_from = _countries([u for u in units if not _posted_to(doc, u)], date)
    if sent_from and len(sent_from) < len(countries):
        # "Malawi's ambassador to Britain X", the parser hanging "Britain" on the name: the
        # state the envoy is sent to is not whose the envoy is
        countries = sent_from
    if sector_code and countries:
        unit = sector_unit
        return [found(c + sector_code, unit, kind="agent") for c in countries]
    if named:
        unit = named[-1]
        return [found(unit.entry.code_at(date), unit)]
    if sector_code:
        ethnic = [u for u in units if u.entry.kind == "ethnic"]
        if ethnic:
            return [found(ethnic[-1].entry.code_at(date) + sector_code, ethnic[-1])]
        bare = found(None, sector_unit, sector=sector_code)
        if sector_code == "ELI" and (sector_unit.entry.code_at(date) != "ELI" or any(
                t.lower_ in FORMER_WORDS for t in doc[start:sector_unit.end])):
            bare = replace(bare, entry=bare.entry + FORMER_MARK)  # "the former president"
        return [bare]
    if countries:  # e.g. an unknown proper name modified by a demonym
        return []
    return []


def _posted_to(doc: Doc, unit: Unit) -> bool:
    """A country named right after "to" or "for" ("ambassador to Britain", "envoy for
    Sudan"): where someone is sent, not whose they are."""
    return unit.entry.kind in ("country", "adjective", "capital", "place") and \
        unit.start > 0 and doc[unit.start - 1].lower_ in ("to", "for")


def conjoined(doc: Doc, units: list[Unit]) -> list[Unit]:
    """The matches of a phrase that are conjuncts of one another ("French and EU"), in order;
    none when no match is conjoined with another."""
    roots = {_root(doc, u).i: u for u in units}
    sides: list[Unit] = []
    for i, unit in roots.items():
        token = doc[i]
        pair = [roots[token.head.i], unit] if token.dep_ == "conj" and \
            token.head.i in roots else []
        if not pair and any(c.dep_ == "cc" for c in token.children):
            # "UK and EU negotiators": the parser hangs "and" on the first and makes the
            # second a sibling modifier of the head, not its conjunct
            after = [j for j in roots if j > i and doc[j].head == token.head
                     and doc[j].dep_ in MODIFIER_DEPS and token.dep_ in MODIFIER_DEPS]
            pair = [unit, roots[min(after)]] if after else []
        for side in pair:
            if side not in sides:
                sides.append(side)
    return sorted(sides, key=lambda u: u.start)


def side_found(found, side: Unit, sector_code: str | None, date: str | None) -> Found:
    """The mention one conjoined side of a phrase makes: a named actor's own code, a country's
    with the phrase's sector ("French ... negotiators": France's government)."""
    code = side.entry.code_at(date)
    if side.entry.kind in ("country", "place", "capital", "adjective") and sector_code:
        country, _ = cameo.split(code)
        code = (country or code) + sector_code
        return found(code, side, kind="agent")
    return found(code, side)


def _countries(units: list[Unit], date: str | None) -> list[str]:
    """Distinct countries named by the modifiers, in order ("Hungarian and Romanian"), or a
    region's block where an adjective names one ("Latin American leaders": LAMGOV)."""
    seen: list[str] = []
    for u in units:
        if u.entry.kind in ("country", "place", "capital", "adjective", "person", "org"):
            code = u.entry.code_at(date)
            country, _ = cameo.split(code)
            if country is None and u.entry.kind == "adjective" and code and \
                    code[:3] in cameo.REGIONS:
                country = code[:3]
            if country and country not in seen:
                seen.append(country)
    return seen


def _unknown_label(doc: Doc, head: Token, countries: list[str]) -> str:
    word = head.lower_
    if countries:
        return f"{word} of {cameo.readable(countries[0])}"
    return word


def namesake_states(doc: Doc, units: list[Unit]) -> dict[tuple[str, ...], str]:
    """Towns the story once places in another state by the name after a comma ("Santa Ana,
    California", "Tripoli, Lebanon"): the town's name → that state, for every mention of the
    town in the story (as ``compose`` reads the qualified mention itself)."""
    found: dict[tuple[str, ...], str] = {}
    by_start = {u.start: u for u in units}
    for u in units:
        if u.entry.kind not in ("place", "capital") or u.end >= len(doc) or \
                doc[u.end].text != ",":
            continue
        qualifier = by_start.get(u.end + 1)
        if qualifier is None or qualifier.entry.kind not in ("country", "place") or \
                _listed_or_owning(doc, qualifier):
            continue
        town, _ = cameo.split(u.entry.code_at(None))
        state, _ = cameo.split(qualifier.entry.code_at(None))
        if town and state and town != state:
            found.setdefault(_name(doc, u), state)
    return found


def _listed_or_owning(doc: Doc, unit: Unit) -> bool:
    """A name after a comma that is one of a list ("Catalonia, France and Spain"), a
    possessor ("in Nairobi, Kenya's police said") or the subject of the next clause ("in
    Catalonia, France did ..."): no state a town before it is in."""
    root = _root(doc, unit)
    after = doc[unit.end] if unit.end < len(doc) else None
    return root.dep_ in ("poss", "nsubj", "nsubjpass") or after is not None and (
        after.lower_ in ("'s", "’s", "and", "or") or after.text == "," and
        unit.end + 2 < len(doc) and any(t.lower_ in ("and", "or") for t in
                                        doc[unit.end + 1:unit.end + 4])) or \
        any(c.dep_ in ("cc", "conj") for c in root.children)


def _name(doc: Doc, unit: Unit) -> tuple[str, ...]:
    return tuple(t.lower_ for t in doc[unit.start:unit.end])


def place_namesakes(doc: Doc, units: list[Unit]) -> list[Unit]:
    """Every mention of a town the story once placed in another state ("Santa Ana,
    California ... in Santa Ana", "Santa Ana officials"): that state's town, not the
    dictionary's namesake (a capital's name so placed is no seat of its government)."""
    states = namesake_states(doc, units)
    if not states:
        return units
    return [Unit(u.start, u.end, Entry(u.entry.ref, "place", u.entry.label,
                                       (Role(states[_name(doc, u)]),)))
            if u.entry.kind in ("place", "capital") and _name(doc, u) in states else u
            for u in units]
