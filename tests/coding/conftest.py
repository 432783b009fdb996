"""Coder tests: the real spaCy parse, actor mentions given by hand.

The actors stage is tested on its own; here the mentions are fixed so that a test
fails only when the coder's rules do.
"""

from __future__ import annotations

import pytest
from coding_helpers import mention

from eventwire import nlp
from eventwire.coding.coder import Coder
from eventwire.coding.patterns import load_patterns
from eventwire.records import Article, Event


@pytest.fixture(scope="session")
def parser():
    return nlp.load()


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder(load_patterns())


@pytest.fixture
def code_sentence(parser, coder):
    """Code a text whose actors are given as {phrase: code}."""

    def run(text: str, actors: dict[str, str | None], facts_only: bool = True) -> list[Event]:
        doc = parser(text)
        mentions = []
        for phrase, code in actors.items():
            nth = 0
            while True:
                try:
                    mentions.append(mention(text, phrase, code, nth))
                except ValueError:
                    break
                nth += 1
        mentions.sort(key=lambda m: m.start)
        article = Article(id="t", text=text, published="2016-02-16")
        events = coder.code(doc, mentions, article)
        return [e for e in events if e.is_asserted] if facts_only else events

    return run
