"""Recall and precision of eventwire on real news sentences, against a gold set labelled blind.

The pair benches score only pairs someone marked, and ``fact_precision.py`` only the facts
eventwire shows; neither says what a careful coder would have coded on ordinary news that
eventwire missed. This bench does: ``bench/judged/news_gold.jsonl`` names, for 1,460 sentences of
the real article texts in ../shared/data (the extraction benchmark's bodies and the geo set's
news texts, every held-out sentence left out), the events a careful CAMEO coder would code in
each, including none (conventions and how the sentences were drawn: ``NEWS_GOLD.md``).

Input: the gold keys (corpus, document, character span of the sentence, expected events) and the
corpus texts. The articles that hold a labelled sentence are coded whole, as a user would code them
(coreference and the story's country work across sentences; ``locate=False``); each labelled
sentence keeps the events whose trigger lies in its span. The sentences and their events are scored
by ``eventwire.evaluate.score``, the matching of ``eventwire eval``: root+dyad (one to one, CAMEO
root with source and target country), root and PLOVER (the sets of roots and types of a sentence),
micro and macro over the categories in the gold. Only asserted events count. Figures are printed
per half (dev, blind), per stratum (random: any sentence; actors: two named actors and a verb;
political, political2, political3 and political4: a word of a fixed list of political actors, or a
country as subject, and a verb, four draws that use up one pool), and all together.

The labels were written blind, each sentence by one labeller, a language model (the helper of round
30d for random and actors, of round 30e for political, of round 31e for political2, of round 32f
for political3, of round 33f for political4), under the conventions of NEWS_GOLD.md, and committed
before eventwire or this bench was run on them. The figures measure agreement with that one reading
of CAMEO, not with an adjudicated standard. A second labeller (the helper of round 30f) labelled
the first 600 (random, actors, political) again, independently and blind
(``bench/judged/news_gold_second.jsonl``; political2 to political4 have no second labelling);
``--agreement`` scores those labels, as if they were predictions, against the gold of the sentences
they cover with the same matching, and does not run eventwire: two coders agree at root+dyad micro
F1 0.72 (root 0.78, PLOVER 0.81), about the ceiling a coder can reach here. The texts are mostly
not political news: the random and actors strata hold 25 events in 300 sentences, the political
stratum 67 in 300 (24 dev, 43 blind), political2 42 in 300 (16 dev, 26 blind), political3 38 in 300
(13 dev, 25 blind), political4 40 in 260 (24 dev, 16 blind); 212 in all. Recall still rests on few
events and moves in big steps; the many empty sentences mostly measure what eventwire codes where
the labeller coded nothing.

The dev half's misses may be read (``--misses``; with ``--agreement``, the sentences where the
labellers differ); the blind half's are never written, so that half stays a test nobody has
tuned on.

Run:
  .venv/bin/python bench/news_gold.py                       # both halves, by stratum
  .venv/bin/python bench/news_gold.py --half dev --misses /tmp/news_misses.jsonl
  .venv/bin/python bench/news_gold.py --shown               # only the facts shown by default
  .venv/bin/python bench/news_gold.py --shown --without-statements   # root 01 left out
  .venv/bin/python bench/news_gold.py --agreement           # second labeller vs first
  .venv/bin/python bench/news_gold.py --agreement --half dev --misses /tmp/disagree.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from fresh_events import SHARED, articles

from eventwire.evaluate import (
    VIEWS,
    GoldRecord,
    Item,
    ViewReport,
    gold_item,
    score,
    score_sentence,
)
from eventwire.pipeline import code_articles
from eventwire.records import Article, Event

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "bench" / "judged" / "news_gold.jsonl"
SECOND = REPO / "bench" / "judged" / "news_gold_second.jsonl"
HALVES = ("dev", "blind")
STRATA = ("random", "actors", "political", "political2", "political3", "political4")


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def record_id(label: dict) -> str:
    start, end = label["span"]
    return f"{label['corpus']}:{label['doc'][:16]}:{start}-{end}"


def trigger_at(event: Event, text: str) -> int:
    if event.evidence.trigger_start is not None:
        return event.evidence.trigger_start
    return text.find(event.sentence[:60]) if event.sentence else -1


def code_labelled(labels: list[dict]) -> tuple[dict[str, str], dict[str, list[Event]]]:
    """Code every article that holds a labelled sentence: (id -> sentence, id -> its events)."""
    wanted: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for label in labels:
        wanted[(label["corpus"], label["doc"])].append(label)
    sentences: dict[str, str] = {}
    predictions: dict[str, list[Event]] = {}
    for corpus in sorted({c for c, _ in wanted}):
        texts = [Article(id=d, text=t) for d, t in articles(corpus, SHARED)
                 if (corpus, d) in wanted]
        for article, events in code_articles(texts, locate=False):
            for label in wanted[(corpus, article.id)]:
                start, end = label["span"]
                key = record_id(label)
                sentences[key] = article.text[start:end]
                predictions[key] = [e for e in events
                                    if start <= trigger_at(e, article.text) < end]
    return sentences, predictions


def gold_records(labels: list[dict], sentences: dict[str, str]) -> list[GoldRecord]:
    return [GoldRecord(id=record_id(label), text=sentences[record_id(label)], date=None,
                       expected=tuple(gold_item(e) for e in label["expected"]),
                       where=GOLD.name)
            for label in labels]


def without_statements(labels: list[dict]) -> list[dict]:
    """The labels with their root 01 events left out."""
    return [{**label, "expected": [e for e in label["expected"]
                                   if not str(e.get("code") or "").startswith("01")]}
            for label in labels]


def figures(view: ViewReport) -> str:
    micro = view.micro
    return (f"{view.macro_precision:6.3f} {view.macro_recall:6.3f} {view.macro_f1:6.3f}  "
            f"{micro.precision:6.3f} {micro.recall:6.3f} {micro.f1:6.3f}  "
            f"({micro.tp} tp {micro.fp} fp {micro.fn} fn)")


Scorer = Callable[[list[dict]], tuple[dict[str, ViewReport], int, int]]


def eventwire_scorer(sentences: dict[str, str],
                     predictions: dict[str, list[Event]]) -> Scorer:
    """Score eventwire's events on a group of labels (``eventwire.evaluate.score``)."""
    def scorer(labels: list[dict]) -> tuple[dict[str, ViewReport], int, int]:
        records = gold_records(labels, sentences)
        views, _, _ = score(records, predictions)
        gold = sum(len(r.expected) for r in records)
        predicted = sum(e.is_asserted for r in records for e in predictions.get(r.id, []))
        return views, gold, predicted
    return scorer


