"""The story's focus country: where its events happen.

Bare sector nouns ("government forces", "rebels", "the opposition") belong to the country the
story is set in, which is not always the one named most: a Turkish story about Syria's war names
Turkey most but is set in Syria. So the focus country is the one most often named *as a place*
(after in/at/near…, its cities and regions, "the Syrian border"); when no country is named as a
place, the one named most as an actor, leaving out countries named only as speakers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token

from . import codes as cameo
from .coref import BODY_MEMBER_WORDS
from .dictionary import packaged_lines
from .resolver import PLACE_NOUNS, TITLE_WORDS, Found, Unit, locative
from .towns import GEO_REF

SAY_LEMMAS = frozenset({"say", "tell", "add", "state", "report", "announce", "claim", "note"})


def focus_country(doc: Doc, units: list[Unit], found: list[Found]) -> str | None:
    places: Counter[str] = Counter()
    first: dict[str, int] = {}
    towns: Counter[str] = Counter()  # towns only the gazetteer knows (see towns.py)
    for u in units:
        if u.entry.kind not in ("country", "place", "capital", "adjective"):
            continue
        country, _ = cameo.split(u.entry.code_at(None))
        if not country:
            continue
        first.setdefault(country, u.start)
        root = doc[u.start : u.end].root
        if u.entry.ref.startswith(GEO_REF):
            towns[country] += 1
        elif u.entry.kind == "place" or locative(root):
            places[country] += 1
    # the places the dictionaries name first; a town only the gazetteer knows ("a Kitwe
    # trader") says where a story is set that names no other place
    places = places or towns
    if places:
        return max(places, key=lambda c: (places[c], -first[c]))
    actors: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    for f in found:
        country, _ = cameo.split(f.code)
        if not country:
            continue
        actors[country] += 1
        head = doc[f.head]
        if head.dep_ == "nsubj" and head.head.lemma_.lower() in SAY_LEMMAS:
            speakers[country] += 1
    candidates = [c for c in actors if actors[c] > speakers[c]]
    if not candidates:
        return None
    return max(candidates, key=lambda c: actors[c])


OFFICER_WORDS = frozenset({"officer", "officers"})


def officers_of_the_story(doc: Doc, found: list[Found], units: list[Unit] = ()) -> list[Found]:
    """Officers named alone ("officers stopped the car", "two Kenyan officers") are police
    officers where their sentence, else the story, names the police and no armed forces, and
    the military's where it names armed forces and no police; where neither or both are
    named, no one can say whose they are, and they stay uncoded (the dictionaries' sector for
    a bare "officer" is the military's, which news mostly means otherwise). "Army officers"
    and "customs officers" keep theirs."""
    bodies = [u for u in units if u.entry.kind in ("agent", "org", "group")]
    bare = [f for f in found if doc[f.head].lower_ in OFFICER_WORDS
            and sector_of(f) == "MIL" and all(
                t.i == f.head or t.pos_ in ("DET", "NUM", "ADJ", "ADV", "PUNCT")
                or t.tag_ == "VBN" and t.dep_ == "amod"  # "heavily armed officers"
                or t.head.pos_ == "NUM" and t.head.i < f.head  # "more than 600 officers"
                # "wildlife officers", "Metro officers": words no dictionary knows
                or units and t.dep_ in ("compound", "nmod", "poss", "case", "cc")
                and not any(u.start <= t.i < u.end for u in bodies)
                for t in doc[f.start:f.end])]
    if not bare:
        return found
    others = [f for f in found if f not in bare]
    story = _force_named({sector_of(f) for f in others})
    changed = {}
    for f in bare:
        sent = doc[f.head].sent
        whose = _force_named({sector_of(g) for g in others
                              if sent.start <= g.head < sent.end}) or story
        if whose == "MIL":
            continue
        if whose == "COP":
            changed[id(f)] = replace(f, code=f.code[:-3] + "COP" if f.code else None,
                                     sector="COP", entry=f"{f.entry}+story:police")
        else:
            changed[id(f)] = replace(f, code=None, sector=None,
                                     entry=f"{f.entry}+story:unknown")
    return [changed.get(id(f), f) for f in found]


def _force_named(sectors: set[str | None]) -> str | None:
    """"COP" where the police are named and no armed forces, "MIL" the other way round,
    else None."""
    if ("COP" in sectors) == ("MIL" in sectors):
        return None
    return "COP" if "COP" in sectors else "MIL"


def sector_of(found: Found) -> str | None:
    return cameo.split(found.code)[1] if found.code else found.sector


# Verbs of harm and service whose "in"/"from" phrase names where a side was hurt or served,
# not whose it is: "troops wounded in Afghanistan", "soldiers who served in Iraq" may be any
# state's (closed class of the grammar of the phrase; the participle is what is asked).
WHERE_VERBS = frozenset({"wound", "kill", "injure", "hurt", "maim", "shoot", "serve", "deploy",
                         "station", "base", "capture", "kidnap", "abduct", "hold", "detain",
                         "evacuate", "rescue", "strand", "trap"})
# Of those, the verbs whose subject is the one who was there ("soldiers who served in X");
# the others say so of their patient only ("troops wounded in X", not "gunmen kidnapped").
# Not "fight" or "die": government troops fighting or dying in their own land are its own.
WHERE_INTRANSITIVE = frozenset({"serve"})
# State bodies: "the government" linked to an earlier sentence's state is a default (a
# speaker's own state overrules it), and a body coded with one names its state.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Titles one person holds at a time ("the president"): linked to the bearer the story named,
# whatever state its sentence names beside.
SOLE_TITLES = TITLE_WORDS - {"minister"}
# Titles of royals: a prince or queen no dictionary knows is no member of the story country's
# government by default (most states have no royals; a foreign royal's visit is news).
ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "emir", "sultan", "sheikh",
                          "duke", "duchess"})
WHERE_PREPS = frozenset({"in", "from", "at", "near", "inside", "across"})
# Sectors of the people who live and work where they are (CAMEO's civilians, farmers, health
# workers, students, workers, journalists, traders): "villagers killed near Kasama" in a
# story set in Zambia are Zambia's, as troops wounded there need not be.
RESIDENT_SECTORS = frozenset({"CVL", "AGR", "HLH", "EDU", "LAB", "MED", "BUS"})


def _envoy_nouns() -> frozenset[str]:
    """envoy_nouns.tsv: nouns for officials posted to, or sent for, another state."""
    return frozenset(line.split("\t", 1)[0].strip() for line in packaged_lines("envoy_nouns.tsv")
                     if line.strip() and not line.startswith("#"))


ENVOY_NOUNS = _envoy_nouns()
# The prepositions of where an envoy is sent ("the envoy to X", "a special envoy for X").
POSTED_PREPS = frozenset({"to", "for"})


def default_overruled(doc: Doc, found: list[Found], units: list[Unit],
                      places: list[Found] = ()) -> list[Found]:
    """A country a side took by default — the story's focus, or an actor of an earlier
    sentence a definite noun was linked to ("the government") — gives way where the text
    says otherwise. Where a government side stands in what a speaker coded by their own words
    said, it is the speaker's state's ("Ms X, the health minister of Ghana, said that the government
    had ordered ..." in a story set elsewhere). Else a focus country is dropped, the side left
    uncoded (its sector kept), as a wrong country is worse than none, where

    - its own phrase names an organisation no dictionary knows ("FIFA officials", "an Acme
      spokesman"): that body's people, not the story country's officials;
    - it is a royal no dictionary knows ("Prince X" in a story set in a republic);
    - its own sentence names another country and not the story's one (the focus only);
    - the default country is named in its sentence only as where the side was hurt or served
      ("troops wounded in Afghanistan" are not for that Afghanistan's army);
    - the side is an envoy or ambassador sent to the default country ("the former special
      envoy to Zambia" in a story set in Zambia is another state's), or one sent nowhere the
      text says ("Ambassador X", "the ambassador" in a story set in Zambia: most often another
      state's, posted there).

    A definite state noun that says what a state will do ("Zambia will suspend aid to Kenya,
    the minister said"), linked to a country its reported clause names after the clause's
    subject (Kenya), is the subject's official (see ``_clause_country``).
    """
    named = _countries_by_sentence(doc, units, found, places)
    out = []
    for f in found:
        clause = _clause_country(doc, f, found)
        if clause is not None:
            out.append(replace(f, code=clause + (sector_of(f) or ""),
                               entry=f"{f.entry}+clause:{clause}"))
            continue
        default = _default_country(doc, f)
        if default is None:
            out.append(f)
            continue
        speaker = _speaker_country(doc, f, found) if sector_of(f) == "GOV" else None
        if speaker is not None and speaker != default:
            out.append(replace(f, code=speaker + (sector_of(f) or ""),
                               entry=f"{f.entry}+speaker:{speaker}"))
            continue
        if "+focus:" not in f.entry:
            if _envoy_posted_nowhere(doc, f) and not _linked_to_envoy(doc, f, found):
                # "Floods hit Kenya. The ambassador said ...": linked to the state, a guess
                out.append(replace(f, code=None, sector=sector_of(f),
                                   entry=f"{f.entry}+overruled:envoy"))
                continue
            out.append(f)  # a link to an earlier actor: only its speaker overrules it
            continue
        own = _own_phrase_body(doc, f, found, units)
        if own is not None:  # "an official of the Zambian health ministry", "an official
            # with the United Nations", "a spokesman at Acme Holdings": that body's
            code = own or None
            out.append(replace(f, code=code, sector=sector_of(f),
                               entry=f"{f.entry}+overruled:body" + (f":{code}" if code else "")))
            continue
        sent = doc[f.head].sent
        countries = named.get(sent.start, {})
        reason = None
        if any(f.start <= i < f.end for i in countries.get(default, ())):
            reason = None  # "the Indonesian government": its own words name it
        elif _unknown_name_modifier(doc, f, units):
            reason = "name"
        elif doc[f.head].pos_ == "PROPN" and any(
                t.lower_ in ROYAL_TITLES for t in doc[f.start : f.head]):
            reason = "royal"
        elif countries and default not in countries:
            reason = "sentence"
        elif default in countries and sector_of(f) not in RESIDENT_SECTORS and \
                all(_where_of(doc, i, f) for i in countries[default]):
            reason = "where"
        elif any(_posted_to(doc, i, f) for i in countries.get(default, ())):
            reason = "posted"
        elif _envoy_posted_nowhere(doc, f):
            reason = "envoy"
        if reason is None:
            out.append(f)
        else:
            out.append(replace(f, code=None, sector=sector_of(f), kind=f.kind,
                               entry=f"{f.entry}+overruled:{reason}"))
    return out


# Prepositions whose object, on an official's noun, names the body the official belongs to or
# works for: "an official of / in / at / with / from the Zambian ministry", "a spokesman for
# the UN" (closed class of the grammar of the phrase; "to" names where an envoy is sent).
BODY_PREPS = frozenset({"of", "in", "at", "with", "from", "for"})


def _own_phrase_body(doc: Doc, f: Found, found: list[Found], units: list[Unit]) -> str | None:
    """The code a side that took the focus country by default takes from a body its own
    phrase names after it: a body coded with another country ("officials of the Zambian
    health ministry": the ministry's ZMBGOV), a named organisation ("an official with
    the United Nations": the UN's code); "" for an organisation's name no dictionary knows
    ("an official at Acme Holdings": no state's). None where no such body is named, or it is
    coded as the side already is."""
    head = doc[f.head]
    if sector_of(f) not in STATE_SECTORS and head.lemma_.lower() not in BODY_MEMBER_WORDS:
        return None  # "victims of the Zambian army", "families of Kenyan soldiers": not theirs
    covered = {i for u in units for i in range(u.start, u.end)}
    preps = [(p, 0) for p in head.children]
    while preps:
        prep, depth = preps.pop(0)
        if prep.dep_ != "prep" or prep.lower_ not in BODY_PREPS:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        body = next((g for g in found if g is not f and g.head == pobj.i), None)
        if body is None and any(g.start <= pobj.i < g.end for g in found if g is not f):
            continue  # a word of another phrase ("the X parliament hostage"): no body
        if body is None and pobj.pos_ == "NOUN" and pobj.i not in covered and depth < 2 and \
                pobj.lower_ not in PLACE_NOUNS:
            # "a special envoy for health of the African Union": on past a noun that names
            # no actor
            preps += [(p, depth + 1) for p in pobj.children]
            continue
        if body is not None:
            if not body.code or body.kind not in ("agent", "org", "group") or \
                    _default_country(doc, body) is not None or "+focus:" in body.entry:
                continue  # a country by default, or a place: no evidence
            if body.kind in ("org", "group"):
                return body.code  # "an official with the United Nations"
            if cameo.split(body.code)[0] is None or body.code == f.code:
                continue  # no country, or the default's own body ("of the Kenyan ministry")
            return body.code  # "an official of the Zambian ministry", "a leader of the
            # Ghanaian opposition": that body's, as coded
        if pobj.pos_ == "PROPN" and pobj.i not in covered and pobj.ent_type_ == "ORG" and \
                prep.lower_ != "from":
            return ""  # "an official at Acme Holdings": a body no dictionary knows
    return None


def _clause_country(doc: Doc, f: Found, found: list[Found]) -> str | None:
    """The country that is the subject of the clause a definite state noun reports, where
    coreference linked the noun to another country the clause names: in "Zambia will suspend
    aid to Kenya, the minister said" the minister says what Zambia will do, and is Zambia's,
    not Kenya's (the country last named, but the one acted on). None otherwise."""
    if not (f.kind == "coref" and f.entry.startswith("coref:") and f.definite and f.code):
        return None
    country, sector = cameo.split(f.code)
    if country is None or sector not in STATE_SECTORS:
        return None
    head = doc[f.head]
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in SAY_LEMMAS:
        return None
    clause = next((c for c in head.head.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
    if subject is None:
        return None
    try:
        at = int(f.entry.split(":", 1)[1].split("+", 1)[0])
    except ValueError:
        return None
    start, end = doc[clause.left_edge.i].idx, doc[clause.right_edge.i].idx
    s_start, s_end = doc[subject.left_edge.i].idx, doc[subject.right_edge.i].idx
    if not (start <= at <= end) or s_start <= at <= s_end:
        return None  # linked to no country of the clause, or to its subject's
    said = next((g for g in found if g.start <= subject.i < g.end and g.code), None)
    if said is None or cameo.split(said.code) != (said.code, None) or said.code == country:
        return None  # the subject is no bare country ("Zambia"), or the noun's own
    return said.code


def _speaker_country(doc: Doc, f: Found, found: list[Found]) -> str | None:
    """The country of the speaker whose reported clause holds the side, by the speaker's own
    words: "Ms X, the health minister of Ghana, said that the government had ordered ..." is
    Ghana's government, whatever state an earlier sentence named."""
    t = doc[f.head]
    while t.dep_ != "ccomp":
        if t.head.i == t.i or t.dep_ in ("relcl", "advcl", "acl"):
            return None
        t = t.head
    verb = t.head
    if verb.lemma_.lower() not in SAY_LEMMAS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    # the subject, or its apposition ("Ms X, the health minister of Ghana, said")
    for token in [subject, *(c for c in subject.children if c.dep_ == "appos")]:
        for g in found:
            if g.start <= token.i < g.end and g.code and _default_country(doc, g) is None:
                return cameo.split(g.code)[0]
    return None


def _default_country(doc: Doc, f: Found) -> str | None:
    """The country ``f`` took by default: the focus's, or a definite state noun's link to an
    actor of an earlier sentence ("the government", not "the president", whose bearer the
    story named); None where its own words or its sentence gave it."""
    if not f.code:
        return None
    country = cameo.split(f.code)[0]
    if country is None:
        return None
    if "+focus:" in f.entry:
        return country
    if f.kind == "coref" and f.entry.startswith("coref:") and f.definite and \
            cameo.split(f.code)[1] in STATE_SECTORS and \
            doc[f.head].lemma_.lower() not in SOLE_TITLES:
        try:
            at = int(f.entry.split(":", 1)[1].split("+", 1)[0])
        except ValueError:
            return None
        if at < doc[f.head].sent.start_char:
            return country
    return None


def _countries_by_sentence(doc: Doc, units: list[Unit], found: list[Found],
                           places: list[Found]) -> dict[int, dict[str, list[int]]]:
    """Sentence start → country → the token indices naming it there, by the dictionaries'
    own words (a country, its people or places, a person or a state body coded with it);
    never by a default."""
    named: dict[int, dict[str, list[int]]] = {}
    for u in units:
        if u.entry.kind in ("agent", "unknown", "none", "ethnic", "group"):
            continue
        country, sector = cameo.split(u.entry.code_at(None))
        if u.entry.kind == "org" and sector not in STATE_SECTORS:
            continue  # a country's broadcaster or firm names no side of its state
        if country:
            token = doc[u.start : u.end].root
            named.setdefault(token.sent.start, {}).setdefault(country, []).append(token.i)
    return named


def _unknown_name_modifier(doc: Doc, f: Found, units: list[Unit]) -> bool:
    """The side's head noun is modified by a proper name no dictionary knows that the parser
    takes for an organisation's, or an acronym ("FIFA officials", "Acme Mining spokesman")."""
    head = doc[f.head]
    if head.pos_ == "PROPN":
        return False
    covered = {i for u in units for i in range(u.start, u.end)}
    for t in doc[f.start : f.head]:
        if t.pos_ == "PROPN" and t.i not in covered and t.dep_ in ("compound", "nmod", "poss") \
                and t.head.i == f.head and (t.ent_type_ == "ORG" or t.text.isupper() and len(
                    t.text) >= 3 and t.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON")):
            return True  # not a town's ("Esperance residents"): those are the story's
    return False


def _where_of(doc: Doc, i: int, f: Found) -> bool:
    """Token ``i`` (a country named) is the object of an in/from phrase on a verb of harm or
    service whose subject, or whose noun, is the side's head ("troops who were wounded in
    Afghanistan", "soldiers killed in Iraq")."""
    token = doc[i]
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in WHERE_PREPS:
        return False
    verb = token.head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "fought and were wounded in X": X is where of both
    if verb.lemma_.lower() not in WHERE_VERBS and token.head.head.lemma_.lower() not in \
            WHERE_VERBS:
        return False
    harm = token.head.head
    if not (_passive(harm) or _passive(verb) or verb.lemma_.lower() in WHERE_INTRANSITIVE):
        return False  # "gunmen kidnapped workers in X": who did it there may well be of X
    head = doc[f.head]
    if verb.dep_ in ("acl", "relcl") and verb.head.i == head.i:
        return True
    return any(c.i == head.i and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or \
        (head.dep_ in ("nsubj", "nsubjpass") and head.head.i == verb.i)


def _posted_to(doc: Doc, i: int, f: Found) -> bool:
    """Token ``i`` (a country named) is the object of a "to"/"for" phrase on the side's head,
    an envoy or ambassador (ENVOY_NOUNS): "the special envoy to Zambia" is sent there."""
    head = doc[f.head]
    if head.lemma_.lower() not in ENVOY_NOUNS and head.lower_ not in ENVOY_NOUNS:
        return False
    token = doc[i]
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in POSTED_PREPS and \
        token.head.head.i == head.i


def _envoy_posted_nowhere(doc: Doc, f: Found) -> bool:
    """The side is an envoy or ambassador (ENVOY_NOUNS: its head, or a title before a name,
    "Ambassador X") with no "to"/"for" phrase saying where they are sent: in a story set in
    one country, an ambassador is most often another state's, posted there, so the story's
    country is a guess (a wrong one for "Ambassador X was shot in Ankara" in a story set in
    Turkey). "Our ambassador to the UN" keeps it: sent from the story's country elsewhere."""
    span = doc[f.start : f.end]
    envoys = [t for t in span if t.lower_ in ENVOY_NOUNS or t.lemma_.lower() in ENVOY_NOUNS]
    if not envoys:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in POSTED_PREPS
                   for t in [*envoys, doc[f.head]] for c in t.children)


def _linked_to_envoy(doc: Doc, f: Found, found: list[Found]) -> bool:
    """A definite noun linked by coreference to an earlier mention that is itself an envoy
    ("Kenya recalled its ambassador ... The ambassador said"): the link is the text's."""
    try:
        at = int(f.entry.split(":", 1)[1].split("+", 1)[0])
    except (IndexError, ValueError):
        return True  # no link to read: keep it
    return any(doc[g.start].idx == at and any(
        t.lower_ in ENVOY_NOUNS or t.lemma_.lower() in ENVOY_NOUNS for t in doc[g.start:g.end])
        for g in found)


def _passive(verb: Token) -> bool:
    """A passive participle: "(were) wounded", "troops killed in X" (not "had detained")."""
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children))
