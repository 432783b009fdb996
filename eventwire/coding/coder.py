"""The rule coder: CAMEO events from a dependency parse and the article's actor mentions.

For every token whose lemma is a pattern trigger, the most specific matching pattern
gives the CAMEO code; the parse gives the source and target among the actor mentions
(subject and object, passive agent, control verbs, light verbs, possessors of nominal
events); negation, modality and attribution come from the words governing the trigger.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from weakref import WeakKeyDictionary

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token

from ..actors.coref import REFLEXIVES
from ..nlp import text_of
from ..records import ActorMention, Article, Event, Evidence
from . import grammar, violence
from .arguments import (
    STATE_NOUNS,
    MentionIndex,
    apposed,
    arguments,
    dyads,
    is_thing,
    lemma_in,
    mention_head,
    names_actor,
    not_sources,
    own_state_as_target,
    phone_call,
    phrase_actors,
    reporting_subject,
    same_actor,
)
from .cameo import code_table, lookup
from .classifier import NO_EVENT, PloverClassifier
from .discards import Discards, default_discards, voicing_only
from .judgement import doers_of, judged_actors, judgement_of, tells_wrongdoing
from .patterns import Pattern, PatternSet
from .reading import (
    WANTING_VERBS,
    Reading,
    acknowledged_state,
    attribution,
    denied_finding,
    negation,
    ought_to_be,
    polled,
    read_clause,
    wanted_of_another,
)
from .stance import (
    DRAWING_VERBS,
    DRAWN_PREPS,
    derive,
    drawn_on,
    message_addressee,
    warned_of_danger,
)
from .syntax import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    antecedents,
    calls_on,
    came_under,
    child_with,
    clause_chain,
    governing_verb,
    has_to_marker,
    lemma,
    misread_preposition,
    subject_of,
    with_clause,
)
from .tables import packaged_rows

COMPLEMENT_DEPS = ("dobj", "prep", "xcomp", "ccomp", "attr", "dative", "acomp", "oprd", "obj")


@dataclass(frozen=True)
class Match:
    """A pattern that matched at a trigger token, with the words it matched."""

    pattern: Pattern
    trigger: Token
    words: tuple[Token, ...]  # trigger, particle, preposition and object words, in order
    complement: Token | None  # the phrase head the object words were found under


@dataclass(frozen=True)
class DocWords:
    """What the coder reads of each token of a doc: its lowercase form and its lemma (as
    :func:`syntax.lemma`), and the tokens some pattern is triggered by, with the part of speech
    they trigger as."""

    lowers: list[str]
    lemmas: list[str]
    triggers: list[int]  # token indices, in order
    trigger_pos: list[str]

    def triggers_in(self, sentence: Span) -> tuple[int, int]:
        """The slice of ``triggers`` within the sentence."""
        return (bisect_left(self.triggers, sentence.start),
                bisect_left(self.triggers, sentence.end))


class Coder:
    """Applies a pattern set to parsed articles; a classifier, if given, gives a second opinion."""

    def __init__(self, patterns: PatternSet, classifier: PloverClassifier | None = None,
                 discards: Discards | None = None) -> None:
        self.patterns = patterns
        self.classifier = classifier
        self.discards = discards or default_discards()
        # (LOWER, LEMMA, POS) → (lowercase form, lemma, pattern part of speech or None)
        self._token_keys: dict[tuple[int, int, int], tuple[str, str, str | None]] = {}
        self._read: WeakKeyDictionary[Doc, DocWords] = WeakKeyDictionary()
        self._needs: dict[tuple[str, str], tuple[bool, tuple[frozenset[str], ...]]] = {}

    # -- matching -------------------------------------------------------------------

    def words(self, doc: Doc) -> DocWords:
        """What the coder reads of every token, from the doc's arrays once per doc (for
        ``can_code``, then ``code``): one reading per distinct (word, lemma, part of speech),
        all that ``lemma`` and ``trigger_pos`` read, instead of one per token."""
        read = self._read.get(doc)
        if read is not None:
            return read
        known = self._token_keys
        if len(known) > 200_000:  # a long run meets rare words: start afresh
            known.clear()
        read = DocWords([], [], [], [])
        for i, key in enumerate(map(tuple, doc.to_array([LOWER, LEMMA, POS]).tolist())):
            entry = known.get(key)
            if entry is None:
                token = doc[i]
                word, pos = lemma(token), trigger_pos(token)
                entry = known[key] = (token.lower_, word, pos if pos is not None and
                                      self.patterns.candidates(word, pos) else None)
            read.lowers.append(entry[0])
            read.lemmas.append(entry[1])
            if entry[2] is not None:
                read.triggers.append(i)
                read.trigger_pos.append(entry[2])
        self._read[doc] = read
        return read

    def trigger_tokens(self, sentence: Span) -> list[Token]:
        """The sentence's tokens some pattern is triggered by, in order: ``match`` is None at
        every other token."""
        doc = sentence.doc
        read = self.words(doc)
        start, end = read.triggers_in(sentence)
        return [doc[i] for i in read.triggers[start:end]]

    def match(self, token: Token) -> Match | None:
        pos = trigger_pos(token)
        if pos is None:
            return None
        candidates = self.patterns.candidates(lemma(token), pos)
        if not candidates:
            return None
        if pos == "NOUN" and lemma(token) in grammar.UNDERGONE_ONLY_NOUNS and \
                came_under(token) is None:
            return None  # "a fire destroyed the depot": no act ("came under fire from X" is)
        if pos == "NOUN" and token.pos_ == "PROPN" and token.text in grammar.MONTH_NOUNS:
            return None  # "in March": a date, no march
        if pos == "NOUN" and token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") \
                and not self.patterns.candidates(lemma(token.head), "NOUN"):
            return None  # "riot police", "aid workers", "a detention centre": a kind, no act
            # ("a protest march", "the ceasefire agreement": the head codes the act)
        phrases: list[Phrase] = []  # read each subtree once, when a pattern first needs them
        available: set[str] | None = None
        first: Match | None = None
        for pattern in candidates:
            if available is None and (pattern.object or pattern.prep):
                read = self.words(token.doc)
                phrases = [Phrase(c, read=read) for c in complements(token, pos)]
                if pos == "NOUN":  # "a joint war game": sibling modifiers hold a pattern's words
                    modifiers = [c for c in token.lefts if c.dep_ in NOUN_MODIFIER_DEPS]
                    if len(modifiers) > 1:
                        phrases.append(Phrase(*modifiers, read=read))
                available = set().union(*(phrase.words for phrase in phrases))
            if pattern.object and pattern.object[0] not in available:
                continue  # cheap test before the full match
            found = self.match_pattern(pattern, token, phrases)
            if found is None or appeal_content(found):
                continue
            if first is None:
                first = found
                if pattern.prep != "from" or pos != "VERB":
                    return found
            elif not found.pattern.prep and found.pattern.object and \
                    found.complement is not None and found.complement.dep_ in OBJECT_DEPS:
                # "withdrew its observers from the ceasefire line": what was withdrawn says
                # what was done (CAMEO 1662), where from only where
                return found
            elif not found.pattern.prep and journey_from(first) and \
                    any(c.dep_ in OBJECT_DEPS for c in token.children):
                # "returned the artefacts from the museum to X": handed back, no visit made
                return found
        return first

    def match_pattern(self, pattern: Pattern, token: Token, phrases: list[Phrase]
                      ) -> Match | None:
        words = [token]
        if pattern.subject and not has_subject(token, pattern.subject):
            return None
        if pattern.particle:
            particle = next(
                (c for c in token.children
                 if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == pattern.particle
                 and c.i > token.i and not (  # "In each case, X tied": no particle
                     pattern.particle in grammar.PREPOSITION_LIKE_PARTICLES
                     and not pattern.object and any(o.dep_ == "pobj" for o in c.children))),
                None)
            if particle is None:
                return None
            words.append(particle)
        if not pattern.prep and not pattern.object:
            if pattern.pos == "VERB" and not pattern.particle and acts_on_itself(token):
                return None  # "armed itself", "blocked herself off from X": no act on another
            return Match(pattern, token, tuple(words), None)
        for phrase in phrases:
            carried = pattern.prep is not None and particle_as_preposition(
                token, phrase.head, pattern.prep)
            if pattern.prep and not phrase.is_prep(pattern.prep) and carried is None:
                continue
            lead = phrase.head
            if not pattern.prep and token.pos_ == "VERB" and lead.dep_ == "prep" and \
                    lead.head.i == token.i and lead.lower_ in grammar.CIRCUMSTANCE_PREPS:
                continue  # "suspended publication after an attack on it" suspends no attack
            if not pattern.prep and lead.dep_ == "prep" and lead.lower_ == "with" and \
                    lead.head.i == token.i and lemma(token) in grammar.JOURNEY_VERBS and \
                    child_with(token, OBJECT_DEPS) is None:
                continue  # "flew to Rome with a group of business people" flew no one
            found = phrase.find(pattern.object)
            if found is not None and pattern.object_heads and not heads_phrase(found, phrase):
                continue  # "attended a protest near their school" attended no school
            if found is not None:
                head = [carried or phrase.head] if pattern.prep else []
                if pattern.prep == "with" and with_clause(phrase.head):  # a misread 'with'
                    head = [c for c in phrase.head.children  # phrase: its preposition
                            if c.dep_ == "mark" and c.lower_ == "with"][:1] or head
                return Match(pattern, token, tuple(sorted({*words, *head, *found},
                                                          key=lambda t: t.i)), phrase.head)
        return None

    def names_act(self, noun: Token) -> bool:
        """Whether a noun names an act: one some pattern codes ("the attacks"), or one of
        data/coding/act_nouns.tsv ("the violence", "an intervention")."""
        word = lemma(noun)
        return word in act_nouns() or any(
            p.code is not None for p in self.patterns.candidates(word, "NOUN"))

    def act_as_subject(self, verb: Token) -> bool:
        """Whether a verb's subject is an act or a pronoun that may stand for one: "the raid
        was an attack on X", "it was an attack on Y" (not "the law is an attack on Z")."""
        subject = child_with(verb, SUBJECT_DEPS)
        if subject is None or subject.pos_ in ("PRON", "VERB", "AUX"):
            return True  # "what happened was the killing of X": a clause tells of an act
        word = lemma(subject)
        return self.names_act(subject) or harm_cause(subject) in MEANS_CAUSES or \
            word in grammar.EVENT_NOUNS or any(  # "the murders were attacks on officials"
                (p.code or "")[:2] in grammar.VIOLENT_ROOTS
                for p in self.patterns.candidates(word, "VERB"))

    def can_code(self, sentence: Span) -> bool:
        """Whether a coded pattern could match in the sentence: a cheap superset of the
        sentences that give events, read before named entities are known."""
        read = self.words(sentence.doc)
        words: set[str] | None = None
        start, end = read.triggers_in(sentence)
        if grammar.JOINT_WORDS.intersection(read.lowers[sentence.start:sentence.end]):
            return True  # a deed done together (done_jointly), whatever its verb
        for i, pos in zip(read.triggers[start:end], read.trigger_pos[start:end], strict=True):
            coded_bare, needs = self.trigger_needs(read.lemmas[i], pos)
            if coded_bare:
                return True
            if needs and words is None:
                words = set(read.lemmas[sentence.start:sentence.end]) | set(
                    read.lowers[sentence.start:sentence.end])
            if any(need <= words for need in needs):
                return True
        return False

    def trigger_needs(self, word: str, pos: str) -> tuple[bool, tuple[frozenset[str], ...]]:
        """What ``can_code`` asks of a sentence for a trigger, from its patterns in ``match``
        order up to the first bare one (no object, subject, particle or preposition): whether it
        codes (a bare suppressing pattern, "said", always wins), and the words of each coded
        pattern before it, all the words of any of which the sentence must hold."""
        found = self._needs.get((word, pos))
        if found is not None:
            return found
        needs: list[frozenset[str]] = []
        coded_bare = False
        for pattern in self.patterns.candidates(word, pos):
            if not (pattern.object or pattern.particle or pattern.prep or pattern.subject):
                coded_bare = pattern.code is not None or pattern.announced is not None
                break
            if pattern.code is not None or pattern.announced is not None:
                need = frozenset(w for w in (*pattern.object, *pattern.subject, pattern.particle,
                                             pattern.prep) if w)
                if need not in needs:
                    needs.append(need)
        found = self._needs[(word, pos)] = (coded_bare, tuple(needs))
        return found

    # -- coding ---------------------------------------------------------------------

    def code(self, doc: Doc, mentions: list[ActorMention], article: Article) -> list[Event]:
        """All events of one parsed article, in text order."""
        read = self.words(doc)
        if self.discards.find(read.lowers, "story"):  # a sports or entertainment story
            return []
        index = MentionIndex(doc, mentions)
        events: list[Event] = []
        for sentence_index, sentence in enumerate(doc.sents):
            if self.discards.skips(sentence, read.lowers[sentence.start:sentence.end]):
                continue
            events += self.code_sentence(sentence, sentence_index, index, article)
        return events

    def code_sentence(
        self, sentence: Span, sentence_index: int, index: MentionIndex, article: Article
    ) -> list[Event]:
        matches = [m for m in map(self.match, self.trigger_tokens(sentence)) if m is not None]
        # A noun inside the phrase a verb pattern matched is part of that event
        # ("asked for support in a ground operation"), not an event of its own. A passive's
        # subject still names its act ("the protest was broken up"), unless the verb undoes,
        # refuses or cuts it: "the sanctions were lifted" imposes none, "the visit was
        # cancelled" is no visit, "aid was suspended" gives none.
        matches = [m for m in matches if not outranked_by_its_noun(m, matches, self.patterns)]
        consumed = {t.i for m in matches if m.pattern.object and m.complement is not None
                    and (m.complement.dep_ not in PASSIVE_SUBJECT_DEPS
                         or (m.pattern.code or "")[:2] in grammar.UNDOING_ROOTS)
                    for t in m.complement.subtree}
        consumed |= {t.i for m in matches if (m.pattern.code or "")[:2] in grammar.UNDOING_ROOTS
                     and m.pattern.pos == "VERB" for c in m.trigger.children
                     if c.dep_ in PASSIVE_SUBJECT_DEPS for t in c.subtree}
        # "the offensive ended": an act said to end, as the subject a pattern names, is part of
        # that ending (087), no new act of its own
        consumed |= {t.i for m in matches if m.pattern.subject and m.pattern.pos == "VERB"
                     and (m.pattern.code or "")[:2] in grammar.UNDOING_ROOTS
                     for c in m.trigger.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        # "claimed responsibility for the bombing": the bombing is an act of its own (the
        # claimer's; see arguments.claimed_by), not part of the claim
        consumed -= {t.i for m in matches if m.complement is not None
                     and lemma(m.complement) in grammar.RESPONSIBILITY_NOUNS
                     and lemma(m.trigger) in grammar.OWNING_UP_VERBS
                     for p in m.complement.children if p.lower_ == "for"
                     if not any(v.pattern.pos == "VERB" and v.trigger in p.subtree
                                for v in matches)  # "an ambush that killed six": the killing
                     for t in p.subtree}
        nominal = {m.trigger.i for m in matches if m.pattern.pos == "NOUN"}
        # aid nouns, by token, that may be the means of a stated support (see aid_as_means)
        aid_nouns = {m.trigger.i: m.pattern.code for m in matches if m.pattern.pos == "NOUN"
                     and (m.pattern.code or "")[:2] == "07"}
        framed = {m.trigger.i: aid_as_means(m.trigger, aid_nouns) for m in matches
                  if (m.pattern.code or "")[:2] in ("05", "06")} if aid_nouns else {}
        framed = {i: found for i, found in framed.items() if found is not None}
        coded: list[tuple[Event, Match]] = []
        stance_words: dict[int, set[str]] = {}  # governor token → roots read through it
        messages: set[int] = set()  # "sent a letter to X threatening ...": the letter's verb
        own_orders: set[int] = set()  # "ordered its troops to withdraw": the order's verb
        acts = {m.trigger.i: m.pattern.code or m.pattern.announced for m in matches
                if m.pattern.code or m.pattern.announced}
        for found in matches:
            if found.trigger.i in consumed and found.pattern.pos == "NOUN":
                continue
            if is_light_verb_use(found, nominal):  # "carry out airstrikes": the noun codes it
                continue
            code = found.pattern.code or announced(found)
            if code is None:  # a suppressing pattern ("said", "denied entry")
                continue
            if voicing_only(found.trigger, code, acts):  # "closed it, citing ...": the reason
                continue
            if found.pattern.prep in DRAWN_PREPS and lemma(found.trigger) in DRAWING_VERBS \
                    and not drawn_on(found.trigger):
                continue  # "drew on its reserves": no matter one is drawn on (stance.py)
            if reduced_passive(found.trigger):  # "declined comment when asked about ..."
                continue
            if done_by_nature(found.trigger, code):  # "an earthquake struck the city, killing 20"
                continue
            if animals_killed(found, code) or no_killing(found, index):  # "culled 20,000
                continue  # chickens", "a gas leak killed two", "killed the trade deal"
            if found.pattern.pos == "NOUN" and (talked_about(found.trigger)
                                                 or prevented(found.trigger)
                                                 or thanked_for(found.trigger)):
                continue
            if found.pattern.pos == "NOUN" and named_as(found.trigger):
                continue  # "called the move a sign of cooperation": a name, no cooperation
            if code[:2] == grammar.THREAT_CODE[:2] and found.pattern.pos == "NOUN" and \
                    posed_by_thing(found.trigger, index):
                continue  # "the virus poses a threat to farmers": no one threatens
            if code[:2] == grammar.THREAT_CODE[:2] and found.pattern.pos == "NOUN" and \
                    lemma(found.trigger) in grammar.DANGER_NOUNS and held_to_be(found.trigger):
                continue  # "the protests are a threat to the regime", "sees X as a threat":
                # what a thing or party is said to be, no threat made (CAMEO 13)
            if code[:2] in grammar.VIOLENT_ROOTS and found.pattern.pos == "NOUN" and \
                    found.trigger.dep_ == "attr" and held_to_be(found.trigger) and \
                    not self.act_as_subject(found.trigger.head):
                continue  # "the new law is an attack on the press": what a thing is said to
                # be; not "the raid was an attack on X", "it was an attack on X" (an act)
            if found.pattern.pos == "NOUN" and speaking(found.trigger):
                continue  # "the country's donors said ...": who spoke, no aid given
            if code == grammar.TELEPHONE_CODE and not found.pattern.object and \
                    not found.pattern.prep and lemma(found.trigger) in grammar.TELEPHONING_VERBS \
                    and not telephoned(found.trigger):
                continue  # "a unit called the Lions", "police were called": no telephone call
            if lemma(found.trigger) in grammar.ENCLOSING_VERBS and \
                    found.trigger.dep_ == "acl" and not names_actor(found.trigger.head, index):
                continue  # "the controversy surrounding the report": no one surrounded
            if helped_act(found):
                continue  # "X helped broker a truce": the brokering is the act, no aid given
            if handed_back_nothing(found):
                continue  # "the president returned to the capital": a journey, nothing handed back
            if code[:3] == "084" and not found.pattern.object and \
                    released_record(found.trigger):
                continue  # "released a video showing the captives": a record made public
            if naming(found.trigger) and code[:2] not in grammar.NAMING_ROOTS:
                continue  # "called the move a provocation": a name given, no telephone call;
                # "called the election a farce": no election called
            if code[:2] == "19" and verbal_attack(found.trigger):
                code = "111"  # "launched an attack on X, calling them traitors": words
            if code[:2] == "15" and joint_exercise(found):
                code = "062"  # "X and Y launched war games": an exercise held together
            if code in ("130", "051") and not found.pattern.object and \
                    advised_to_act(found.trigger):
                code = "020"  # "warned villagers to stay indoors": advice, no threat
            if found.trigger.i in {i for i, _ in framed.values()}:
                continue  # the aid is coded as the support it was given with (below)
            if found.trigger.i in framed:
                # "reaffirmed its backing for X with a grant of $3m": the grant is what was
                # done, the support only what it was said to show (CAMEO 07)
                code = framed[found.trigger.i][1]
            sources, targets = arguments(found, index)
            sources = harm_by_means(found, code, sources, index)  # "a bomb killed X": no doer
            if code[:2] == grammar.THREAT_CODE[:2] and not found.pattern.prep and \
                    warned_of_danger(found.trigger, sources, index):
                code = grammar.PESSIMISTIC_COMMENT_CODE  # "warned that floods could hit the coast"
            undergoer = came_under(found.trigger) if found.pattern.pos == "NOUN" else None
            if undergoer is not None:
                # "the convoy came under attack from militants": the one who came under it is
                # the target, the 'from' phrase its source
                giver = next((c for c in [*found.trigger.children, *undergoer.children]
                              if c.dep_ == "prep" and c.lower_ in ("from", "by")), None)
                sources = phrase_actors(child_with(giver, ("pobj",)), index) \
                    if giver is not None else []
                targets = phrase_actors(subject_of(undergoer), index)
            code = violence.by_sides(found.trigger, code, sources, targets)
            refined = violence.refine(found.trigger, code, sources, targets)  # 18x, 19x or none
            if refined is not None and refined.code is None:
                continue  # "the quake that killed", "struck by a car": no one's act
            refined_by = refined.rule(found.pattern.id) if refined is not None else None
            code = refined.code if refined is not None else code
            if lemma(found.trigger) in grammar.ENCLOSING_VERBS and code[:2] == "19" and \
                    not any(can_use_force(s) for s in sources):
                continue  # "surrounded by supporters", "journalists surrounded him": no force
            if code[:2] == grammar.PUNISHING_ROOT and found.pattern.pos == "VERB" and \
                    lemma(found.trigger) in grammar.PUNISHMENT_TAKING_VERBS:
                # "received a prison sentence", "is serving a jail term": imposed on the one who
                # receives or serves it, by the court it came from, if one is named
                punished = phrase_actors(child_with(found.trigger, SUBJECT_DEPS), index)
                if punished and any(same_actor(s, p) for s in sources for p in punished):
                    sources, targets = [], punished
                    if lemma(found.trigger) == "appear":  # "appeared in a Kenyan court"
                        court = next((c for c in found.trigger.children if c.dep_ == "prep"
                                      and c.lower_ in ("in", "before")), None)
                        sources = [a for a in phrase_actors(child_with(court, ("pobj",)), index)
                                   if not any(same_actor(a, p) for p in punished)]
            means = means_of_support(found.trigger) if code[:2] == "07" and \
                found.pattern.pos == "NOUN" and not sources else None
            if means is not None:
                # "X strengthened its commitment to Y with a grant": X gives it, to Y
                verb, shown = means
                sources = phrase_actors(child_with(verb, SUBJECT_DEPS), index)
                targets = targets or [a for p in shown.children if p.dep_ == "prep"
                                      and p.lower_ in ("to", "for")
                                      for a in phrase_actors(child_with(p, ("pobj",)), index)]
            if found.pattern.pos == "NOUN" and found.trigger.dep_ in OBJECT_DEPS and \
                    naming(found.trigger.head) and named_by_namer(sources, found.trigger, index):
                continue  # "called the attack cowardly": who named it did not attack
            if code == grammar.CONSULT_CODE and going_to(found):
                goal = journey_goal(found)
                if goal is None or not names_actor(goal, index) or \
                        lemma(goal) in grammar.PLACES_OF_CARE:
                    continue  # "came to an end", "went to the polls", "went to hospital"
                if not sources or not any(t.code for t in targets):
                    continue  # "goods coming to X", "we came to the park": no one visits anyone
                if targets and all(is_land(t, sentence) for t in targets):
                    code = grammar.VISIT_CODE  # "went to Moscow": a visit
            if code == grammar.YIELD_CODE and not found.pattern.object and \
                    lemma(found.trigger) in grammar.GIVER_NEEDING_VERBS and targets and all(
                        (t.code or "")[:3] in grammar.INTERNATIONAL_ACTORS for t in targets):
                code = grammar.INTERNATIONAL_INVOLVEMENT_CODE  # "allowed the UN to open a clinic"
            if not sources and found.pattern.pos == "VERB" and not found.pattern.object and \
                    lemma(found.trigger) in grammar.GIVER_NEEDING_VERBS and \
                    not_to_be_allowed(found.trigger) is None:
                continue  # "the residents were allowed to return": no one named yields
            if not sources and found.pattern.pos == "VERB" and \
                    lemma(found.trigger) in grammar.FORCING_VERBS and \
                    child_with(found.trigger, ("auxpass", "nsubjpass")) is not None and \
                    child_with(found.trigger, ("xcomp",)) is not None:
                continue  # "officials were forced to resign", "thousands were forced to leave
                # their homes after the quake": no one named forces anyone (circumstance);
                # "forced into slavery" still codes what was done to them
            if not sources and found.pattern.pos == "NOUN":
                # "the militia was responsible for the massacre": who did it
                sources = phrase_actors(responsible_party(found.trigger), index)
            if code[:2] in ("03", "05") and permission_for_another(found.trigger):
                code = "080"  # "gave approval for X to open an office": permission (CAMEO 08)
            invitation = others_invitation(found) if code == "036" else None
            if invitation is not None:
                # "welcomed X's invitation to Y to visit": no meeting of one's own, an
                # endorsement of the one who invited (CAMEO 051)
                code = "051"
                targets = phrase_actors(child_with(invitation, ("poss",)), index) or targets
            if code[:2] == "03" and opinion_agreed(found.trigger):
                # "many firms agree that Kenya has gained": an opinion shared, no intent to
                # cooperate; what the clause names is no party to it (CAMEO 019)
                code, targets = ACCORD_CODE, []
            if code == "016" and denied_finding(found.trigger):
                code, targets = STATEMENT_CODE, []  # "deny finding bacteria": no blame denied
            if code == "015" and acknowledged_state(found.trigger):
                code, targets = STATEMENT_CODE, []  # "acknowledged that the region is at risk"
            root = code[:2]
            reading = read_clause(found.trigger, root in grammar.CONDITIONAL_CONTENT_ROOTS)
            reading = told_as_news(found.trigger, reading)
            if reading.modality == "future" and reading.why.split(":")[-1] in \
                    grammar.DECIDING_VERBS and root not in grammar.INTENDED_ROOTS:
                # "decided to expel the envoy", "resolved to send troops": a hostile act a
                # party has decided on is no threat to anyone (CAMEO 13); "decided to lift
                # the ban": the decision is the concession (08). Told as the act, as its
                # decision is told ("if they decide to compromise": a condition)
                decision = read_clause(reading.governor)
                reading = replace(decision, negated=decision.negated or reading.negated)
            commanders = own_forces_ordered(found.trigger, reading, index)
            if commanders:
                # "Kenya ordered its troops to withdraw", "told all ministries to suspend
                # cooperation with X": the party's own act, done through its own (no demand)
                sources = commanders
                own_orders.add(reading.governor.i)
                reading = replace(reading, modality="asserted", governor=None,
                                  why=f"ordered-own:{reading.why.split(':')[-1]}")
            if not reading.negated and found.pattern.pos == "VERB" and found.pattern.object \
                    and found.complement is not None and any(
                        c.dep_ == "det" and c.lower_ == "no" for c in found.complement.children):
                # "found no evidence", "offered no support": the object the pattern names is
                # denied, as "no agreement" is for a noun
                reading = replace(reading, negated=True, why="det:no")
            excluded = ruled_out(found.trigger)
            if excluded is not None:
                # "closing the embassy is out of the question": it will not be done; one who
                # says so refuses it
                reading = Reading("future", True, None, "ruled-out")
                if not sources and excluded.dep_ == "ccomp" and \
                        lemma(excluded.head) in grammar.SPEECH_VERBS:
                    sources = phrase_actors(child_with(excluded.head, SUBJECT_DEPS), index)
            if reading.negated and reading.modality in ("asserted", "future") and \
                    code in grammar.LAPSED_RESTRICTIONS and \
                    lemma(found.trigger) in grammar.RENEWING_VERBS:
                # "let the sanctions expire without renewing them", "will not extend the curfew":
                # what is not renewed lapses, an easing said as it was (done, or to be done)
                code = grammar.LAPSED_RESTRICTIONS[code]
                root = code[:2]
                reading = replace(reading, negated=False, governor=None,
                                  why=reading.why if reading.modality == "future" else "lapse")
            if reading.governor is None and purpose_of_noun(found.trigger) and \
                    lemma(found.trigger.head) in grammar.REFUSAL_NOUNS:
                # "the government's refusal to negotiate with X": it refused to
                reading = replace(reading, modality="asserted", negated=True,
                                  governor=found.trigger.head,
                                  why=f"acl:{lemma(found.trigger.head)}")
            elif reading.modality == "asserted" and purpose_of_noun(found.trigger):
                reading = replace(reading, modality="hypothetical", why="acl:to")
            elif reading.modality == "asserted" and warned_against(found.trigger):
                reading = replace(reading, modality="hypothetical", why="pcomp:against")
            elif reading.modality == "asserted" and found.pattern.pos == "NOUN" and \
                    act_asked_for(found.trigger):
                # "demanded the arrest of X", "called for a boycott", "urged the withdrawal
                # of troops": the act asked for is not done (the asking codes itself)
                reading = replace(reading, modality="hypothetical", governor=found.trigger.head,
                                  why="asked-for")
            elif reading.modality == "asserted" and found.pattern.pos == "NOUN" and \
                    act_needed(found.trigger):
                # "needs funding from X", "the plan requires a deal with Y": what is needed is
                # not had, nor given
                reading = replace(reading, modality="hypothetical", governor=found.trigger.head,
                                  why="needed")
            elif reading.modality == "asserted" and found.pattern.pos == "NOUN" and \
                    found.trigger.dep_ in ("dobj", "obj") and \
                    lemma(found.trigger.head) in grammar.PLOTTING_VERBS:
                # "plotted an attack on X", "was plotting the assassination of Y": plotted, not
                # done (as "plotted to attack X" is)
                reading = replace(reading, modality="future", governor=found.trigger.head,
                                  why=f"dobj:{lemma(found.trigger.head)}")
            elif reading.modality == "asserted" and asked_for(found.trigger):
                # "pleaded with both sides to allow aid in": what was asked for, read as the
                # xcomp of a request verb is
                head = found.trigger.head
                reading = replace(reading, modality="hypothetical", governor=head,
                                  why=f"xcomp:{lemma(head)}")
            if reading.modality == "asserted" and only_possible(found.trigger):
                # "raised the possibility of suspending talks", "said it was possible to halt
                # the talks": an option named, not an act done or promised
                reading = replace(reading, modality="hypothetical", governor=None,
                                  why="possibility")
            elif reading.modality == "asserted" and scheduled(found.trigger):
                # "the former governor is to be jailed", "the president is to visit Paris":
                # what is to happen has not happened yet
                reading = replace(reading, modality="future", governor=None, why="be:to")
            denier = denied_by(found.trigger) if reading.modality == "asserted" else None
            if denier is not None:
                # "the ministry denied that its troops had shelled the village": said not to
                # have happened, by the one denying it (the act is kept, as denied)
                reading = replace(reading, modality="denied", governor=denier,
                                  why=f"{found.trigger.dep_}:{lemma(denier)}")
            speaker = not_to_be_allowed(found.trigger)
            if speaker is not None and code[:2] == "08":
                # "X said Y cannot be allowed to go on": no permission given or refused, but
                # the speaker's condemnation of what Y does (CAMEO 111)
                targets = phrase_actors(child_with(found.trigger, PASSIVE_SUBJECT_DEPS), index)
                sources = phrase_actors(child_with(speaker, SUBJECT_DEPS), index) or sources
                code, root, reading = "111", "11", Reading()
            context = (sentence, sentence_index, article)
            for event in self.events_for(found, code, sources, targets, reading, *context,
                                         rule=refined_by):
                coded.append((event, found))
            if code == grammar.HOST_CODE and found.pattern.pos == "VERB" and \
                    lemma(found.trigger) in grammar.HOSTING_VERBS and \
                    hosted_for_talks(found.trigger):
                # "hosted his counterpart for talks": the guest came to talk, a visit (042)
                guests = [g for g in visiting_guests(targets)
                          if not any(same_actor(g, s) or g.code == s.code for s in sources)]
                for event in self.events_for(found, grammar.VISIT_CODE, guests, sources,
                                             reading, *context,
                                             rule=f"guest/{found.pattern.id}"):
                    coded.append((event, found))
            stance = derive(code, found.trigger, reading, sources, targets, index)
            if stance is not None and stance.kind == "threaten" and \
                    stance.governor is found.trigger and found.pattern.plover == "ACCUSE":
                # "X will be charged with theft": a charge announced is the accusation (173 as
                # ACCUSE), no threat of coercion; "threatened to charge X" still threatens
                stance = None
            if stance is not None:
                rule = f"{stance.kind}/{found.pattern.id}"
                for event in self.events_for(found, stance.code, stance.sources, stance.targets,
                                             Reading(), *context, rule=rule,
                                             trigger=stance.governor):
                    coded.append((event, found))
                    if stance.governor is not found.trigger:
                        stance_words.setdefault(stance.governor.i, set()).add(event.cameo.root)
                if stance.kind == "threaten" and message_addressee(stance.governor) is not None:
                    messages.add(stance.governor.head.i)
        # the order given one's own is how the act was done, no event of its own
        coded = [(e, found) for e, found in coded if found.trigger.i not in own_orders]
        coded = without_borrowed_themes(coded)
        coded = protest_demands(coded, article.id)
        coded = punished_as_convicted(coded, article.id)
        coded = outcome_of_meeting(coded, article.id)
        coded = acts_on_actors(coded, index)
        # the letter was how the threat was made: it is no consultation of its own
        coded = [(e, found) for e, found in coded
                 if not (found.trigger.i in messages and e.cameo.root in ("01", "04"))]
        # "agreed" / "refused" / "urged" alone say less than the stance read through them,
        # and so does "threatened an attack" beside "threatened to attack Israel".
        coded = [(e, found) for e, found in coded
                 if not (found.trigger.i in stance_words
                         and (not found.pattern.specificity
                              or e.cameo.root in stance_words[found.trigger.i]))]
        # "called X to express support": the call is how; what it was for is the event, unless
        # it is only something said ("called X to explain the decision"): then the call
        # itself, a consultation by telephone (041), is what was done
        purposes = {f.trigger.head.i for e, f in coded if phone_call(f.trigger) is not None
                    and not (e.cameo.root == "01" and not e.plover.event)}
        purposes |= {sent.head.i for e, f in coded if e.plover.event
                     for sent in [mission_purpose(f.trigger, e.cameo.code == "074")]
                     if sent is not None}
        coded = [(e, found) for e, found in coded
                 if not (found.trigger.i in purposes and (
                     not found.pattern.specificity
                     or lemma(found.trigger) in grammar.FORCE_SENDING_VERBS))]
        coded += self.obligations(sentence, coded, index, (sentence, sentence_index, article))
        coded += self.done_jointly(sentence, coded, index, (sentence, sentence_index, article))
        coded = results_of_violence(coded)
        coded = one_per_dyad_and_code(coded)
        if self.classifier is not None and (coded or index.actors_in(sentence) >= 2):
            return second_opinion(self.classifier, sentence, coded, index,
                                  (sentence, sentence_index, article), self)
        return [e for e, _ in coded]

    def obligations(self, sentence: Span, coded: list[tuple[Event, Match]],
                    index: MentionIndex, context: tuple[Span, int, Article]
                    ) -> list[tuple[Event, Match]]:
        """"X said Y must V": X demands it of Y (CAMEO 100) when V codes no act of its own to
        demand ("should reopen the market", "must be stopped"); "X said Y was responsible":
        X holds Y responsible (CAMEO 112)."""
        governors = {e.evidence.trigger_start for e, _ in coded}
        added: list[tuple[Event, Match]] = []
        for verb in sentence:
            if verb.pos_ == "VERB" and verb.idx not in governors:
                added.extend(self.wanted_of(verb, coded, index, context))
            # "X claimed Y lied": a verb of asserting reports blame, judgement and wrongdoing
            # as a verb of saying does, but no demand ("argued Y must reopen it" advises)
            asserting = lemma(verb) in grammar.ASSERTING_VERBS
            if verb.pos_ != "VERB" or not (asserting or lemma(verb) in grammar.SPEECH_VERBS):
                continue
            if verb.idx in governors:
                continue  # already read: "said Y must end the strikes" (a demand to end them)
            for clause in reported_clauses(verb):
                deps = {(c.dep_, c.lower_) for c in clause.children}  # "said Y was responsible"
                blamed = lemma(clause) == "be" and (any(("acomp", w) in deps for w in
                                                        grammar.BLAME_WORDS) or
                                                    behind_violence(clause)) and \
                    not any(dep == "neg" for dep, _ in deps)
                judged = None if blamed else judgement_of(clause)
                accused = not blamed and judged is None and tells_wrongdoing(clause)
                obliged = not asserting and (needs_to(clause) or any(
                    c.dep_ == "aux" and c.lower_ in grammar.OBLIGATION_AUX
                    for c in clause.children))
                if not (blamed or judged is not None or accused or obliged):
                    continue
                if any(f.trigger.i == clause.i for _, f in coded):
                    continue  # the act itself is coded; its reading says the rest
                speaker = child_with(verb, SUBJECT_DEPS)
                if speaker is None and verb.dep_ == "conj":  # "X shouted ... and claimed Y
                    speaker = subject_of(verb)  # lied": X claimed it
                speakers = phrase_actors(speaker, index)
                subject = child_with(clause, SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS)
                if judged is not None:  # "the shelling by X is a crime": the act's doer
                    addressed = judged_actors(judged, index, doers_of(coded), self.names_act)
                elif accused:  # "X said Y lied": Y, a known party other than X, named as
                    # the subject itself (not "his execution violates the code": the
                    # executioner's act; not "people ignored them": no one in particular)
                    addressed = [m for m in not_sources(phrase_actors(subject, index), speakers)
                                 if m.code and m.sector not in UNSPECIFIC_SECTORS] \
                        if subject is not None and (subject.pos_ == "PRON" or index.at(subject)) \
                        else []
                elif subject is not None and subject.pos_ != "PRON":
                    # held responsible, any party; obliged, an actor or an act ("the violence
                    # must stop"), not a thing ("the new law should send a signal")
                    addressed = phrase_actors(subject, index, loose=blamed or self.names_act(
                        subject))
                else:
                    addressed = phrase_actors(subject, index)
                if not speakers or not addressed:
                    continue
                # CAMEO 112: accuse, hold responsible; 111: criticize or denounce; 051: praise
                code = "112" if blamed or accused else judged.code if judged is not None \
                    else "100"
                kind = "blame" if blamed else "judgement" if judged is not None else \
                    "wrongdoing" if accused else "obligation"
                pattern = Pattern(id=f"{kind}/{lemma(verb)}",
                                  trigger=lemma(verb), pos="VERB", code=code, source="grammar")
                found = Match(pattern, verb, (verb,), None)
                for event in self.events_for(found, code, speakers, addressed,
                                             read_clause(verb), *context):
                    added.append((event, found))
        return added

    def done_jointly(self, sentence: Span, coded: list[tuple[Event, Match]],
                     index: MentionIndex, context: tuple[Span, int, Article]
                     ) -> list[tuple[Event, Match]]:
        """"X and Y jointly ran a field hospital", "X and Y carried out a joint search", "X
        launched a joint venture with Y": two parties doing one thing together cooperate
        with each other (CAMEO 06 Engage in material cooperation: 062 where it is military,
        061 economic, else 060), whatever the thing done does to anyone else (coded on its
        own). Not a joint statement or a joint session: words said or a sitting held
        together are no material cooperation."""
        read = self.words(sentence.doc)
        lowers = read.lowers[sentence.start:sentence.end]
        if not grammar.JOINT_WORDS.intersection(lowers):
            return []
        added: list[tuple[Event, Match]] = []
        for offset, word in enumerate(lowers):
            if word not in grammar.JOINT_WORDS:
                continue
            joint = sentence.doc[sentence.start + offset]
            act, verb = jointly_done(joint)
            if verb is None or any(e.cameo.root == "06" and f.trigger.i in (joint.i, verb.i, act.i)
                                   for e, f in coded):
                continue  # "joint exercises": coded as military cooperation already
            doers = [m for m in phrase_actors(subject_of(verb), index) if m.code]
            partners = [m for word in {act, verb} for p in word.children
                        if p.dep_ == "prep" and p.lower_ == "with"
                        for m in phrase_actors(child_with(p, ("pobj",)), index) if m.code]
            several = len({m.code for m in doers}) > 1
            if not several and not (doers and partners):
                continue  # one doing it alone, or no known party doing it
            code = joint_deed_code(act, doers)
            pattern = Pattern(id=f"joint/{lemma(act)}", trigger=word, pos=joint.pos_,
                              code=code, source="grammar")
            found = Match(pattern, joint, (joint, act), None)
            targets = [] if several else partners
            for event in self.events_for(found, code, doers, targets, read_clause(verb),
                                         *context):
                added.append((event, found))
        return added

    def wanted_of(self, verb: Token, coded: list[tuple[Event, Match]], index: MentionIndex,
                  context: tuple[Span, int, Article]) -> list[tuple[Event, Match]]:
        """"X wants Y to do more", "X wants Y to step in": what one wants another to do is
        asked of it (CAMEO 020 Make an appeal or request) where the act codes nothing of its
        own to appeal for (a coded one is read as that appeal, stance.py)."""
        if lemma(verb) not in WANTING_VERBS or \
                any(c.dep_ == "neg" for c in verb.children) or polled(verb):
            return []  # not "most Kenyans want X to act": a poll's finding (reading.polled)
        clause = next((c for c in verb.children if wanted_of_another(c, verb)), None)
        if clause is None or any(f.trigger.i == clause.i for _, f in coded):
            return []
        wanters = phrase_actors(child_with(verb, SUBJECT_DEPS), index)
        asked = phrase_actors(child_with(clause, SUBJECT_DEPS), index)
        if not wanters or not asked:
            return []
        pattern = Pattern(id=f"wanted/{lemma(verb)}", trigger=lemma(verb), pos="VERB",
                          code="020", source="grammar")
        found = Match(pattern, verb, (verb,), None)
        return [(event, found) for event in self.events_for(
            found, "020", wanters, asked, read_clause(verb), *context)]

    def events_for(
        self,
        found: Match,
        code: str,
        sources: list[ActorMention],
        targets: list[ActorMention],
        reading: Reading,
        sentence: Span,
        sentence_index: int,
        article: Article,
        rule: str | None = None,
        trigger: Token | None = None,
    ) -> Iterator[Event]:
        info = lookup(code)
        plover = info.plover
        if found.pattern.plover and code == found.pattern.code and not rule:
            plover = replace(plover, event=found.pattern.plover)  # the act, not its code's type
        trigger = trigger or found.trigger
        words = (trigger,) if rule else found.words
        speaker = attribution(trigger)
        # "X and Y agreed to share intelligence": an intent to do, or a refusal of, a mutual
        # act is as mutual as the act
        mutual = info.cameo.root in grammar.MUTUAL_ROOTS or (rule or "").split("/")[0] in (
            "intent", "refuse") and (found.pattern.code or "")[:2] in grammar.MUTUAL_ROOTS
        one_way = info.cameo.code in grammar.ONE_WAY_CODES or any(  # "X and Y praised the
            lemma(w) in grammar.ONE_WAY_WORDS for w in (*words, trigger))  # truce", "bought"
        reciprocal = any(lemma(w) in grammar.RECIPROCAL_WORDS for w in (*words, trigger))
        # one person named twice ("Ms Adeyemi, Zambia's health minister, expressed her
        # sympathy"): the apposition, or a pronoun resolved to it, is no one acted on
        targets = [t for t in targets if not any(apposed(s, t, sentence.doc) for s in sources)]
        # a state's own organ speaking of the bare state names no second party ("the Zambian
        # ministry noted that Zambia had ..."): the statement is kept with its target open
        targets = [t for t in targets if not any(
            own_state_as_target(s, t, info.cameo.root, sentence.doc) for s in sources)]
        if (mutual or reciprocal) and not one_way:
            targets = [t for t in targets if not joint_party_again(t, sources)]
        for source, target in dyads(sources, targets, mutual and not one_way,
                                    reciprocal and not one_way):
            if source is None and target is None:
                continue
            if source and target and source.code and source.code == target.code and not (
                    target.entry or "").startswith("place:") and same_actor(source, target):
                continue  # a self-event; not an act in one's own country ("attacked a base in
                # western Afghanistan"), nor between two officials of one government
            if not any(m is not None and m.code for m in (source, target)) and (
                    source is None or target is None):
                continue  # two actors, or one the dictionaries know
            if source is None and info.cameo.root == "01":
                continue  # a statement needs its speaker; "the scan revealed an
                # inflammation in the man's lungs" says nothing to the man
            if source is None and info.cameo.root == "04" and (
                    info.cameo.code in ("042", "043") or is_land(target, sentence)):
                continue  # a visit needs its visitor ("the patients had travelled to the
                # US"); a land with no one meeting it is a topic ("meetings on Ukraine")
            if source is None and (target.entry or "").startswith("place:") and \
                    not struck_by_means(found, info.cameo.root):
                continue  # a place alone is no actor, nor beside a doer no dictionary knows
                # (a band's tour to a city, a charity's aid to a town); the place a bomb hit
                # is its target
            if target is not None and is_thing(target) and natural_hazard(target, sentence):
                continue  # "fought the epidemic", "caught hepatitis": no one's act on anyone
            if info.cameo.root not in grammar.PUBLIC_EVEN_IN_PRIVATE_ROOTS and \
                    source is not None and private_side(source) and \
                    (target is None or private_side(target) or
                     info.cameo.root == "04" and is_land(target, sentence)):
                continue  # "the shoppers thanked the pharmacist", "a tourist visiting
                # Mexico": private life (refugees seeking refuge in a country are not)
            yield Event(
                event_id=event_id(article.id, sentence_index, trigger.idx, info.cameo.code,
                                  source, target),
                article_id=article.id,
                date=article.date,
                sentence=sentence_text(sentence, trigger),
                sentence_index=sentence_index,
                source=source,
                target=target,
                cameo=info.cameo,
                plover=plover,
                negated=reading.negated,
                modality=reading.modality,
                confidence=confidence(found, source, target),
                evidence=Evidence(
                    trigger=" ".join(t.text for t in sorted({*words, trigger}, key=lambda t: t.i)),
                    rule=rule or found.pattern.id,
                    attributed_to=speaker,
                    trigger_start=trigger.idx,
                    trigger_end=trigger.idx + len(trigger.text),
                ),
            )


def joint_party_again(target: ActorMention, sources: list[ActorMention]) -> bool:
    """Two states acting together on each other ("Zambia and Malawi exchanged prisoners",
    "Kenyan and Ugandan forces traded artillery fire", "signed a deal that cuts fees for
    Kenyan freight"): a target that is one of the two again (its code, its bare state), or a
    bare state's own forces, officials or people, is no third party; each already acts on the
    other (one event per source-target pair), and neither acts on itself. A third party of
    either country stays one ("clashed with Kenyan rebels")."""
    countries = {s.country for s in sources if s.country}
    if len(countries) < 2 or not target.code or target.country not in countries:
        return False
    return any(target.code == s.code or target.code == s.country or
               s.code == s.country and (target.sector or "") in STATES_OWN
               for s in sources if s.country == target.country)


# The sectors of a state's own organs and people: "Zambia and Malawi exchanged prisoners of
# war" (its soldiers), "... data on Zambian farms" (its people).
STATES_OWN = frozenset(("", "GOV", "MIL", "CVL", "COP", "SPY", "JUD", "LEG"))


def acts_on_itself(verb: Token) -> bool:
    """Whether a verb's object is a reflexive pronoun ("the party armed itself against X",
    "defended themselves against Y"): what a bare verb pattern codes is then done to oneself,
    and the phrase that follows is no target. Patterns with a preposition or object words
    still match ("distanced itself from X"; "blew himself up", a particle, is a bombing), and
    so do verbs that give oneself to another ("surrendered himself to X")."""
    return lemma(verb) not in self_giving_verbs() and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in REFLEXIVES and not any(
            o.dep_ == "conj" for o in c.children)  # "killed himself and ten others"
        for c in verb.children)


