"""Train eventwire's second-opinion PLOVER classifier and write it as package data.

Training data:
- ../shared/data/events/ngec_synthetic.jsonl.gz (MIT, ahalterman/NGEC-2025): 4,500 synthetic
  stories with a document-level PLOVER label; the first sentence usually carries the event,
  so that sentence is the example;
- eval/dev_gold.jsonl, the sentences the eventwire authors labelled themselves: only the
  records whose number is odd (dev-001, dev-003, ...); the even ones stay held out, and the
  README's with/without figures are measured on them.
plv_train.jsonl is never used: its terms allow tuning and measuring only.

Run: .venv/bin/pip install -e ".[train]"
     .venv/bin/python scripts/train_plover_classifier.py
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from eventwire import nlp as nlp_module
from eventwire.coding.cameo import lookup
from eventwire.coding.classifier import MODEL_FILE, sentence_features

REPO = Path(__file__).resolve().parents[1]
NGEC = REPO.parent / "shared" / "data" / "events" / "ngec_synthetic.jsonl.gz"
GOLD = REPO / "eval" / "dev_gold.jsonl"
OUT = REPO / "eventwire" / "data" / "models" / MODEL_FILE
FOLD = {"YIELD": "CONCEDE"}
NGEC_COUNT = 0


def is_training_record(record_id: str) -> bool:
    number = int(record_id.rsplit("-", 1)[-1])
    return number % 2 == 1


def examples() -> list[tuple[str, str]]:
    """(sentence, PLOVER type) pairs: the synthetic stories first, then our own sentences."""
    found = []
    with gzip.open(NGEC, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            found.append((record["text"].split("\n")[0][:1000], record["plover_event"]))
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if not record["expected"] or not is_training_record(record["id"]):
            continue
        first = record["expected"][0]
        label = first.get("plover") or (lookup(first["code"]).plover.event if first.get("code")
                                         else "")
        if label:
            found.append((record["text"], FOLD.get(label, label)))
    return found


def main() -> None:
    if not NGEC.exists():
        sys.exit(f"train: {NGEC} not found (needs ../shared/data)")
    data = examples()
    global NGEC_COUNT
    NGEC_COUNT = sum(1 for _ in gzip.open(NGEC, "rt", encoding="utf-8"))
    nlp = nlp_module.load()
    rows, labels = [], []
    for doc, (_text, label) in zip(nlp.pipe((t for t, _ in data), batch_size=64), data,
                                   strict=True):
        sentence = next(iter(doc.sents))
        features = {f: 1.0 for f in sentence_features(sentence)}
        rows.append(features)
        labels.append(label)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=2.0, max_iter=2000, class_weight="balanced")
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {}
    for j, name in enumerate(names):
        column = [round(float(w), 3) for w in model.coef_[:, j]]
        if max(abs(w) for w in column) >= 0.05:
            weights[str(name)] = column
    table = {
        "version": "plover-linear-1",
        "classes": [str(c) for c in model.classes_],
        "bias": [round(float(b), 3) for b in model.intercept_],
        "weights": weights,
        "trained_on": {"ngec_synthetic": NGEC_COUNT,
                       "eventwire_dev_gold_odd": len(data) - NGEC_COUNT},
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(json.dumps(table, separators=(",", ":")).encode("utf-8")))
    print(f"{len(data)} examples, {len(table['classes'])} classes, {len(weights)} features "
          f"→ {OUT.relative_to(REPO)} ({OUT.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
