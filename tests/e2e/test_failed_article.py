"""One article a stage cannot code is reported by name and left out; the batch goes on."""

from __future__ import annotations

import json

import pytest

from eventwire import pipeline
from eventwire.coding.coder import Coder
from eventwire.errors import InputError
from eventwire.records import Article
from eventwire.runners import shard as shard_module
from eventwire.runners.items import RawItem
from eventwire.runners.shard import Options, Shard, code_shard

DAY = "2016-02-16"


class CoderFailingOn(Coder):
    """The packaged coder, made to fail on texts holding a word (a stand-in for a rule bug)."""

    def __init__(self, word: str) -> None:
        base = pipeline.default_coder()
        super().__init__(base.patterns, base.classifier)
        self.word = word

    def code(self, doc, mentions, article):
        if self.word in doc.text:
            raise ValueError("a rule could not read this sentence")
        return super().code(doc, mentions, article)


ARTICLES = [Article(id="first", text="Turkey accused Russia of war crimes.", published=DAY),
            Article(id="broken", text="Iran condemned Israel on Monday.", published=DAY),
            Article(id="last", text="Egypt praised Jordan on Monday.", published=DAY)]


def test_a_failing_article_is_reported_and_the_rest_are_coded():
    failures: list[InputError] = []
    coded = list(pipeline.code_articles(ARTICLES, coder=CoderFailingOn("Iran"), locate=False,
                                        on_error=failures.append))
    assert [a.id for a, _ in coded] == ["first", "last"]
    assert all(events for _, events in coded)
    [error] = failures
    assert str(error) == ("broken: could not be coded: "
                          "ValueError: a rule could not read this sentence")


def test_without_a_handler_the_error_propagates():
    with pytest.raises(ValueError):
        list(pipeline.code_articles(ARTICLES, coder=CoderFailingOn("Iran"), locate=False))


def test_a_batch_shard_codes_the_others_and_names_the_failing_article(monkeypatch):
    """A shard that raised would be retried whole and fail again on the same article."""
    shard_module.init_worker(Options())
    monkeypatch.setitem(shard_module._loaded, "coder", CoderFailingOn("Iran"))
    items = [RawItem("jsonl", f"in.jsonl:{n}", json.dumps(
        {"id": a.id, "text": a.text, "date": DAY}).encode()) for n, a in enumerate(ARTICLES, 1)]
    result = code_shard(Shard(0, items), Options())
    assert result.articles.column("article_id").to_pylist() == ["first", "last"]
    assert result.n_events >= 2
    assert result.errors == [("broken", "could not be coded: ValueError: a rule could not "
                                        "read this sentence")]
