"""Coder tests: the real spaCy parse, actor mentions given by hand.

The actors stage is tested on its own; here the mentions are fixed so that a test
fails only when the coder's rules do.
"""

from __future__ import annotations

import pytest

from eventwire import nlp
from eventwire.coding.coder import Coder
from eventwire.coding.patterns import load_patterns
from eventwire.records import ActorMention, Article, Event


@pytest.fixture(scope="session")
def parser():
    return nlp.load()


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder(load_patterns())


def mention(text: str, phrase: str, code: str | None, nth: int = 0) -> ActorMention:
    """A mention of ``phrase`` (its nth occurrence) in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return ActorMention(phrase, start, start + len(phrase), code, code[:3] if code else None,
                        code[3:] or None if code else None, code)


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
        return [e for e in events if e.is_fact] if facts_only else events

    return run
