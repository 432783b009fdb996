"""An article longer than the parser takes is coded in pieces, with offsets into the whole."""

from __future__ import annotations

from eventwire import pipeline
from eventwire.records import Article


def test_long_article_is_coded_in_pieces_with_exact_offsets(monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 300)
    paragraphs = [f"Turkey accused Russia of war crimes in Syria on day {i}. "
                  f"Iran condemned Israel on day {i}." for i in range(12)]
    text = "\n\n".join(paragraphs)
    assert len(text) > 3 * 300
    article = Article(id="long", text=text, published="2016-02-16")
    [(coded, events)] = list(pipeline.code_articles([article], locate=False))
    assert coded is article
    accusations = [e for e in events if e.cameo.code == "1124"]
    assert len(accusations) == 12
    for event in events:
        for mention in (event.source, event.target):
            if mention is not None:
                assert text[mention.start:mention.end] == mention.text
        assert text[event.evidence.trigger_start:event.evidence.trigger_end] in event.sentence
    indexes = [e.sentence_index for e in accusations]
    assert indexes == sorted(indexes) and len(set(indexes)) == 12


def test_chunks_cut_at_paragraphs():
    text = "One. Two.\n\nThree. Four.\n\nFive."
    pieces = list(pipeline.chunks(text, limit=15))
    assert "".join(p for _, p, _ in pieces) == text
    assert all(text[o:o + len(p)] == p for o, p, _ in pieces)
    assert [last for *_, last in pieces][-1] is True
