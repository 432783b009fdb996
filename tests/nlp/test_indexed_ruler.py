"""The indexed attribute ruler finds exactly the matches of spaCy's own Matcher."""

from spacy.pipeline import AttributeRuler

from eventwire import nlp as nlp_module
from eventwire.indexed_ruler import IndexedAttributeMatcher

TEXTS = [
    "Turkey's military shelled Kurdish militia positions near Azaz on Monday, and it said "
    "there were no civilian casualties.",
    "\"We're gonna fight them,\" he said. \"Y'all don't know what I'd do; let's go, c'mon.\"",
    "Nothin' is certain, but the talks that were held in Geneva ain't over, officials said.",
    "Those who have been arrested, and everyone else, will be released if this is agreed.",
    "Is it true?  There are reports that she herself was there.\n\nYes, it is.",
    "Whether or not Russia withdraws, we must, and they should, respond to its attack on us.",
]


def test_indexed_matches_are_spacys():
    nlp = nlp_module.load()
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = IndexedAttributeMatcher(ruler)
    assert indexed.rules, "no rule was indexed"
    for doc in nlp.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert indexed(doc) == AttributeRuler.match(ruler, doc), doc.text


def test_loaded_pipeline_uses_the_index_and_annotates_as_spacy():
    nlp = nlp_module.load()
    assert isinstance(nlp.get_pipe("attribute_ruler").match, IndexedAttributeMatcher)
    doc = nlp("We're not gonna attack them, they said.")
    assert [t.pos_ for t in doc][:4] == ["PRON", "AUX", "PART", "VERB"]
    assert doc[2].lemma_ == "not" and str(doc[2].morph) == "Polarity=Neg"
    assert doc[0].lemma_ == "we"
