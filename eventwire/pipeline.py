"""Wire the stages for in-process use: articles in, (article, events) out.

Every runner (one text, a directory, a process pool, Ray) calls :func:`code_articles`;
the stages never know which runner drives them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.language import Language

from . import nlp as nlp_module
from .actors import ActorResolver, default_resolver
from .coding.classifier import default_classifier
from .coding.coder import Coder
from .coding.patterns import load_patterns
from .entities import recognise
from .errors import InputError
from .geo import Geoparser, default_geoparser
from .records import ActorMention, Article, Event
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
    nlp = nlp_module.load(settings.model)
    return Stages(
        nlp=nlp,
        resolver=resolver,
        coder=Coder(load_patterns(settings.patterns), classifier),
        geoparser=default_geoparser(nlp) if settings.locate else None,
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
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[tuple[Article, list[Event]]]:
    """Parse articles in batches (one spaCy pass each), code their events and place them.

    ``settings`` (default: :func:`eventwire.settings.load_settings`) chooses the model,
    dictionaries, patterns and switches; explicit stage objects override them. With
    ``on_error``, an article whose coding raises is handed to it as an :class:`InputError`
    naming the article and left out, and the batch goes on (a firehose should not stop at one
    article a rule cannot read); without it, the error propagates.
    """
    settings = settings or load_settings()
    stages = build_stages(settings)
    nlp = nlp or stages.nlp
    resolver = resolver or stages.resolver
    coder = coder or stages.coder
    geoparser = (geoparser or stages.geoparser) if locate else None
    pieces = ((text, (article, offset, last))
              for article in articles
              for offset, text, last in chunks(article.text))
    current: Article | None = None
    events: list[Event] = []
    sentences = 0
    if entities_where_needed(nlp, coder, settings):
        parsed = recognise(nlp.pipe(pieces, as_tuples=True, batch_size=batch_size,
                                    disable=["ner"]),
                           nlp.get_pipe("ner"), coder.can_code, batch_size)
    else:
        parsed = nlp.pipe(pieces, as_tuples=True, batch_size=batch_size)
    failed: Article | None = None
    for doc, (article, offset, last) in parsed:
        if article is not current:
            current, events, sentences = article, [], 0
        if article is failed:
            continue
        part = article if offset == 0 and last else replace(article, text=doc.text)
        try:
            mentions = resolver.resolve(doc, article.date, places=True)
            found = coder.code(doc, mentions, part)
            if geoparser is not None and found:
                found = geoparser.locate(doc, found)
        except Exception as error:  # noqa: BLE001 - reported with the article's name
            if on_error is None:
                raise
            failed = article
            on_error(InputError(article.id, f"could not be coded: "
                                f"{type(error).__name__}: {error}"))
            continue
        events += [shifted(e, offset, sentences) for e in found] if offset else found
        if last:
            yield article, events
        else:
            sentences += sum(1 for _ in doc.sents)


def entities_where_needed(nlp: Language, coder: Coder, settings: Settings) -> bool:
    """Whether to run the entity recogniser only on sentences that can hold an event: not when
    asked for everywhere, when the classifier (which reads any sentence) is on, or when another
    component follows the recogniser."""
    return (not settings.ner_everywhere and coder.classifier is None
            and nlp.pipe_names[-1:] == ["ner"])


# Articles longer than this are parsed in pieces (at paragraph breaks): spaCy refuses texts
# over nlp.max_length, and the parser's memory grows with the text.
CHUNK_CHARS = 100_000


def chunks(text: str, limit: int | None = None) -> Iterator[tuple[int, str, bool]]:
    """(offset, piece, is_last) for a text, in pieces of at most ``limit`` characters."""
    limit = limit or CHUNK_CHARS
    if len(text) <= limit:
        yield 0, text, True
        return
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):  # cut at a paragraph break, else a sentence end, else anywhere
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind(". ", start, end) + 1
            end = cut if cut > start else end
        yield start, text[start:end], end >= len(text)
        start = end


def shifted(event: Event, offset: int, sentences: int) -> Event:
    """An event of a piece of an article, with offsets into the whole article."""

    def move(mention: ActorMention | None) -> ActorMention | None:
        if mention is None:
            return None
        return replace(mention, start=mention.start + offset, end=mention.end + offset)

    def add(value: int | None) -> int | None:
        return None if value is None else value + offset

    evidence = event.evidence
    return replace(
        event,
        source=move(event.source),
        target=move(event.target),
        sentence_index=event.sentence_index + sentences,
        evidence=replace(evidence, trigger_start=add(evidence.trigger_start),
                         trigger_end=add(evidence.trigger_end)),
    )


def code_text(text: str, date: str | None = None, *, facts_only: bool = False) -> list[Event]:
    """Code one text (as scraped: title, byline and furniture are handled by ingest)."""
    from .ingest import article_from_text

    article = article_from_text(text, "<text>", default_date=date)
    events = next(code_articles([article]))[1]
    return [e for e in events if e.is_fact] if facts_only else events
