"""Articles per second of eventwire's coder beside spaCy's own full parse of the same texts.

Input: the first N stories of ../shared/data/events/ngec_synthetic.jsonl.gz (default 500).
Run: .venv/bin/python bench/coding_speed.py [N]
All runs use one process, the same model and nlp.pipe batch size. The floor is stock spaCy
(``spacy.load``). eventwire's own parse gives the same annotations with the matrix products
through numpy's BLAS (eventwire/numpy_blas.py), the parser's and recogniser's loops stepped
holding the GIL (eventwire/greedy_steps.py) and two rule components made faster
(eventwire/faster_pipes.py); it is timed alone, then eventwire end to end adds actors, coding
and geo to it.
"""

from __future__ import annotations

import gzip
import json
import os
import platform
import sys
import time
from pathlib import Path

import spacy

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
    nlp = spacy.load(nlp_module.model_name())  # stock spaCy: the floor
    ours = nlp_module.load()
    default_resolver()
    default_coder()  # load dictionaries and patterns before timing
    for pipeline in (nlp, ours):
        list(pipeline.pipe([a.text for a in articles[:20]]))  # warm up
    list(code_articles(articles[:20]))

    def parse(pipeline) -> tuple[float, float]:
        start, cpu = time.perf_counter(), time.process_time()
        for _ in pipeline.pipe((a.text for a in articles), batch_size=32):
            pass
        return time.perf_counter() - start, time.process_time() - cpu

    parse_seconds, parse_cpu = parse(nlp)
    ours_seconds, ours_cpu = parse(ours)

    start, cpu = time.perf_counter(), time.process_time()
    events = facts = 0
    for _article, found in code_articles(articles, batch_size=32):
        events += len(found)
        facts += sum(e.is_fact for e in found)
    code_seconds = time.perf_counter() - start
    code_cpu = time.process_time() - cpu

    print(f"input: {n} stories, {words} words, {CORPUS.name}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, model {nlp_module.model_name()}, one process")
    print(f"spaCy full parse     {n / parse_seconds:8.1f} articles/s  "
          f"({words / parse_seconds:,.0f} words/s)")
    print(f"eventwire's parse    {n / ours_seconds:8.1f} articles/s  "
          f"(the same annotations; CPU {ours_cpu:.1f} s)")
    print(f"eventwire code       {n / code_seconds:8.1f} articles/s  "
          f"({events} events, {facts} facts)")
    print(f"ratio (code / parse) {parse_seconds / code_seconds:8.2f}  "
          f"(CPU time: {parse_cpu:.1f} s / {code_cpu:.1f} s = {parse_cpu / code_cpu:.2f})")


if __name__ == "__main__":
    main()
