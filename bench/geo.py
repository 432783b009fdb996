"""Geoparser figures on the geo dev set (../shared/data/geo/geo_dev.jsonl, never copied here).

    .venv/bin/python bench/geo.py [GOLD.jsonl]

Prints toponym P/R, acc@161km, mean/median km (overall and for each gold source), toponyms/s
(geo stage alone and with the spaCy parse), gazetteer load time and memory, beside a naive
most-populous-match baseline.
"""

from __future__ import annotations

import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    gold = sys.argv[1] if len(sys.argv) > 1 else str(
        ROOT.parent / "shared" / "data" / "geo" / "geo_dev.jsonl")
    if not Path(gold).exists():
        sys.exit(f"{gold}: not found (the dev set lives in ../shared/data/geo)")
    from eventwire.geo import gazetteer
    from eventwire.geo.evaluate import evaluate, format_figures

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    gz = gazetteer.load()
    load_s = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"command: {' '.join(sys.argv)}")
    print(f"input: {gold}")
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, python "
          f"{platform.python_version()}, {platform.platform()}")
    print(f"gazetteer: {len(gz)} places, {len(gz.names)} names, load {load_s:.2f}s, "
          f"+{(rss1 - rss0) / 1024:.0f} MB RSS")
    print(format_figures(evaluate(gold)))


if __name__ == "__main__":
    main()
