"""One article a stage cannot code is reported by name and left out; the batch goes on."""

from __future__ import annotations

import pytest

from eventwire import pipeline
from eventwire.coding.coder import Coder
from eventwire.errors import InputError
from eventwire.records import Article

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
