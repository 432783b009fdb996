"""The faster attribute ruler and lemmatizer annotate exactly as spaCy's own components."""

import spacy
from spacy.pipeline import AttributeRuler

from eventwire import nlp as nlp_module
from eventwire.faster_pipes import (
    ArrayAnnotations,
    IndexedAttributeMatcher,
    IndexWords,
    RememberedLemmas,
)

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
    stock = spacy.load(nlp_module.model_name())
    for _ in range(2):  # the second time from the lemmatizer's memory
        for a, b in zip(ours.pipe(TEXTS), stock.pipe(TEXTS), strict=True):
            assert [(t.text, t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_, t.ent_type_)
                    for t in a] == \
                   [(t.text, t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_, t.ent_type_)
                    for t in b]
    doc = ours("We're not gonna attack them, they said.")
    assert doc[2].lemma_ == "not" and str(doc[2].morph) == "Polarity=Neg"


def test_lemma_index_answers_as_the_list():
    lemmatizer = nlp_module.load().get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    assert table and all(isinstance(words, IndexWords) for words in table.values())
    words = next(iter(table.values()))
    assert set(words) == words.known
    assert words[0] in words and "no such lemma zzz" not in words
