"""PLOVER root macro-F1 of the coder on real news pairs (tuning data only; never copied).

Input: ../shared/data/events/plv_train.jsonl (1,050 wire sentences, 2017-2019, one marked
source-target pair each, gold PLOVER root among 15). As the data README says: code the
sentence, take the event whose source and target match the marked pair, no event = a miss;
macro-F1 over the roots (of the 15) that the gold or the predictions hold, as scikit-learn's
macro average does: a root no pair has and none is coded as (the odd held-out half has no
SANCTION and no MOBILIZE pair) is no zero in the mean; one coded but absent from the gold is.

- strict: the event's source mention overlaps the marked source and its target mention the
  marked target (asserted events first, then any; a record may mark an actor at each place it
  is named, and any of them matches); a side the record leaves unmarked (20 records
  mark no target, 4 no source) matches any;
- lenient: failing that, an event whose source or target overlaps the pair, else the
  sentence's only event.
PLOVER's later split of YIELD into RETREAT and CONCEDE is folded back into YIELD.

Run: .venv/bin/python bench/plover_real.py [PATH] [--misses FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path

from eventwire.pipeline import code_articles
from eventwire.records import Article, Event

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "data" / "events" / "plv_train.jsonl"
ROOTS = ("AGREE CONSULT SUPPORT COOPERATE AID YIELD REQUEST ACCUSE REJECT THREATEN PROTEST "
         "SANCTION MOBILIZE COERCE ASSAULT").split()
FOLD = {"RETREAT": "YIELD", "CONCEDE": "YIELD"}
TAG = re.compile(r"</?[st]>")


def spans(marked: str) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """Plain text and the character spans of <s>...</s> and <t>...</t> (every one: a record
    may mark each place its actor is named, "aid to <t>X</t> ... reforms in <t>X</t>")."""
    text, found, opened = [], {}, {}
    length = 0
    position = 0
    for match in TAG.finditer(marked):
        chunk = marked[position : match.start()]
        text.append(chunk)
        length += len(chunk)
        tag = match.group(0)
        name = tag.strip("</>")
        if tag.startswith("</"):
            found.setdefault(name, []).append((opened.pop(name, length), length))
        else:
            opened[name] = length
        position = match.end()
    text.append(marked[position:])
    return "".join(text), found


def overlaps(mention, marked: list[tuple[int, int]] | None) -> bool:
    """The mention overlaps a marked span, where the article named it or where the act's
    clause did ("she" in "Ms Adeyemi said she met X", marked so in the held-out pairs)."""
    if not (mention and marked):
        return False
    spots = [(mention.start, mention.end), *([mention.said_as] if mention.said_as else [])]
    return any(start < end_marked and start_marked < end for start, end in spots
               for start_marked, end_marked in marked)


def matches(mention, marked: list[tuple[int, int]] | None) -> bool:
    """A side the gold leaves unmarked (20 plv records name no target) is no condition."""
    return marked is None or overlaps(mention, marked)


def choose(events: list[Event], pair: dict[str, list[tuple[int, int]]]
           ) -> tuple[Event | None, str]:
    """The event for the marked pair: ('strict' | 'lenient' | 'none')."""
    ordered = sorted(events, key=lambda e: not e.is_asserted)
    for event in ordered:
        if matches(event.source, pair.get("s")) and matches(event.target, pair.get("t")):
            return event, "strict"
    for event in ordered:
        if overlaps(event.source, pair.get("s")) or overlaps(event.target, pair.get("t")):
            return event, "lenient"
    if len(events) == 1:
        return events[0], "lenient"
    return None, "none"


def macro_f1(pairs: list[tuple[str, str | None]]) -> tuple[float, dict[str, float]]:
    """Mean F1 over the roots in the gold or the predictions; `per` holds only those roots."""
    per: dict[str, float] = {}
    present = {g for g, _ in pairs} | {p for _, p in pairs}
    for root in (r for r in ROOTS if r in present):
        tp = sum(1 for g, p in pairs if g == root and p == root)
        fp = sum(1 for g, p in pairs if g != root and p == root)
        fn = sum(1 for g, p in pairs if g == root and p != root)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        per[root] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return sum(per.values()) / len(per), per


def score(records: list[dict], source: str, misses: str | None = None) -> int:
    """Code plv-format records ({id, marked, plover_root}) and print the figures.

    `source` names the input on the first line; `misses` is a path to write the misses to.
    Shared by bench/plover_real.py and bench/plover_heldout.py so both score alike.
    """
    articles, pairs_by_id = [], {}
    for record in records:
        text, pair = spans(record["marked"])
        articles.append(Article(id=record["id"], text=text))
        pairs_by_id[record["id"]] = pair
    gold = {r["id"]: r["plover_root"] for r in records}
    started = time.perf_counter()
    strict: list[tuple[str, str | None]] = []
    lenient: list[tuple[str, str | None]] = []
    how = Counter()
    missed = []
    for article, events in code_articles(articles):
        event, kind = choose(events, pairs_by_id[article.id])
        how[kind] += 1
        predicted = FOLD.get(event.plover.event, event.plover.event) if event else None
        predicted = predicted or None
        lenient.append((gold[article.id], predicted))
        strict.append((gold[article.id], predicted if kind == "strict" else None))
        if predicted != gold[article.id]:
            missed.append({"id": article.id, "gold": gold[article.id], "predicted": predicted,
                           "match": kind, "code": event.cameo.code if event else None,
                           "rule": event.evidence.rule if event else None,
                           "events": len(events)})
    seconds = time.perf_counter() - started
    strict_f1, per = macro_f1(strict)
    lenient_f1, _ = macro_f1(lenient)
    print(f"input: {source} ({len(records)} sentences)")
    print(f"machine: {platform.machine()} {platform.processor() or ''} {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print(f"command: {' '.join(sys.argv)}")
    print(f"coded in {seconds:.1f} s ({len(records) / seconds:.0f} sentences/s)")
    print(f"pair found: strict {how['strict']}, lenient {how['lenient']}, none {how['none']}")
    accuracy = sum(1 for g, p in strict if g == p) / len(strict)
    print(f"macro-F1 over the {len(per)} roots present: strict {strict_f1:.3f}, "
          f"lenient {lenient_f1:.3f}; strict accuracy {accuracy:.3f}")
    for root in ROOTS:
        support = sum(1 for g, _ in strict if g == root)
        figure = f"F1 {per[root]:.3f}" if root in per else "absent  "
        print(f"  {root:<10} {figure}  (n={support})")
    if misses:
        with open(misses, "w", encoding="utf-8") as handle:
            for miss in missed:
                handle.write(json.dumps(miss) + "\n")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--misses", help="write the misses (id, gold, predicted, rule) here")
    args = parser.parse_args()
    path = Path(args.path)
    if not path.is_file():
        print(f"{path}: not found (this bench needs ../shared/data)", file=sys.stderr)
        return 2
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return score(records, str(path), args.misses)


if __name__ == "__main__":
    raise SystemExit(main())
