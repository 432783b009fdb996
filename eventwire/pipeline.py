"""Wire the stages for in-process use: articles in, (article, events) out.

Every runner (one text, a directory, a process pool, Ray) calls :func:`code_articles`;
the stages never know which runner drives them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

from . import nlp as nlp_module
from .actors import ActorResolver, default_resolver
from .coding.classifier import default_classifier
from .coding.coder import Coder
from .coding.patterns import load_patterns
from .geo import Geoparser, default_geoparser
from .records import Article, Event
from .settings import Settings, load_settings


@dataclass(frozen=True)
class Stages:
    """Everything that codes, loaded once per process and settings."""

    nlp: Language
    resolver: ActorResolver
    coder: Coder
    geoparser: Geoparser | None


@lru_cache(maxsize=4)
def build_stages(settings: Settings) -> Stages:
    resolver = ActorResolver(settings.actors) if settings.actors else default_resolver()
    classifier = default_classifier() if settings.classifier else None
    return Stages(
        nlp=nlp_module.load(settings.model),
        resolver=resolver,
        coder=Coder(load_patterns(settings.patterns), classifier),
        geoparser=default_geoparser() if settings.locate else None,
    )


def default_coder() -> Coder:
    """The coder of the current settings (packaged patterns; the classifier if switched on)."""
    return build_stages(load_settings()).coder


def code_articles(
    articles: Iterable[Article],
    *,
    settings: Settings | None = None,
    nlp: Language | None = None,
    resolver: ActorResolver | None = None,
    coder: Coder | None = None,
    geoparser: Geoparser | None = None,
    locate: bool = True,
    batch_size: int = 32,
) -> Iterator[tuple[Article, list[Event]]]:
    """Parse articles in batches (one spaCy pass each), code their events and place them.

    ``settings`` (default: :func:`eventwire.settings.load_settings`) chooses the model,
    dictionaries, patterns and switches; explicit stage objects override them.
    """
    stages = build_stages(settings or load_settings())
    nlp = nlp or stages.nlp
    resolver = resolver or stages.resolver
    coder = coder or stages.coder
    geoparser = (geoparser or stages.geoparser) if locate else None
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
