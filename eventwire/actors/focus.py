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

from spacy.tokens import Doc

from . import codes as cameo
from .resolver import Found, Unit, locative

SAY_LEMMAS = frozenset({"say", "tell", "add", "state", "report", "announce", "claim", "note"})


def focus_country(doc: Doc, units: list[Unit], found: list[Found]) -> str | None:
    places: Counter[str] = Counter()
    first: dict[str, int] = {}
    for u in units:
        if u.entry.kind not in ("country", "place", "capital", "adjective"):
            continue
        country, _ = cameo.split(u.entry.code_at(None))
        if not country:
            continue
        first.setdefault(country, u.start)
        root = doc[u.start : u.end].root
        if u.entry.kind == "place" or locative(root):
            places[country] += 1
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
