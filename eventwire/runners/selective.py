"""First-pass selection: fully parse only what can hold an event.

A cheap pass (the tokenizer, spaCy's small sentence recogniser, the actor dictionaries over
lowercased words, and the trigger lemmas of the patterns) finds the sentences that can hold
an event. An event needs a coded actor inside its sentence: a dictionary name, or a pronoun or
"the country" that coreference links to one. So:

- an article with no dictionary name at all cannot hold an event: it is not parsed;
- a sentence is kept when it has a dictionary name (an event, or an antecedent and the focus
  country for later sentences), or a trigger candidate together with a referring word;
- the other sentences are blanked (each character but line breaks and quotation marks
  becomes a space) and the text is parsed once, so every offset stays an offset into the
  full article text.

Sentence indices count the sentences of the full text: the parsed ones, plus the blanked ones
as the first pass segmented them; event ids are recomputed from them. Where the small sentence
recogniser splits a blanked stretch differently from the parser, a later index (and id) can
differ from a full parse; ``bench/scale.py`` measures the events found with and without.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import nlp as nlp_module
from ..actors import ActorResolver, default_resolver
from ..actors.coref import GROUP_NOUNS, PRONOUNS, RELATIVES, STATE_NOUNS
from ..coding.coder import Coder, event_id
from ..pipeline import default_coder
from ..records import Article, Event

REFERRING = frozenset(PRONOUNS) | RELATIVES | STATE_NOUNS | GROUP_NOUNS
# Blanking keeps line breaks (paragraphs) and quotation marks (who said what).
KEEP_CHARS = frozenset("\n\"\u201c\u201d\u00ab\u00bb")


@dataclass(frozen=True)
class Plan:
    """What the first pass decided for one article."""

    text: str  # the text to parse: the article text with dropped sentences blanked
    dropped_starts: tuple[int, ...]  # char offsets of the dropped sentences
    kept_chars: int
    parse: bool  # False: no actor name anywhere, nothing to parse


class Selector:
    def __init__(self, nlp: Language, resolver: ActorResolver, coder: Coder) -> None:
        self.nlp = nlp
        self.dictionary = resolver.dictionary
        self.triggers: dict[str, set[str]] = {"VERB": set(), "NOUN": set()}
        for (lemma, pos), patterns in coder.patterns.by_trigger.items():
            if any(p.code for p in patterns):
                self.triggers.setdefault(pos, set()).add(lemma)
        self.rules: dict[str, list] = {}
        self.exceptions: dict[str, dict] = {}
        if "lemmatizer" in nlp.component_names:  # spaCy's rule lemmatizer tables, by POS
            lookups = nlp.get_pipe("lemmatizer").lookups
            for table in ("verb", "noun", "propn"):
                if lookups.has_table("lemma_rules"):
                    self.rules[table] = lookups.get_table("lemma_rules").get(table, [])
                if lookups.has_table("lemma_exc"):
                    self.exceptions[table] = lookups.get_table("lemma_exc").get(table, {})
        self.senter = nlp.get_pipe("senter") if "senter" in nlp.component_names else None
        if self.senter is None:
            from spacy.pipeline import Sentencizer

            self.senter = Sentencizer()
        self._trigger_cache: dict[str, bool] = {}

    def is_trigger(self, word: str) -> bool:
        """Whether any lemma the rule lemmatizer could give the word is a trigger lemma."""
        known = self._trigger_cache.get(word)
        if known is not None:
            return known
        found = False
        for pos, table in (("VERB", "verb"), ("NOUN", "noun"), ("NOUN", "propn")):
            lemmas = {word, *self.exceptions.get(table, {}).get(word, ())}
            for old, new in self.rules.get(table, ()):
                if word.endswith(old):
                    lemmas.add(word[: len(word) - len(old)] + new)
            if lemmas & self.triggers.get(pos, set()):
                found = True
                break
        self._trigger_cache[word] = found
        return found

    def plan(self, doc: Doc) -> Plan:
        """Decide from a tokenized, sentence-split doc what to parse."""
        words = [t.lower_ for t in doc]
        named = [False] * len(words)
        i = 0
        while i < len(words):
            hit = self.dictionary.match(words, i)
            if hit is None:
                i += 1
                continue
            for k in range(i, i + hit[0]):
                named[k] = True
            i += hit[0]
        text = doc.text
        if not any(named):
            return Plan(text, (), 0, False)
        chars = list(text)
        dropped = []
        kept = 0
        for sent in doc.sents:
            has_name = any(named[t.i] for t in sent)
            if has_name or (any(w in REFERRING for w in words[sent.start:sent.end])
                            and any(self.is_trigger(w) for w in words[sent.start:sent.end])):
                kept += sent.end_char - sent.start_char
                continue
            if not sent.text.strip():
                continue
            dropped.append(sent.start_char)
            for c in range(sent.start_char, sent.end_char):
                if chars[c] not in KEEP_CHARS:
                    chars[c] = " "
        return Plan("".join(chars) if dropped else text, tuple(dropped), kept, True)

    def plans(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Plan]:
        docs = (self.nlp.make_doc(t) for t in texts)
        for doc in self.senter.pipe(docs, batch_size=batch_size):
            yield self.plan(split_lines(doc))

    def first_pass(self, text: str) -> Doc:
        return split_lines(self.senter(self.nlp.make_doc(text)))


def split_lines(doc: Doc) -> Doc:
    """A line break ends a sentence, as it does for the parser on news text."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def default_selector() -> Selector:
    return Selector(nlp_module.load(), default_resolver(), default_coder())


