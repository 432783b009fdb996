"""Helpers shared by the coding tests."""

from __future__ import annotations

from eventwire.actors import default_resolver
from eventwire.records import ActorMention, Article


def resolved_and_coded(parser, coder, text: str):
    """Code a text with the packaged actor dictionaries (not actors given by hand)."""
    doc = parser(text)
    mentions = default_resolver().resolve(doc, "2019-01-01", places=True)
    return coder.code(doc, mentions, Article(id="t", text=text, published="2019-01-01"))


def mention(text: str, phrase: str, code: str | None, nth: int = 0) -> ActorMention:
    """A mention of ``phrase`` (its nth occurrence) in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return ActorMention(phrase, start, start + len(phrase), code, code[:3] if code else None,
                        code[3:] or None if code else None, code)


def codes(events) -> list[str]:
    """The CAMEO codes of events, in order."""
    return [e.cameo.code for e in events]


def roots(events) -> list[str]:
    """The CAMEO roots of events, in order."""
    return [e.cameo.root for e in events]


def shown(events) -> list[tuple]:
    """Each event's sides, code and rule: what an assertion message should show."""
    return [(e.source, e.target, e.cameo.code, e.evidence.rule) for e in events]


def root_sides(events) -> list[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO root) of each event."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo.root) for e in events]


def sides(events, code: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events coded ``code``."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.cameo.code == code]


def assert_only_the_political_sense_codes(parser, coder, everyday: str, political: str,
                                          root: str) -> None:
    """The everyday sense of a word codes no event of `root`; its political sense still does."""
    events = resolved_and_coded(parser, coder, everyday)
    assert root not in roots(events), shown(events)
    events = resolved_and_coded(parser, coder, political)
    assert root in roots(events), shown(events)
