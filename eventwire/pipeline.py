"""Wire the stages for in-process use: articles in, (article, events) out.

Every runner (one text, a directory, a process pool, Ray) calls :func:`code_articles`;
the stages never know which runner drives them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
import os
from functools import lru_cache

from spacy.language import Language

from . import nlp as nlp_module
from .actors import ActorResolver, default_resolver
from .coding.classifier import default_classifier
from .coding.coder import Coder
from .coding.patterns import load_patterns
from .geo import Geoparser, default_geoparser
from .records import Article, Event


@lru_cache(maxsize=2)
def default_coder(second_opinion: bool | None = None) -> Coder:
    """The packaged patterns, with the PLOVER classifier unless EVENTWIRE_CLASSIFIER=0."""
    if second_opinion is None:
        second_opinion = os.environ.get("EVENTWIRE_CLASSIFIER", "1") != "0"
    return Coder(load_patterns(), default_classifier() if second_opinion else None)


def code_articles(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    resolver: ActorResolver | None = None,
    coder: Coder | None = None,
    geoparser: Geoparser | None = None,
    locate: bool = True,
    batch_size: int = 32,
) -> Iterator[tuple[Article, list[Event]]]:
    """Parse articles in batches (one spaCy pass each), code their events and place them."""
    nlp = nlp or nlp_module.load()
    resolver = resolver or default_resolver()
    coder = coder or default_coder()
    geoparser = (geoparser or default_geoparser()) if locate else None
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        mentions = resolver.resolve(doc, article.date, places=True)
        events = coder.code(doc, mentions, article)
        if geoparser is not None and events:
            events = geoparser.locate(doc, events)
        yield article, events


def code_text(text: str, date: str | None = None, *, facts_only: bool = False) -> list[Event]:
    """Code one text (as scraped: title, byline and furniture are handled by ingest)."""
    from .ingest import article_from_text

    article = article_from_text(text, "<text>", default_date=date)
    events = next(code_articles([article]))[1]
    return [e for e in events if e.is_fact] if facts_only else events
