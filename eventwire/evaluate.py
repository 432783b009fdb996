"""Score the coder on a gold file: precision, recall and F1 per category and macro.

Gold records, one JSON object a line::

    {"id": "dev-001", "text": "Turkey accused Russia of war crimes.", "date": "2016-02-16",
     "expected": [{"source": "TUR", "target": "RUS", "code": "1124", "plover": "ACCUSE"}]}

Three views, as issue 4 asks:

- ``root+dyad``: CAMEO root with the source and target country (the first three letters of
  the actor codes). Events are matched one to one within a sentence; a gold field left out
  (or null) matches anything.
- ``root``: CAMEO root alone, as the set of roots a sentence has.
- ``plover``: PLOVER event type, as the set of types a sentence has (from the gold's
  ``plover``, else from the code's PLOVER mapping; codes without a PLOVER type are left out).

Only asserted, non-negated events (``Event.is_asserted``) count, coded actors or not: the
score is of the codes. With ``shown``, only the facts a default table shows count
(``Event.is_fact``: no plain statements, no event without a coded actor). Macro figures
average over the categories that occur in the gold file. Misses of the ``root+dyad`` view
(false negatives and false positives, with the sentence) go to a JSONL file.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .actors import codes as cameo
from .errors import InputError
from .records import Article, Event

Coder = Callable[[Iterable[Article]], Iterator[tuple[Article, list[Event]]]]
VIEWS = ("root+dyad", "root", "plover")


@dataclass(frozen=True)
class Item:
    """One event reduced to what is scored."""

    root: str | None
    source: str | None  # country: first three letters of the actor code
    target: str | None
    plover: str | None
    code: str | None = None
    detail: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def short(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "code": self.code,
            "plover": self.plover,
            **self.detail,
        }


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    date: str | None
    expected: tuple[Item, ...]
    construction: str | None = None
    where: str = ""


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class ViewReport:
    """Counts per category for one view, with micro and macro figures."""

    name: str
    categories: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))

    @property
    def micro(self) -> Counts:
        total = Counts()
        for counts in self.categories.values():
            total.add(counts)
        return total

    def _gold_categories(self) -> list[Counts]:
        return [c for c in self.categories.values() if c.support]

    @property
    def macro_precision(self) -> float:
        cats = self._gold_categories()
        return sum(c.precision for c in cats) / len(cats) if cats else 0.0

    @property
    def macro_recall(self) -> float:
        cats = self._gold_categories()
        return sum(c.recall for c in cats) / len(cats) if cats else 0.0

    @property
    def macro_f1(self) -> float:
        cats = self._gold_categories()
        return sum(c.f1 for c in cats) / len(cats) if cats else 0.0


@dataclass
class EvalReport:
    gold_path: str
    records: int
    views: dict[str, ViewReport]
    constructions: dict[str, Counts]  # root+dyad counts by the gold's "construction" tag
    misses: int = 0
    misses_path: str | None = None
    seconds: float = 0.0

    def format(self) -> str:
        """The printed table: macro and micro per view, then per category, then constructions."""
        lines = [f"{self.gold_path}: {self.records} sentences, {self.seconds:.1f} s"]
        lines.append(f"{'view':<10} {'macro P':>8} {'macro R':>8} {'macro F1':>8}"
                     f" {'micro P':>8} {'micro R':>8} {'micro F1':>8}")
        for name in VIEWS:
            view = self.views[name]
            micro = view.micro
            lines.append(
                f"{name:<10} {view.macro_precision:8.3f} {view.macro_recall:8.3f}"
                f" {view.macro_f1:8.3f} {micro.precision:8.3f} {micro.recall:8.3f}"
                f" {micro.f1:8.3f}"
            )
        for name in VIEWS:
            view = self.views[name]
            lines.append("")
            lines.append(f"{name:<10} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}")
            for category in sorted(view.categories):
                c = view.categories[category]
                lines.append(
                    f"{category:<10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"
                    f" {c.tp:5d} {c.fp:5d} {c.fn:5d}"
                )
        if self.constructions:
            lines.append("")
            lines.append(f"{'construction':<13} {'P':>6} {'R':>6} {'TP':>5} {'FP':>5} {'FN':>5}"
                         "   (root+dyad)")
            for tag in sorted(self.constructions):
                c = self.constructions[tag]
                lines.append(
                    f"{tag:<13} {c.precision:6.3f} {c.recall:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}"
                )
        if self.misses_path:
            lines.append("")
            lines.append(f"{self.misses} misses written to {self.misses_path}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"gold": self.gold_path, "records": self.records}
        for name, view in self.views.items():
            micro = view.micro
            out[name] = {
                "macro": {"precision": view.macro_precision, "recall": view.macro_recall,
                          "f1": view.macro_f1},
                "micro": {"precision": micro.precision, "recall": micro.recall, "f1": micro.f1},
                "categories": {
                    k: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "f1": c.f1}
                    for k, c in sorted(view.categories.items())
                },
            }
        return out


@lru_cache(maxsize=1)
def plover_of_code() -> dict[str, str]:
    """CAMEO code -> PLOVER event type, from the packaged CAMEO table."""
    table = resources.files("eventwire") / "data" / "cameo" / "cameo_codes.tsv"
    mapping: dict[str, str] = {}
    with table.open(encoding="utf-8") as handle:
        header = next(handle).rstrip("\n").split("\t")
        code_col, plover_col = header.index("code"), header.index("plover_event")
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if len(cells) > plover_col and cells[plover_col]:
                mapping[cells[code_col]] = cells[plover_col]
    return mapping


# actor types above states: compared as they are ("IGO" for IGOUNO), like a country
TRANSNATIONAL = frozenset({"IGO", "NGO", "MNC"})


def country(actor_code: str | None) -> str | None:
    """The part of an actor code a dyad compares: its country ("TUR" of TURGOV), or its type
    for an international body ("IGO" of IGOUNO); none for a bare sector ("CVL", "GOV"),
    which names no country, so it matches as a side left unmarked does."""
    if not actor_code:
        return None
    code = actor_code.upper()
    state, sector = cameo.split(code)
    if state is None and sector is not None and code.startswith(sector) and \
            code[:3] not in TRANSNATIONAL:
        return None
    return code[:3]


def gold_item(raw: Any) -> Item:
    if not isinstance(raw, dict):
        raise ValueError("an expected event must be a JSON object")
    code = raw.get("code")
    code = str(code) if code not in (None, "") else None
    plover = raw.get("plover") if "plover" in raw else None
    if plover is None and code is not None:
        plover = plover_of_code().get(code)
    return Item(
        root=code[:2] if code else None,
        source=country(raw.get("source")),
        target=country(raw.get("target")),
        plover=plover or None,
        code=code,
    )


def in_half(record_id: str, half: str | None) -> bool:
    """Whether a record is in the half ("odd" or "even") its id's trailing number puts it in
    (dev-001 odd, wr-a-002 even): our gold files keep odd ids to read and train on and even
    ids held out. Every record is, when no half is asked."""
    if half is None:
        return True
    digits = re.search(r"(\d+)$", record_id)
    if digits is None:
        raise InputError(record_id, "a gold id with no trailing number has no half")
    return (int(digits.group(1)) % 2 == 1) == (half == "odd")


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Gold records; a malformed line raises InputError naming the file and line."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such gold file")
    records: list[GoldRecord] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = json.loads(line)
                if not isinstance(raw, dict):
                    raise ValueError("not a JSON object")
                if not isinstance(raw.get("text"), str) or not raw["text"].strip():
                    raise ValueError("no text")
                expected = raw.get("expected")
                if not isinstance(expected, list):
                    raise ValueError("'expected' must be a list (it may be empty)")
                records.append(
                    GoldRecord(
                        id=str(raw.get("id") or f"{path.name}:{number}"),
                        text=raw["text"],
                        date=raw.get("date"),
                        expected=tuple(gold_item(e) for e in expected),
                        construction=raw.get("construction"),
                        where=where,
                    )
                )
            except (ValueError, TypeError) as error:
                raise InputError(where, f"bad gold record: {error}") from None
    if not records:
        raise InputError(str(path), "no gold records")
    return records


def event_item(event: Event) -> Item:
    """The scored view of a coded event."""

    def actor_country(mention) -> str | None:
        if mention is None:
            return None
        return country(mention.code) or (mention.country or None)

    return Item(
        root=event.cameo.root or event.cameo.code[:2],
        source=actor_country(event.source),
        target=actor_country(event.target),
        plover=event.plover.event or None,
        code=event.cameo.code,
        detail={
            "trigger": event.evidence.trigger,
            "rule": event.evidence.rule,
            "modality": event.modality,
            "negated": event.negated,
        },
    )


def _fits(gold: Item, pred: Item, exact: bool) -> bool:
    if gold.root != pred.root:
        return False
    for g, p in ((gold.source, pred.source), (gold.target, pred.target)):
        if g is None:
            if exact and p is not None:
                return False
        elif g != p:
            return False
    return True


def match_events(gold: list[Item], pred: list[Item]) -> tuple[list[tuple[Item, Item]],
                                                              list[Item], list[Item]]:
    """One-to-one matching on root and dyad: (pairs, unmatched gold, unmatched predictions).

    A first pass pairs events that agree on every field; a second lets a gold field left
    empty match any value.
    """
    gold = [g for g in gold if g.root]
    pred = [p for p in pred if p.root]
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[Item, Item]] = []
    for exact in (True, False):
        for gi, g in enumerate(gold):
            if gi in used_gold:
                continue
            for pi, p in enumerate(pred):
                if pi not in used_pred and _fits(g, p, exact):
                    used_gold.add(gi)
                    used_pred.add(pi)
                    pairs.append((g, p))
                    break
    return (
        pairs,
        [g for i, g in enumerate(gold) if i not in used_gold],
        [p for i, p in enumerate(pred) if i not in used_pred],
    )


def score_labels(view: ViewReport, gold: set[str], pred: set[str]) -> None:
    """Sentence-level label sets: each label present in both is a true positive."""
    for label in gold | pred:
        counts = view.categories[label]
        if label in gold and label in pred:
            counts.tp += 1
        elif label in gold:
            counts.fn += 1
        else:
            counts.fp += 1


def score_sentence(views: dict[str, ViewReport], gold: list[Item], pred: list[Item]
                   ) -> tuple[list[tuple[Item, Item]], list[Item], list[Item]]:
    """Add one sentence's gold and predicted events to the three views; the root+dyad
    matching's (pairs, unmatched gold, unmatched predictions)."""
    pairs, missed, extra = match_events(gold, pred)
    dyad = views["root+dyad"]
    for g, _ in pairs:
        dyad.categories[g.root].tp += 1
    for g in missed:
        dyad.categories[g.root].fn += 1
    for p in extra:
        dyad.categories[p.root].fp += 1
    score_labels(views["root"], {g.root for g in gold if g.root}, {p.root for p in pred if p.root})
    score_labels(views["plover"], {g.plover for g in gold if g.plover},
                 {p.plover for p in pred if p.plover})
    return pairs, missed, extra


