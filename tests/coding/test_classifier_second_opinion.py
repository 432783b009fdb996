"""The PLOVER classifier: packaged, pure Python, and a second opinion that can be switched off."""

from __future__ import annotations

from eventwire.coding.classifier import (
    NO_EVENT,
    PloverClassifier,
    default_classifier,
    sentence_features,
)
from eventwire.coding.coder import Coder
from eventwire.coding.patterns import load_patterns
from eventwire.pipeline import default_coder
from eventwire.records import ActorMention, Article


def test_classifier_is_packaged_and_reads_obvious_sentences(parser):
    model = default_classifier()
    assert model is not None and len(model.classes) >= 15
    doc = parser("Government troops shelled rebel positions and killed twelve fighters.")
    opinion = model.predict(next(iter(doc.sents)))
    assert opinion.label == "ASSAULT"
    assert 0 < opinion.probability <= 1 and opinion.evidence


def test_classifier_features_mask_names_and_keep_the_verb_frame(parser):
    doc = parser("Turkey accused Russia of war crimes.")
    features = sentence_features(next(iter(doc.sents)))
    assert "ent=GPE" in features and "accuse" in features and "accuse>of" in features
    assert "turkey" not in features


def test_classifier_confirms_a_rule_event(parser):
    text = "Turkey accused Russia of war crimes."
    doc = parser(text)
    mentions = [ActorMention("Turkey", 0, 6, "TUR", "TUR", None, "Turkey"),
                ActorMention("Russia", 15, 21, "RUS", "RUS", None, "Russia")]
    article = Article(id="t", text=text, published="2016-02-16")
    plain = Coder(load_patterns()).code(doc, mentions, article)
    helped = Coder(load_patterns(), default_classifier()).code(doc, mentions, article)
    assert [e.cameo.code for e in plain] == [e.cameo.code for e in helped] == ["1124"]
    assert helped[0].confidence > plain[0].confidence


def test_classifier_switch(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CLASSIFIER", "0")
    assert default_coder().classifier is None
    monkeypatch.setenv("EVENTWIRE_CLASSIFIER", "1")
    assert default_coder().classifier is not None


def test_packaged_classifier_knows_sentences_that_hold_no_act(parser):
    model = default_classifier()
    assert NO_EVENT in model.classes
    doc = parser("Zambia's economy grew by 3 percent last year, the statistics office said.")
    assert model.predict(next(iter(doc.sents))).label == NO_EVENT


def sure_of(label: str) -> PloverClassifier:
    """A model that gives every sentence one label, at probability ~1."""
    classes = ["ASSAULT", NO_EVENT]
    return PloverClassifier({"classes": classes, "weights": {}, "version": "test",
                             "bias": [20.0 if c == label else 0.0 for c in classes]})


def test_second_opinion_fills_an_empty_sentence_but_never_with_no_act(parser):
    text = "Kenya faced Uganda on Tuesday."
    doc = parser(text)
    mentions = [ActorMention("Kenya", 0, 5, "KEN", "KEN", None, "Kenya"),
                ActorMention("Uganda", 12, 18, "UGA", "UGA", None, "Uganda")]
    article = Article(id="t", text=text, published="2016-02-16")
    assert Coder(load_patterns()).code(doc, mentions, article) == []
    filled = Coder(load_patterns(), sure_of("ASSAULT")).code(doc, mentions, article)
    assert [e.evidence.rule for e in filled] == ["model/test"]
    assert Coder(load_patterns(), sure_of(NO_EVENT)).code(doc, mentions, article) == []
