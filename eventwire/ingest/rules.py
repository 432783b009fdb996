"""Ingest's shipped knowledge: furniture prompt patterns, URL tracking parameters and the
cues of error pages.

The tables live in ``eventwire/data/ingest/`` (see the ``*_SOURCE.txt`` files beside them)
and are read once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class FurnitureRule:
    name: str
    scope: str  # "line": whole short line; "prefix": start of a line of any length
    regex: re.Pattern[str]


def _data_lines(name: str) -> list[str]:
    text = resources.files("eventwire").joinpath("data", "ingest", name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def furniture_rules() -> tuple[FurnitureRule, ...]:
    rules = []
    for number, line in enumerate(_data_lines("furniture.tsv"), 1):
        parts = line.split("\t")
        if len(parts) != 3 or parts[1] not in ("line", "prefix"):
            raise ValueError(
                f"furniture.tsv rule {number}: expected name<TAB>line|prefix<TAB>regex"
            )
        name, scope, pattern = parts
        rules.append(FurnitureRule(name, scope, re.compile(pattern, re.IGNORECASE)))
    return tuple(rules)


@lru_cache(maxsize=1)
def tracking_params() -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact names, prefixes) of query parameters that only track a visit."""
    names = [line.strip().lower() for line in _data_lines("tracking_params.txt")]
    exact = frozenset(n for n in names if not n.endswith("*"))
    prefixes = tuple(n[:-1] for n in names if n.endswith("*"))
    return exact, prefixes


@dataclass(frozen=True)
class ErrorPageRule:
    name: str
    max_words: int  # a page whose text is longer is not taken for an error page
    regex: re.Pattern[str]


@lru_cache(maxsize=1)
def error_page_rules() -> tuple[ErrorPageRule, ...]:
    """The cues of error pages (error_pages.tsv): a title or heading, and a short body."""
    rules = []
    for number, line in enumerate(_data_lines("error_pages.tsv"), 1):
        parts = line.split("\t")
        if len(parts) != 3 or not parts[1].isdigit():
            raise ValueError(
                f"error_pages.tsv rule {number}: expected name<TAB>max_words<TAB>regex"
            )
        name, max_words, pattern = parts
        rules.append(ErrorPageRule(name, int(max_words), re.compile(pattern, re.IGNORECASE)))
    return tuple(rules)
