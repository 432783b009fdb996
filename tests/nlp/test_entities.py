"""Entities only where an event can be: the same events as the recogniser everywhere."""

from dataclasses import replace
from pathlib import Path

from eventwire import nlp as nlp_module
from eventwire.entities import excerpt, recognise, runs
from eventwire.ingest import article_from_text
from eventwire.pipeline import code_articles, default_coder
from eventwire.settings import load_settings

CANONICAL = Path(__file__).resolve().parents[2] / "examples" / "turkey-syria-2016-02-16.txt"

TEXT = ("The weather in Paris was mild on Tuesday, said Jean Dupont of Meteo France. "
        "Russian jets bombed rebel positions near Aleppo, the Syrian Observatory said. "
        "Tickets for the concert in Berlin sold out in an hour. "
        "Turkey condemned the strikes on Wednesday.")


def test_only_the_sentences_that_can_code_are_read():
    nlp = nlp_module.load()
    coder = default_coder()
    doc = nlp(TEXT, disable=["ner"])
    sentences = list(doc.sents)
    assert [coder.can_code(s) for s in sentences] == [False, True, False, True]
    assert runs(doc, coder.can_code) == [(sentences[1].start, sentences[1].end),
                                         (sentences[3].start, sentences[3].end)]
    [(read, context)] = list(recognise([(doc, "ctx")], nlp.get_pipe("ner"), coder.can_code))
    assert context == "ctx"
    full = nlp(TEXT)
    for i in (1, 3):  # the same entities as a full run, where read
        assert [(e.text, e.label_) for e in sentences[i].ents] == \
               [(e.text, e.label_) for e in list(full.sents)[i].ents]
    assert not sentences[0].ents and not sentences[2].ents  # "outside", not missing
    assert all(t.ent_iob_ == "O" for t in sentences[2])


def test_a_doc_where_nothing_can_code_gets_no_entities():
    nlp = nlp_module.load()
    doc = nlp("Tickets for the concert in Berlin sold out in an hour.", disable=["ner"])
    [(read, _)] = list(recognise([(doc, None)], nlp.get_pipe("ner"), lambda s: False))
    assert read.ents == () and all(t.ent_iob_ == "O" for t in read)


def test_the_canonical_article_codes_the_same_either_way():
    article = article_from_text(CANONICAL.read_text(encoding="utf-8"), str(CANONICAL))
    everywhere = load_settings()
    assert everywhere.ner_everywhere
    settings = replace(everywhere, ner_everywhere=False)

    def coded(chosen):
        [(_, events)] = list(code_articles([article], settings=chosen))
        return [e.to_dict() for e in events]

    selective = coded(settings)
    assert selective and selective == coded(everywhere)


def test_an_excerpt_keeps_words_spaces_and_norms():
    nlp = nlp_module.load()
    doc = nlp.make_doc("Ankara won't talk. Nothing here. Moscow didn't agree.")
    part = excerpt(doc, [(0, 5), (8, 13)])
    assert part.text == "Ankara won't talk. Moscow didn't agree."
    assert [t.norm_ for t in part] == [t.norm_ for t in doc[0:5]] + [t.norm_ for t in doc[8:13]]
    assert "not" in [t.norm_ for t in part]
