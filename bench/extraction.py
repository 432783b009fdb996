"""Body extraction on the article-extraction benchmark: eventwire beside trafilatura alone.

Reads ../shared/data/extraction (181 pages, html/*.html.gz + ground-truth.json), extracts each
page's body with trafilatura's defaults and with eventwire's ``article_from_html``, and prints
precision, recall and F1 and ms/page for both, from the same run.

Scoring follows scrapinghub/article-extraction-benchmark: per page, true and predicted texts
are cut into word tokens (``\\w+``) and compared as multisets (tp = shared tokens, fp = extra,
fn = missing), each page's tp/fp/fn are normalised to sum to 1 so long pages do not weigh more,
and precision/recall/F1 come from the sums. ``tokens`` is the token-level figure (n=1);
``4-shingles`` is the same on 4-token shingles (the benchmark's own default).

Usage: .venv/bin/python bench/extraction.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import statistics
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.errors import InputError  # noqa: E402
from eventwire.ingest import article_from_html  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "extraction"
TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int) -> Counter:
    tokens = TOKEN.findall(text or "")
    if n == 1 or len(tokens) < n:
        return Counter(tokens) if n == 1 else Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_score(true: str, pred: str, n: int) -> tuple[float, float, float]:
    t, p = shingles(true, n), shingles(pred, n)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(scores: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    tp, fp, fn = (sum(s[i] for s in scores) for i in range(3))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def trafilatura_alone(html: bytes) -> str:
    return trafilatura.extract(html) or ""


def eventwire(html: bytes) -> str:
    try:
        return article_from_html(html).text
    except InputError:
        return ""


def run(name: str, extract, pages: dict[str, bytes], truth: dict[str, str]) -> None:
    extract(next(iter(pages.values())))  # warm-up: imports and caches, not timed
    outputs, times = {}, []
    for key, html in pages.items():
        start = time.perf_counter()
        outputs[key] = extract(html)
        times.append(time.perf_counter() - start)
    row = [name]
    for n in (1, 4):
        row.extend(f"{x:.3f}" for x in prf([page_score(truth[k], outputs[k], n) for k in pages]))
    row.append(f"{1000 * statistics.mean(times):.1f}")
    row.append(f"{1000 * statistics.median(times):.1f}")
    empty = sum(1 for k in pages if not outputs[k].strip())
    row.append(str(empty))
    print("  ".join(f"{cell:>8}" if i else f"{cell:<22}" for i, cell in enumerate(row)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    args = parser.parse_args()
    if not (DATA / "ground-truth.json").exists():
        sys.exit(f"bench/extraction.py: {DATA}: not found (the benchmark data is in ../shared)")
    warnings.simplefilter("ignore")
    truth_json = json.loads((DATA / "ground-truth.json").read_text("utf-8"))
    keys = sorted(truth_json)[: args.limit or None]
    pages = {k: gzip.open(DATA / "html" / f"{k}.html.gz").read() for k in keys}
    truth = {k: truth_json[k].get("articleBody", "") for k in keys}
    print(f"input:   {DATA} ({len(pages)} pages)")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, trafilatura {trafilatura.__version__}")
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    print()
    header = ["extractor", "tok P", "tok R", "tok F1", "4sh P", "4sh R", "4sh F1",
              "ms/page", "median", "empty"]
    print("  ".join(f"{h:>8}" if i else f"{h:<22}" for i, h in enumerate(header)))
    run("trafilatura (defaults)", trafilatura_alone, pages, truth)
    run("eventwire", eventwire, pages, truth)


if __name__ == "__main__":
    main()
