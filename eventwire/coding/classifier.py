"""A second opinion: a linear model of a sentence's PLOVER type, run in pure Python.

Trained by ``scripts/train_plover_classifier.py`` (scikit-learn at training time only) and
shipped as a JSON table of weights, so the core install needs neither torch nor
scikit-learn. Features come from the spaCy parse the coder already has: no extra pass.

It confirms a rule event (same type: more confidence), rejects a weak one (a bare verb
pattern the model strongly disagrees with, or strongly reads as no act at all), and fills in
a sentence where the rules found two actors and no event.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span

MODEL_FILE = "plover_linear.json.gz"
NO_EVENT = "NONE"  # the class of sentences that hold no act (models from plover-linear-2 on)
CONTENT_POS = frozenset(("NOUN", "VERB", "ADJ", "ADV", "PROPN"))
MASKED_ENTITIES = frozenset(("GPE", "NORP", "PERSON", "ORG", "LOC", "FAC", "DATE", "TIME",
                             "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"))


def sentence_features(sentence: Span) -> list[str]:
    """Lemmas of content words (named entities by their type), and the main verb's frame."""
    features = []
    for token in sentence:
        if token.is_stop or token.is_punct or token.pos_ not in CONTENT_POS:
            continue
        if token.ent_type_ in MASKED_ENTITIES:
            features.append(f"ent={token.ent_type_}")
            continue
        lemma = token.lemma_.lower()
        features.append(lemma)
        if token.pos_ == "VERB":
            objects = [c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "prep")]
            features += [f"{lemma}>{o}" for o in objects]
            if any(c.dep_ == "neg" for c in token.children):
                features.append(f"not>{lemma}")
    root = sentence.root
    features.append(f"root={root.lemma_.lower()}")
    return features


@dataclass(frozen=True)
class Opinion:
    label: str
    probability: float
    evidence: tuple[str, ...]  # the features that weighed most for the label


class PloverClassifier:
    def __init__(self, model: dict) -> None:
        self.classes: list[str] = model["classes"]
        self.bias: list[float] = model["bias"]
        self.weights: dict[str, list[float]] = model["weights"]
        self.version: str = model.get("version", "")

    def predict(self, sentence: Span) -> Opinion:
        features = sentence_features(sentence)
        scores = list(self.bias)
        for feature in features:
            row = self.weights.get(feature)
            if row:
                for k, w in enumerate(row):
                    scores[k] += w
        top = max(range(len(scores)), key=scores.__getitem__)
        peak = max(scores)
        total = sum(math.exp(s - peak) for s in scores)
        probability = 1.0 / total
        weighed = sorted({f for f in features if f in self.weights},
                         key=lambda f: -self.weights[f][top])[:3]
        return Opinion(self.classes[top], probability, tuple(weighed))


@lru_cache(maxsize=1)
def default_classifier() -> PloverClassifier | None:
    """The packaged model, or None when it is not there."""
    path = resources.files("eventwire") / "data" / "models" / MODEL_FILE
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        return PloverClassifier(json.loads(gzip.decompress(handle.read())))
