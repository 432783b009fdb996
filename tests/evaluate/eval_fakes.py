"""Build Event records by hand for the evaluation tests."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from eventwire.records import ActorMention, Article, Cameo, Event, Evidence, Plover


def actor(code: str | None) -> ActorMention | None:
    if code is None:
        return None
    return ActorMention(code, 0, len(code), code, code[:3], code[3:] or None, code)


def event(code: str, source: str | None, target: str | None, plover: str = "",
          negated: bool = False, modality: str = "asserted") -> Event:
    return Event(
        event_id=f"{code}-{source}-{target}",
        article_id="a",
        date=None,
        sentence="",
        sentence_index=0,
        source=actor(source),
        target=actor(target),
        cameo=Cameo(code, code[:2], "", 0.0, 1),
        plover=Plover(plover),
        negated=negated,
        modality=modality,
        evidence=Evidence("trigger", "test/rule#1"),
    )


class FakeCoder:
    """A coder callable that returns canned events per article id and records its input."""

    def __init__(self, events: dict[str, list[Event]]) -> None:
        self.events = events
        self.seen: list[Article] = []

    def __call__(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            self.seen.append(article)
            yield article, self.events.get(article.id, [])
