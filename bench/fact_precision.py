"""Precision of the facts eventwire shows on real news, against verdicts judged by hand.

The pair benches (plover_real.py, plover_heldout.py) score the event eventwire finds for a
pair someone marked; none scores the events it invents on ordinary news, which is what a
user sees. This bench codes the same real article texts as ``fresh_events.py`` (the
extraction benchmark's bodies and the geo set's news texts in ../shared/data, every held-out
sentence and every sentence of the news gold's blind half left out) and compares each fact
(``Event.is_fact``: asserted, not negated, a coded side) with the verdicts in
``bench/judged/facts.jsonl``.

A verdict is keyed by where the trigger stands and what was coded: corpus, document, trigger
offsets, CAMEO code, source code and target code. It holds no text of the articles (their
licences differ from ours): the sample mode prints the sentence for the judge to read, and
writes only the keys. A fact whose code or sides change is a new fact, and its old verdict
counts as gone.

Verdicts (judged against the CAMEO 1.1b3 definitions):
  right  a careful coder would sign it as it stands: the act, the code's root, and each side's
         code (a side left empty where the text names no actor is not wrong)
  wrong  anything else: no such act, the wrong root, or a wrong side

Run:
  .venv/bin/python bench/fact_precision.py                 # figures against the verdicts
  .venv/bin/python bench/fact_precision.py --sample 40 --seed 7 --out /tmp/to_judge.jsonl
      # prints 40 unjudged facts with their sentences, writes their keys with "verdict": null;
      # fill in each verdict (and a short "why" in your own words), then append the lines
      # to bench/judged/facts.jsonl
  .venv/bin/python bench/fact_precision.py --by root      # also: by rule, or rule family
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from fresh_events import SHARED, articles, hidden_sentences, in_held_out, in_spans, side

from eventwire.pipeline import code_articles
from eventwire.records import Article, Event

REPO = Path(__file__).resolve().parents[1]
VERDICTS = REPO / "bench" / "judged" / "facts.jsonl"
CORPORA = ("extraction", "geo_dev")


@dataclass(frozen=True)
class Fact:
    corpus: str
    doc: str
    event: Event

    @property
    def key(self) -> tuple:
        evidence = self.event.evidence
        return (self.corpus, self.doc, evidence.trigger_start, evidence.trigger_end,
                self.event.cameo.code, code_of(self.event.source), code_of(self.event.target))

    def record(self) -> dict:
        corpus, doc, start, end, cameo, source, target = self.key
        return {"corpus": corpus, "doc": doc, "trigger": [start, end], "cameo": cameo,
                "source": source, "target": target, "rule": self.event.evidence.rule,
                "verdict": None, "why": ""}


def code_of(mention) -> str | None:
    return mention.code if mention else None


def key_of(record: dict) -> tuple:
    start, end = record["trigger"]
    return (record["corpus"], record["doc"], start, end, record["cameo"], record["source"],
            record["target"])


def current_facts() -> list[Fact]:
    """The facts eventwire shows on both corpora, held-out and blind news gold sentences
    left out."""
    held = hidden_sentences()
    facts = []
    for corpus in CORPORA:
        texts = articles(corpus, SHARED)
        for article, events in code_articles([Article(id=d, text=t) for d, t in texts],
                                             locate=False):
            spans = held.get(f"{corpus}:{article.id}", [])
            facts += [Fact(corpus, article.id, e) for e in events
                      if e.is_fact and not in_held_out(e, article.text, spans)]
    # two sides of one code in one phrase ("X and Y's troops") share a key: judged once
    return list({fact.key: fact for fact in reversed(facts)}.values())[::-1]


def load_verdicts(path: Path) -> dict[tuple, dict]:
    if not path.is_file():
        return {}
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return {key_of(r): r for r in records if r.get("verdict") in ("right", "wrong")}


def wilson(right: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion."""
    if total == 0:
        return (0.0, 0.0)
    p = right / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return (centre - half, centre + half)


