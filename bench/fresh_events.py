"""Print eventwire's events on real news for judging by hand, skipping every held-out sentence.

No bench scores the events eventwire invents: they all score pairs someone marked. This codes
the real article texts in ../shared/data (the extraction benchmark's article bodies, the geo
set's news texts) and prints each event with its sentence, sides, code, modality and rule, so
a reader can judge them against the CAMEO definitions. Every event whose trigger, or whose
sentence start, lies in a sentence that holds a pair of bench/heldout/pairs.jsonl (either
half) is left out, so the held-out pairs stay unread; so is every sentence of the news gold's
blind half (bench/judged/news_gold.jsonl), so that no verdict or fix is made on a sentence it
scores. Where the parser cuts a sentence differently from the label, a fragment of one may
still show.

Run: .venv/bin/python bench/fresh_events.py [--corpus extraction|geo_dev] [--from N] [--to M]
     (articles N..M-1 of the corpus, in id order; the count of events goes to stderr)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eventwire.pipeline import code_articles
from eventwire.records import Article, Event

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
LABELS = REPO / "bench" / "heldout" / "pairs.jsonl"
NEWS_GOLD = REPO / "bench" / "judged" / "news_gold.jsonl"
# Sentences drawn for the news gold and not yet labelled: hidden like the blind half until the
# labels are in, so that no verdict or rule is made on them first (see NEWS_GOLD.md).
NEWS_GOLD_RESERVED = REPO / "bench" / "judged" / "news_gold_reserved.jsonl"
MARGIN = 5  # characters around a held-out sentence that still count as inside it


def held_out_sentences(labels: Path) -> dict[str, list[tuple[int, int]]]:
    """corpus:doc → the character spans of the sentences that hold a held-out pair."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for line in labels.open(encoding="utf-8"):
        if line.strip():
            label = json.loads(line)
            start, end = label["sentence"]
            spans.setdefault(f"{label['corpus']}:{label['doc']}", []).append((start, end))
    return spans


def blind_news_gold_sentences(gold: Path) -> dict[str, list[tuple[int, int]]]:
    """corpus:doc → the character spans of the news gold's blind-half (or reserved)
    sentences."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for line in gold.open(encoding="utf-8"):
        if line.strip():
            label = json.loads(line)
            if label["half"] in ("blind", "reserved"):
                start, end = label["span"]
                spans.setdefault(f"{label['corpus']}:{label['doc']}", []).append((start, end))
    return spans


def hidden_sentences() -> dict[str, list[tuple[int, int]]]:
    """Every sentence no one may judge or tune on: held-out pairs, the blind news gold and the
    sentences reserved for it."""
    spans = held_out_sentences(LABELS)
    for gold in (NEWS_GOLD, NEWS_GOLD_RESERVED):
        if gold.exists():
            for key, blind in blind_news_gold_sentences(gold).items():
                spans.setdefault(key, []).extend(blind)
    return spans


def articles(corpus: str, shared: Path) -> list[tuple[str, str]]:
    """(doc id, text) of a corpus, in id order."""
    if corpus == "extraction":
        truth = json.loads((shared / "extraction" / "ground-truth.json").read_text("utf-8"))
        return sorted((doc, page["articleBody"]) for doc, page in truth.items())
    with (shared / "geo" / "geo_dev.jsonl").open(encoding="utf-8") as handle:
        return sorted((record["id"], record["text"])
                      for record in map(json.loads, filter(str.strip, handle)))


def in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start - MARGIN <= position <= end + MARGIN for start, end in spans)


def in_held_out(event: Event, text: str, spans: list[tuple[int, int]]) -> bool:
    trigger = event.evidence.trigger_start or 0
    sentence_start = text.find(event.sentence[:60]) if event.sentence else -1
    return in_spans(trigger, spans) or any(start <= sentence_start <= end
                                           for start, end in spans)


def side(mention) -> str:
    return f"{mention.text} [{mention.code}]" if mention else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=("extraction", "geo_dev"), default="extraction")
    parser.add_argument("--from", dest="start", type=int, default=0)
    parser.add_argument("--to", dest="end", type=int, default=20)
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED}: not found (this bench needs ../shared/data)", file=sys.stderr)
        return 2
    held = hidden_sentences()
    texts = articles(args.corpus, SHARED)[args.start : args.end]
    shown = facts = 0
    for article, events in code_articles([Article(id=d, text=t) for d, t in texts],
                                         locate=False):
        spans = held.get(f"{args.corpus}:{article.id}", [])
        kept = [e for e in events if not in_held_out(e, article.text, spans)]
        if kept:
            print(f"\n######## {args.corpus}:{article.id[:16]}")
        for event in kept:
            negated = " NEG" if event.negated else ""
            print(f"* {event.sentence[:300]}\n    {side(event.source)} -> {side(event.target)} | "
                  f"{event.cameo.code} {event.cameo.name[:40]} | {event.plover.event} | "
                  f"{event.modality}{negated} | rule {event.evidence.rule} "
                  f"[{event.evidence.trigger}]")
        shown += len(kept)
        facts += sum(e.is_fact for e in kept)
    print(f"{shown} events ({facts} facts: asserted, with a coded actor) on {len(texts)} "
          f"articles ({args.corpus})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