def report(groups: list[tuple[str, list[dict]]], scorer: Scorer,
           pred_name: str = "pred") -> None:
    print(f"{'group':<14} {'sent':>4} {'gold':>4} {pred_name:>4}  {'view':<9} "
          f"{'mac P':>6} {'mac R':>6} {'mac F1':>6}  {'mic P':>6} {'mic R':>6} {'mic F1':>6}")
    for name, labels in groups:
        views, gold, predicted = scorer(labels)
        for n, view in enumerate(VIEWS):
            head = (f"{name:<14} {len(labels):4} {gold:4} {predicted:4}" if n == 0
                    else " " * 29)
            print(f"{head}  {view:<9} {figures(views[view])}")


def compare_labels(first: list[dict], second: dict[str, dict]
                   ) -> tuple[dict[str, ViewReport], list[dict]]:
    """Score the second labeller's events as predictions against the first's, sentence by
    sentence, with the matching of ``eventwire.evaluate.score``: (views, disagreements)."""
    views = {name: ViewReport(name) for name in VIEWS}
    disagreements: list[dict] = []
    for label in first:
        other = second[record_id(label)]
        gold = [gold_item(e) for e in label["expected"]]
        pred = [gold_item(e) for e in other["expected"]]
        _, missed, extra = score_sentence(views, gold, pred)
        if missed or extra:
            disagreements.append({
                "id": record_id(label), "stratum": label["stratum"], "half": label["half"],
                "only_first": [short(g) for g in missed], "only_second": [short(p) for p in extra],
                "first": label["expected"], "second": other["expected"],
                "first_note": label.get("note", ""), "second_note": other.get("note", "")})
    return views, disagreements


def short(item: Item) -> dict:
    return {"source": item.source, "target": item.target, "code": item.code}


def agreement_scorer(second: dict[str, dict]) -> Scorer:
    def scorer(labels: list[dict]) -> tuple[dict[str, ViewReport], int, int]:
        views, _ = compare_labels(labels, second)
        gold = sum(len(label["expected"]) for label in labels)
        other = sum(len(second[record_id(label)]["expected"]) for label in labels)
        return views, gold, other
    return scorer


def load_second(path: Path) -> dict[str, dict]:
    """The second labeller's records by id. It must hold gold sentences only, and every gold
    sentence of each stratum it labels (it need not label every stratum: political2 to
    political4 came after it)."""
    second = {record_id(label): label for label in load_gold(path)}
    gold = load_gold(GOLD)
    covered = {label["stratum"] for label in second.values()}
    first_ids = {record_id(label) for label in gold if label["stratum"] in covered}
    if set(second) != first_ids:
        raise SystemExit(f"{path}: not the same sentences as {GOLD} in strata "
                         f"{sorted(covered)} ({len(set(second) ^ first_ids)} differ)")
    return second


def write_disagreements(labels: list[dict], second: dict[str, dict], out: Path) -> int:
    """The dev half's disagreements between the labellers, with the sentence, to ``out``."""
    dev = [label for label in labels if label["half"] == "dev"]
    _, disagreements = compare_labels(dev, second)
    texts = {corpus: dict(articles(corpus, SHARED)) for corpus in {lb["corpus"] for lb in dev}}
    by_id = {record_id(label): label for label in dev}
    with out.open("w", encoding="utf-8") as handle:
        for item in disagreements:
            label = by_id[item["id"]]
            start, end = label["span"]
            item["text"] = texts[label["corpus"]][label["doc"]][start:end]
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    return len(disagreements)