@cache
def self_giving_verbs() -> frozenset[str]:
    """Verbs whose reflexive object gives oneself to another (data/coding/self_giving_verbs.tsv):
    "surrendered himself to the police", "allied itself with X"."""
    return frozenset(row["word"] for row in packaged_rows("coding", "self_giving_verbs.tsv"))


@cache
def act_nouns() -> frozenset[str]:
    """Nouns of acts no pattern codes on its own (data/coding/act_nouns.tsv)."""
    return frozenset(row["word"] for row in packaged_rows("coding", "act_nouns.tsv"))


def acts_on_actors(coded: list[tuple[Event, Match]], index: MentionIndex
                   ) -> list[tuple[Event, Match]]:
    """The events left when those of :func:`thing_sense` are dropped, with what the stance
    rules read through them ("is ready to pay a fee": no intent to cooperate either)."""
    return [(e, f) for e, f in coded if not any(
        thing_sense(f, code, e.target, index) or done_by_thing(f, code, index)
        for code in {e.cameo.code, f.pattern.code or ""}) and not asked_question(f)
        and not (e.evidence.rule == f.pattern.id and (deal_of_no_party(f) or
                                                      agreement_only_named(f)))]


def deal_of_no_party(found: Match) -> bool:
    """Whether a bare agreement noun names none of its parties (grammar.PARTY_NAMING_NOUNS):
    no 'between', 'with' or 'among' phrase, no possessor, no name or demonym before it ("a big
    deal", "automakers sweeten deals", "expectations of a trade deal"): no agreement signed."""
    noun = found.trigger
    if found.pattern.pos != "NOUN" or found.pattern.object or \
            lemma(noun) not in grammar.PARTY_NAMING_NOUNS:
        return False
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("between", "with", "among"):
            return False
        if child.dep_ == "poss" or child.dep_ in ("compound", "amod", "nmod") and (
                child.pos_ == "PROPN" or child.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")):
            return False
    return True


def agreement_only_named(found: Match) -> bool:
    """Whether a bare agreement noun (grammar.PARTY_NAMING_NOUNS) names a deal the sentence
    does not say was made: "the deal between X and Y collapsed", "the X-Y trade deal cleared
    a hurdle", "a breakthrough in the X-Y deal", "hopes for a wider deal with X":
    a deal referred to, wanted or still sought is no signing (CAMEO 057). It is told as made
    where a verb of making it (grammar.AGREEMENT_MAKING_VERBS) has it as subject or object
    ("the deal between X and Y was signed") or tells of it ("a deal reached between X and Y",
    "the deal X and Y signed"); a verb with the noun as its object codes the act itself."""
    noun = found.trigger
    if found.pattern.pos != "NOUN" or found.pattern.object or \
            lemma(noun) not in grammar.PARTY_NAMING_NOUNS:
        return False
    if any(c.dep_ in ("acl", "relcl") and lemma(c) in grammar.AGREEMENT_MAKING_VERBS
           for c in noun.subtree):  # the parser may hang "brokered by X" on a party named
        return False
    head = noun.head
    while noun.dep_ == "conj" and head.pos_ == "NOUN":  # "the deal and the accord signed ..."
        noun, head = head, head.head
    return not (noun.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS, *OBJECT_DEPS) and
                head.pos_ in ("VERB", "AUX") and lemma(head) in grammar.AGREEMENT_MAKING_VERBS)