def score(
    records: list[GoldRecord], predictions: dict[str, list[Event]], shown: bool = False
) -> tuple[dict[str, ViewReport], dict[str, Counts], list[dict[str, Any]]]:
    """Score predictions (record id -> all coded events) against gold records: the asserted
    events, or with ``shown`` the facts a default table shows."""
    views = {name: ViewReport(name) for name in VIEWS}
    constructions: dict[str, Counts] = defaultdict(Counts)
    misses: list[dict[str, Any]] = []
    for record in records:
        events = predictions.get(record.id, [])
        counted = [e.is_fact if shown else e.is_asserted for e in events]
        facts = [event_item(e) for e, c in zip(events, counted, strict=True) if c]
        others = [event_item(e).short() for e, c in zip(events, counted, strict=True) if not c]
        gold = list(record.expected)

        pairs, missed, extra = score_sentence(views, gold, facts)
        if record.construction:
            tag = constructions[record.construction]
            tag.tp += len(pairs)
            tag.fn += len(missed)
            tag.fp += len(extra)

        base = {"id": record.id, "text": record.text}
        for g in missed:
            misses.append({**base, "miss": "false_negative", "event": g.short(),
                           "predicted": [p.short() for p in facts], "not_facts": others})
        for p in extra:
            misses.append({**base, "miss": "false_positive", "event": p.short(),
                           "expected": [g.short() for g in gold]})
    return views, dict(constructions), misses


