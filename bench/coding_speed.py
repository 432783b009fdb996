"""Articles per second of eventwire's coder beside spaCy's own full parse of the same texts.

Input: the first N stories of ../shared/data/events/ngec_synthetic.jsonl.gz (default 500).
Run: .venv/bin/python bench/coding_speed.py [N]
Both runs use one process, the same model and nlp.pipe batch size, so the ratio is the
cost of eventwire's stages (actors, coding) on top of the parse.
"""

from __future__ import annotations

import gzip
import json
import os
import platform
import sys
import time
from pathlib import Path

from eventwire import nlp as nlp_module
from eventwire.actors import default_resolver
from eventwire.pipeline import code_articles, default_coder
from eventwire.records import Article

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "events" / (
    "ngec_synthetic.jsonl.gz")


def load(n: int) -> list[Article]:
    articles = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            articles.append(Article(id=str(record["id"]), text=record["text"],
                                    title=record.get("title"), published="2024-01-01"))
            if len(articles) >= n:
                break
    return articles


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    if not CORPUS.exists():
        sys.exit(f"bench: {CORPUS} not found (needs ../shared/data)")
    articles = load(n)
    words = sum(len(a.text.split()) for a in articles)
    nlp = nlp_module.load()
    default_resolver()
    default_coder()  # load dictionaries and patterns before timing
    list(nlp.pipe([a.text for a in articles[:20]]))  # warm up

    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=32):
        pass
    parse_seconds = time.perf_counter() - start

    start = time.perf_counter()
    events = facts = 0
    for _article, found in code_articles(articles, batch_size=32):
        events += len(found)
        facts += sum(e.is_fact for e in found)
    code_seconds = time.perf_counter() - start

    print(f"input: {n} stories, {words} words, {CORPUS.name}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, model {nlp_module.model_name()}, one process")
    print(f"spaCy full parse     {n / parse_seconds:8.1f} articles/s  "
          f"({words / parse_seconds:,.0f} words/s)")
    print(f"eventwire code       {n / code_seconds:8.1f} articles/s  "
          f"({events} events, {facts} asserted)")
    print(f"ratio (code / parse) {parse_seconds / code_seconds:8.2f}")


if __name__ == "__main__":
    main()