def asked_question(found: Match) -> bool:
    """Whether a verb of asking, by a pattern that names nothing asked for, puts a question:
    about something ("asked the minister about the leak"), whether or what ("asked if the
    talks would resume", "I would ask what the incentive is"), or in words that end in a
    question mark ("'Could it live there?' she asked"); not one asking someone to act ("asked
    him to resign") or for something ("asked for calm")."""
    verb = found.trigger
    if found.pattern.pos != "VERB" or found.pattern.object or \
            lemma(verb) not in grammar.QUESTION_VERBS:
        return False
    children = list(verb.children)
    if any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in children):
        return True
    for clause in (c for c in children if c.dep_ in ("ccomp", "parataxis", "dep", "advcl")):
        first = min(clause.subtree, key=lambda t: t.i)
        if first.lower_ in grammar.QUESTION_WORDS or any(
                c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children):
            return True
    start = verb.sent.start  # a quoted question the parser set off as a sentence of its own
    return any(t.text == "?" for t in [*verb.sent, *verb.doc[max(start - 2, 0):start]])


def done_by_thing(found: Match, code: str, index: MentionIndex) -> bool:
    """Whether an act between parties has a thing as its written subject ("the deal allows
    leaders to claim a win", "tariffs that help American companies", "a trade war offers him
    advantages", "that would help the farm belt"): what the thing brings about, no act of a
    party (grammar.THING_SUBJECT_ROOTS); so is what it forced ("fuel shortages forced the
    government to ration petrol", grammar.FORCING_VERBS)."""
    verb = found.trigger
    if found.pattern.pos != "VERB" or code[:2] not in grammar.THING_SUBJECT_ROOTS and not (
            code[:2] == "17" and lemma(verb) in grammar.FORCING_VERBS):
        return False
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None) or \
        next((g for c in verb.children if c.dep_ == "agent"  # "is supported by low rates"
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None) or \
        clause_subject(verb)
    if subject is None:  # the nearest, where a heading run into the sentence gives two
        return False
    if subject.tag_ == "WDT" and verb.dep_ == "relcl":  # "tariffs that help companies"
        subject = verb.head
    if subject.pos_ == "PRON" or subject.tag_ in ("DT", "WDT"):
        # "X said it is providing ...": the speaker's own 'it'
        return subject.lower_ in grammar.THING_PRONOUNS and not any(
            c.dep_ == "relcl" for c in subject.children) and (
                subject.lower_ != "it" or code[:2] in grammar.IT_THING_ROOTS) and \
            reporting_subject(subject) is None and not index.for_phrase(subject)
    if subject.pos_ != "NOUN" or subject.ent_type_ or (
            subject.text[:1].isupper() and subject.i > subject.sent.start):
        return False  # a name the tagger missed ("welcomed by Wikileaks")
    if any(c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children)
           for c in subject.children):
        return False  # "a proposal backed by three provinces asked X": theirs
    return not names_actor(subject, index) and not index.for_phrase(subject) and \
        not lemma_in(subject, grammar.PLACE_NOUNS | grammar.BODY_NOUNS | STATE_NOUNS)