def default_coder() -> Coder:
    from .pipeline import code_articles

    return code_articles


def evaluate(
    gold_path: str | Path,
    misses_path: str | Path | None = None,
    coder: Coder | None = None,
    shown: bool = False,
    half: str | None = None,
) -> EvalReport:
    """Code every gold sentence with ``coder`` (default: the pipeline) and score it; with
    ``half``, only the records of that half (:func:`in_half`)."""
    records = [r for r in read_gold(gold_path) if in_half(r.id, half)]
    if not records:
        raise InputError(str(gold_path), f"no gold records in the {half} half")
    coder = coder or default_coder()
    articles = [
        Article(id=r.id, text=r.text, published=r.date, input_name=r.where) for r in records
    ]
    started = time.perf_counter()
    predictions: dict[str, list[Event]] = {}
    for article, events in coder(articles):
        predictions.setdefault(article.id, []).extend(events)
    seconds = time.perf_counter() - started
    views, constructions, misses = score(records, predictions, shown)
    if misses_path is not None:
        with open(misses_path, "w", encoding="utf-8") as handle:
            for miss in misses:
                handle.write(json.dumps(miss, ensure_ascii=False) + "\n")
    return EvalReport(
        gold_path=str(gold_path),
        records=len(records),
        views=views,
        constructions=constructions,
        misses=len(misses),
        misses_path=str(misses_path) if misses_path is not None else None,
        seconds=seconds,
    )
