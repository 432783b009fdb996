"""Scale: spaCy's full parse (the floor) beside `eventwire batch` end to end, selection, growth.

Input: ../shared/data/events/ngec_synthetic.jsonl.gz (4,500 synthetic news stories), repeated
with new ids where a size needs more. Run from the repository root:

    .venv/bin/python bench/scale.py                 # 2,000 articles, growth 1k and 10k
    .venv/bin/python bench/scale.py --articles 500 --growth 1000   # a quick look

Each measurement runs in its own process (so memory figures are its own): the floor is stock
spaCy's nlp.pipe over the same article texts, in one process and with n_process=2 (spaCy's own
use of both cores); beside it the same parse as eventwire loads it (numpy's BLAS, stepped
parser loops, faster rule components: the same annotations), to show where the speed comes
from. eventwire is `run_batch` with the local backend (2 worker processes), reading JSONL and
writing Parquet, once as shipped (the full parse) and once with EVENTWIRE_NER_EVERYWHERE=0
(entities only in the sentences that can hold an event), to count the events each finds. A
growth size that is not measured is extrapolated from the largest measured one (time linear,
memory flat: shards stream) and labelled so.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "data" / "events" / "ngec_synthetic.jsonl.gz"
PETRARCH2_RATE = 0.7  # stories/s per CoreNLP instance, as published


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def write_corpus(path: Path, n: int) -> None:
    """The first n stories, the corpus repeated (with new ids) as often as needed."""
    records = [json.loads(line) for line in gzip.open(CORPUS, "rt", encoding="utf-8")]
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            record = dict(records[i % len(records)])
            record["id"] = f"{record['id']}-r{i // len(records)}"
            record.setdefault("date", "2024-01-01")
            handle.write(json.dumps(record) + "\n")


# -- one measurement, in a child process -------------------------------------------------


def measure_floor(corpus: Path, processes: int = 1, loader: str = "stock") -> dict:
    import spacy

    from eventwire import nlp as nlp_module
    from eventwire.errors import InputError
    from eventwire.ingest import read_inputs

    texts = [a.text for a in read_inputs([str(corpus)]) if not isinstance(a, InputError)]
    if loader == "stock":
        nlp = spacy.load(nlp_module.model_name())  # stock spaCy, every component as shipped
    else:
        nlp = nlp_module.load()  # as eventwire loads it: the same annotations, faster
    list(nlp.pipe(texts[:20]))  # warm up
    started, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32, n_process=processes))
    seconds = time.perf_counter() - started
    return {"articles": len(texts), "seconds": seconds, "tokens": tokens, "rss_mb": peak_mb(),
            "cpu_seconds": time.process_time() - cpu}


def measure_batch(corpus: Path, out: Path, workers: int) -> dict:
    from eventwire.runners import run_batch

    summary = run_batch([str(corpus)], out, workers=workers, shard_size=50,
                        stderr=open(os.devnull, "w"))
    return {"articles": summary.articles, "events": summary.events,
            "seconds": summary.seconds, "driver_rss_mb": peak_mb(),
            "steady_rate": summary.steady_rate, "worker_cpu_seconds": summary.cpu_seconds,
            "driver_cpu_seconds": cpu_self(),
            "worker_rss_mb": sorted(summary.peak_rss_mb.values())}


def child(args: list[str], **env: str) -> dict:
    command = [sys.executable, __file__, "--child", *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **env})
    if done.returncode != 0:
        sys.exit(f"bench: {' '.join(args)} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def event_keys(out: Path) -> set[tuple]:
    import pyarrow.parquet as pq

    table = pq.read_table(out / "events", columns=[
        "article_id", "trigger_start", "cameo_code", "source_start", "source_code",
        "target_start", "target_code"])
    return {tuple(row.values()) for row in table.to_pylist()}


def event_ids(out: Path) -> set[str]:
    import pyarrow.parquet as pq

    return set(pq.read_table(out / "events", columns=["event_id"]).column(0).to_pylist())


def event_places(out: Path) -> dict[str, object]:
    import pyarrow.parquet as pq

    table = pq.read_table(out / "events", columns=["event_id", "geonameid"])
    return dict(zip(table.column(0).to_pylist(), table.column(1).to_pylist(), strict=True))


# -- the report ---------------------------------------------------------------------------


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    import spacy

    from eventwire import nlp as nlp_module

    return (f"{os.cpu_count()} cores ({cpu}), load average {load} at start; "
            f"Python {platform.python_version()}, spaCy {spacy.__version__}, "
            f"model {nlp_module.model_name()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--growth", default="1000,10000",
                        help="sizes to measure for the growth table (100k is extrapolated "
                             "unless measured)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, corpus, *rest = args.child
        if kind == "floor":
            result = measure_floor(Path(corpus), int(rest[0]), *rest[1:])
        else:
            result = measure_batch(Path(corpus), Path(rest[0]), int(rest[1]))
        print(json.dumps(result))
        return
    if not CORPUS.exists():
        sys.exit(f"bench: {CORPUS} not found (the shared reference data)")

    print(f"# eventwire scale bench\ncommand: .venv/bin/python bench/scale.py "
          f"{' '.join(sys.argv[1:])}".rstrip())
    print(f"machine: {machine()}")
    print(f"input: {CORPUS.name}, first {args.articles:,} stories (repeated past 4,500)\n")
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus.jsonl"
        write_corpus(corpus, args.articles)

        floor = child(["floor", str(corpus), "1"])
        floor_n = child(["floor", str(corpus), str(args.workers)])
        parse = child(["floor", str(corpus), "1", "eventwire"])
        shipped = child(["batch", str(corpus), str(tmp / "shipped"), str(args.workers)])
        selective = child(["batch", str(corpus), str(tmp / "selective"), str(args.workers)],
                          EVENTWIRE_NER_EVERYWHERE="0")

        floor_rate = floor["articles"] / floor["seconds"]
        floor_n_rate = floor_n["articles"] / floor_n["seconds"]
        parse_rate = parse["articles"] / parse["seconds"]
        rate = shipped["articles"] / shipped["seconds"]
        selective_rate = selective["articles"] / selective["seconds"]
        words = floor["tokens"] / max(floor["articles"], 1)
        print(f"| measure ({args.articles:,} articles, ~{words:.0f} tokens each) | figure |")
        print("|---|---|")
        print(f"| spaCy full parse, stock, 1 process (the floor) | {floor_rate:.1f} articles/s |")
        print(f"| spaCy full parse, stock, nlp.pipe(n_process={args.workers}) | "
              f"{floor_n_rate:.1f} articles/s |")
        print(f"| the same parse as eventwire loads it (numpy BLAS, stepped parser loops, faster "
              f"rule components; same annotations), 1 process | {parse_rate:.1f} articles/s "
              f"({parse_rate / floor_rate:.2f}x stock) |")
        print(f"| eventwire batch, full parse, local backend, {args.workers} workers | "
              f"{rate:.1f} articles/s, {shipped['events'] / shipped['seconds']:.1f} events/s |")
        print(f"| ... the same while coding (workers' busy time: no start-up, no idle tail) | "
              f"{shipped['steady_rate']:.1f} articles/s |")
        print(f"| ratio eventwire / spaCy n_process={args.workers} (both cores each) | "
              f"{rate / floor_n_rate:.2f}x wall clock, "
              f"{shipped['steady_rate'] / floor_n_rate:.2f}x while coding |")
        print(f"| ratio eventwire / floor (1 process) | {rate / floor_rate:.2f}x wall clock |")
        floor_ms = 1000 * floor["cpu_seconds"] / floor["articles"]
        parse_ms = 1000 * parse["cpu_seconds"] / parse["articles"]
        ew_ms = 1000 * (shipped["worker_cpu_seconds"] + shipped["driver_cpu_seconds"]) \
            / shipped["articles"]
        print(f"| CPU per article: stock parse / eventwire's parse / eventwire end to end "
              f"(ingest, parse, actors, coding, places, Parquet; driver included) | "
              f"{floor_ms:.1f} ms / {parse_ms:.1f} ms / {ew_ms:.1f} ms |")
        print(f"| ratio at equal cores (stock parse CPU / eventwire CPU per article) | "
              f"{floor_ms / ew_ms:.2f}x |")
        print(f"| ratio eventwire / PETRARCH-2 (0.7 stories/s) | {rate / PETRARCH2_RATE:.0f}x |")
        print(f"| peak RSS per worker | "
              f"{', '.join(f'{m:.0f} MB' for m in shipped['worker_rss_mb'])} (driver "
              f"{shipped['driver_rss_mb']:.0f} MB; floor process {floor['rss_mb']:.0f} MB) |")
        print(f"| entities only where events can be (EVENTWIRE_NER_EVERYWHERE=0), "
              f"{args.workers} workers | {selective_rate:.1f} articles/s "
              f"({selective_rate / floor_n_rate:.2f}x spaCy n_process={args.workers}) |")

        a, b = event_keys(tmp / "shipped"), event_keys(tmp / "selective")
        same_ids = len(event_ids(tmp / "shipped") & event_ids(tmp / "selective"))
        print(f"| events, full parse / entities where needed | "
              f"{shipped['events']:,} / {selective['events']:,}: {len(a & b):,} the same, "
              f"{len(a - b)} lost, {len(b - a)} new; {same_ids:,} with the same event_id |")
        places, other = event_places(tmp / "shipped"), event_places(tmp / "selective")
        moved = sum(1 for k, v in places.items() if k in other and other[k] != v)
        print(f"| ... of those with the same event_id, placed elsewhere | {moved:,} |")

        print("\n| articles | time | articles/s | CPU per article | peak RSS per worker | "
              "driver RSS |")
        print("|---|---|---|---|---|---|")
        last = None
        for size in [int(s) for s in args.growth.split(",") if s.strip()]:
            path = tmp / f"corpus-{size}.jsonl"
            write_corpus(path, size)
            got = child(["batch", str(path), str(tmp / f"out-{size}"), str(args.workers)])
            last = (size, got)
            cpu_ms = 1000 * (got["worker_cpu_seconds"] + got["driver_cpu_seconds"]) / size
            print(f"| {size:,} | {got['seconds']:.0f} s | {size / got['seconds']:.1f} | "
                  f"{cpu_ms:.1f} ms | {max(got['worker_rss_mb']):.0f} MB | "
                  f"{got['driver_rss_mb']:.0f} MB |", flush=True)
        if last and last[0] < 100_000:
            size, got = last
            seconds = got["seconds"] * 100_000 / size
            print(f"| 100,000 (extrapolated from {size:,}) | {seconds:.0f} s | "
                  f"{100_000 / seconds:.1f} | (as {size:,}) | {max(got['worker_rss_mb']):.0f} MB "
                  f"(extrapolated) | {got['driver_rss_mb']:.0f} MB (extrapolated) |")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nload average {load} at the end (2 cores shared with other work: figures move "
          "with it)")


if __name__ == "__main__":
    main()