def clause_subject(verb: Token) -> Token | None:
    """The written subject of a clause a subjectless verb hangs on and shares its doer with:
    a participle after a comma ("rising prices hit farmers, forcing them to sell cattle") or a
    verb joined by 'and' ("the floods cut roads and forced families to leave")."""
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" or verb.dep_ == "conj") or \
            verb.head.pos_ not in ("VERB", "AUX") or verb.head is verb:
        return None
    return next((c for c in verb.head.lefts if c.dep_ == "nsubj"), None)


def thing_sense(found: Match, code: str, target: ActorMention | None, index: MentionIndex
                ) -> bool:
    """Whether a bare verb pattern (no object words) coded an act between parties on what is
    only a thing: its target a thing, or, failing an actor, a place or none while its direct
    object names no actor. That is the verb's everyday sense ("we'd buy a game", "shoppers in
    Leeds bought laptops", "the car offers better mileage", "the team filled a pool"), no act
    of the pattern's sense."""
    if found.pattern.pos != "VERB" or found.pattern.object or code in grammar.THING_JUDGED_CODES:
        return False
    between = code[:2] in grammar.ACTOR_OBJECT_ROOTS or \
        lemma(found.trigger) in grammar.THING_SENSE_VERBS
    if not between and code not in grammar.PERSON_TARGET_CODES:
        return False
    if target is not None and is_thing(target):
        return not left(target, found.trigger) and (between or not person_noun(target, found))
    if not between:  # a place the thing is in may stand for its people ("abducted schoolgirls")
        return False
    if target is not None and not (target.entry or "").startswith(("place:", "unresolved:place")):
        return False
    obj = child_with(found.trigger, ("dobj",))
    return obj is not None and not names_actor(obj, index) and not index.for_phrase(obj)


def person_noun(target: ActorMention, found: Match) -> bool:
    """Whether a target no list knows is headed by a noun for a person by its ending ("a
    cyclist", "a politician", "the trainee"): one an act on people may be done to."""
    head = mention_head(target, found.trigger.doc)
    word = lemma(head) if head is not None else ""
    return word.endswith(grammar.PERSON_ENDINGS) and len(word) > 5


def left(target: ActorMention, trigger: Token) -> bool:
    """Whether a thing is what the trigger's act came from or went to, not what it was done
    to: a post or forum one quits ("resigned from his post", "withdrew from the talks"), or
    one who receives ("returned the painting to its owner"); or no thing but someone named
    beside a noun no list knows ("the reporter-turned-activist X was arrested")."""
    head = mention_head(target, trigger.doc)
    if head is None:
        return False
    if any(c.ent_type_ == "PERSON" or c.dep_ == "appos" and c.pos_ == "PROPN"
           for c in head.children if c.dep_ in ("appos", "compound")):
        return True
    return head.dep_ == "pobj" and head.head.lower_ in ("from", "to")


def trigger_pos(token: Token) -> str | None:
    """The pattern part of speech a token can trigger as: VERB, NOUN or none."""
    if token.pos_ in ("VERB", "AUX"):
        return "VERB"
    return "NOUN" if token.pos_ in ("NOUN", "PROPN") else None


NOUN_MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")


def ruled_out(trigger: Token) -> Token | None:
    """The clause that rules an act out: an act named as the subject of "is out of the
    question", "is off the table" or "is not an option" ("closing the embassy is out of the
    question") will not be done. Returns that clause's verb ("is"), else None."""
    be = trigger.head
    if trigger.dep_ not in ("csubj", "csubjpass") or lemma(be) != "be":
        return None
    for prep in (c for c in be.children if c.dep_ == "prep"):
        if prep.lower_ == "out" and any(
                c.lower_ == "of" and any(o.lower_ == "question" for o in c.children)
                for c in prep.children):
            return be
        if prep.lower_ == "off" and any(o.lower_ == "table" for o in prep.children):
            return be
    negated = any(c.dep_ == "neg" for c in be.children)
    if negated and any(c.dep_ == "attr" and c.lower_ == "option" for c in be.children):
        return be
    return None


def announced(found: Match) -> str | None:
    """The code a pattern that codes nothing done gives an act announced: "Turkey will take
    part", "said it would take part" (a future or conditional word of commitment) state an
    intent (CAMEO 03), where "took part" codes nothing. Not when a complement names what is
    to be done ("will take part in the exercise"): that codes itself."""
    if found.pattern.announced is None or found.complement is not None and any(
            c.dep_ == "prep" for c in found.complement.subtree):
        return None
    if any(c.dep_ == "prep" and c.i > found.trigger.i for c in found.trigger.children):
        return None
    reading = read_clause(found.trigger)
    if reading.modality in ("future", "conditional") and not reading.negated and \
            reading.why.split(":")[-1] in grammar.INTENT_WORDS:
        return found.pattern.announced
    return None


def told_as_news(trigger: Token, reading: Reading) -> Reading:
    """"X has released the fishermen, officials told reporters", "told reporters that X had
    resumed ties": a finite clause told to someone is news, not an appeal to them (as "told X
    to release" is): the clause's own auxiliaries say how it was said."""
    governor = reading.governor
    if reading.modality != "hypothetical" or governor is None or \
            lemma(governor) not in grammar.NEWS_TELLING_VERBS or \
            not reading.why.startswith("ccomp:"):
        return reading
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    for _ in range(8):
        if clause is None or clause.head.i in (governor.i, clause.i):
            break
        clause = clause.head
    if clause is None or clause.head.i != governor.i or clause.dep_ != "ccomp" or \
            has_to_marker(clause):
        return reading  # "told X to leave", "told them that they must go" stay asked
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if aux & (grammar.HYPOTHETICAL_AUX | {"should"}):
        return reading
    negated = negation(trigger)[0]
    if aux & grammar.FUTURE_AUX or aux & {"would"}:
        return Reading("future", negated, None, "aux:will")
    if clause.tag_ in ("VB", "VBG"):
        return reading  # "told them that he leave at once": a bare subjunctive still asks
    return Reading("asserted", negated, None, "")


def appeal_content(found: Match) -> bool:
    """Whether the object words of a bare verb pattern were found only in the infinitive of an
    appeal ("called on the governor to take action", "called upon X to hold elections"): that
    clause says what is asked, which codes itself; the call is an appeal (CAMEO 020, the
    verb's own 'on' pattern), no rebuke (113) nor elections called (0831)."""
    pattern, complement = found.pattern, found.complement
    if not (pattern.pos == "VERB" and bool(pattern.object) and not pattern.prep
            and complement is not None and complement.head.i == found.trigger.i):
        return False
    # "wants Tanzania to end the sanctions": what one wants another to do is asked of it, as
    # the infinitive's own pattern codes (0254), no sanction threatened (1312)
    return (complement.dep_ == "xcomp" and calls_on(found.trigger)) or \
        wanted_of_another(complement, found.trigger)


