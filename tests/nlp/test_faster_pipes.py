"""The faster attribute ruler and lemmatizer, the networks multiplied through numpy's BLAS and
the stepped parser and recogniser annotate exactly as spaCy's own components."""

import numpy
import spacy
from spacy.pipeline import AttributeRuler

from eventwire import nlp as nlp_module
from eventwire.faster_pipes import (
    ArrayAnnotations,
    IndexedAttributeMatcher,
    IndexWords,
    RememberedLemmas,
)
from eventwire.greedy_steps import SteppedEntityRecognizer, SteppedParser
from eventwire.numpy_blas import NumpyBlasOps

TEXTS = [
    "Turkey's military shelled Kurdish militia positions near Azaz on Monday, and it said "
    "there were no civilian casualties.",
    "\"We're gonna fight them,\" he said. \"Y'all don't know what I'd do; let's go, c'mon.\"",
    "Nothin' is certain, but the talks that were held in Geneva ain't over, officials said.",
    "Those who have been arrested, and everyone else, will be released if this is agreed.",
    "Is it true?  There are reports that she herself was there.\n\nYes, it is.",
    "Whether or not Russia withdraws, we must, and they should, respond to its attack on us.",
    "The ministers met; the meetings were better than the best of previous ones, wasn't it?",
    # words met for the first time: rule lemmas looked up in the index of known lemmas
    "Ya'll know there's more: y' all gotta see, nuthin' got ta change. Gon na happen? Let 's see.",
    "Gerrymandered constituencies unsettled the vaccinators, who outflanked their detractors "
    "and re-tweeted the quicker, happiest zorbings of the Xylophonists' loveliest duckies.",
]


def test_indexed_matches_are_spacys():
    nlp = nlp_module.load()
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = IndexedAttributeMatcher(ruler)
    assert indexed.rules, "no rule was indexed"
    for doc in nlp.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert indexed(doc) == AttributeRuler.match(ruler, doc), doc.text


def test_leftover_rules_match_in_windows_as_over_the_doc():
    nlp = nlp_module.load()
    indexed = IndexedAttributeMatcher(nlp.get_pipe("attribute_ruler"))
    assert indexed.starts.length == 2  # the leftover rules have one or two tokens
    found = 0
    for doc in nlp.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]):
        starts = [t.i for t in doc if indexed.starts.can_start(t.tag, t.lower, t.dep)]
        over_doc = sorted(indexed.rest(doc, allow_missing=True))
        assert sorted(indexed._rest_matches(doc, starts)) == over_doc, doc.text
        found += len(over_doc)
    assert found >= 8


def test_loaded_pipeline_annotates_as_stock_spacy():
    ours = nlp_module.load()
    assert isinstance(ours.get_pipe("attribute_ruler").match, IndexedAttributeMatcher)
    assert isinstance(ours.get_pipe("attribute_ruler").set_annotations, ArrayAnnotations)
    assert isinstance(ours.get_pipe("lemmatizer").lemmatize, RememberedLemmas)
    for name in ("tok2vec", "parser", "ner"):
        assert isinstance(ours.get_pipe(name).model.ops, NumpyBlasOps)
    assert isinstance(ours.get_pipe("parser"), SteppedParser)
    assert isinstance(ours.get_pipe("ner"), SteppedEntityRecognizer)
    stock = spacy.load(nlp_module.model_name())
    assert not isinstance(stock.get_pipe("tok2vec").model.ops, NumpyBlasOps)
    for _ in range(2):  # the second time from the lemmatizer's memory
        for a, b in zip(ours.pipe(TEXTS), stock.pipe(TEXTS), strict=True):
            assert annotations_of(a) == annotations_of(b)
    for text in ("", "   ", "Azaz."):  # empty and one-token docs, one at a time
        assert annotations_of(ours(text)) == annotations_of(stock(text))
    doc = ours("We're not gonna attack them, they said.")
    assert doc[2].lemma_ == "not" and str(doc[2].morph) == "Polarity=Neg"


def annotations_of(doc) -> list[tuple]:
    return [annotations(t) for t in doc]


def annotations(token) -> tuple:
    return (token.text, token.pos_, token.tag_, str(token.morph), token.lemma_, token.dep_,
            token.head.i, token.ent_iob_, token.ent_type_)


def test_numpy_products_are_thincs():
    from thinc.api import NumpyOps

    rng = numpy.random.default_rng(7)
    x = rng.random((5, 3), dtype="float32")
    y = rng.random((4, 3), dtype="float32")
    ours, thincs = NumpyBlasOps(), NumpyOps()
    for kwargs in ({"trans2": True}, {"trans1": True}):
        other = y if kwargs.get("trans2") else x
        numpy.testing.assert_allclose(ours.gemm(x, other, **kwargs),
                                      thincs.gemm(x, other, **kwargs), rtol=1e-6)
    out = numpy.zeros((5, 4), dtype="float32")
    assert ours.gemm(x, y, out=out, trans2=True) is out
    numpy.testing.assert_allclose(out, thincs.gemm(x, y, trans2=True), rtol=1e-6)


def test_other_backends_are_left_alone():
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    from eventwire.numpy_blas import numpy_blas

    class OtherOps(NumpyOps):  # stands for a GPU's or Apple's operations
        name = "other"

    before = get_current_ops()
    set_current_ops(OtherOps())
    try:
        with numpy_blas():
            assert type(get_current_ops()) is OtherOps
    finally:
        set_current_ops(before)
    with numpy_blas():
        assert type(get_current_ops()) is NumpyBlasOps
    assert get_current_ops() is before


def test_lemma_index_answers_as_the_list():
    lemmatizer = nlp_module.load().get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    assert table and all(isinstance(words, IndexWords) for words in table.values())
    words = next(iter(table.values()))
    assert set(words) == words.known
    assert words[0] in words and "no such lemma zzz" not in words
