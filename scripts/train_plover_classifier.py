"""Train eventwire's second-opinion PLOVER classifier and write it as package data.

Training data:
- ../shared/data/events/ngec_synthetic.jsonl.gz (MIT, ahalterman/NGEC-2025): 4,500 synthetic
  stories with a document-level PLOVER label; the first sentence usually carries the event,
  so that sentence is the example;
- the sentences the eventwire authors wrote and labelled themselves, odd-numbered records only
  (dev-001, wr-a-001, ...; the even ones stay held out, and the README's with/without figures
  are measured on them): eval/dev_gold.jsonl and eval/written_gold.jsonl. A record with no
  event teaches the class NONE, which lets the model say a sentence holds no act.
Our own sentences weigh OWN_WEIGHT times a synthetic story: they are news in wire style,
which the synthetic first sentences are not (measured: bench/plover_classifier.py).
plv_train.jsonl is never used: its terms allow tuning and measuring only.

Run: .venv/bin/pip install -e ".[train]"
     .venv/bin/python scripts/train_plover_classifier.py
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from eventwire import nlp as nlp_module
from eventwire.coding.cameo import lookup
from eventwire.coding.classifier import MODEL_FILE, NO_EVENT, sentence_features
from eventwire.evaluate import in_half

REPO = Path(__file__).resolve().parents[1]
NGEC = REPO.parent / "shared" / "data" / "events" / "ngec_synthetic.jsonl.gz"
OWN_GOLD = (REPO / "eval" / "dev_gold.jsonl", REPO / "eval" / "written_gold.jsonl")
OUT = REPO / "eventwire" / "data" / "models" / MODEL_FILE
FOLD = {"YIELD": "CONCEDE"}
OWN_WEIGHT = 5.0


def record_label(record: dict) -> str:
    """The PLOVER type of a gold record's first event, or NONE when it holds none."""
    if not record["expected"]:
        return NO_EVENT
    first = record["expected"][0]
    label = first.get("plover") or (lookup(first["code"]).plover.event if first.get("code")
                                    else "")
    return FOLD.get(label, label)


def synthetic_examples() -> list[tuple[str, str]]:
    with gzip.open(NGEC, "rt", encoding="utf-8") as handle:
        return [(record["text"].split("\n")[0][:1000], record["plover_event"])
                for record in map(json.loads, handle)]


def own_examples() -> list[tuple[str, str]]:
    found = []
    for path in OWN_GOLD:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            label = record_label(record)
            if label and in_half(record["id"], "odd"):
                found.append((record["text"], label))
    return found


def main() -> None:
    from sklearn.feature_extraction import DictVectorizer  # the [train] extra only
    from sklearn.linear_model import LogisticRegression

    if not NGEC.exists():
        sys.exit(f"train: {NGEC} not found (needs ../shared/data)")
    synthetic, own = synthetic_examples(), own_examples()
    data = synthetic + own
    weights = [1.0] * len(synthetic) + [OWN_WEIGHT] * len(own)
    nlp = nlp_module.load()
    rows = [{f: 1.0 for f in sentence_features(next(iter(doc.sents)))}
            for doc in nlp.pipe((text for text, _ in data), batch_size=64)]
    labels = [label for _, label in data]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=2.0, max_iter=3000, class_weight="balanced")
    model.fit(matrix, labels, sample_weight=weights)
    names = vectorizer.get_feature_names_out()
    kept = {}
    for j, name in enumerate(names):
        column = [round(float(w), 3) for w in model.coef_[:, j]]
        if max(abs(w) for w in column) >= 0.05:
            kept[str(name)] = column
    table = {
        "version": "plover-linear-2",
        "classes": [str(c) for c in model.classes_],
        "bias": [round(float(b), 3) for b in model.intercept_],
        "weights": kept,
        "trained_on": {"ngec_synthetic": len(synthetic), "eventwire_own_odd": len(own),
                       "own_weight": OWN_WEIGHT},
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(json.dumps(table, separators=(",", ":")).encode("utf-8")))
    print(f"{len(data)} examples, {len(table['classes'])} classes, {len(kept)} features "
          f"→ {OUT.relative_to(REPO)} ({OUT.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
