"""PLOVER root macro-F1 of the coder on the held-out news pairs (never tuned on; score once).

Labels: bench/heldout/pairs.jsonl (offsets only; see bench/heldout/README.md). The texts are
read from ../shared/data (extraction/ground-truth.json articleBody, geo/geo_dev.jsonl text);
each sentence's sha1 is checked so a changed text is caught, not silently mis-marked. The
pairs are turned into plv_train-format records (`marked` with <s>…</s> and <t>…</t>; runs of
whitespace, such as the line breaks TR-News keeps inside sentences, become one space) and
scored with exactly bench/plover_real.py's scoring (its `score`).

THE RULE: the set was scored whole once, blind (strict 0.360), then split by id: the odd
half is a diagnostic set (its misses may be read to find general classes of error, as the
plv_train bench's are); the even half stays held out — never read its sentences or misses,
score it once per release and report that figure as the held-out estimate.

Run: .venv/bin/python bench/plover_heldout.py [--half odd|even|all] [--misses FILE] [--check]
  --check  only build the marked sentences and print them with the per-root counts (no coding)
  --misses write the misses (odd half only)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "bench" / "heldout" / "pairs.jsonl"
SHARED = REPO.parent / "shared" / "data"
# The 15 roots, in bench/plover_real.py's order (imported from there only when scoring, so that
# --check never loads the coder).
SPACES = re.compile(r"\s+")
ROOTS = ("AGREE CONSULT SUPPORT COOPERATE AID YIELD REQUEST ACCUSE REJECT THREATEN PROTEST "
         "SANCTION MOBILIZE COERCE ASSAULT").split()


def load_texts(shared: Path) -> dict[tuple[str, str], str]:
    """(corpus, doc id) -> document text, for the two corpora the labels point into."""
    texts: dict[tuple[str, str], str] = {}
    truth = json.loads((shared / "extraction" / "ground-truth.json").read_text(encoding="utf-8"))
    for doc, page in truth.items():
        texts[("extraction", doc)] = page["articleBody"]
    with (shared / "geo" / "geo_dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                article = json.loads(line)
                texts[("geo_dev", article["id"])] = article["text"]
    return texts


def build(labels: list[dict], texts: dict[tuple[str, str], str]) -> tuple[list[dict], list[str]]:
    """plv-format records {id, marked, plover_root, corpus} and the problems found."""
    records, problems = [], []
    for label in labels:
        text = texts.get((label["corpus"], label["doc"]))
        if text is None:
            problems.append(f"{label['id']}: no document {label['corpus']}:{label['doc']}")
            continue
        start, end = label["sentence"]
        sentence = text[start:end]
        if hashlib.sha1(sentence.encode("utf-8")).hexdigest() != label["sha1"]:
            problems.append(f"{label['id']}: sentence text changed (sha1 differs)")
            continue
        if label["plover_root"] not in ROOTS:
            problems.append(f"{label['id']}: unknown root {label['plover_root']}")
            continue
        (s0, s1), (t0, t1) = label["source"], label["target"]
        if not (start <= s0 < s1 <= end and start <= t0 < t1 <= end) or (s0 < t1 and t0 < s1):
            problems.append(f"{label['id']}: source/target outside the sentence or overlapping")
            continue
        inserts = sorted([(s0, "<s>"), (s1, "</s>"), (t0, "<t>"), (t1, "</t>")],
                         key=lambda item: item[0], reverse=True)
        marked = sentence
        for offset, tag in inserts:
            marked = marked[: offset - start] + tag + marked[offset - start :]
        # TR-News wraps lines inside sentences; one space per whitespace run, as in plv_train
        marked = SPACES.sub(" ", marked)
        records.append({"id": label["id"], "marked": marked,
                        "plover_root": label["plover_root"], "corpus": label["corpus"]})
    return records, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", default=str(LABELS))
    parser.add_argument("--shared", default=str(SHARED), help="the ../shared/data folder")
    parser.add_argument("--half", choices=("even", "odd", "all"), default="even",
                        help="even: the held-out half (default); odd: the diagnostic half")
    parser.add_argument("--misses", help="write the misses here (the odd half only)")
    parser.add_argument("--check", action="store_true",
                        help="build and print the marked sentences and counts; do not code")
    args = parser.parse_args()
    labels_path, shared = Path(args.labels), Path(args.shared)
    if not labels_path.is_file():
        print(f"{labels_path}: not found", file=sys.stderr)
        return 2
    if not (shared / "extraction" / "ground-truth.json").is_file():
        print(f"{shared}: not found (this bench needs ../shared/data)", file=sys.stderr)
        return 2
    if args.misses and args.half != "odd":
        print("--misses only with --half odd: the even half's misses stay unread", file=sys.stderr)
        return 2
    labels = [json.loads(line) for line in labels_path.open(encoding="utf-8") if line.strip()]
    if args.half != "all":
        parity = 1 if args.half == "odd" else 0
        labels = [r for r in labels if int(r["id"].rsplit("-", 1)[1]) % 2 == parity]
    records, problems = build(labels, load_texts(shared))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} of {len(labels)} labels do not match the texts; not scoring",
              file=sys.stderr)
        return 2
    corpora = Counter(r["corpus"] for r in records)
    if args.check:
        for record in records:
            print(f"{record['id']}\t{record['plover_root']}\t{record['marked']}")
        print(f"input: {labels_path} ({len(records)} pairs; texts from {shared})")
        print("corpora: " + ", ".join(f"{name} {n}" for name, n in sorted(corpora.items())))
        counts = Counter(r["plover_root"] for r in records)
        for root in ROOTS:
            print(f"  {root:<10} n={counts[root]}")
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from plover_real import score  # the coder loads only here

    print("corpora: " + ", ".join(f"{name} {n}" for name, n in sorted(corpora.items())))
    return score(records, f"{labels_path}, {args.half} half (texts from {shared})", args.misses)


if __name__ == "__main__":
    raise SystemExit(main())
