"""Event patterns: data files of trigger lemmas and the phrases that refine them.

One JSON object a line (README, "Your own dictionaries, patterns and settings")::

    {"id": "core/accuse#2", "trigger": "accuse", "pos": "VERB", "code": "1124",
     "particle": null, "prep": "of", "object": ["war", "crime"], "source": "eventwire"}

An optional "subject" list names words the trigger's own subject must hold, for an act
known by who does it: {"trigger": "arrive", "subject": ["peacekeeper"], "code": "074"}.
An optional "plover" names the PLOVER event type where PLOVER tells apart acts one CAMEO code
joins (CAMEO 191 is both a border closed, COERCE, and a blockade laid by force, ASSAULT):
{"trigger": "blockade", "pos": "NOUN", "code": "191", "plover": "ASSAULT"}.

An optional "object_heads": true asks that one of the object words head the phrase it is
found in (the object itself, or a preposition's object), not stand anywhere within it: a null
for attending school, {"trigger": "attend", "object": ["school"], "code": null,
"object_heads": true}, leaves "attended a protest near their school" coded.

The code that applies patterns (``coder.py``) does not know where they came from:
packaged files first, then the user's, whose patterns win on equal specificity.
"""

from __future__ import annotations

import json
import warnings
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DictionaryWarning, InputError
from .cameo import code_table

PLOVER_EVENTS = frozenset(
    "AGREE CONSULT SUPPORT COOPERATE AID CONCEDE RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
PACKAGED_FILES = ("phoenix_verbs.jsonl", "curated.jsonl", "measures.jsonl",
                  "core.jsonl")  # later files win ties


@dataclass(frozen=True)
class Pattern:
    id: str
    trigger: str
    pos: str  # "VERB" | "NOUN"
    code: str | None  # None: a match suppresses coding (PETRARCH's [---])
    particle: str | None = None
    prep: str | None = None
    object: tuple[str, ...] = ()
    source: str = ""
    subject: tuple[str, ...] = ()  # words the trigger's subject must hold ("peacekeeper")
    rank: int = 0  # load order; user files load last and win ties
    plover: str | None = None  # the PLOVER type where it is not the code's own
    # the code of the act announced, for a pattern that codes nothing done: "will take part"
    # states an intent to cooperate (030); "took part" codes only what it names
    announced: str | None = None
    object_heads: bool = False  # an object word must head its phrase ("attend school")

    @property
    def specificity(self) -> int:
        """Object words beat subject words ("militants seized two engineers": whom they
        seized says what was done, who seized them only how), which beat a preposition, which
        beats a particle, which beats nothing."""
        return (4 * len(self.object) + 3 * len(self.subject) + 2 * bool(self.prep)
                + bool(self.particle))


class PatternSet:
    """Patterns indexed by (trigger lemma, part of speech)."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.by_trigger: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        for pattern in patterns:
            self.by_trigger[(pattern.trigger, pattern.pos)].append(pattern)
        for candidates in self.by_trigger.values():
            candidates.sort(key=lambda p: (-p.specificity, -p.rank))

    def candidates(self, lemma: str, pos: str) -> list[Pattern]:
        return self.by_trigger.get((lemma, pos), [])

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_trigger.values())


def parse_line(line: str, where: str, rank: int) -> Pattern:
    """One pattern from one JSON line; ValueError says what is wrong with it."""
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    trigger = str(record.get("trigger") or "").strip().lower()
    pos = str(record.get("pos") or "VERB").upper()
    code = record.get("code")
    if not trigger:
        raise ValueError("no trigger")
    if pos not in ("VERB", "NOUN"):
        raise ValueError(f"pos must be VERB or NOUN, not {pos!r}")
    if code is not None and str(code) not in code_table():
        raise ValueError(f"unknown CAMEO code {code!r}")
    announced = record.get("announced")
    if announced is not None and (code is not None or str(announced) not in code_table()):
        raise ValueError(f"'announced' needs a pattern with no code and a CAMEO code, not "
                         f"{announced!r}")
    words = record.get("object") or ()
    if isinstance(words, str):
        words = words.split()
    subject = record.get("subject") or ()
    plover = record.get("plover") or None
    if plover is not None and plover not in PLOVER_EVENTS:
        raise ValueError(f"unknown PLOVER event type {plover!r}")
    if isinstance(subject, str):
        subject = subject.split()
    return Pattern(
        id=str(record.get("id") or f"{where}"),
        trigger=trigger,
        pos=pos,
        code=None if code is None else str(code),
        particle=(record.get("particle") or None),
        prep=(record.get("prep") or None),
        object=tuple(str(w).lower() for w in words),
        source=str(record.get("source") or where),
        subject=tuple(str(w).lower() for w in subject),
        rank=rank,
        plover=plover,
        announced=None if announced is None else str(announced),
        object_heads=bool(record.get("object_heads")),
    )


def read_patterns(lines: Iterable[str], name: str, rank: int) -> list[Pattern]:
    """Parse pattern lines; a malformed line is a warning naming name:line, and is skipped."""
    patterns = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            patterns.append(parse_line(line, f"{name}:{number}", rank))
        except (ValueError, TypeError) as error:
            message = f"{name}:{number}: skipped pattern: {error}"
            warnings.warn(message, DictionaryWarning, stacklevel=2)
    return patterns


def packaged_patterns() -> list[Pattern]:
    folder = resources.files("eventwire") / "data" / "patterns"
    patterns: list[Pattern] = []
    for rank, filename in enumerate(PACKAGED_FILES):
        path = folder / filename
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                patterns += read_patterns(handle, filename, rank)
    return patterns


@lru_cache(maxsize=8)
def load_patterns(user_files: Sequence[str] = ()) -> PatternSet:
    """The packaged patterns plus the user's files (which win ties), cached per process."""
    patterns = packaged_patterns()
    for offset, filename in enumerate(user_files, start=len(PACKAGED_FILES)):
        try:
            with Path(filename).open(encoding="utf-8") as handle:
                patterns += read_patterns(handle, filename, offset)
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(filename, f"cannot read pattern file: {error}") from None
    return PatternSet(patterns)
