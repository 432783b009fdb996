"""The rule coder: CAMEO events from a dependency parse and the article's actor mentions.

For every token whose lemma is a pattern trigger, the most specific matching pattern
gives the CAMEO code; the parse gives the source and target among the actor mentions
(subject and object, passive agent, control verbs, light verbs, possessors of nominal
events); negation, modality and attribution come from the words governing the trigger.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..records import ActorMention, Article, Event, Evidence
from . import grammar
from .cameo import lookup
from .patterns import Pattern, PatternSet

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_DEPS = ("dobj", "dative", "iobj", "obj")
COMPLEMENT_DEPS = ("dobj", "prep", "xcomp", "ccomp", "attr", "dative", "acomp", "oprd", "obj")
NP_STOP_DEPS = frozenset(("relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct", "appos", "prep"))


@dataclass(frozen=True)
class Match:
    """A pattern that matched at a trigger token, with the words it matched."""

    pattern: Pattern
    trigger: Token
    words: tuple[Token, ...]  # trigger, particle, preposition and object words, in order
    complement: Token | None  # the phrase head the object words were found under


@dataclass
class MentionIndex:
    """The article's actor mentions, found by token."""

    doc: Doc
    mentions: list[ActorMention]
    by_token: dict[int, list[ActorMention]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for mention in self.mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.by_token.setdefault(token.i, []).append(mention)

    def at(self, token: Token) -> list[ActorMention]:
        """The mentions covering a token; the narrowest first."""
        found = self.by_token.get(token.i, [])
        return sorted(found, key=lambda m: m.end - m.start)

    def for_phrase(self, head: Token) -> list[ActorMention]:
        """The actors a noun phrase stands for: its head's mention, else one inside it.

        Several mentions of one span ("Hungarian and Romanian officials") are all returned.
        """
        own = self.at(head)
        if own:
            narrowest = own[0]
            return [m for m in own if (m.start, m.end) == (narrowest.start, narrowest.end)]
        for token in phrase_tokens(head):
            found = self.at(token)
            if found:
                return [m for m in found if (m.start, m.end) == (found[0].start, found[0].end)]
        return []


def phrase_tokens(head: Token) -> Iterator[Token]:
    """The tokens of a noun phrase nearest its head first, not entering clauses or conjuncts."""
    queue = [head]
    while queue:
        token = queue.pop(0)
        yield token
        queue.extend(c for c in token.children
                     if c.dep_ not in NP_STOP_DEPS or c.dep_ == "prep" and c.lower_ == "of")


def with_conjuncts(token: Token) -> list[Token]:
    """A phrase head and the heads conjoined with it: "Turkey and Russia"."""
    return [token, *token.conjuncts] if token.dep_ != "conj" else [token]


class Coder:
    """Applies a pattern set to parsed articles."""

    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns

    # -- matching -------------------------------------------------------------------

    def match(self, token: Token) -> Match | None:
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in (
            "NOUN", "PROPN") else None
        if pos is None:
            return None
        candidates = self.patterns.candidates(token.lemma_.lower(), pos)
        if not candidates:
            return None
        phrases = [Phrase(c) for c in complements(token, pos)]  # read each subtree once
        for pattern in candidates:
            found = self.match_pattern(pattern, token, phrases)
            if found is not None:
                return found
        return None

    def match_pattern(self, pattern: Pattern, token: Token, phrases: list[Phrase]
                      ) -> Match | None:
        words = [token]
        if pattern.particle:
            particle = next(
                (c for c in token.children
                 if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == pattern.particle), None)
            if particle is None:
                return None
            words.append(particle)
        if not pattern.prep and not pattern.object:
            return Match(pattern, token, tuple(words), None)
        for phrase in phrases:
            if pattern.prep and not phrase.is_prep(pattern.prep):
                continue
            found = phrase.find(pattern.object)
            if found is not None:
                head = [phrase.head] if pattern.prep else []
                return Match(pattern, token, tuple(sorted({*words, *head, *found},
                                                          key=lambda t: t.i)), phrase.head)
        return None

    # -- coding ---------------------------------------------------------------------

    def code(self, doc: Doc, mentions: list[ActorMention], article: Article) -> list[Event]:
        """All events of one parsed article, in text order."""
        index = MentionIndex(doc, mentions)
        events: list[Event] = []
        for sentence_index, sentence in enumerate(doc.sents):
            events.extend(self.code_sentence(sentence, sentence_index, index, article))
        return events

    def code_sentence(
        self, sentence: Span, sentence_index: int, index: MentionIndex, article: Article
    ) -> Iterator[Event]:
        matches = [m for m in (self.match(t) for t in sentence) if m is not None]
        # A noun inside the phrase a verb pattern matched is part of that event
        # ("asked for support in a ground operation"), not an event of its own.
        consumed = {t.i for m in matches if m.pattern.object and m.complement is not None
                    for t in m.complement.subtree}
        nominal = {m.trigger.i for m in matches if m.pattern.pos == "NOUN"}
        for found in matches:
            if found.trigger.i in consumed and found.pattern.pos == "NOUN":
                continue
            if is_light_verb_use(found, nominal):  # "carry out airstrikes": the noun codes it
                continue
            if found.pattern.code is None:  # a suppressing pattern ("said", "denied entry")
                continue
            sources, targets = arguments(found, index)
            yield from self.events_for(found, sources, targets, sentence, sentence_index, article)

    def events_for(
        self,
        found: Match,
        sources: list[ActorMention],
        targets: list[ActorMention],
        sentence: Span,
        sentence_index: int,
        article: Article,
    ) -> Iterator[Event]:
        info = lookup(found.pattern.code or "")
        negated = is_negated(found.trigger)
        conditions_are_content = info.cameo.root in grammar.CONDITIONAL_CONTENT_ROOTS
        modality = modality_of(found.trigger, conditions_are_content)
        speaker = attribution(found.trigger)
        pairs = dyads(sources, targets)
        for source, target in pairs:
            if source is None and target is None:
                continue
            if source and target and source.code and source.code == target.code:
                continue
            if not any(m is not None and m.code for m in (source, target)):
                continue
            trigger = found.trigger
            yield Event(
                event_id=event_id(article.id, sentence_index, trigger.idx, info.cameo.code,
                                  source, target),
                article_id=article.id,
                date=article.date,
                sentence=sentence.text.strip(),
                sentence_index=sentence_index,
                source=source,
                target=target,
                cameo=info.cameo,
                plover=info.plover,
                negated=negated,
                modality=modality,
                confidence=confidence(found, source, target),
                evidence=Evidence(
                    trigger=" ".join(t.text for t in found.words),
                    rule=found.pattern.id,
                    attributed_to=speaker,
                    trigger_start=trigger.idx,
                    trigger_end=trigger.idx + len(trigger.text),
                ),
            )


# -- where the object words are -----------------------------------------------------------


def complements(token: Token, pos: str) -> Iterator[Token]:
    """The phrases after a trigger that pattern words may be found in."""
    for child in token.children:
        if pos == "NOUN" or child.dep_ in COMPLEMENT_DEPS:
            if child.dep_ not in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS:
                yield child
                if child.dep_ in OBJECT_DEPS:  # "accused Russia of war crimes"
                    yield from (c for c in child.children if c.dep_ == "prep")


class Phrase:
    """A complement phrase of a trigger, with its words indexed by lemma and form."""

    def __init__(self, head: Token) -> None:
        self.head = head
        self.words: dict[str, Token] = {}
        for token in head.subtree:
            self.words.setdefault(token.lemma_.lower(), token)
            self.words.setdefault(token.lower_, token)

    def is_prep(self, prep: str) -> bool:
        return self.head.dep_ == "prep" and self.head.lower_ == prep

    def find(self, lemmas: tuple[str, ...]) -> list[Token] | None:
        """The tokens matching every lemma, or None."""
        found = []
        for lemma in lemmas:
            token = self.words.get(lemma)
            if token is None:
                return None
            found.append(token)
        return found


# -- who did it to whom ------------------------------------------------------------------


def arguments(found: Match, index: MentionIndex) -> tuple[list[ActorMention], list[ActorMention]]:
    """Source and target mentions of a matched trigger."""
    if found.pattern.pos == "VERB":
        return verb_arguments(found, index)
    return noun_arguments(found, index)


def verb_arguments(
    found: Match, index: MentionIndex
) -> tuple[list[ActorMention], list[ActorMention]]:
    verb = found.trigger
    sources = phrase_actors(subject_of(verb), index)
    passive_subject = child_with(verb, PASSIVE_SUBJECT_DEPS)
    if passive_subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        passive_subject = verb.head  # "forces, backed by Russia"
    if passive_subject is not None:
        agent = child_with(verb, ("agent",))
        agent_head = child_with(agent, ("pobj",)) if agent is not None else None
        return phrase_actors(agent_head, index), phrase_actors(passive_subject, index)
    targets: list[ActorMention] = []
    obj = child_with(verb, OBJECT_DEPS)
    if obj is not None and obj not in found.words:
        targets = phrase_actors(obj, index)
    holders = [verb, *([obj] if obj is not None and obj in found.words else [])]
    if not targets:  # "attacked positions near X", "launched airstrikes against X"
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
            if prep.lower_ in grammar.TARGET_PREPS and prep is not found.complement:
                targets = phrase_actors(child_with(prep, ("pobj",)), index)
                if targets:
                    break
    return sources, [t for t in targets if t not in sources]


def noun_arguments(
    found: Match, index: MentionIndex
) -> tuple[list[ActorMention], list[ActorMention]]:
    noun = found.trigger
    sources: list[ActorMention] = []
    for child in noun.children:  # "Russia's airstrikes", "Russian airstrikes"
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
            sources = index.for_phrase(child)
            if sources:
                break
    between = next((c for c in noun.children
                    if c.dep_ == "prep" and c.lower_ in ("between", "among")), None)
    if between is not None and not sources:  # "talks between Turkey and Russia"
        pobj = child_with(between, ("pobj",))
        parties = phrase_actors(pobj, index)
        return parties[:1], parties[1:]
    governor = governing_verb(noun)
    if governor is not None and governor.lemma_.lower() in grammar.RECEIVE_VERBS:
        # "the militia is getting support from Moscow": the giver is the source
        giver = next((c for c in [*noun.children, *governor.children]
                      if c.dep_ == "prep" and c.lower_ == "from"), None)
        return phrase_actors(child_with(giver, ("pobj",)), index), phrase_actors(
            subject_of(governor), index)
    if not sources and governor is not None:
        sources = phrase_actors(subject_of(governor), index)
    targets: list[ActorMention] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in grammar.TARGET_PREPS:
            targets = phrase_actors(child_with(child, ("pobj",)), index)
            if targets:
                break
    if not targets:  # "on the offensive to take back rebel-controlled areas"
        purpose = [c for c in (governor.children if governor is not None else ())
                   if c.dep_ in ("xcomp", "advcl") and c.i > noun.i]
        for token in [t for phrase in (noun, *purpose) for t in phrase.subtree]:
            if token.i > noun.i:
                found_here = [m for m in index.at(token) if m not in sources]
                if found_here:
                    targets = found_here[:1]
                    break
    return sources, [t for t in targets if t not in sources]


def is_light_verb_use(found: Match, nominal: set[int]) -> bool:
    """A bare light-verb match whose object is itself a nominal event."""
    verb = found.trigger
    if found.pattern.pos != "VERB" or found.pattern.specificity:
        return False
    if verb.lemma_.lower() not in grammar.LIGHT_VERBS:
        return False
    return any(c.i in nominal for c in verb.children if c.dep_ in OBJECT_DEPS)


def governing_verb(noun: Token) -> Token | None:
    """The light verb a nominal event hangs on: "carry out airstrikes", "be on the offensive"."""
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "obj", "oprd") and head.lemma_.lower() in grammar.LIGHT_VERBS:
        return head
    if (noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "in", "into")
            and head.head.lemma_.lower() in grammar.LIGHT_VERBS | grammar.ENGAGE_VERBS):
        return head.head  # "have been on the offensive", "engaged in talks"
    if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
        return head
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inferred through conjunction and control when not written."""
    seen = 0
    while verb is not None and seen < 8:
        seen += 1
        subject = child_with(verb, SUBJECT_DEPS)
        if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            return verb.head  # "airstrikes that have killed": the relative's antecedent
        if subject is not None:
            return subject
        head = verb.head
        if head is verb:
            return None
        lemma = head.lemma_.lower()
        if verb.dep_ == "conj":
            verb = head
        elif verb.dep_ == "xcomp":
            obj = child_with(head, OBJECT_DEPS)
            if obj is not None and lemma in grammar.OBJECT_CONTROL:
                return obj
            verb = head
        elif verb.dep_ == "pcomp":  # "accused Russia of providing airstrikes"
            governor = head.head
            obj = child_with(governor, OBJECT_DEPS)
            if obj is not None and governor.lemma_.lower() in grammar.OBJECT_GERUND:
                return obj
            verb = governor
        elif verb.dep_ in ("advcl", "acl") and head.pos_ in ("VERB", "AUX"):
            verb = head
        elif verb.dep_ in ("relcl", "acl"):  # "the group, which attacked ..."
            return head
        else:
            return None
    return None


def child_with(token: Token | None, deps: Iterable[str]) -> Token | None:
    if token is None:
        return None
    deps = tuple(deps)
    return next((c for c in token.children if c.dep_ in deps), None)


def phrase_actors(head: Token | None, index: MentionIndex) -> list[ActorMention]:
    """The actors of a phrase and of every phrase conjoined with it."""
    if head is None:
        return []
    actors: list[ActorMention] = []
    for token in with_conjuncts(head):
        for mention in index.for_phrase(token):
            if mention not in actors:
                actors.append(mention)
    return actors


def dyads(
    sources: list[ActorMention], targets: list[ActorMention]
) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """One event per source-target pair; joint subjects with no target act on each other."""
    if len(sources) > 1 and not targets:
        return [(a, b) for a in sources for b in sources if a is not b]
    return [(s, t) for s in (sources or [None]) for t in (targets or [None])]


# -- how it was said -------------------------------------------------------------------


def clause_chain(token: Token) -> Iterator[tuple[Token, Token]]:
    """(clause head, its governor) pairs from the trigger's clause up to the sentence root."""
    current = token
    if current.pos_ not in ("VERB", "AUX"):
        governor = governing_verb(current)
        if governor is not None:
            current = governor
    for _ in range(8):
        head = current.head
        if head is current:
            return
        yield current, head
        current = head