def report(facts: list[Fact], verdicts: dict[tuple, dict]) -> None:
    shown = {f.key for f in facts}
    judged = [verdicts[f.key] for f in facts if f.key in verdicts]
    right = sum(r["verdict"] == "right" for r in judged)
    low, high = wilson(right, len(judged))
    print(f"input: {', '.join(CORPORA)} texts in {SHARED} (held-out and blind news gold "
          "sentences left out, and their verdicts)")
    print(f"verdicts: {VERDICTS.relative_to(REPO)} ({len(verdicts)} judged facts)")
    print(f"facts shown now: {len(facts)}; with a verdict: {len(judged)}; "
          f"unjudged: {len(facts) - len(judged)}")
    print(f"precision on the judged facts shown: {right}/{len(judged)} = "
          f"{right / max(len(judged), 1):.3f} (95% interval {low:.3f}-{high:.3f})")
    statements = [r for r in judged if r["cameo"].startswith("01")]
    others = [r for r in judged if not r["cameo"].startswith("01")]
    for name, group in (("statements (CAMEO 01)", statements), ("other acts", others)):
        ok = sum(r["verdict"] == "right" for r in group)
        print(f"  {name}: {ok}/{len(group)} right")
    gone = Counter(r["verdict"] for k, r in verdicts.items() if k not in shown)
    print(f"judged facts no longer shown: {gone['right']} right (lost), "
          f"{gone['wrong']} wrong (removed)")


GROUPINGS = {
    "root": lambda r: r["cameo"][:2],
    "rule": lambda r: r["rule"].split("#")[0],
    "family": lambda r: r["rule"].split("/")[0],
}


def breakdown(facts: list[Fact], verdicts: dict[tuple, dict], by: str) -> None:
    """Judged precision of the facts shown now, by CAMEO root, rule or rule family: where the
    wrong facts come from."""
    groups: dict[str, Counter] = {}
    for fact in facts:
        record = verdicts.get(fact.key)
        if record is not None:
            group = GROUPINGS[by](record)
            groups.setdefault(group, Counter())[record["verdict"]] += 1
    print(f"{by:24} right wrong precision")
    for group, counts in sorted(groups.items(), key=lambda kv: -sum(kv[1].values())):
        total = counts["right"] + counts["wrong"]
        print(f"{group:24} {counts['right']:5} {counts['wrong']:5} {counts['right'] / total:9.3f}")


def sample(facts: list[Fact], verdicts: dict[tuple, dict], count: int, seed: int,
           out: Path) -> None:
    """Print ``count`` unjudged facts to judge, and write their keys to ``out``."""
    texts = {(c, d): t for c in CORPORA for d, t in articles(c, SHARED)}
    unjudged = sorted((f for f in facts if f.key not in verdicts), key=lambda f: str(f.key))
    chosen = random.Random(seed).sample(unjudged, min(count, len(unjudged)))
    with out.open("w", encoding="utf-8") as handle:
        for n, fact in enumerate(chosen):
            event = fact.event
            text = texts[(fact.corpus, fact.doc)]
            trigger = text[event.evidence.trigger_start or 0 : event.evidence.trigger_end]
            print(f"[{n}] {event.sentence[:400]}\n     trigger '{trigger}'"
                  f" | {side(event.source)} -> {side(event.target)} | {event.cameo.code} "
                  f"{event.cameo.name[:45]} | rule {event.evidence.rule}")
            handle.write(json.dumps(fact.record()) + "\n")
    print(f"wrote {len(chosen)} keys to {out}: fill in the verdicts, then append them to "
          f"{VERDICTS.relative_to(REPO)}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=0, help="unjudged facts to print")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("to_judge.jsonl"))
    parser.add_argument("--by", choices=sorted(GROUPINGS),
                        help="also break the judged facts shown down by root, rule or family")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED}: not found (this bench needs ../shared/data)", file=sys.stderr)
        return 2
    facts = current_facts()
    hidden = hidden_sentences()
    verdicts = {key: record for key, record in load_verdicts(VERDICTS).items()
                if not in_spans(record["trigger"][0],
                                hidden.get(f"{record['corpus']}:{record['doc']}", []))}
    if args.sample:
        sample(facts, verdicts, args.sample, args.seed, args.out)
    else:
        report(facts, verdicts)
        if args.by:
            breakdown(facts, verdicts, args.by)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
