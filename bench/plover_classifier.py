"""The second-opinion classifier on its own: sentence-level PLOVER accuracy and macro-F1.

Inputs, each scored with every model given (the packaged one by default; pass older ones with
--model to compare in the same run):
- ../shared/data/events/plv_train.jsonl: 1,050 real wire sentences and the gold root of their
  marked pair (measuring only; no model is trained on it). A prediction of NONE is a miss.
- eval/written_gold.jsonl and eval/dev_gold.jsonl, even ids only: our own sentences that no
  model was trained on; the gold is the first event's PLOVER type, NONE for a sentence with no
  event. Their macro-F1 is over the 15 roots (NONE predicted for an event = a miss; a root
  predicted for a NONE sentence = a false positive); accuracy counts NONE as a class.
Baseline in the same run: always the most frequent root of the set.

Run: .venv/bin/python bench/plover_classifier.py [--model FILE ...]
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import sys
import time
from collections import Counter
from pathlib import Path

from eventwire import nlp as nlp_module
from eventwire.coding.classifier import MODEL_FILE, NO_EVENT, PloverClassifier
from eventwire.evaluate import in_half

REPO = Path(__file__).resolve().parents[1]
PLV = REPO.parent / "shared" / "data" / "events" / "plv_train.jsonl"
OWN = (REPO / "eval" / "written_gold.jsonl", REPO / "eval" / "dev_gold.jsonl")
PACKAGED = REPO / "eventwire" / "data" / "models" / MODEL_FILE
FOLD = {"RETREAT": "YIELD", "CONCEDE": "YIELD"}

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plover_real import macro_f1  # noqa: E402


def load_model(path: Path) -> PloverClassifier:
    return PloverClassifier(json.loads(gzip.decompress(path.read_bytes())))


def held_out_own(path: Path) -> list[tuple[str, str]]:
    """(sentence, gold type) of the even-numbered records of one of our gold files."""
    sys.path.insert(0, str(REPO / "scripts"))
    from train_plover_classifier import record_label

    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if in_half(record["id"], "even"):
            found.append((record["text"], FOLD.get(label := record_label(record), label)))
    return found


def score(name: str, gold: list[str], predicted: list[str]) -> None:
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)
    f1, _ = macro_f1(list(zip(gold, predicted, strict=True)))
    print(f"  {name:<34} accuracy {accuracy:.3f}  macro-F1 (15 roots) {f1:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="append", type=Path,
                        help="a model table (.json.gz); repeatable; default: the packaged one")
    args = parser.parse_args()
    models = {str(p): load_model(p) for p in (args.model or [PACKAGED])}
    sets: dict[str, list[tuple[str, str]]] = {}
    if PLV.exists():
        sets["plv_train (1,050 real wire sentences)"] = [
            (r["text"], r["plover_root"])
            for r in map(json.loads, PLV.read_text(encoding="utf-8").splitlines())]
    for path in OWN:
        if path.exists():
            sets[f"{path.name}, even ids"] = held_out_own(path)
    nlp = nlp_module.load()
    print(f"# {platform.machine()}, {platform.python_version()}, "
          f"{nlp.meta['name']} {nlp.meta['version']}")
    for title, rows in sets.items():
        started = time.perf_counter()
        sentences = [next(iter(doc.sents)) for doc in nlp.pipe((t for t, _ in rows),
                                                                 batch_size=64)]
        gold = [g for _, g in rows]
        print(f"{title}: {len(rows)} sentences, {sum(g == NO_EVENT for g in gold)} with no event "
              f"(parsed in {time.perf_counter() - started:.1f} s)")
        most = Counter(g for g in gold if g != NO_EVENT).most_common(1)[0][0]
        score(f"baseline: always {most}", gold, [most] * len(gold))
        for name, model in models.items():
            predicted = [FOLD.get(label := model.predict(s).label, label) for s in sentences]
            score(f"{model.version} ({Path(name).name})", gold, predicted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
