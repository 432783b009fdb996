"""Sentences and stories not to code: sport, entertainment, history (data/coding/discards.tsv).

"Turkey beat Russia two goals to one in a friendly match" is no use of force. A sentence with
a sentence-level phrase is skipped; a story with a story-level phrase ("World Cup") is skipped
whole. Phrases match whole lowercase words.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass
class Discards:
    # first word → the phrases (as word tuples) it starts, with their scope
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(
        default_factory=lambda: defaultdict(list))

    def add(self, phrase: str, scope: str) -> None:
        words = tuple(phrase.lower().split())
        if words:
            self.phrases[words[0]].append((words, scope))

    def find(self, words: list[str], scope: str) -> str | None:
        """The first phrase of the given scope in these lowercase words, or None."""
        for i, word in enumerate(words):
            for phrase, phrase_scope in self.phrases.get(word, ()):
                if phrase_scope == scope and tuple(words[i:i + len(phrase)]) == phrase:
                    return " ".join(phrase)
        return None


@lru_cache(maxsize=1)
def default_discards() -> Discards:
    discards = Discards()
    path = resources.files("eventwire") / "data" / "coding" / "discards.tsv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            discards.add(row["phrase"], row["scope"])
    return discards