def write_misses(labels: list[dict], sentences: dict[str, str],
                 predictions: dict[str, list[Event]], out: Path) -> int:
    """The dev half's root+dyad misses (false negatives and false positives) to ``out``."""
    dev = [label for label in labels if label["half"] == "dev"]
    _, _, misses = score(gold_records(dev, sentences), predictions)
    by_id = {record_id(label): label for label in dev}
    with out.open("w", encoding="utf-8") as handle:
        for miss in misses:
            label = by_id[miss["id"]]
            miss.update(stratum=label["stratum"], gold_note=label["note"],
                        why=[e["why"] for e in label["expected"]])
            handle.write(json.dumps(miss, ensure_ascii=False) + "\n")
    return len(misses)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=(*HALVES, "all"), default="all")
    parser.add_argument("--misses", type=Path,
                        help="write the dev half's misses here (never the blind half's); "
                             "with --agreement, the dev half's disagreements")
    parser.add_argument("--shown", action="store_true",
                        help="score only the facts eventwire shows by default (Event.is_fact: "
                             "asserted, not negated, a coded side), not every asserted event")
    parser.add_argument("--without-statements", action="store_true",
                        help="leave root 01 (statements) out of gold and predictions: how far "
                             "a plain statement is an event is a convention (ICEWS and GDELT "
                             "code most; these labellers coded few)")
    parser.add_argument("--agreement", nargs="?", type=Path, const=SECOND, metavar="LABELS",
                        help="score a second labeller's labels (default: "
                             f"{SECOND.relative_to(REPO)}) against the gold instead of "
                             "eventwire; eventwire is not run")
    args = parser.parse_args()
    if args.misses and args.half == "blind":
        print("--misses: the blind half's misses are never written (it would stop being "
              "blind); use --half dev", file=sys.stderr)
        return 2
    if not SHARED.is_dir():
        print(f"{SHARED}: not found (this bench needs ../shared/data)", file=sys.stderr)
        return 2
    labels = load_gold(GOLD)
    if args.without_statements:
        labels = without_statements(labels)
    halves = HALVES if args.half == "all" else (args.half,)
    labels = [label for label in labels if label["half"] in halves]
    second: dict[str, dict] = {}
    if args.agreement:
        second = load_second(args.agreement)
        labels = [label for label in labels if record_id(label) in second]
    strata = [stratum for stratum in STRATA if any(lb["stratum"] == stratum for lb in labels)]
    groups = [(f"{half}/{stratum}", [lb for lb in labels
                                     if lb["half"] == half and lb["stratum"] == stratum])
              for half in halves for stratum in strata]
    groups += [(half, [lb for lb in labels if lb["half"] == half]) for half in halves]
    if len(halves) > 1:
        groups += [(stratum, [lb for lb in labels if lb["stratum"] == stratum])
                   for stratum in strata]
        groups.append(("all", labels))
    command = f"bench/news_gold.py --half {args.half}" + (
        " --without-statements" if args.without_statements else "")
    if args.agreement:
        if args.without_statements:
            second = {record_id(label): label
                      for label in without_statements(list(second.values()))}
        print(f"agreement: {args.agreement.name} (second labeller, as predictions) against "
              f"{GOLD.relative_to(REPO)} (first labeller, as gold); {len(labels)} sentences, "
              f"half: {args.half}")
        report(groups, agreement_scorer(second), pred_name="2nd")
        print("(sent: sentences; gold: the first labeller's events; 2nd: the second's; "
              "P: share of the second's events the first also coded, R: share of the "
              "first's the second also coded; macro over the categories in the first's "
              "labels)")
        if args.misses:
            count = write_disagreements(labels, second, args.misses)
            print(f"{count} sentences of the dev half where the labellers differ written "
                  f"to {args.misses}")
        command += " --agreement" + (f" {args.agreement}" if args.agreement != SECOND else "")
    else:
        sentences, predictions = code_labelled(labels)
        if args.shown:
            predictions = {key: [e for e in events if e.is_fact]
                           for key, events in predictions.items()}
            command += " --shown"
        if args.without_statements:
            predictions = {key: [e for e in events if not e.cameo.code.startswith("01")]
                           for key, events in predictions.items()}
        print(f"input: {GOLD.relative_to(REPO)} ({len(labels)} sentences, half: "
              f"{args.half}); texts of extraction, geo_dev in {SHARED}")
        report(groups, eventwire_scorer(sentences, predictions))
        print(f"(sent: sentences; gold: gold events; pred: predicted "
              f"{'facts shown' if args.shown else 'asserted events'}; macro over the "
              "categories in each group's gold)")
        if args.misses:
            count = write_misses(labels, sentences, predictions, args.misses)
            print(f"{count} misses of the dev half written to {args.misses}")
    print(f"command: {command}" + (f" --misses {args.misses}" if args.misses else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
