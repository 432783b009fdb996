"""What a speaker's clause judges, and whom: '"The curfew is unacceptable," the union said'
condemns the curfew's maker (CAMEO 111 Criticize or denounce); '"She is a courageous leader,"
the envoy said' praises her (051 Praise or endorse); "X's stance is not helpful" condemns X.

The evaluative words, and what saying or denying each does, are data
(``data/coding/judgements.tsv``). The judged party is the clause's subject; where that is an
act or a thing, whose it is ("the shelling by X", "X's policy", "the stance coming from X",
the doer the sentence's own coding of the act names), never the ones it was done to ("the
shelling of the villages", "the leader's arrest"); where it is "this" or "that", whose act the
complement names ("another example of X's cruelty"). A judgement only thought likely ("is
probably a mistake") is none, and so is one of a thing no party did ("the weather is
appalling").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from ..records import ActorMention, Event
from . import grammar
from .arguments import THING, MentionIndex, phrase_actors, uncoded_mention
from .syntax import SUBJECT_DEPS, child_with, lemma, of_object, phrase_tokens
from .tables import packaged_rows

COMPLEMENT_DEPS = ("acomp", "attr", "dobj")
# What completes a verb's sense: "lying on the ground", "lying wounded", "lying low" are no
# lies; a bare "was lying" is.
COMPLEMENTING_DEPS = frozenset(("prep", "acomp", "oprd", "advmod", "xcomp", "advcl", "dobj",
                                "attr", "npadvmod", "ccomp"))
# Nouns that say their complement is an instance of what follows "of": "an example of X's
# cruelty", "an act of aggression", "a clear case of blackmail".
INSTANCE_NOUNS = frozenset("example case sign instance act form kind proof symbol".split())
# Subjects that stand for what was said before them, not for a party.
DEICTIC_SUBJECTS = frozenset(("this", "that", "what", "it"))
PRAISE = "051"
# Verbs that judge as "be" does, besides grammar.JUDGING_COPULAS: "represents a violation of
# the truce", "remains unacceptable", and "amounts to", whose judging word is its 'to' object
# ("amounts to blackmail").
JUDGING_VERBS = grammar.JUDGING_COPULAS | frozenset(("represent", "remain", "amount"))
# Nouns that name a stage of an act, no act of their own: "the resumption of the shelling by
# X", "the continuation of X's blockade" judge the act they are of, and whoever did it.
PHASE_NOUNS = frozenset(
    "resumption continuation escalation intensification renewal repetition persistence "
    "expansion extension".split())
# Nouns of a party's conduct, stance or words, whose 'of' names the party ("the conduct of the
# police", "the actions of the government", "the remarks of the minister"); after other nouns
# of acts, 'of' names what was acted on ("the shelling of the villages", "the arrest of the
# leader"), who is not the one judged.
CONDUCT_NOUNS = frozenset(
    "conduct behaviour behavior action attitude stance position policy response reaction "
    "approach tactic practice remark comment statement claim allegation rhetoric "
    "decision".split())
# Endings of nouns made from verbs of acting ("mistreatment", "persecution", "shelling"): an
# act whose 'of' is what was acted on, where no pattern or table names the noun an act.
ACT_NOUN_ENDINGS = ("ment", "tion", "sion", "ing")


@dataclass(frozen=True)
class Judgement:
    code: str  # "111" or "051"
    word: Token  # the evaluative word
    judged: Token  # the phrase that stands for the party judged


@lru_cache(maxsize=1)
def judgement_words() -> dict[str, tuple[str | None, str | None]]:
    """word → (code when said of a party, code when denied of it); None where none."""
    return {row["word"]: (none_if_dash(row["said"]), none_if_dash(row["negated"]))
            for row in packaged_rows("coding", "judgements.tsv")}


@lru_cache(maxsize=1)
def wrongdoing_verbs() -> dict[str, tuple[str | None, bool, frozenset[str]]]:
    """verb lemma → (the particle it needs, None for none; whether it needs a direct object;
    the words that show this sense, empty for any), of acts whose telling accuses."""
    return {row["verb"]: (none_if_dash(row["particle"]), row["object"].strip() == "yes",
                          frozenset((none_if_dash(row["only_with"]) or "").split()))
            for row in packaged_rows("coding", "wrongdoing.tsv")}


def tells_wrongdoing(clause: Token) -> bool:
    """"Y lied", "Y covered up the scandal", "Y had failed its workers": a clause that says a
    party did wrong, as a fact (not denied, not only possible: "may have lied")."""
    needs = wrongdoing_verbs().get(lemma(clause))
    if needs is None or clause.pos_ != "VERB":
        return False
    particle, needs_object, shown_by = needs
    if next((c.lower_ for c in clause.children if c.dep_ == "prt"), None) != particle:
        return False
    if shown_by and clause.lower_ not in shown_by and not any(
            c.dep_ == "prep" and (c.lower_ in shown_by or any(
                f"{c.lower_}:{lemma(o)}" in shown_by for o in c.children if o.dep_ == "pobj"))
            for c in clause.children) and not (
            "(bare)" in shown_by and not any(c.dep_ in COMPLEMENTING_DEPS
                                             for c in clause.children)):
        return False  # "were lying on the ground", "lying wounded": no lie ("was lying" is)
    if needs_object and child_with(clause, ("dobj",)) is None:
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD")
                   for c in clause.children)


def none_if_dash(value: str) -> str | None:
    return None if value.strip() in ("", "-") else value.strip()


def judgement_of(clause: Token) -> Judgement | None:
    """The judgement a clause ("Y is a mistake", "Y constitutes a war crime") states, if any;
    none where it is only possible ("would be a mistake") or its party is not named ("it is
    illegal to ...")."""
    if lemma(clause) not in JUDGING_VERBS:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return None
    if hedged(clause):
        return None
    found = evaluative_word(clause)
    if found is None:
        return None
    word, code = found
    subject = child_with(clause, SUBJECT_DEPS + ("expl",))
    if subject is None:
        return None
    if subject.lower_ == "it":
        done = next((c for c in clause.children if c.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if done is not None:  # "it is unjust that X closed the border"
            judged = child_with(done, SUBJECT_DEPS)
            return Judgement(code, word, judged) if judged is not None else None
    if subject.lower_ in DEICTIC_SUBJECTS:
        # "this is another example of X's cruelty": whose act the complement names
        owner = owner_of(word if word.pos_ == "NOUN" else word.head)
        return Judgement(code, word, owner) if owner is not None else None
    return Judgement(code, word, subject)


def hedged(clause: Token) -> bool:
    """A judgement only thought likely ("is probably a mistake", "most likely constitutes a
    crime", "is perhaps unfair") is not passed: the speaker commits to it no more than to a
    possible act ("may have lied"). (A question, "is this not a crime?", reports no clause.)"""
    # the parser may hang the adverb on the subject before the verb ("X most likely is ...")
    subject = child_with(clause, SUBJECT_DEPS)
    near = [c for c in subject.children if subject.i < c.i < clause.i] \
        if subject is not None else []
    return any(c.dep_ == "advmod" and c.lower_ in grammar.LIKELIHOOD_WORDS
               for c in (*clause.children, *near))


def evaluative_word(clause: Token) -> tuple[Token, str] | None:
    """The clause's evaluative word and the code saying (or denying) it gives: the complement
    or one of its conjuncts or modifiers ("is a brutal regime", "is not productive and not
    acceptable"), or what an instance noun names ("an act of aggression")."""
    words = judgement_words()
    denied_by_verb = any(c.dep_ == "neg" for c in clause.children)
    complements = [c for c in clause.children if c.dep_ in COMPLEMENT_DEPS]
    if lemma(clause) == "amount":  # "amounts to blackmail": only its 'to' object judges
        to = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        complements = [o for o in (child_with(to, ("pobj",)),) if o is not None] + [
            c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "NOUN"]  # the
        # parser may read "to blackmail" as an infinitive, still tagging the noun
    for complement in complements:
        for word in candidates(complement):
            entry = words.get(word.lower_)
            if entry is None or says_what_can_be_done(word):
                continue
            denied = denied_by_verb or any(c.dep_ == "neg" for c in word.children)
            code = entry[1] if denied else entry[0]
            if code is not None:
                return word, code
    return None


def says_what_can_be_done(word: Token) -> bool:
    """An adjective with an act for its complement tells what a party can or will do, not
    what it is worth: "is capable of striking the capital", "is free to leave"."""
    return word.pos_ == "ADJ" and any(
        c.dep_ == "xcomp" or c.dep_ == "prep" and any(p.dep_ == "pcomp" for p in c.children)
        for c in word.children)


def candidates(complement: Token) -> list[Token]:
    """The words of a complement that may judge: each conjunct, its adjectives, and, under an
    instance noun, the noun it is an instance of, with that noun's adjectives."""
    found: list[Token] = []
    for head in (complement, *complement.conjuncts):
        found += [head, *(c for c in head.children if c.dep_ == "amod")]
        if lemma(head) in INSTANCE_NOUNS:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = child_with(of, ("pobj",)) if of is not None else None
            if noun is not None:
                found += [noun, *(c for c in noun.children if c.dep_ == "amod")]
    return found


def owner_of(noun: Token) -> Token | None:
    """Whose act or thing a noun names: its possessor ("X's policy"), its 'by' or 'from' phrase
    ("the shelling by X"), or the 'from' of a participle on it ("the stance coming from X")."""
    possessor = child_with(noun, ("poss",))
    if possessor is not None:
        return possessor
    for prep in (c for c in noun.children if c.dep_ in ("prep", "agent")):
        if prep.lower_ in ("by", "from"):
            return child_with(prep, ("pobj",))
    for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
        # "the stance coming from X", "the sanctions imposed by X", "the attitude that seems
        # to be coming from X", "the cuts that were ordered by X"
        for verb in xcomp_chain(clause):
            for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
                if prep.lower_ == "from" or prep.dep_ == "agent" and prep.lower_ == "by":
                    return child_with(prep, ("pobj",))
    return None


def xcomp_chain(verb: Token) -> list[Token]:
    """A verb and the open complements it leads to: "seems to be coming" → seems, coming."""
    chain = [verb]
    while (following := child_with(chain[-1], ("xcomp",))) is not None and len(chain) < 4:
        chain.append(following)
    return chain


def judged_act(phrase: Token) -> Token:
    """The act a phrase judges: the phrase itself, or, past a noun of an act's stage, the act
    it is of ("the resumption of the shelling" → shelling)."""
    seen = 0
    while lemma(phrase) in PHASE_NOUNS and seen < 3:
        act = of_object(phrase)
        if act is None or act.pos_ != "NOUN":
            break
        phrase, seen = act, seen + 1
    return phrase


def conduct_owner(noun: Token) -> Token | None:
    """Whose conduct, stance or words a noun names: its owner ("X's policy", "the shelling by
    X"), or, for a noun of conduct, its 'of' ("the conduct of X")."""
    owner = owner_of(noun)
    if owner is None and lemma(noun) in CONDUCT_NOUNS:
        owner = of_object(noun)
    return owner


def acted_on(noun: Token, names_act: Callable[[Token], bool] | None) -> set[int]:
    """The tokens of what an act noun's 'of' names: "the shelling of the villages", "the
    mistreatment of refugees" (the ones acted on, not the doer); none for other nouns."""
    if noun.pos_ != "NOUN" or lemma(noun) in CONDUCT_NOUNS or not (
            names_act is not None and names_act(noun) or
            noun.lower_.endswith(ACT_NOUN_ENDINGS)):
        return set()
    return {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for t in c.subtree}


def judged_actors(judgement: Judgement, index: MentionIndex,
                  doers: Mapping[int, list[ActorMention | None]] | None = None,
                  names_act: Callable[[Token], bool] | None = None) -> list[ActorMention]:
    """The party judged: the phrase's own actor; else, where the phrase is an act coded in the
    sentence, whoever did it (``doers``: each coded trigger's sources; "the shelling of the
    villages by X" is X's, "the killing of the fishermen" no one's named); else its owner's
    (the maker of an act or policy; "the stance coming from the Kremlin" is the country's);
    else an actor named in it that it was not done to ("the Kenyan response"). A criticism with
    none still stands for what it condemns ("the curfew"), uncoded; praise is only ever of a
    party."""
    phrase = judgement.judged
    if phrase.pos_ == "PRON":
        return phrase_actors(phrase, index)
    act = judged_act(phrase)
    if index.at(act) or index.followed(act):  # the party itself: "the Kenyan government"
        known = [m for m in phrase_actors(act, index) if m.code]
        if known:
            return known
    if doers is not None and act.i in doers:
        done_by = [m for m in doers[act.i] if m is not None and m.code]
        if not done_by and act is not phrase:  # "Kenya's resumption of the shelling"
            done_by = [m for m in phrase_actors(owner_of(phrase), index) if m.code]
        if done_by or judgement.code == PRAISE:
            return done_by
        return [uncoded_mention(phrase, list(phrase_tokens(phrase)), THING)]
    owner = conduct_owner(act) or conduct_owner(phrase)  # the parser may hang "by X" on
    # the stage noun: "the resumption of shelling by X"
    owners = [m for m in phrase_actors(owner, index) if m.code] or index.place(owner)
    if owners:
        return owners
    patients = acted_on(act, names_act)
    known = [m for m in phrase_actors(act, index) if m.code and not patients & set(
        range(*span_of(m, act)))]
    if known or judgement.code == PRAISE:
        return known
    named = [m for m in phrase_actors(phrase, index) if not patients & set(
        range(*span_of(m, act)))]
    if named:
        return named  # "Mr Banda is a liar": an actor no dictionary knows
    if names_act is not None and act.pos_ == "NOUN" and (
            names_act(act) or lemma(act) in CONDUCT_NOUNS | PHASE_NOUNS):
        return [uncoded_mention(phrase, list(phrase_tokens(phrase)), THING)]
    return []  # "the weather is appalling", "the new law is unjust", "the situation is a
    # disaster", "what we face is a catastrophe": no party's act


def doers_of(coded: Iterable[tuple[Event, Any]]) -> dict[int, list[ActorMention | None]]:
    """Who did each act coded in a sentence: the sources of the events at each trigger."""
    doers: dict[int, list[ActorMention | None]] = {}
    for event, found in coded:
        doers.setdefault(found.trigger.i, []).append(event.source)
    return doers


def span_of(mention: ActorMention, token: Token) -> tuple[int, int]:
    """The token indices a mention covers, in its token's doc."""
    span = token.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (-1, -1)