def is_negated(trigger: Token) -> bool:
    """"did not accept", "no agreement", "refused to attack"."""
    if any(c.dep_ == "neg" or c.lower_ == "no" and c.dep_ == "det" for c in trigger.children):
        return True
    for clause, governor in clause_chain(trigger):
        if clause is not trigger and any(c.dep_ == "neg" for c in clause.children):
            return clause.dep_ != "ccomp"
        if clause.dep_ == "xcomp" and governor.lemma_.lower() in grammar.NEGATING_VERBS:
            return True
        if clause.dep_ != "xcomp":
            break
    return False


def modality_of(trigger: Token, conditions_are_content: bool = False) -> str:
    """asserted, future, conditional, hypothetical or belief.

    A threat's "if" clause is what is threatened, not a condition on the threat:
    ``conditions_are_content`` skips the trigger's own "if" clauses.
    """
    own = [trigger]
    governor = governing_verb(trigger) if trigger.pos_ not in ("VERB", "AUX") else None
    if governor is not None:
        own.append(governor)
    for token in own:
        found = local_modality(token, skip_conditions=conditions_are_content)
        if found:
            return found
    for clause, head in clause_chain(trigger):
        lemma = head.lemma_.lower()
        if clause.dep_ == "xcomp":
            if lemma == "go" and any(c.dep_ == "aux" for c in head.children):
                return "future"  # "is going to attack"
            if lemma in grammar.FUTURE_VERBS:
                return "future"
            if lemma in grammar.REQUEST_VERBS:
                return "hypothetical"
        elif clause.dep_ == "ccomp":
            if lemma in grammar.BELIEF_VERBS:
                return "belief"
        elif clause.dep_ not in ("conj", "advcl", "pcomp", "prep", "pobj", "dobj", "relcl"):
            break
        found = local_modality(head)
        if found:
            return found
        if clause.dep_ == "ccomp":
            break  # reported speech: what was said is coded as said
    return "asserted"