def permission_for_another(verb: Token) -> bool:
    """"Gave approval (the green light, the go-ahead) for X to open an office": an approval given
    for another to act is permission (CAMEO 080, as an authorization given is), where approval
    given to a plan endorses it (051)."""
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in grammar.GIVING_VERBS:
        return False
    granted = child_with(verb, ("dobj",))
    if granted is None or lemma(granted) not in grammar.PERMISSION_NOUNS:
        return False
    infinitives = [c for c in verb.children if c.dep_ == "advcl"
                   and has_to_marker(c)]
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "for" for c in verb.children):
        return bool(infinitives)  # the parser hangs "for X" on the verb: "to V" is X's
    return any(any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
               and any(s.dep_ in SUBJECT_DEPS for s in c.children) for c in infinitives)


def others_invitation(found: Match) -> Token | None:
    """The invitation a welcome is of, when it was extended to someone other than the one who
    welcomes it ("welcomed X's invitation to Y to meet in Z")."""
    if lemma(found.trigger) not in grammar.WELCOMING_VERBS:
        return None
    invitation = next((t for t in found.words if lemma(t) == "invitation"), None)
    if invitation is None:
        return None
    to = next((c for c in invitation.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return invitation if child_with(to, ("pobj",)) is not None else None


def responsible_party(noun: Token) -> Token | None:
    """"X was responsible for the killings", "X is responsible for attacks on Y": the subject
    held responsible for an act named as a noun is its doer."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    held = prep.head
    if held.lower_ != "responsible" or held.dep_ != "acomp" or held.head.dep_ == "ccomp":
        return None  # "X said Y was responsible for ...": a blame (112), the act alleged
    return child_with(held.head, SUBJECT_DEPS)


def mission_purpose(trigger: Token, peacekeeping: bool = False) -> Token | None:
    """"Is sending a team to investigate the vote", "sent experts to carry out an audit": the
    clause of what a team, delegation or experts were sent to do, wherever the parse puts their
    destination, or with none named; None where the act is no such purpose. Forces of any kind
    sent or deployed to keep the peace ("sent police officers to serve in a peacekeeping
    contingent") provide that peacekeeping (CAMEO 074), no show of force (15)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if verb is None:
        return None
    head = verb.head
    obj = child_with(head, ("dobj",))
    sent = (verb.dep_ in ("advcl", "xcomp") and verb.i > head.i
            and has_to_marker(verb)
            and obj is not None
            and (lemma(head) in grammar.FORCE_SENDING_VERBS if peacekeeping
                 else lemma(head) in grammar.SENDING_VERBS and lemma(obj) in grammar.MISSION_NOUNS))
    return verb if sent else None


def handed_back_nothing(found: Match) -> bool:
    """A bare pattern that reads a verb as handing property back (CAMEO 0842, "returned the
    artefacts") where the verb has no object: "returned to the capital" is a journey home."""
    verb = found.trigger
    return found.pattern.code == "0842" and found.pattern.pos == "VERB" and \
        not (found.pattern.object or found.pattern.prep or found.pattern.particle) and \
        verb.dep_ not in ("relcl", "acl") and \
        not any(c.dep_ in OBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in verb.children)


def journey_from(found: Match) -> bool:
    """A pattern that reads a verb of motion with only 'from' as a visit ("returned from
    Moscow", CAMEO 04): it needs the verb without a direct object."""
    return found.pattern.prep == "from" and not found.pattern.object and \
        (found.pattern.code or "")[:2] == "04"


def named_by_namer(sources: list[ActorMention], noun: Token, index: MentionIndex) -> bool:
    """Whether a named act has no doer but the one who names it (its sources borrowed from the
    verb of naming, or none): "called the attack cowardly", not "called the Russian strikes a
    crime"."""
    namer = {m.start for m in phrase_actors(subject_of(noun.head), index)}
    return not sources or {m.start for m in sources} <= namer


def naming(verb: Token) -> bool:
    """"Called the decision a betrayal", "called the report biased": a verb of naming with a
    predicate of its object says what something is, no act of its own."""
    return verb.pos_ in ("VERB", "AUX") and lemma(verb) in grammar.NAMING_VERBS and \
        any(c.dep_ == "oprd" for c in verb.children)


def named_as(noun: Token) -> bool:
    """"Called the move a sign of cooperation", "called the raid an act of aggression": a noun
    in what something is called (the naming verb's predicate, or a phrase of it) says what that
    is, no act of its own."""
    token = noun
    while token.head.i != token.i:
        if token.dep_ == "oprd" and naming(token.head):
            return True
        if token.i != noun.i and token.dep_ not in ("pobj", "prep"):
            return False
        token = token.head
    return False


def verbal_attack(trigger: Token) -> bool:
    """"Launched an attack on the finance minister, calling him a liar": an attack
    made by naming its target is verbal (CAMEO 111 criticize or denounce), no use of force."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    return verb is not None and any(c.dep_ == "advcl" and c.tag_ == "VBG" and naming(c)
                                    for c in verb.children)


def reported_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports: its complements ("X said Y was a mistake"), or
    the clause it is set beside when the report comes first ("Y was a mistake, X has said",
    parsed as parataxis)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and verb.i > verb.head.i:
        clauses.append(verb.head)
    return clauses


def behind_violence(clause: Token) -> bool:
    """"X was behind the bombing": the one said to be behind an attack is blamed for it."""
    behind = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "behind"),
                  None)
    act = child_with(behind, ("pobj",)) if behind is not None else None
    return act is not None and lemma(act) in grammar.VIOLENT_MEANS | grammar.BLAMED_ACTS


def needs_to(clause: Token) -> bool:
    """"X said Y needs to move faster", "has to act": a need or duty stated for Y, as "must" and
    "should" state one; not "needs aid" (no infinitive), "does not need to", nor "said it had
    to act" (a speaker's own need)."""
    return lemma(clause) in ("need", "have") and clause.pos_ in ("VERB", "AUX") and \
        not any(c.dep_ == "neg" for c in clause.children) and \
        any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in clause.children) and \
        any(c.dep_ == "xcomp" and has_to_marker(c)
            for c in clause.children)


ADVISING_VERBS = frozenset("warn caution encourage".split())
ADVICE_AUX = frozenset(("should", "ought"))  # "warned that X should stay away": advice


def advised_to_act(trigger: Token) -> bool:
    """"Warned villagers to stay indoors", "encouraged parents to vaccinate their children",
    "cautioned drivers not to use the bridge": a warning or encouragement addressed to someone,
    to do or not to do something, is an appeal to them (CAMEO 020), no threat (130) nor
    endorsement (051), and so is a warning that someone should act ("cautioned that travellers
    should stay away"); "warned X that it would face consequences", and a warning against an act
    ("warned X against sending troops"), still threaten."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ADVISING_VERBS:
        return False
    children = list(trigger.children)
    if any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ADVICE_AUX
                                     for a in c.children) for c in children):
        return True  # "cautioned that travellers should avoid the region": advice
    if not any(c.dep_ in ("dobj", "dative") for c in children) or \
            any(c.dep_ == "ccomp" for c in children):
        return False
    return any(c.dep_ == "xcomp" and has_to_marker(c)
               for c in children)


def posed_by_thing(noun: Token, index: MentionIndex) -> bool:
    """"The virus poses a threat to farmers", "the floods present a danger": a threat a thing
    is said to be, no party's (not "Iran poses a threat to Israel")."""
    if noun.dep_ not in OBJECT_DEPS or lemma(noun.head) not in grammar.POSING_VERBS:
        return False
    subject = child_with(noun.head, SUBJECT_DEPS)
    return subject is not None and subject.pos_ != "PRON" and not names_actor(subject, index)


def held_to_be(noun: Token) -> bool:
    """A noun that says what something is, or is held to be: the predicate of 'be', 'remain',
    'become' ("the clashes are a threat to the regime", "Kenya remains a threat"), an object's
    predicate ("considers Kenya a threat") or an 'as' phrase of a verb ("sees the rebels as a
    threat"). It names no act of its own."""
    head = noun.head
    if noun.dep_ == "attr" and lemma(head) in grammar.STATE_OF_BEING_VERBS:
        # not "there have been threats against X": acts said to have been made
        return not (noun.tag_ in ("NNS", "NNPS") and child_with(head, ("expl",)) is not None)
    if noun.dep_ == "oprd":
        return True
    return noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB"


def speaking(noun: Token) -> bool:
    """Whether a noun is the subject of a verb of saying ("donors said", "mediators told"):
    it names who spoke, and what was said is the event, not the noun."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" and \
        lemma(noun.head) in grammar.SPEECH_VERBS


def has_subject(token: Token, wanted: tuple[str, ...]) -> bool:
    """Whether the trigger's own subject holds all these lemmas ("peacekeepers arrived"): or,
    where it has none, that of the verb it is joined to or the infinitive of ("troops entered
    the town and seized the bridge", "fighters tried to seize"); where it is a pronoun in what a
    speaker says, the speaker's ("the army says it seized the oil fields"); a passive's, its
    agent's ("the town was seized by rebel fighters")."""
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:  # a passive's doer: "the town was seized by rebel fighters"
        subjects = [g for c in token.children if c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj"]
    if not subjects and token.dep_ in ("conj", "xcomp") and token.head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and token.dep_ == "xcomp" and token.head.pos_ == "ADJ" and \
            token.head.dep_ == "acomp":  # "the union is ready to strike": the copula's subject
        subjects = [c for c in token.head.head.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) == 1 and subjects[0].pos_ == "PRON" and token.dep_ == "ccomp" and \
            lemma(token.head) in grammar.SPEECH_VERBS:
        subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
    for child in subjects:
        found = {lemma(t) for t in child.subtree} | {t.lower_ for t in child.subtree}
        if all(w in found for w in wanted):
            return True
    return False


def complements(token: Token, pos: str) -> Iterator[Token]:
    """The phrases after a trigger that pattern words may be found in."""
    for child in token.children:
        if pos == "VERB" and child.i > token.i and misread_preposition(child):
            yield child  # "calling on authorities to ...": a preposition parsed as a particle
            continue
        if pos == "VERB" and child.i > token.i and asked_for_clause(child):
            yield child  # "called for the army to withdraw": a 'for' phrase, parsed as a clause
            continue
        if pos == "VERB" and child.i > token.i and with_clause(child):
            yield child  # "working closely with the police to ...": a 'with' phrase, parsed as
            continue  # the mark of a clause whose subject is the partner
        if pos == "VERB" and child.dep_ == "advcl" and child.pos_ == "ADJ" and \
                child.i > token.i and any(c.dep_ in OBJECT_DEPS for c in token.children):
            yield child  # "held Uganda responsible": the object's predicate, parsed as a clause
            continue
        if pos == "NOUN" or child.dep_ in COMPLEMENT_DEPS + PASSIVE_SUBJECT_DEPS:
            if pos == "VERB" and child.dep_ == "prep" and child.i < token.i:
                continue  # a fronted phrase sets the scene: "At a rally, X demanded ..."
            if child.dep_ == "ccomp" and lemma(token) in grammar.SPEECH_VERBS:
                # "announced that it had suspended aid": what is said codes itself; but in
                # "declared a ceasefire to take effect at midnight" the parser takes the object
                # for the subject of an infinitive: that subject is what was declared
                if has_to_marker(child):
                    yield from (c for c in child.children if c.dep_ in SUBJECT_DEPS)
                continue
            if pos == "VERB" and child.dep_ in ("xcomp", "advcl") and has_to_marker(child) \
                    and lemma(token) in grammar.INSTRUMENT_VERBS \
                    and any(c.dep_ in OBJECT_DEPS for c in token.children):
                continue  # "used a ram to force the door": what was used is the object; the
                # infinitive says what for, and codes itself (it used no force)
            if child.dep_ in PASSIVE_SUBJECT_DEPS and pos == "VERB":
                yield child  # "the protest was broken up by police": the passive's object
            elif child.dep_ not in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS:
                yield child
                if child.dep_ in OBJECT_DEPS:  # "accused Russia of war crimes"
                    yield from (c for c in child.children if c.dep_ == "prep")
    if pos == "VERB" and token.dep_ == "acl" and token.tag_ == "VBN" and \
            token.head.pos_ == "NOUN":
        yield token.head  # "the deal struck by X and Y": the noun a participle tells of is
        # what was done to it (a deal struck is made, not a blow)
    if pos == "NOUN" and token.dep_ == "dobj" and lemma(token.head) in grammar.SPEECH_VERBS:
        # "announced the dispatch of police officers to X for peacekeeping duties": the parser
        # hangs the act's own phrases on the verb of saying that announces it
        yield from (c for c in token.head.children if c.dep_ == "prep" and c.i > token.i)
    if pos == "NOUN" and token.dep_ == "dobj" and lemma(token.head) in grammar.HOLDING_VERBS:
        # "had lunch with the minister", "held chats with the envoy": the parser hangs whom the
        # meeting was with on the verb that holds it
        yield from (c for c in token.head.children
                    if c.dep_ == "prep" and c.lower_ == "with" and c.i > token.i)
    undergone = came_under(token) if pos == "NOUN" else None
    if undergone is not None:
        # "the minister came under fire from lawmakers over the cuts": the parser hangs the
        # act's own phrases (who gave it, what for) on the verb the act came under with
        yield from (c for c in undergone.children if c.dep_ == "prep" and c.i > token.i)


def asked_for_clause(clause: Token) -> bool:
    """A clause that is the 'for' phrase of a verb of asking: "called for the army to
    withdraw", where the parser reads 'for' as the mark of an infinitive clause; what an appeal
    asks for is that act (not after other verbs: "gave approval for X to reopen" gives no
    reopening)."""
    return clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX") and has_to_marker(clause) \
        and any(c.dep_ == "mark" and c.lower_ == "for" and c.i < clause.i
                for c in clause.children) and lemma(clause.head) in grammar.REQUEST_VERBS


class Phrase:
    """A complement phrase of a trigger, with its words indexed by lemma and form."""

    def __init__(self, head: Token, *more: Token, read: DocWords | None = None) -> None:
        self.head = head
        self.words: dict[str, Token] = {}
        for part in (head, *more):  # a noun's modifiers together: "joint war games"
            tokens = list(part.subtree)
            # a relative clause tells about a noun, it is no part of the act: "ended a
            # stand-off that had reignited the war" ends no war
            told = {t.i for r in tokens if r.dep_ == "relcl" for t in r.subtree}
            # what a letter or statement says is its own act, told by the participle, and no
            # part of what was done with the document: "sent a letter thanking X for the loan"
            # sent no loan (the participle's own word still names the document's kind)
            told |= {t.i for r in tokens if r.dep_ == "acl" and r.tag_ == "VBG"
                     and lemma(r.head) in grammar.DOCUMENT_NOUNS for t in r.subtree if t is not r}
            # what evidence or a reason would back is no act done with it: "offered no
            # evidence to support its claims" offered no support
            told |= {t.i for r in tokens if r.dep_ == "acl" and has_to_marker(r)
                     and lemma(r.head) in grammar.GROUNDS_NOUNS for t in r.subtree}
            if part.pos_ in ("VERB", "AUX"):
                # a clause's circumstances are no part of what it says was done: "ordered the
                # paper to close after an attack on it" orders no attack
                told |= {t.i for r in part.children if r.dep_ == "prep"
                         and r.lower_ in grammar.CIRCUMSTANCE_PREPS for t in r.subtree}
            for token in tokens:
                if token.i in told:
                    continue
                if read is None:
                    self.words.setdefault(lemma(token), token)
                    self.words.setdefault(token.lower_, token)
                else:  # the same words, read once per doc
                    self.words.setdefault(read.lemmas[token.i], token)
                    self.words.setdefault(read.lowers[token.i], token)

    def is_prep(self, prep: str) -> bool:
        """Headed by this preposition, and not a time: "called Ankara on Friday"."""
        if prep == "for" and asked_for_clause(self.head):
            return True
        if prep == "with" and with_clause(self.head):
            return True
        if self.head.lower_ != prep or not (self.head.dep_ == "prep" or
                                             misread_preposition(self.head)):
            return False  # a particle with an object is a preposition the parser misread
        return not any(c.ent_type_ in ("DATE", "TIME") for c in self.head.children)

    def find(self, lemmas: tuple[str, ...]) -> list[Token] | None:
        """The tokens matching every lemma, or None."""
        found = []
        for word in lemmas:
            token = self.words.get(word)
            if token is None:
                return None
            found.append(token)
        return found


def heads_phrase(found: list[Token], phrase: Phrase) -> bool:
    """Whether one of a pattern's words heads the phrase it was found in: the object itself
    or a conjunct of it, or the object of a preposition heading the phrase."""
    head = phrase.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = child_with(head, ("pobj",)) or head
    heads = {head.i, *(c.i for c in head.conjuncts)}
    return any(token.i in heads for token in found)


def particle_as_preposition(verb: Token, phrase: Token, prep: str) -> Token | None:
    """The particle a pattern's preposition was parsed as, when the phrase is the verb's
    object: "took over the town" (the model: "over" a particle, "town" the object) for
    Phoenix's "* (OVER TOWN)"; else None."""
    if phrase.dep_ not in OBJECT_DEPS or phrase.head.i != verb.i:
        return None
    return next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == prep), None)


def outranked_by_its_noun(found: Match, matches: list[Match], patterns: PatternSet) -> bool:
    """A light verb's pattern that only carries out its object noun ("launch" + "attack": 190,
    the code of a bare attack) yields to that noun's own pattern when the noun's names more
    words ("launched a cyber attack": 176; "launched an air strike": 195). A verb pattern
    that adds a sense ("promised aid": an intent, 0331) or names those words too keeps it."""
    if found.pattern.pos != "VERB" or not found.pattern.object or found.complement is None \
            or lemma(found.trigger) not in grammar.LIGHT_VERBS:
        return False
    noun = found.complement
    bare = {p.code for p in patterns.candidates(lemma(noun), "NOUN") if p.specificity == 0}
    if found.pattern.code not in bare:
        return False
    return any(m.pattern.pos == "NOUN" and m.trigger.i == noun.i and m.pattern.code
               and not set(m.pattern.object) <= set(found.pattern.object)
               and all(w.i == noun.i or w.head.i == noun.i and w.i < noun.i for w in m.words)
               for m in matches)  # the noun's words are its own modifiers: "cyber attack"


def is_light_verb_use(found: Match, nominal: set[int]) -> bool:
    """A bare light-verb match whose object is itself a nominal event; "called a strike",
    "called a ceasefire": a call whose object is an act declares it, no telephone call; so
    does a participle that tells of the act's noun ("a strike called by the union")."""
    verb = found.trigger
    if found.pattern.pos != "VERB" or found.pattern.object or found.pattern.prep:
        return False  # "step up" (a particle) still yields to "stepped up cooperation"
    if lemma(verb) not in grammar.LIGHT_VERBS and not (
            lemma(verb) in grammar.NAMING_VERBS and (found.pattern.code or "")[:2] == "04"):
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i in nominal:
        return True  # "a strike called by the union", "an offensive launched by the army"
    told = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and told.dep_ == "pobj" and \
            told.head.dep_ == "prep" and told.head.head.i in nominal:
        return True  # "a strike at the airports called by the union": the parser hangs the
        # participle on the act's place
    return any(c.i in nominal for c in verb.children if c.dep_ in OBJECT_DEPS)


def protest_demands(coded: list[tuple[Event, Match]], article_id: str
                    ) -> list[tuple[Event, Match]]:
    """"Demonstrators marched to demand the president's resignation", "workers went on strike
    demanding better pay": what a protest demands is what it is for (CAMEO 141x-145x:
    demonstrate, strike, block or riot for leadership change, policy change, rights or a change
    of regime, as 104x demands them); the demand is no event of its own, and the protest is
    aimed at whom it was made of where it names no one."""
    protests = {f.trigger.i: (e, f) for e, f in coded
                if e.cameo.code in grammar.PROTEST_CODES and e.source is not None}
    if not protests:
        return coded
    upgraded: dict[int, Event] = {}
    demands: set[int] = set()
    for event, found in coded:
        if event.cameo.root != "10" or found.trigger.dep_ not in ("advcl", "xcomp", "acl"):
            continue
        head = found.trigger.head
        protest = protests.get(head.i) or next(
            (p for i, p in protests.items() if p[1].trigger.head.i == head.i
             and p[1].pattern.pos == "NOUN"), None)
        if protest is None or event.source is None or \
                event.source.start != protest[0].source.start:
            continue
        demands.add(id(event))
        base, protest_found = protest
        current = upgraded.get(id(base), base)
        code = current.cameo.code
        if event.cameo.code in grammar.REFORM_DEMANDS and code + event.cameo.code[-1] in \
                code_table():  # 1041 → 1411, 1431, 1441, 1451 (140 has no such codes)
            code += event.cameo.code[-1]
        target = current.target
        if target is None or (target.entry or "").startswith("place:"):
            target = event.target or target
        info = lookup(code)
        upgraded[id(base)] = replace(current, cameo=info.cameo, plover=info.plover, target=target,
                                     event_id=event_id(article_id, current.sentence_index,
                                                       current.evidence.trigger_start,
                                                       code, current.source, target))
    if not demands:
        return coded
    return [(upgraded.get(id(e), e), f) for e, f in coded if id(e) not in demands]


def punished_as_convicted(coded: list[tuple[Event, Match]], article_id: str
                          ) -> list[tuple[Event, Match]]:
    """"The court convicted X of ... and sentenced him to ten years": the sentence is what the
    court did to X (CAMEO codes the more severe act), and it reaches X through the conviction,
    whose object it shares. A conjoined punishment with no target of its own takes the
    conviction's target, and the conviction of that pair is then dropped."""
    convictions = {f.trigger.i: e for e, f in coded
                   if e.cameo.code == grammar.CONVICTION_CODE and e.target is not None}
    if not convictions:
        return coded
    punished: dict[int, Event] = {}
    out: list[tuple[Event, Match]] = []
    for event, found in coded:
        conviction = convictions.get(found.trigger.head.i)
        if (conviction is not None and event.target is None and found.trigger.dep_ == "conj"
                and event.cameo.root == grammar.PUNISHING_ROOT and event.source is not None
                and event.source.start == conviction.source.start):
            event = replace(event, target=conviction.target, event_id=event_id(
                article_id, event.sentence_index, event.evidence.trigger_start,
                event.cameo.code, event.source, conviction.target))
            punished[found.trigger.head.i] = event
        out.append((event, found))
    return [(e, f) for e, f in out
            if not (f.trigger.i in punished and e is convictions.get(f.trigger.i))]


def outcome_of_meeting(coded: list[tuple[Event, Match]], article_id: str
                       ) -> list[tuple[Event, Match]]:
    """"X, in a meeting with Y, agreed to a joint project": what the meeting produced is the
    event (CAMEO codes the outcome, not the meeting that led to it), and it was reached with
    the one met. A meeting noun in a phrase on a verb ("in", "at", "during") whose own act
    has no actor as target lends that act its partner, and is dropped."""
    meetings: dict[int, tuple[Event, Match]] = {}
    for event, found in coded:
        prep = found.trigger.head
        if (found.pattern.pos == "NOUN" and event.cameo.root == "04"
                and found.trigger.dep_ == "pobj" and prep.lower_ in grammar.MEETING_PREPS
                and prep.dep_ == "prep" and prep.head.pos_ == "VERB"
                and event.source is not None and event.target is not None):
            meetings[prep.head.i] = (event, found)
    if not meetings:
        return coded
    used: set[int] = set()
    out: list[tuple[Event, Match]] = []
    for event, found in coded:
        met = meetings.get(found.trigger.i)
        if (met is not None and event.cameo.root in grammar.MEETING_OUTCOME_ROOTS
                and event.source is not None and event.source.start == met[0].source.start
                and (event.target is None or is_thing(event.target))):
            partner = met[0].target
            event = replace(event, target=partner, event_id=event_id(
                article_id, event.sentence_index, event.evidence.trigger_start,
                event.cameo.code, event.source, partner))
            used.add(id(met[0]))
        out.append((event, found))
    return [(e, f) for e, f in out if id(e) not in used]


def can_use_force(mention: ActorMention) -> bool:
    """A state, or an armed body (forces, police, rebels, gangs): one whose surrounding of a
    place or people is a use of force (CAMEO 19), not a crowd's or a press pack's."""
    if mention.sector is None:
        return bool(mention.code and mention.country)
    return mention.sector in grammar.ARMED_SECTORS


# Sectors that name no one in particular ("people", "civilians"): no party to accuse.
UNSPECIFIC_SECTORS = frozenset(("PPL", "CVL"))


def one_per_dyad_and_code(coded: list[tuple[Event, Match]]) -> list[tuple[Event, Match]]:
    """"An attack by rebels killed five soldiers": two words of one act, coded alike for the
    same sides, are one event (the first word's), as a careful coder counts it."""
    seen: set[tuple] = set()
    kept = []
    for event, found in coded:
        key = (span_of(event.source), span_of(event.target), event.cameo.code, event.modality,
               event.negated)
        if key not in seen:
            seen.add(key)
            kept.append((event, found))
    return kept


def results_of_violence(coded: list[tuple[Event, Match]]) -> list[tuple[Event, Match]]:
    """"Warplanes bombed the town, killing nine people", "shelled the city, wounding seven and
    damaging a hospital": a participle telling what a coded violent act did (its dead, its
    wounded, its damage) is that act's result, not a second act; CAMEO codes the act (the
    bombing, 195), as a careful coder counts it. The participle's event goes where its doer is
    the act's or unknown and the act has a target of its own; where the act names none
    ("mounted a series of raids, killing four soldiers") the dead are whom it was done
    to, and the participle's event, which names them, stays. A participle of its own deed
    ("stormed the hospital, looting supplies") and a result of an act coded as nothing
    violent stay too."""
    acts: dict[int, set[str | None]] = {}
    for event, found in coded:
        if event.target is not None and event.target.code and (
                event.cameo.root in grammar.VIOLENT_ROOTS or
                event.cameo.code in grammar.VIOLENT_CODES):
            verb = found.trigger if found.trigger.pos_ in ("VERB", "AUX") else \
                governing_verb(found.trigger)
            if verb is not None:
                acts.setdefault(verb.i, set()).add(event.source and event.source.code)
    if not acts:
        return coded
    kept = []
    for event, found in coded:
        told = result_participle(found.trigger)
        if told is not None and told.i in acts and event.cameo.root in grammar.VIOLENT_ROOTS \
                and (event.source is None or event.source.code in acts[told.i]):
            continue
        kept.append((event, found))
    return kept


def result_participle(verb: Token) -> Token | None:
    """The verb of the act whose result a participle tells (", killing nine people", ",
    wounding seven and damaging a hospital"), else None."""
    if verb.tag_ != "VBG" or lemma(verb) not in grammar.RESULT_VERBS:
        return None
    head = verb
    while head.dep_ == "conj" and head.head.tag_ == "VBG":
        head = head.head
    if head.dep_ != "advcl" or head.i < 1 or head.doc[head.i - 1].text != ",":
        return None
    return head.head if head.head.pos_ in ("VERB", "AUX") else None


def span_of(mention: ActorMention | None) -> tuple[int, int, str | None] | None:
    """Where a side is and who it is ("Israeli and Palestinian negotiators" is two sides)."""
    return (mention.start, mention.end, mention.code) if mention is not None else None


def without_borrowed_themes(coded: list[tuple[Event, Match]]) -> list[tuple[Event, Match]]:
    """"Kenya supported the deployment of peacekeepers", "the UN investigated the airstrikes":
    the act named as what is supported, praised, investigated, criticised or rejected is not
    the act of the one who did so. A nominal event that is the object of such a verb, and got
    that verb's subject as its own source, or no source at all (arguments.py gives a noun the
    subject only of a verb by which one does the act), is dropped; one with a source of its
    own ("condemned the Russian airstrikes") stays."""
    themes: dict[int, set[int]] = {}
    for event, found in coded:
        if (found.pattern.pos == "VERB" and not found.pattern.object
                and event.cameo.root in grammar.THEME_ROOTS
                and event.evidence.rule == found.pattern.id and event.source is not None
                and lemma(found.trigger) not in grammar.LIGHT_VERBS):
            themes.setdefault(found.trigger.i, set()).add(event.source.start)
    if not themes:
        return coded
    return [(e, f) for e, f in coded
            if not (f.pattern.pos == "NOUN" and f.trigger.dep_ in OBJECT_DEPS
                    and f.trigger.head.i in themes
                    and (e.source is None and lemma(f.trigger.head) not in
                         grammar.OBSERVING_VERBS or  # "investigated the complaints" never
                         # gave the noun a doer: its own stays
                         e.source is not None and e.source.start in themes[f.trigger.head.i]))]


def going_to(found: Match) -> bool:
    """Whether a bare 'to' pattern of a verb of going matched ("went to X", "came to X")."""
    return found.pattern.pos == "VERB" and found.pattern.prep == "to" and \
        not found.pattern.object and not found.pattern.subject and \
        lemma(found.trigger) in grammar.GOING_VERBS


def journey_goal(found: Match) -> Token | None:
    """Where or to whom one went: the head of the 'to' phrase a going pattern matched."""
    prep = next((w for w in found.words if w.lower_ == "to" and w is not found.trigger), None)
    return child_with(prep, ("pobj",)) if prep is not None else None


def telephoned(verb: Token) -> bool:
    """Whether a verb of calling, read bare, is a telephone call made to someone (CAMEO 041):
    active, with one direct object, the one called ("X called Y", "called Y to discuss Z"),
    and nothing said of it. Not a name given ("a unit called the Lions", "so-called",
    "which they call a plan", "called the plan 'a farce'"), one summoned or named in the passive
    ("police were called", "is called X"), nor a call with a particle ("called in the army",
    "called off", which their own patterns code), nor a call to no one."""
    if verb.dep_ in ("acl", "amod"):
        return False  # "a unit called the Lions", "a statement calling the vote a fraud"
    children = list(verb.children)
    if verb.dep_ == "relcl" and not any(c.dep_ in SUBJECT_DEPS and c.tag_ in ("WDT", "WP")
                                        for c in children) and \
            any(c.dep_ == "dobj" for c in children):
        return False  # "the islands they call X": the noun is what is named X
    if any(c.dep_ in (*PASSIVE_SUBJECT_DEPS, "auxpass", "prt", "oprd", "ccomp", "acomp", "attr")
           for c in children):
        return False
    called = [c for c in children if c.dep_ in ("dobj", "dative")]
    if len(called) != 1 or called[0].tag_ in ("WDT", "WP"):
        return False
    if any(t.text in grammar.OPENING_QUOTES for t in [*children, *called[0].subtree]):
        return False  # "called the group 'a thorn in our side'"
    after = called[0].right_edge.i + 1
    return after >= len(verb.doc) or verb.doc[after].text not in grammar.OPENING_QUOTES


def helped_act(found: Match) -> bool:
    """Whether a bare help pattern helps an act, not a party: "X helped broker a truce",
    "troops deployed to help keep order", "this will help reduce costs" (the verb's clause, with
    no subject, object or recipient of its own). The act helped codes itself, if it is one; no
    aid (CAMEO 07) was given to anyone, unless the act is relief work
    (grammar.AID_WORK_VERBS: "pledged money to help rebuild the town")."""
    verb = found.trigger
    if found.pattern.pos != "VERB" or found.pattern.object or found.pattern.subject or \
            lemma(verb) not in grammar.HELPING_VERBS:
        return False
    if any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children):
        return False  # "helped the rebels (to) take the town": aid to the rebels
    helped = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    return bool(helped) and all(
        lemma(c) not in grammar.AID_WORK_VERBS and
        not any(s.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for s in c.children)
        for c in helped)