def renumber(events: list[Event], doc: Doc, plan: Plan) -> list[Event]:
    """Sentence indices (and ids) of the full text: parsed non-blank sentences before the
    event's sentence, plus dropped sentences before it."""
    if not plan.dropped_starts:
        return events
    sents = list(doc.sents)
    index_of: dict[int, int] = {}
    parsed_before = 0
    for number, sent in enumerate(sents):
        words = [t.idx for t in sent if not t.is_space]  # blanks lead some sentences
        dropped_before = bisect_left(plan.dropped_starts, words[0] if words else sent.start_char)
        index_of[number] = parsed_before + dropped_before
        if sent.text.strip():
            parsed_before += 1
    result = []
    for event in events:
        index = index_of.get(event.sentence_index, event.sentence_index)
        if index != event.sentence_index:
            trigger = event.evidence.trigger_start or 0
            event = replace(event, sentence_index=index, event_id=event_id(
                event.article_id, index, trigger, event.cameo.code, event.source, event.target))
        result.append(event)
    return result


def code_articles_selective(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    resolver: ActorResolver | None = None,
    coder: Coder | None = None,
    batch_size: int = 32,
    stats: dict | None = None,
) -> Iterator[tuple[Article, list[Event]]]:
    """Like :func:`eventwire.pipeline.code_articles`, parsing only what can hold an event.

    ``stats`` (optional) is filled with counts: articles, articles_parsed, chars, chars_kept.
    """
    nlp = nlp or nlp_module.load()
    resolver = resolver or default_resolver()
    coder = coder or default_coder()
    if nlp is nlp_module.load() and resolver is default_resolver() and coder is default_coder():
        selector = default_selector()
    else:
        selector = Selector(nlp, resolver, coder)
    stats = stats if stats is not None else {}
    for key in ("articles", "articles_parsed", "chars", "chars_kept"):
        stats.setdefault(key, 0)

    def planned() -> Iterator[tuple[Article, Plan]]:
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from zip(batch, selector.plans([a.text for a in batch], batch_size),
                               strict=True)
                batch = []
        if batch:
            yield from zip(batch, selector.plans([a.text for a in batch], batch_size),
                           strict=True)

    def to_parse() -> Iterator[tuple[str, tuple[Article, Plan]]]:
        for article, plan in planned():
            stats["articles"] += 1
            stats["chars"] += len(article.text)
            stats["chars_kept"] += plan.kept_chars
            if plan.parse:
                stats["articles_parsed"] += 1
            yield plan.text, (article, plan)

    for doc, (article, plan) in nlp.pipe(_skip_empty(to_parse()), as_tuples=True,
                                         batch_size=batch_size):
        if not plan.parse:
            yield article, []
            continue
        mentions = resolver.resolve(doc, article.date)
        events = coder.code(doc, mentions, article)
        yield article, renumber(events, doc, plan)


def _skip_empty(pairs):
    """Articles not to parse go through the pipeline as an empty text (no cost)."""
    for text, context in pairs:
        yield (text if context[1].parse else ""), context