def local_modality(token: Token, skip_conditions: bool = False) -> str | None:
    """Modality from a clause's own auxiliaries and "if" marks."""
    aux = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if aux & grammar.FUTURE_AUX:
        return "future"
    if aux & grammar.CONDITIONAL_AUX:
        return "conditional"
    if aux & grammar.HYPOTHETICAL_AUX:
        return "hypothetical"
    if {c.lower_ for c in token.children if c.dep_ == "mark"} & grammar.CONDITION_MARKS:
        return "conditional"
    if not skip_conditions and any(
        c.dep_ == "advcl" and {m.lower_ for m in c.children if m.dep_ == "mark"}
        & grammar.CONDITION_MARKS for c in token.children
    ):
        return "conditional"
    return None


def attribution(trigger: Token) -> str | None:
    """Who reported the event: the subject of "said", "told reporters", "reported"."""
    candidates = [trigger, *(head for _, head in clause_chain(trigger))]
    for token in candidates:
        for child in token.children:
            if child.dep_ in ("parataxis", "advcl", "ccomp") and \
                    child.lemma_.lower() in grammar.SPEECH_VERBS:
                speaker = child_with(child, SUBJECT_DEPS)
                if speaker is not None:
                    return span_text(speaker)
        if token is not trigger and token.lemma_.lower() in grammar.SPEECH_VERBS:
            speaker = child_with(token, SUBJECT_DEPS)
            if speaker is not None:
                return span_text(speaker)
        according = next((c for c in token.children if c.lower_ == "according"), None)
        if according is not None:
            to = next((c for c in according.children if c.lower_ == "to"), None)
            pobj = child_with(to, ("pobj",))
            if pobj is not None:
                return span_text(pobj)
    return None


def span_text(head: Token) -> str:
    tokens = list(phrase_tokens(head))
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    return head.doc[start:end].text.strip()


# -- ids and confidence ----------------------------------------------------------------


def event_id(
    article_id: str,
    sentence_index: int,
    trigger_start: int,
    code: str,
    source: ActorMention | None,
    target: ActorMention | None,
) -> str:
    """Stable across runs of the same input: a hash of where and what."""
    key = "|".join(
        str(part) for part in (
            article_id, sentence_index, trigger_start, code,
            source.start if source else "", source.code if source else "",
            target.start if target else "", target.code if target else "",
        )
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def confidence(found: Match, source: ActorMention | None, target: ActorMention | None) -> float:
    """A readable score: a coded source and target and a specific pattern raise it."""
    score = 0.35
    if source is not None and source.code:
        score += 0.25
    if target is not None and target.code:
        score += 0.15
    score += min(found.pattern.specificity, 4) * 0.04
    for mention in (source, target):
        if mention is not None and (mention.entry or "").startswith("coref"):
            score -= 0.1
    return max(0.05, min(score, 0.95))