def talked_about(trigger: Token) -> bool:
    """"discussed the ceasefire", "talks on a ceasefire between X and Y", "sanctions are being
    considered": an act named as what is talked about or weighed has not happened (the talk is
    the event)."""
    head = trigger.head
    if trigger.dep_ in OBJECT_DEPS or trigger.dep_ == "nsubjpass":
        return lemma(head) in grammar.TOPIC_VERBS
    return (trigger.dep_ == "pobj" and head.lower_ in grammar.TOPIC_PREPS
            and lemma(head.head) in grammar.TALK_NOUNS | grammar.TOPIC_VERBS)


def thanked_for(trigger: Token) -> bool:
    """"Thanked Japan for its loan", "was grateful to X for its assistance": an act named as
    what one is thanked or praised for is the reason for the thanks, which are the event (051),
    not news of its own."""
    head = trigger.head
    if trigger.dep_ != "pobj" or head.lower_ != "for":
        return False
    thanking = head.head  # "was grateful to X for": the phrase may hang on the verb
    return lemma(thanking) in grammar.THANKING_WORDS or any(
        c.dep_ == "acomp" and lemma(c) in grammar.THANKING_WORDS for c in thanking.children)


def prevented(trigger: Token) -> bool:
    """"foiled an attack on the embassy", "to avert an offensive": an act named as what was
    prevented has not happened (who prevented it did not do it)."""
    return trigger.dep_ in OBJECT_DEPS + PASSIVE_SUBJECT_DEPS and \
        lemma(trigger.head) in grammar.PREVENT_VERBS


