"""Actor dictionaries: entries with (dated) codes, indexed by token tuples for fast matching.

eventwire's own format is a TSV, one entry a line (``#`` starts a comment)::

    names                          codes                                    kind    source
    Vladimir Putin|Putin     RUSGOV 2000-05-07..2008-05-07; RUSGOV 2012-05-07..   person  kremlin.ru

``names`` are "|"-separated phrases as written in news; ``codes`` are ";"-separated CAMEO codes,
each optionally limited to a date range ``FROM..TO`` (ISO dates, either end open). ``kind`` is one
of KINDS. Files in the TABARI/PETRARCH format (the Phoenix dictionaries) are read by
:mod:`eventwire.actors.phoenix`.
"""

from __future__ import annotations

import csv
import importlib.resources
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import DictionaryWarning
from . import codes as cameo

KINDS = (
    "country",  # a country's name: TUR
    "place",  # another name of a country or one of its places: an actor only as an argument
    "capital",  # a capital or seat of power: its government when it acts (metonymy)
    "adjective",  # a demonym or adjective: "Turkish", "Turks"
    "person",  # a named person, usually with dated roles
    "org",  # a named organisation or office
    "group",  # a named non-state armed group or party
    "agent",  # a sector noun: "troops" → MIL, combined with a country
    "ethnic",  # an ethnic or religious adjective: "Kurdish" → KUR
    "unknown",  # a "who" with no code: "allies", "neighbours"
    "none",  # a name that is no actor though it holds one: "the South China Sea"
)
PROPER_KINDS = frozenset({"country", "place", "capital", "adjective", "person", "org", "group"})

_CODE = re.compile(r"^~?[A-Z0-9]{3,}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Role:
    code: str
    start: str | None = None  # ISO date, inclusive
    end: str | None = None

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)

    def holds(self, date: str) -> bool:
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


@dataclass(frozen=True)
class Entry:
    ref: str  # "eventwire:countries.tsv:TUR", "phoenix:Phoenix.Countries.actors.txt:39559"
    kind: str
    label: str  # the entry's first name, as written
    roles: tuple[Role, ...]

    def code_at(self, date: str | None) -> str | None:
        """The code on ``date``: a dated role that holds then; outside every dated role the
        person's country alone (never a wrong role); else the undated code."""
        dated = [r for r in self.roles if r.dated]
        if dated:
            if date:
                for role in dated:
                    if role.holds(date):
                        return role.code
            # a place with no date: the country it is in today, where a role is open-ended
            # ("Donetsk": USRUKR until 1991, UKR since); else the first role's country
            current = [r for r in dated if not r.end] if not date and self.kind == "place" \
                else []
            country, _ = cameo.split((current or dated)[0].code)
            return country
        return self.roles[0].code if self.roles else None


def parse_codes(text: str) -> tuple[Role, ...]:
    """'RUSGOV 2012-05-07..; RUS' → roles. Raises ValueError on a malformed code or date."""
    roles = []
    for item in text.split(";"):
        item = item.strip()
        if not item:
            continue
        parts = item.split()
        code = parts[0].upper()
        if not _CODE.match(code) or len(parts) > 2:
            raise ValueError(f"bad code {item!r}")
        start = end = None
        if len(parts) == 2:
            if ".." not in parts[1]:
                raise ValueError(f"bad date range {parts[1]!r} (want FROM..TO)")
            start, end = (p or None for p in parts[1].split("..", 1))
            for d in (start, end):
                if d and not _DATE.match(d):
                    raise ValueError(f"bad date {d!r} (want YYYY-MM-DD)")
        roles.append(Role(code.lstrip("~"), start, end))
    return tuple(roles)


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def tokens(phrase: str) -> tuple[str, ...]:
    """A phrase as the lowercased tokens spaCy's English tokenizer makes of it."""
    if phrase.replace(" ", "").isalpha():  # the common case, without the tokenizer
        return tuple(phrase.lower().split())
    return tuple(t.lower_ for t in _tokenizer()(phrase.strip()) if not t.is_space)


_IRREGULAR = {"man": "men", "woman": "women", "person": "people", "child": "children"}
_NO_PLURAL = {"police", "military", "opposition", "government", "army", "navy", "staff",
              "personnel", "leadership", "administration", "regime", "security", "cabinet",
              "parliament", "junta", "clergy", "media", "press", "intelligence", "air force"}


def plural(word: str) -> str | None:
    """The regular English plural of a noun (for sector nouns), or None if it has none."""
    if word in _NO_PLURAL or not word.isalpha():
        return None
    for sing, plur in _IRREGULAR.items():
        if word.endswith(sing):
            return word[: -len(sing)] + plur
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


