"""Actor resolution throughput beside the spaCy parse of the same texts.

    .venv/bin/python bench/actors.py [N]

Reads the first N (default 500) stories of ../shared/data/events/ngec_synthetic.jsonl.gz
(beside the repository), parses them with the eventwire spaCy model (timed), then resolves
their actors (timed), and prints mentions/s, docs/s and the ratio, with input and machine.
"""

from __future__ import annotations

import gzip
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.actors import ActorResolver  # noqa: E402
from eventwire.nlp import load, model_name  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "events" / "ngec_synthetic.jsonl.gz"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    if not DATA.exists():
        sys.exit(f"{DATA}: not found (bench needs ../shared/data beside the repository)")
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(n), handle, strict=False)]
    nlp = load()
    t0 = time.perf_counter()
    resolver = ActorResolver()
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    mentions = sum(len(resolver.resolve(doc, "2020-01-01")) for doc in docs)
    resolve = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    print(f"input:   {DATA.name}, first {len(texts)} stories, {chars:,} chars")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, model {model_name()}")
    print(f"command: .venv/bin/python bench/actors.py {n}")
    print(f"dictionary build: {build:.2f} s ({len(resolver.dictionary):,} names)")
    print(f"spaCy parse:      {parse:.2f} s  {len(docs) / parse:8.1f} docs/s")
    print(f"actor resolution: {resolve:.2f} s  {len(docs) / resolve:8.1f} docs/s  "
          f"{mentions / resolve:8.0f} mentions/s  ({mentions:,} mentions)")
    print(f"resolution / parse time: {resolve / parse:.3f}")


if __name__ == "__main__":
    main()
