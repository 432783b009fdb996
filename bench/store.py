"""The store's figures: ingest rate (beside coding alone), query latency on ~1M synthetic
events, and database size per million events.

Run: .venv/bin/python bench/store.py [N_INGEST] [TARGET_EVENTS] [CODED]
Defaults: 10,000 synthetic articles x 10 events ingested through Store.add_batch (batches of
1,000) for the ingest rate; then those rows are copied in SQL (new ids, dates shifted) until
the database holds TARGET_EVENTS = 1,000,000 events, for query latency and size; and 100
stories of ../shared/data/events/ngec_synthetic.jsonl.gz coded, then stored, for the
coding-vs-storing comparison (skipped when ../shared is absent). About 1-2 minutes.
Synthetic events come from eventwire.store.synthetic (random actors, codes, places, dates
over ten years).
"""

from __future__ import annotations

import gzip
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.query import (
    EventFilter,
    count,
    dyad_timeline,
    get_event,
    query_rows,
    stats,
)
from eventwire.store.synthetic import batches

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "data" / "events" / "ngec_synthetic.jsonl.gz"


def coded_vs_stored(n: int, workdir: Path) -> None:
    if not CORPUS.exists():
        print(f"coding vs storing: skipped ({CORPUS} not found)")
        return
    from eventwire.pipeline import code_articles, default_coder

    articles = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            articles.append(Article(id=str(r["id"]), text=r["text"], title=r.get("title"),
                                    published="2024-01-01", source="ngec"))
            if len(articles) >= n:
                break
    default_coder()
    list(code_articles(articles[:10]))  # load the model and dictionaries before timing
    start = time.perf_counter()
    pairs = list(code_articles(articles))
    coding = time.perf_counter() - start
    events = sum(len(e) for _, e in pairs)
    with Store.open(workdir / "coded.duckdb") as store:
        start = time.perf_counter()
        store.add_batch(pairs)
        storing = time.perf_counter() - start
    print(f"coding alone : {len(pairs) / coding:8.1f} articles/s  ({n} NGEC stories, "
          f"{events} events, {coding:.1f} s)")
    print(f"storing alone: {len(pairs) / storing:8.1f} articles/s  (the same {n}, one batch, "
          f"{storing:.2f} s)")


def replicate(store: Store, target: int) -> int:
    """Copy the ingested articles, mentions and events under new ids (dates shifted by
    a multiple of 17 days) until the events table holds about `target` rows."""
    con = store.con
    base = con.execute("SELECT count(*) FROM events").fetchone()[0]
    copies = max(0, -(-target // base) - 1)
    for table in ("articles", "mentions", "events"):
        con.execute(f"CREATE TEMP TABLE base_{table} AS SELECT * FROM {table}")
    for n in range(1, copies + 1):
        if con.execute("SELECT count(*) FROM events").fetchone()[0] >= target:
            break
        tag = f"'~{n}'"
        con.begin()
        con.execute(f"""INSERT INTO articles SELECT * REPLACE (article_id || {tag} AS article_id,
                        story_id || {tag} AS story_id) FROM base_articles""")
        con.execute(f"""INSERT INTO mentions SELECT * REPLACE (mention_id || {tag} AS mention_id,
                        event_id || {tag} AS event_id, article_id || {tag} AS article_id)
                        FROM base_mentions""")
        con.execute(f"""INSERT INTO events SELECT * REPLACE (event_id || {tag} AS event_id,
                        first_article_id || {tag} AS first_article_id,
                        date + {17 * n % 3650} AS date) FROM base_events""")
        con.commit()
    return copies


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    n_articles = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    target = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    n_coded = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    per_article = 10
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.system()}")
    print(f"command: python bench/store.py {n_articles} {target} {n_coded}")
    workdir = Path(tempfile.mkdtemp(prefix="eventwire-bench-"))
    coded_vs_stored(n_coded, workdir)

    path = workdir / "bench.duckdb"
    store = Store.open(path)
    start = time.perf_counter()
    for batch in batches(n_articles, per_article, batch_size=1000, seed=11):
        store.add_batch(batch)
    seconds = time.perf_counter() - start
    s = stats(store.con)
    print(f"synthetic ingest: {n_articles / seconds:8.1f} articles/s, "
          f"{s['mentions'] / seconds:8.0f} event mentions/s ({n_articles} articles, "
          f"{s['mentions']} mentions -> {s['events']} events, {seconds:.1f} s, "
          "generation included)")
    start = time.perf_counter()
    copies = replicate(store, target)
    s = stats(store.con)
    print(f"filled to {s['events']} events by {copies} SQL copies of the ingested rows "
          f"({time.perf_counter() - start:.1f} s)")

    some_id = query_rows(store.con, EventFilter(source="TUR", target="RUS"), 1)[0]["event_id"]
    queries = {
        "page of 100 (no filter)": lambda c: query_rows(c, EventFilter(), 100),
        "one month": lambda c: query_rows(c, EventFilter(start="2019-03-01",
                                                         end="2019-03-31"), 100),
        "actor TUR": lambda c: query_rows(c, EventFilter(actor="TUR"), 100),
        "dyad TUR:RUS in 2020": lambda c: query_rows(c, EventFilter(
            source="TUR", target="RUS", start="2020-01-01", end="2020-12-31"), 100),
        "root 19 + country SYR": lambda c: query_rows(c, EventFilter(root="19",
                                                                     country="SYR"), 100),
        "PLOVER ASSAULT in bbox": lambda c: query_rows(c, EventFilter(
            plover="ASSAULT", bbox="35,30,40,40"), 100),
        "text in sentence": lambda c: query_rows(c, EventFilter(text="of report 4242."), 100),
        "count quad class 4": lambda c: count(c, EventFilter(quad_class=4)),
        "event by id + mentions": lambda c: get_event(c, some_id),
        "dyad timeline TUR->RUS": lambda c: dyad_timeline(c, "TUR", "RUS"),
    }
    cur = store.cursor()
    every: list[float] = []
    print(f"query latency over {s['events']} events (15 runs each, after one warm-up):")
    for name, run in queries.items():
        run(cur)
        times = []
        for _ in range(15):
            t = time.perf_counter()
            run(cur)
            times.append((time.perf_counter() - t) * 1000)
        every += times
        print(f"  {name:26s} p50 {statistics.median(times):7.1f} ms   "
              f"p95 {percentile(times, 0.95):7.1f} ms")
    print(f"  {'all queries':26s} p50 {statistics.median(every):7.1f} ms   "
          f"p95 {percentile(every, 0.95):7.1f} ms")
    cur.close()
    store.con.execute("CHECKPOINT")
    store.close()
    size = path.stat().st_size
    print(f"database size: {size / 2**20:.0f} MiB for {s['events']} events "
          f"({s['mentions']} mentions, {s['articles']} articles with text) = "
          f"{size / 2**20 / (s['events'] / 1e6):.0f} MiB per million events")
    for file in workdir.iterdir():
        file.unlink()
    workdir.rmdir()


if __name__ == "__main__":
    main()