def released_record(verb: Token) -> bool:
    """"Released a video showing the captured soldiers", "documents released by the court": what
    was released is a record made public, no person or property returned (CAMEO 084). The
    thing released is the verb's object, its passive subject, or the noun its participle tells
    of."""
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in grammar.PUBLISHING_VERBS:
        return False  # a photograph returned to its owner is property handed back
    released = [c for c in verb.children if c.dep_ in OBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        released.append(verb.head)
    return bool(released) and all(  # "Records released by ...": a capital the tagger misreads
        lemma(t) in grammar.RECORD_NOUNS or t.lower_.removesuffix("s") in grammar.RECORD_NOUNS
        for t in released)


def scheduled(trigger: Token) -> bool:
    """"Is to be jailed", "is to visit Paris next week": 'be' with a 'to' infinitive says what
    is planned or due, not what was done."""
    be = trigger.head
    return trigger.dep_ == "xcomp" and trigger.pos_ in ("VERB", "AUX") and \
        lemma(be) == "be" and \
        has_to_marker(trigger) and \
        not any(c.dep_ in BE_COMPLEMENTS or c.dep_ == "expl" or
                (c.dep_ == "nsubj" and c.lower_ == "it") for c in be.children)


# What 'be' says of its subject before a 'to' infinitive that is then no plan: "it is
# impossible to stop the war", "have been on the offensive to take back the areas".
BE_COMPLEMENTS = frozenset(("acomp", "attr", "prep", "dobj", "oprd"))


def only_possible(trigger: Token) -> bool:
    """An act named only as a possibility or a hope: "the possibility of suspending talks",
    "the prospect of sanctions", "the threat of sanctions", "expectations of a deal", "hopes
    for a deal", "it was possible to halt the talks"; as an aim or what one is wary of ("the
    task of striking a deal", "wary of offering concessions"); or as what a way was made for
    ("paved the way for a takeover of X"), or what one has no choice but to do."""
    head = trigger.head
    if trigger.dep_ in OBJECT_DEPS and head.dep_ == "pcomp" and head.tag_ == "VBG":
        head, trigger = head.head, head  # "the possibility of receiving aid from X": what
        # the gerund would get or have is as possible as its getting
    if trigger.dep_ in ("pcomp", "pobj") and head.lower_ == "of" and \
            lemma(head.head) in grammar.POSSIBILITY_NOUNS and head.head.pos_ == "NOUN":
        return True
    if trigger.dep_ == "pcomp" and head.lower_ == "of" and (
            lemma(head.head) in grammar.AIM_NOUNS and head.head.pos_ == "NOUN"
            or lemma(head.head) in grammar.WARY_WORDS):
        return True  # "the task of signing a deal", "is wary of offering concessions"; not
        # "the goal of Iran's assistance" (the aim of an act, which was done)
    if trigger.dep_ in ("pcomp", "pobj") and head.lower_ == "but" and \
            lemma(head.head) in grammar.CHOICE_NOUNS:
        return True  # "had no choice but to surrender": pressed on one, not done
    if trigger.dep_ == "pobj" and head.lower_ in ("for", "to") and \
            lemma(head.head) in grammar.PATH_NOUNS and head.head.dep_ in OBJECT_DEPS:
        return True  # "paved the way for a takeover of X", "opened the door to talks"
    if trigger.dep_ == "pobj" and head.lower_ == "for" and \
            lemma(head.head) in grammar.HOPING_VERBS | grammar.POSSIBILITY_NOUNS:
        return True
    if trigger.dep_ == "xcomp" and trigger.pos_ in ("VERB", "AUX"):
        words = [head, *(c for c in head.children if c.dep_ == "acomp")]
        return any(lemma(w) in grammar.POSSIBLE_WORDS for w in words)
    return False


def denied_by(trigger: Token) -> Token | None:
    """The word that denies the trigger's clause: "denied that its forces had shelled the
    village", "denied arresting the journalist", "issued a denial that it had closed the
    embassy". What is denied is said not to have happened; it is no fact. Not what a denial is
    about ("denied the attack", "denied responsibility for the attack"): the denier's own act."""
    for clause, head in clause_chain(trigger):
        word = lemma(head)
        if clause.dep_ in ("ccomp", "xcomp") and word in grammar.DENYING_VERBS and \
                head.pos_ in ("VERB", "AUX"):
            return head
        if clause.dep_ in ("acl", "ccomp") and word in grammar.DENIAL_NOUNS and \
                head.pos_ == "NOUN":
            return head
        if clause.dep_ not in ("conj", "advcl", "xcomp"):
            return None
    return None


def purpose_of_noun(trigger: Token) -> bool:
    """"appealed for military aid to fight the rebels", "defended its right to strike back":
    an infinitive that tells what a thing is for or allows is no act that happened."""
    return (trigger.dep_ == "acl" and trigger.head.pos_ in ("NOUN", "PROPN")
            and has_to_marker(trigger))


# Verbs of sharing a view: with a clause and nothing agreed to or on, an opinion (CAMEO 019
# Express accord), not an intent to cooperate.
OPINION_AGREEING_VERBS = frozenset(("agree", "concur"))
ACCORD_CODE = "019"
STATEMENT_CODE = "010"


def opinion_agreed(trigger: Token) -> bool:
    """"Analysts agree that the talks failed": agreement with a clause that tells how things
    are, with no "to", "on", object or modal saying what was agreed to do ("agreed to reopen",
    "agreed on a ceasefire", "agreed a deal", "agreed that they would work together")."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in OPINION_AGREEING_VERBS:
        return False
    deps = {c.dep_ for c in trigger.children}
    preps = {c.lower_ for c in trigger.children if c.dep_ == "prep"}
    clause = child_with(trigger, ("ccomp",))
    return clause is not None and not deps & {"xcomp", "dobj", "obj"} and \
        not preps & {"on", "to", "upon"} and (not any(
            c.dep_ == "aux" and c.lower_ in AGREED_ACT_AUX for c in clause.children)
            or ought_to_be(clause))  # "agreed that the border should be reopened": a view


# A modal in the clause makes it what was agreed to do: "agreed that they would work together",
# "agreed the border should reopen" (an intent, CAMEO 03).
AGREED_ACT_AUX = frozenset("will would shall should must can could may might 'll wo".split())


def done_by_nature(trigger: Token, code: str = "") -> bool:
    """"An earthquake struck northern Pakistan, killing twenty people": a natural force is no
    actor; what it does is no event. Nor is a walkout, a crisis or a shortage that hits
    someone ("schools were hit by a mass walkout"), whether subject or a passive's agent. An
    assault (``code`` 17-20) by a disease, a natural force or an accident (harm_causes.tsv), as
    subject, agent, a relative's antecedent or the subject a participle hangs on, or what a
    passive was done in or of ("killed in a helicopter crash"), is no event either."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    subject = subject_of(trigger)
    agent = next((g for c in trigger.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj"), None)
    if any(d is not None and lemma(d) in grammar.NATURAL_FORCES for d in (subject, agent)):
        return True  # "the flood killed ...", "six were killed by the virus"
    harm = code[:2] in ("17", "18", "19", "20")  # what the causes of harm_causes.tsv do
    if harm and any(d is not None and harm_cause(d) in NO_ACTOR_CAUSES for d in (subject, agent)):
        return True  # "the Black Death spread, killing", "the crash that killed", "a blaze"
    if harm and trigger.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in trigger.children) and any(
            harm_cause(noun) in NO_ACTOR_CAUSES for noun in antecedents(trigger.head)):
        return True  # "two crashes of the airliner in a year that killed 300": the relative
        # hangs on the nearest noun, its antecedent may be a phrase further up
    if harm and agent is None and trigger.tag_ == "VBN" and \
            child_with(trigger, ("nsubj",)) is None and any(
            harm_cause(g) in NO_ACTOR_CAUSES
            for verb in (trigger, *(c for c in trigger.children if c.dep_ == "conj"))
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "from", "during", "after", "amid",
                                                 "following")
            for g in c.children if g.dep_ == "pobj"):
        return True  # "two soldiers were killed in a helicopter crash", "after an outbreak";
        # "nine were killed and sixty remain in hospital after an outbreak": the phrase
        # the parser hung on the joined verb times both
    if lemma(trigger) not in grammar.BLOW_VERBS:
        return False  # "the protest demanded X's release": a protest can demand
    return any(d is not None and d.pos_ == "NOUN" and lemma(d) in grammar.NONVIOLENT_BLOWS
               for d in (subject, agent))


@cache
def harm_causes() -> dict[str, str]:
    """Causes of harm that are no actor, by class (data/coding/harm_causes.tsv): diseases,
    natural forces and accidents (no event), weapons and attacks (no doer)."""
    return {row["word"]: row["class"] for row in packaged_rows("coding", "harm_causes.tsv")}


# Classes of harm_causes.tsv whose harm is no event at all; the others (weapons, attacks) are
# the means of an assault whose doer is whoever used them.
NO_ACTOR_CAUSES = frozenset(("disease", "disaster", "accident"))
MEANS_CAUSES = frozenset(("weapon", "act"))


def harm_cause(noun: Token) -> str | None:
    """The class of harm_causes.tsv a noun is of, read with its compound and adjective
    modifiers first ("the Black Death", "a roadside bomb", "an air strike"), then alone."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    causes = harm_causes()
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.i == noun.i - 1 or
            c.dep_ in ("compound", "amod") and all(
                t.dep_ in ("compound", "amod", "punct") for t in noun.doc[c.i:noun.i])]
    for start in sorted({m.i for m in mods}):
        phrase = " ".join(t.lower_ for t in noun.doc[start:noun.i + 1] if t.dep_ != "punct")
        if phrase in causes:
            return causes[phrase]
    if noun.pos_ == "PROPN" and noun.lower_ not in causes:
        return None  # a name ("Storm Brigade") unless the name is the disease's ("Ebola")
    for word in (noun.lower_, lemma(noun)):
        if word in causes:
            return causes[word]
    if lemma(noun) in KIND_OF_HARM_NOUNS:  # "a new strain of flu", "an outbreak of cholera"
        of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        return harm_cause(of) if of is not None else None
    return None


# Nouns that name a kind, a variant or an outbreak of what their 'of' phrase names: the harm
# is the 'of' phrase's ("the same type of bird flu has killed 150 people").
KIND_OF_HARM_NOUNS = frozenset("type strain form kind variant sort outbreak wave bout".split())


def harm_by_means(found: Match, code: str, sources: list[ActorMention], index: MentionIndex
                  ) -> list[ActorMention]:
    """The sources of an assault (CAMEO 17-20) with its weapon or the attack itself left out
    ("a roadside bomb killed three soldiers", "a bombing that killed 24", "the blast destroyed
    the bus"): the doer is whoever carried it out, the one a 'by' phrase of the weapon or the
    attack names ("a bomb planted by X", "an attack by Y"), else no one named."""
    if code[:2] not in ("17", "18", "19", "20"):
        return sources
    doc = found.trigger.doc
    kept: list[ActorMention] = []
    for source in sources:
        head = mention_head(source, doc)
        if source.code or head is None or harm_cause(head) not in MEANS_CAUSES:
            kept.append(source)
            continue
        kept.extend(a for g in named_by(head) for a in phrase_actors(g, index) if a not in kept)
    return kept


def named_by(noun: Token) -> list[Token]:
    """What a 'by' phrase on a noun, or on a participle on it, names: "an attack by X", "a
    bomb planted by Y"."""
    phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    phrases += [a for c in noun.children if c.dep_ == "acl" for a in c.children
                if a.dep_ == "agent"]
    return [g for p in phrases for g in p.children if g.dep_ == "pobj"]


def struck_by_means(found: Match, root: str) -> bool:
    """Whether an assault (CAMEO 18-20) has a weapon or an attack as its written doer ("a car
    bomb exploded in the capital", "the blast hit the town"): its place is what was struck,
    the target of an act whose doer the text does not name (harm_by_means)."""
    if root not in ("18", "19", "20") or found.pattern.pos != "VERB":
        return False
    doer = subject_of(found.trigger)
    return doer is not None and harm_cause(doer) in MEANS_CAUSES


def private_side(mention: ActorMention) -> bool:
    """A side of private life: a coded private sector (grammar.PRIVATE_SECTORS) or a pronoun no
    one resolved ("we", "you"); a name or a body no dictionary knows ("the city", "the
    agency") may be public."""
    if mention.code:
        return mention.sector in grammar.PRIVATE_SECTORS
    return mention.entry == "unresolved:pronoun"


def is_land(mention: ActorMention, sentence: Span) -> bool:
    """A country or place as such ("visited Mexico", "a trip to Dongguan"), not its government
    nor its people ("two Russians")."""
    if (mention.entry or "").startswith("place:"):
        return True
    if not mention.code or len(mention.code) != 3 or mention.sector:
        return False
    head = mention_head(mention, sentence.doc)
    return head is not None and head.tag_ == "NNP"


def natural_hazard(thing: ActorMention, sentence: Span) -> bool:
    """Whether a target that names no actor is a disease, a storm or their spread."""
    head = mention_head(thing, sentence.doc)
    return head is not None and lemma(head) in grammar.NATURAL_HAZARDS


def no_killing(found: Match, index: MentionIndex) -> bool:
    """"Poisoned liquor killed seventeen", "a gas leak killed two": a killing by a thing that
    is no weapon or attack is no one's violence; "the decision killed the trade deal", "kill
    off the siesta": what is ended is no one killed."""
    if found.pattern.pos != "VERB" or lemma(found.trigger) not in grammar.KILLING_VERBS:
        return False
    return any(word is not None and word.pos_ == "NOUN" and not word.ent_type_ and
               lemma(word) not in grammar.HUMAN_NOUNS and
               lemma(word) not in grammar.VIOLENT_MEANS and
               not any(c.dep_ == "nummod" for c in word.children) and  # "15 trainees"
               not any(index.at(t) for t in word.subtree)
               for word in (child_with(found.trigger, ("nsubj",)),
                            child_with(found.trigger, ("dobj",))))


def animals_killed(found: Match, code: str) -> bool:
    """"Slaughtered 6,000 hogs", "the chickens were culled": violence done to animals (for
    disease, for food) is no act against an actor (CAMEO 18-20 are against people)."""
    if code[:2] not in ("18", "19", "20") or found.pattern.pos != "VERB":
        return False
    victim = child_with(found.trigger, OBJECT_DEPS + PASSIVE_SUBJECT_DEPS)
    if victim is None:  # "killed and ate a wild boar": the object the verbs share
        victim = next((o for c in found.trigger.children if c.dep_ == "conj"
                       and c.pos_ == "VERB" for o in c.children if o.dep_ in OBJECT_DEPS), None)
    return victim is not None and lemma(victim) in grammar.ANIMAL_NOUNS


def reduced_passive(trigger: Token) -> bool:
    """"The Kremlin declined comment when asked about the troops", "if attacked, it will
    respond": a passive participle clause with neither subject nor agent is done to the main
    clause's subject by someone the sentence does not name; that subject is no doer of it. So
    is one that tells of a noun ("a man suspected of the shooting", "activists detained last
    year"): background, whose doer the sentence does not name; unless the parse found no main
    verb ("In a rally, workers called on lawmakers to ...": the participle is that verb)."""
    if trigger.dep_ == "acl" and trigger.sent.root.pos_ not in ("VERB", "AUX"):
        return False
    return (trigger.tag_ == "VBN" and trigger.dep_ in ("advcl", "acl")
            and not any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("agent", "auxpass")
                        for c in trigger.children))


def asked_for(trigger: Token) -> bool:
    """"appealed to X to release", "pleaded with X to allow": the parser hangs what is asked
    for on the request verb as an infinitival adverbial clause."""
    head = trigger.head
    return (trigger.dep_ == "advcl" and lemma(head) in grammar.REQUEST_VERBS
            and not (lemma(head) == "call" and not calls_on(head))  # a phone call's purpose
            and has_to_marker(trigger)
            and not any(c.dep_ in SUBJECT_DEPS for c in trigger.children))


def act_asked_for(noun: Token) -> bool:
    """Whether a nominal act is what a verb of asking asks for: its object ("demanded the
    arrest of X", "urged the withdrawal of troops") or its 'for' phrase ("called for a
    boycott", "appealed for a ceasefire")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in ("dobj", "obj") or lemma(head) == "call":
        return False  # "called a strike", "called a meeting": called, so held
    return head.pos_ in ("VERB", "AUX") and lemma(head) in grammar.ASKING_FOR_VERBS


def act_needed(noun: Token) -> bool:
    """Whether a nominal act is the object of a verb of need (grammar.NEEDING_VERBS): "we need
    more funding", "the plan requires a deal with X"; not one said in the passive ("the funding
    needed was sent")."""
    return noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX") and \
        lemma(noun.head) in grammar.NEEDING_VERBS


def warned_against(trigger: Token) -> bool:
    """"warned NATO against deploying troops", "cautioned against expanding settlements": an
    act one is warned or argues against has not happened."""
    return trigger.dep_ == "pcomp" and trigger.head.lower_ == "against"


FORBIDDING_MODALS = ("can", "could", "must", "should")


def not_to_be_allowed(trigger: Token) -> Token | None:
    """The verb of saying whose content is that someone "cannot", "must not" or "should not
    be allowed" to do something: a judgement said of what they do, not an act of permission."""
    if lemma(trigger) not in ("allow", "permit") or trigger.dep_ != "ccomp" or \
            lemma(trigger.head) not in grammar.SPEECH_VERBS:
        return None
    deps = {c.dep_ for c in trigger.children}
    modal = any(c.dep_ == "aux" and c.lower_.removesuffix("n't") in FORBIDDING_MODALS
                or c.lower_ in ("cannot", "ca") for c in trigger.children)
    if not ({"auxpass", "neg", "xcomp"} <= deps and modal):
        return None
    return trigger.head


MEANS_PREPS = ("with", "through", "by")


def means_of_support(noun: Token) -> tuple[Token, Token] | None:
    """The verb and its object when ``noun`` is the means a support, commitment or solidarity
    is shown by: "strengthened its commitment to X with a contribution of $4m" (the parser
    hangs the "with" phrase on the verb or on its object)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in MEANS_PREPS:
        return None
    held = prep.head
    if held.pos_ in ("VERB", "AUX"):
        verb, shown = held, child_with(held, OBJECT_DEPS)
    elif held.dep_ in OBJECT_DEPS and held.head.pos_ in ("VERB", "AUX"):
        verb, shown = held.head, held
    else:
        return None
    if shown is None or lemma(shown) not in grammar.SHOWN_SUPPORT_NOUNS:
        return None
    return verb, shown


def aid_as_means(trigger: Token, aid_nouns: dict[int, str]) -> tuple[int, str] | None:
    """The aid noun (its token and code) that is the means by which a support or commitment is
    shown: the verb that states the support (or whose object the support noun is) has a
    "with", "through" or "by" phrase naming a donation, grant or contribution. Such a
    sentence reports aid given (CAMEO 07); the support is its framing."""
    if trigger.pos_ in ("VERB", "AUX"):
        verb: Token | None = trigger
    else:
        verb = trigger.head if trigger.dep_ in OBJECT_DEPS else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in MEANS_PREPS:
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.i in aid_nouns:
                    return noun.i, aid_nouns[noun.i]
    return None


def joint_deed_code(act: Token, doers: list[ActorMention]) -> str:
    """CAMEO 062 for a deed done together by armed forces or of a military kind, 061 for a
    business one, else 060."""
    if lemma(act) in grammar.MILITARY_JOINT_NOUNS or any(m.sector == "MIL" for m in doers):
        return "062"
    return "061" if lemma(act) in grammar.ECONOMIC_JOINT_NOUNS else "060"


def jointly_done(joint: Token) -> tuple[Token, Token | None]:
    """The act a "jointly" or "joint" tells was done together, and the verb whose subject did
    it: "X and Y jointly ran a hospital" (ran, ran), "X and Y carried out a joint search"
    (search, carried), "began a week of joint patrols" (patrols, began). None for a joint
    thing that is no act of its doers ("a joint statement", "the joint chiefs", "a joint
    force attacked ...": the force is the doer), and for a deed "to" be done, a plan's or an
    accord's purpose ("signed an accord to jointly monitor cases"), not told as done."""
    if joint.lower_ == "jointly":
        verb = joint.head
        if joint.dep_ != "advmod" or verb.pos_ != "VERB" or verb.tag_ == "VBN" and any(
                c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
            return joint, None  # not "a hospital jointly run by X and Y" (its doers are
            # the agent's; left alone)
        return verb, None if has_to_marker(verb) else verb
    act = joint.head
    if joint.dep_ != "amod" or act.pos_ != "NOUN" or \
            lemma(act) in grammar.JOINT_SAYING_NOUNS or lemma(act) in grammar.DOCUMENT_NOUNS:
        return act, None
    verb = governing_verb(act)
    if verb is None or verb.pos_ != "VERB" or act.dep_ not in ("dobj", "obj", "pobj"):
        return act, None
    return act, None if has_to_marker(verb) else verb


def joint_exercise(found: Match) -> bool:
    """A military exercise held by two sides together: its doers are conjoined ("Egyptian and
    Greek forces launched war games", "was staged by Kenyan and Ugandan troops"), or it is held
    "with" another side. CAMEO codes joint exercises as military cooperation (062), a side's
    own as a show of force (150)."""
    trigger = found.trigger
    exercise = next((t for t in found.words if lemma(t) in grammar.EXERCISE_NOUNS), None)
    if exercise is None:
        return False
    if trigger.pos_ in ("VERB", "AUX"):
        verb: Token | None = trigger
    else:
        verb = governing_verb(trigger) or (
            trigger.head if trigger.dep_ in PASSIVE_SUBJECT_DEPS else None)
    doers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] if verb is not None else []
    agent = child_with(verb, ("agent",))
    doers += [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
    for doer in doers:
        told = {t.i for r in doer.subtree if r.dep_ in ("relcl", "acl") for t in r.subtree}
        if any(t.dep_ == "conj" and t.i not in told for t in doer.subtree):
            return True
    partners = [c for word in {exercise, verb} if word is not None for c in word.children
                if c.dep_ == "prep" and c.lower_ == "with"]
    return any(c.dep_ == "pobj" for p in partners for c in p.children)


def sentence_text(sentence: Span, trigger: Token) -> str:
    """The sentence as a reader sees it: the paragraph piece that holds the trigger.

    spaCy's sentences can run over a paragraph break ('"\n\nOver the past weeks...').
    """
    text = text_of(sentence.doc)[sentence.start_char:sentence.end_char]  # sentence.text
    offset = trigger.idx - sentence.start_char
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    piece = text[start + 2 if start != -1 else 0: end if end != -1 else len(text)]
    return piece.strip()


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


# -- the second opinion ------------------------------------------------------------------

# The CAMEO code a model-filled event gets: the root's unspecified code of its PLOVER type.
PLOVER_DEFAULT_CODE = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
    "CONCEDE": "080", "RETREAT": "087", "REQUEST": "020", "ACCUSE": "112", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "150",
    "COERCE": "170", "ASSAULT": "190",
}
CONFIRM_BONUS = 0.1
REJECT_AT = 0.8  # the model's probability above which it overrules a bare Phoenix verb
FILL_AT = 0.9  # and above which it codes a sentence the rules left empty (measured: 0.75 added
# false facts on the news gold's dev half, 0.9 one, none found right)


def second_opinion(
    classifier: PloverClassifier,
    sentence: Span,
    coded: list[tuple[Event, Match]],
    index: MentionIndex,
    context: tuple[Span, int, Article],
    coder: Coder,
) -> list[Event]:
    """Confirm, reject or fill in the rules' events of one sentence."""
    opinion = classifier.predict(sentence)
    kept = []
    for event, found in coded:
        weak = found.pattern.id.startswith("phoenix/") and not found.pattern.specificity
        if event.plover.event == opinion.label:
            kept.append(replace(event, confidence=min(0.95, event.confidence + CONFIRM_BONUS)))
        elif weak and event.plover.event and opinion.probability >= REJECT_AT:
            continue  # a bare verb the model reads as another kind of act
        else:
            kept.append(event)
    if (opinion.label == NO_EVENT or any(e.is_asserted for e in kept)
            or opinion.probability < FILL_AT):
        return kept
    verb = sentence.root
    if verb.pos_ not in ("VERB", "AUX"):
        return kept
    pattern = Pattern(id=f"model/{classifier.version}", trigger=verb.lemma_.lower(), pos="VERB",
                      code=PLOVER_DEFAULT_CODE[opinion.label], source="model")
    found = Match(pattern, verb, (verb,), None)
    sources, targets = arguments(found, index)
    if not sources or not targets:
        return kept
    reading = read_clause(verb)
    filled = list(coder.events_for(found, pattern.code or "", sources, targets, reading,
                                   *context))
    return kept + [replace(e, confidence=min(e.confidence, opinion.probability) * 0.8)
                   for e in filled]


def own_forces_ordered(trigger: Token, reading: Reading, index: MentionIndex
                       ) -> list[ActorMention]:
    """"Kenya ordered its troops to withdraw from the border", "the president told all
    government departments to suspend cooperation with X": who gave the order, when the ones
    ordered are its own (troops, police, ministries, officials; "its" or no other party's),
    the act being the orderer's own, done through its agents (as CAMEO codes a state's act);
    else none (an order to another party is a demand, 10x; so is a court's order to the
    police)."""
    governor = reading.governor
    if governor is None or reading.modality != "hypothetical" or reading.negated or \
            not reading.why.startswith("xcomp:") or \
            lemma(governor) not in grammar.ORDERING_VERBS:
        return []
    ordered = child_with(governor, OBJECT_DEPS) or child_with(trigger, ("nsubj",))
    if ordered is None or lemma(ordered) not in grammar.SUBORDINATE_NOUNS:
        return []
    orderers = [m for m in phrase_actors(subject_of(governor), index) if m.code]
    if not orderers or any(m.sector not in grammar.COMMANDING_SECTORS for m in orderers) or \
            len({m.country for m in orderers}) > 1:
        return []
    owners = [c for c in ordered.children if c.dep_ == "poss"]
    if owners and not all(c.lower_ in grammar.OWN_POSSESSIVES for c in owners):
        return []  # "ordered Somalia's troops to leave": another's
    country = orderers[0].country
    named = [w for left in ordered.lefts for w in left.subtree
             if w.ent_type_ in ("NORP", "GPE")]  # "the Somali police", "Ghana's army"
    if country is None or any(m.country != country for w in named
                              for m in phrase_actors(w, index) if m.code):
        return []  # another country's (a country the resolver only guessed is no owner)
    return orderers


def visiting_guests(targets: list[ActorMention]) -> list[ActorMention]:
    """The ones a host received who visit it (CAMEO 042): named parties, one country's (a
    gathering of many is a summit hosted, no visit of one), not refugees or villagers given
    shelter."""
    guests = [t for t in targets if t.code and t.sector not in grammar.SHELTERED_SECTORS]
    return guests if len({t.country for t in guests}) == 1 else []


def hosted_for_talks(verb: Token) -> bool:
    """"Hosted X for talks", "received Y for a meeting": what the guest came for is said (a
    visit, CAMEO 042), not only its reception. The parser may hang 'for' on the guest."""
    guest = child_with(verb, OBJECT_DEPS)
    heads = (verb, guest) if guest is not None else (verb,)
    return any(c.dep_ == "prep" and c.lower_ == "for" and lemma(g) in
               grammar.VISIT_PURPOSE_NOUNS for h in heads for c in h.children
               for g in c.children if g.dep_ == "pobj")