class Dictionary:
    """Names → entries. Later additions win over earlier ones for the same name."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, ...], Entry] = {}
        # first token → the lengths of the names starting with it, longest first
        self.lengths: dict[str, tuple[int, ...]] = {}
        self.entries: list[Entry] = []
        # a named body a later sector noun of the same words replaced ("National Security
        # Council": the US body, and Phoenix.agents.txt's sector noun for any state's council):
        # the name, where the text writes it as one (see resolver.find_units)
        self.named: dict[tuple[str, ...], Entry] = {}

    def add(self, entry: Entry, names: Iterable[str | tuple[str, ...]]) -> None:
        self.entries.append(entry)
        for name in names:
            key = name if isinstance(name, tuple) else tokens(name)
            if not key:
                continue
            old = self.index.get(key)
            if entry.kind == "agent" and old is not None and old.kind in ("org", "group"):
                self.named[key] = old
            elif entry.kind != "agent":
                self.named.pop(key, None)
            self.index[key] = entry
            self._note_length(key)
            if entry.kind == "agent" and len(key) == 2 and "-" not in key:
                # "governor general" is also written "Governor-General" (three tokens)
                hyphened = (key[0], "-", key[1])
                if hyphened not in self.index or self.index[hyphened].kind == "agent":
                    self.index[hyphened] = entry
                    self._note_length(hyphened)
            if entry.kind == "agent" and len(key[-1]) > 2:
                plur = plural(key[-1])
                if plur:
                    pkey = key[:-1] + (plur,)
                    if pkey not in self.index or self.index[pkey].kind == "agent":
                        self.index[pkey] = entry
                    self._note_length(pkey)

    def _note_length(self, key: tuple[str, ...]) -> None:
        known = self.lengths.get(key[0], ())
        if len(key) not in known:
            self.lengths[key[0]] = tuple(sorted((*known, len(key)), reverse=True))

    def match(self, words: list[str], i: int) -> tuple[int, Entry] | None:
        """The longest name starting at ``words[i]``: (length, entry). Only the lengths of
        names starting with that word are tried."""
        room = len(words) - i
        for n in self.lengths.get(words[i], ()):
            if n <= room:
                entry = self.index.get(tuple(words[i : i + n]))
                if entry is not None:
                    return n, entry
        return None

    def matches(self, words: list[str], i: int) -> Iterator[tuple[int, Entry]]:
        """Every name starting at ``words[i]``, longest first: (length, entry)."""
        room = len(words) - i
        for n in self.lengths.get(words[i], ()):
            if n <= room:
                entry = self.index.get(tuple(words[i : i + n]))
                if entry is not None:
                    yield n, entry

    def __len__(self) -> int:
        return len(self.index)


def _rows(lines: Iterable[str]) -> Iterator[tuple[int, list[str]]]:
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, next(csv.reader([line.rstrip("\n")], delimiter="\t", quoting=csv.QUOTE_NONE))


def read_ours(lines: Iterable[str], name: str, origin: str) -> Iterator[tuple[Entry, list[str]]]:
    """Entries of a file in eventwire's TSV format; malformed lines warn and are skipped."""
    for number, row in _rows(lines):
        try:
            if len(row) < 2:
                raise ValueError("want names<TAB>codes[<TAB>kind[<TAB>source]]")
            names = [n.strip() for n in row[0].split("|") if n.strip()]
            kind = row[2].strip() if len(row) > 2 and row[2].strip() else "org"
            if kind not in KINDS:
                raise ValueError(f"unknown kind {kind!r}")
            roles = () if kind in ("unknown", "none") else parse_codes(row[1])
            if not names or (not roles and kind not in ("unknown", "none")):
                raise ValueError("no names or no codes")
        except ValueError as exc:
            warnings.warn(f"{name}:{number}: {exc}; line skipped", DictionaryWarning, stacklevel=2)
            continue
        ref = f"{origin}:{Path(name).name}:{number}"
        if origin == "phoenix" and len(row) > 3 and row[3].startswith("phoenix:"):
            ref = row[3]  # converted from Phoenix: point at the original file and line
        yield Entry(ref, kind, names[0], roles), names


def read_countries(lines: Iterable[str], name: str) -> Iterator[tuple[Entry, list[str]]]:
    """The wide countries table: code, names, adjectives, capitals → three entries a country."""
    base = Path(name).name
    for number, row in _rows(lines):
        if len(row) < 2 or not re.match(r"^[A-Z]{3}$", row[0]):
            warnings.warn(f"{name}:{number}: want CODE<TAB>names...; line skipped",
                          DictionaryWarning, stacklevel=2)
            continue
        code = row[0]
        cols = [[x.strip() for x in col.split("|") if x.strip()] for col in row[1:4]]
        cols += [[]] * (3 - len(cols))
        ref = f"eventwire:{base}:{code}"
        yield Entry(ref, "country", cols[0][0], (Role(code),)), cols[0]
        if cols[1]:
            yield Entry(ref, "adjective", cols[1][0], (Role(code),)), cols[1]
        if cols[2]:
            yield Entry(ref, "capital", cols[2][0], (Role(code + "GOV"),)), cols[2]


def packaged_lines(filename: str) -> list[str]:
    """A data file under eventwire/data/actors/, plain or gzipped."""
    path = importlib.resources.files("eventwire").joinpath("data/actors/" + filename)
    if filename.endswith(".gz"):
        import gzip

        return gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    return path.read_text(encoding="utf-8").splitlines()
