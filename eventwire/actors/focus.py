"""The story's focus country: where its events happen.

Bare sector nouns ("government forces", "rebels", "the opposition") belong to the country the
story is set in, which is not always the one named most: a Turkish story about Syria's war names
Turkey most but is set in Syria. So the focus country is the one most often named *as a place*
(after in/at/near…, its cities and regions, "the Syrian border"); when no country is named as a
place, the one named most as an actor, leaving out countries named only as speakers.
"""

from __future__ import annotations

from collections import Counter

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
