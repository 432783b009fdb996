"""Place an event: the place attached to its trigger in the parse, else its sentence's
place, else the article's dominant place."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from . import Toponym

LOCATIVE = {"in", "near", "on", "at", "outside", "inside", "around", "across", "throughout",
            "within", "into", "over", "along", "beyond", "north", "south", "east", "west"}
# edges followed from the trigger downwards (and through "of" after "city", "province"…)
FOLLOW = {"prep", "pobj", "dobj", "obj", "acl", "xcomp", "compound", "nmod", "appos",
          "npadvmod", "advcl", "relcl", "amod", "conj", "pcomp", "advmod", "attr"}
RANK = {"city": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4, "continent": 5}
MAX_DEPTH = 7


def _by_token(doc: Doc, toponyms: list[Toponym]) -> dict[int, Toponym]:
    index = {}
    for t in toponyms:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            for tok in span:
                index[tok.i] = t
    return index


def _roots(tokens: list[Token]) -> list[Token]:
    """The trigger tokens, and for a noun trigger the verb or noun governing it."""
    roots = list(tokens)
    for tok in tokens:
        head = tok
        for _ in range(2):  # "been on the offensive": offensive <- on <- been
            if head.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass", "attr"} or head.dep_ == "prep":
                head = head.head
                roots.append(head)
    return roots


def attached(doc: Doc, trigger: list[Token], places: dict[int, Toponym]) -> Toponym | None:
    """The first resolved toponym reached from the trigger through a locative phrase."""
    seen = set()
    frontier = [(t, False) for t in _roots(trigger)]
    for _ in range(MAX_DEPTH):
        nxt = []
        for tok, located in frontier:
            if tok.i in seen:
                continue
            seen.add(tok.i)
            if located and tok.i in places and places[tok.i].lat is not None:
                return places[tok.i]
            for child in tok.children:
                if child.dep_ not in FOLLOW:
                    continue
                loc = located or (child.dep_ == "prep" and child.lower_ in LOCATIVE)
                if located and child.dep_ == "prep" and child.lower_ not in LOCATIVE | {"of"}:
                    loc = False
                nxt.append((child, loc))
        frontier = nxt
    return None


def sentence_place(toponyms: list[Toponym], start: int, end: int, near: int,
                   actors: list[tuple[int, int]] = ()) -> Toponym | None:
    """The most precise resolved place of the sentence, nearest the trigger on ties.

    A place named as the event's source or target ("Russia" in "Russia denied …") is an
    actor there, not the event's location."""
    inside = [t for t in toponyms if start <= t.start < end and t.lat is not None
              and not any(a < t.end and t.start < b for a, b in actors)]
    if not inside:
        return None
    return min(inside, key=lambda t: (RANK.get(t.feature or "", 6), abs(t.start - near)))


def dominant_place(toponyms: list[Toponym]) -> Toponym | None:
    """The article's most-mentioned resolved place (the first of equals)."""
    resolved = [t for t in toponyms if t.lat is not None]
    if not resolved:
        return None
    counts = Counter((t.name, t.country, t.feature) for t in resolved)
    top = max(counts.values())
    return next(t for t in resolved if counts[(t.name, t.country, t.feature)] == top)
