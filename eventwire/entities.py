"""Named entities only where an event can be: the recogniser runs on the sentences that need it.

In en_core_web_sm the entity recogniser has its own token-to-vector layer and costs about half
of the whole parse. The tagger, the parser and the rules need no entities, so the pipeline runs
without the recogniser, the coder tells which sentences a coded pattern could match in (a
superset of those that give events), and the recogniser reads only those sentences, in runs of
adjacent ones, in batches. Entities of the other sentences are "outside". The places of those
sentences are still found (the geoparser also reads capitalised words against the gazetteer).
``bench/scale.py`` counts the events found this way and with the recogniser everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

import numpy
from spacy.attrs import NORM, ORTH, SPACY
from spacy.tokens import Doc, Span

Context = TypeVar("Context")


def runs(doc: Doc, needs: Callable[[Span], bool]) -> list[tuple[int, int]]:
    """Token ranges of adjacent sentences that need entities."""
    found: list[tuple[int, int]] = []
    for sentence in doc.sents:
        if not needs(sentence):
            continue
        if found and found[-1][1] == sentence.start:
            found[-1] = (found[-1][0], sentence.end)
        else:
            found.append((sentence.start, sentence.end))
    return found


def recognise(
    pairs: Iterable[tuple[Doc, Context]],
    ner,
    needs: Callable[[Span], bool],
    batch_size: int = 32,
) -> Iterator[tuple[Doc, Context]]:
    """Set each doc's entities, running ``ner`` only over the sentences that ``needs``."""
    pairs = iter(pairs)
    while batch := list(islice(pairs, batch_size)):
        parts: list[tuple[Doc, Doc, list[tuple[int, int]]]] = []  # (doc, what to read, runs)
        for doc, _ in batch:
            ranges = runs(doc, needs)
            if ranges == [(0, len(doc))]:
                parts.append((doc, doc, ranges))  # every sentence: the recogniser reads the doc
            elif ranges:
                parts.append((doc, excerpt(doc, ranges), ranges))
            else:
                doc.set_ents([], default="outside")
        for read, (doc, _, ranges) in zip(ner.pipe(p[1] for p in parts), parts, strict=True):
            if read is not doc:
                doc.set_ents(_moved(read, doc, ranges), default="outside")
        yield from batch


def excerpt(doc: Doc, ranges: list[tuple[int, int]]) -> Doc:
    """A new doc of the tokens in the ranges: their words, spaces and norms (what the
    recogniser reads; "n't" keeps its norm "not")."""
    rows = doc.to_array([ORTH, NORM, SPACY])[numpy.concatenate(
        [numpy.arange(a, b) for a, b in ranges])]
    strings = doc.vocab.strings
    part = Doc(doc.vocab, words=[strings[int(orth)] for orth in rows[:, 0]],
               spaces=[bool(space) for space in rows[:, 2]])
    part.from_array([NORM], rows[:, 1:2])
    return part


def _moved(part: Doc, doc: Doc, ranges: list[tuple[int, int]]) -> list[Span]:
    """The entities of an excerpt as spans of its doc (none across two runs)."""
    entities = []
    offset = 0
    for a, b in ranges:
        end = offset + b - a
        entities += [Span(doc, a + e.start - offset, a + e.end - offset, label=e.label)
                     for e in part.ents if offset <= e.start and e.end <= end]
        offset = end
    return entities
