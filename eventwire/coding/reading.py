"""How an event was said: negated, future, conditional, hypothetical, believed; and by whom."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from . import grammar
from .syntax import (
    SUBJECT_DEPS,
    calls_on,
    child_with,
    clause_chain,
    governing_verb,
    has_negation,
    has_to_marker,
    lemma,
    span_text,
)
from .tables import packaged_rows


@dataclass(frozen=True)
class Reading:
    """How the clause of a trigger was said.

    ``governor`` is the word that made it so ("agreed" to meet, "refused" to send, "urged"
    X to release, "said" Y must), ``why`` a short name of the reason: "aux:will", "if",
    "xcomp:agree", "ccomp:believe", "neg", "aux:must".
    """

    modality: str = "asserted"
    negated: bool = False
    governor: Token | None = None
    why: str = ""


# Objects that complete a verb of saying, asking or believing on their own, so that a clause
# before it cannot be what it says: "claimed responsibility", "called it revenge".
OWN_OBJECT_DEPS = frozenset(("dobj", "obj", "oprd"))


def fronted_clause_of_its_own(clause: Token, head: Token) -> bool:
    """A finite clause before a verb that has an object of its own, which the parser hung on
    it as its complement: "a bomber blew himself up in a mosque; a militant group later claimed
    responsibility", "a court jailed Mr Banda for ten years, a ruling his allies called revenge".
    The verb's object is what it claims, asks or names; the clause before is the narrator's own
    sentence, told as done (not "Kenya attacked Uganda, police believe", with no object, nor
    "Kenya attacked, it claimed": a pronoun object may stand for the clause)."""
    if clause.i > head.i or clause.tag_ not in ("VBD", "VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP")
            for c in clause.children):
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in clause.children) or any(
            c.dep_ == "mark" for c in clause.children):
        return False  # "that Kenya attacked", subjectless: a complement after all
    return any(c.dep_ in OWN_OBJECT_DEPS and c.i > head.i and c.pos_ in ("NOUN", "PROPN")
               for c in head.children)


def asked_by_noun(clause: Token, head: Token) -> Token | None:
    """The noun of a request, demand, offer or proposal whose 'to' infinitive the parser hung
    on the verb that takes the noun: "rejected calls from Caracas to lift sanctions", "turned
    down a request from Kenya to extradite him", "accepted an offer from Ghana to mediate". The
    act is what was asked or offered, not done (whether the verb grants or refuses it codes
    itself); or None. Not an infinitive with a subject of its own, nor one of purpose after
    another object ("sent troops to end the siege")."""
    if clause.dep_ != "advcl" or not has_to_marker(clause) or \
            any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return None
    objects = [c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < clause.i]
    if len(objects) != 1 or lemma(objects[0]) not in grammar.REQUEST_NOUNS:
        return None
    return objects[0]


# Verbs of wanting: "X wants Y to act" asks it of Y.
WANTING_VERBS = frozenset("want wish".split())


def wanted_of_another(clause: Token, head: Token) -> bool:
    """"Uganda wants Kenya to reopen the border": what one wants another to do is asked of it
    (an appeal, CAMEO 02), not done; the parser makes the other the infinitive's subject."""
    return clause.dep_ == "ccomp" and head.lemma_.lower() in WANTING_VERBS and \
        has_to_marker(clause) and \
        any(c.dep_ == "nsubj" for c in clause.children)


def wished_to_see(clause: Token, head: Token) -> bool:
    """"Would like to see Kenya agree to talks", "wants to see Y sign the deal": an act one
    wishes to see is not done (nor asked of anyone in so many words)."""
    return clause.dep_ in ("ccomp", "xcomp") and \
        head.lemma_.lower() in grammar.SEEING_VERBS and head.dep_ == "xcomp" and \
        head.head.lemma_.lower() in grammar.WISHING_VERBS


def polled(verb: Token) -> bool:
    """Whether a verb of wanting is said of a share of a people (grammar.SHARE_WORDS): "most
    Kenyans want the minister to resign", "60 percent of voters say they want X to act": an
    opinion measured, not an appeal. A pronoun subject stands for the subject of the verb of
    saying its clause hangs on ("... of voters say they want")."""
    subject = child_with(verb, SUBJECT_DEPS)
    if subject is not None and subject.pos_ == "PRON" and verb.dep_ == "ccomp":
        subject = child_with(verb.head, SUBJECT_DEPS)
    if subject is None:
        return False
    words = [subject, *(c for c in subject.children if c.dep_ in ("amod", "det", "nummod",
                                                                  "advmod", "quantmod"))]
    return any(w.lower_ in grammar.SHARE_WORDS or w.lemma_.lower() in grammar.SHARE_WORDS
               for w in words)


def read_clause(trigger: Token, conditions_are_content: bool = False) -> Reading:
    """Negation and modality of a trigger's clause, with the word responsible."""
    infinitive = stray_infinitive(trigger)
    if infinitive is not None:  # "plotted to kill X and then attack Y": as the first is
        return read_clause(infinitive, conditions_are_content)
    negated, negator = negation(trigger)
    modality, governor, why = modality_of(trigger, conditions_are_content)
    if negated and negator is not None and governor is None:
        governor, why = negator, f"xcomp:{negator.lemma_.lower()}"
    return Reading(modality, negated, governor, why)


def stray_infinitive(trigger: Token) -> Token | None:
    """The infinitive a bare verb continues when the parser joined it to the wrong verb: in
    "admitted to having plotted to kill X and then attack Y", "attack" (a base form, no
    subject or auxiliary of its own) is read as joined to "admitted"; a base form cannot be
    joined to a past or present tense, so it continues the last 'to' infinitive before it
    under that verb ("to kill"), and is as much done as that is (plotted: not done)."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.dep_ != "conj" or trigger.tag_ != "VB":
        return None
    head = trigger.head
    if head.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or any(
            c.dep_ in (*SUBJECT_DEPS, "nsubjpass", "aux", "auxpass") for c in trigger.children):
        return None
    return next((t for t in reversed(head.doc[head.i + 1:trigger.i])
                 if t.tag_ == "VB" and t.dep_ in ("xcomp", "advcl") and has_to_marker(t)
                 and head in t.ancestors), None)


def negation(trigger: Token) -> tuple[bool, Token | None]:
    """"did not accept", "no agreement", "did not carry out the airstrike", "refused to
    attack" (with "refused"), "has no plans to expel", "refrained from criticising"."""
    own = [trigger]
    governor = governing_verb(trigger) if trigger.pos_ not in ("VERB", "AUX") else None
    if governor is not None:
        own.append(governor)  # "did not carry out the airstrike"
    if governor is not None and rules_out(governor):  # "ruled out sanctions": none imposed
        return (False, None) if has_negation(governor) else (True, governor)
    halt = halted_by(trigger) or stopped_by(trigger)
    if halt is not None:  # "the hold on military assistance to X": none given while it holds
        return True, halt
    avoider = avoided_by(trigger) if trigger.pos_ not in ("VERB", "AUX") else None
    if avoider is not None:  # "avoided direct criticism of X": none made; "did not avoid
        return (False, None) if has_negation(avoider) else (True, avoider)  # a clash": made
    for token in own:
        if any(c.dep_ == "neg" or c.lower_ == "no" and c.dep_ == "det" for c in token.children):
            return True, None
        nobody = negative_subject(token) if token.pos_ in ("VERB", "AUX") else None
        if nobody is not None:  # "neither Kenya nor Uganda paid", "nobody was arrested": the
            return True, nobody  # subject says so, no party refused it
        if any(c.dep_ == "advmod" and c.lower_ in grammar.CEASING_ADVERBS and has_negation(c)
               for c in token.children):
            return True, None  # "will no longer meet the demand", "no longer recognises X"
        if token.pos_ == "VERB" and any(  # "offered no help", "made no concessions"
                c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                for c in token.children):
            return True, None
    for clause, head in clause_chain(trigger):
        if clause not in own and has_negation(clause):
            return clause.dep_ != "ccomp", None
        if purpose_clause(clause) and has_negation(head):
            return True, None  # "did not travel to X to sign": nor was it signed
        if clause.dep_ == "xcomp" and not_yet(head):
            return True, head  # "has yet to sign the deal": it is not signed
        if clause.dep_ == "xcomp" and rules_out(head):  # "ruled out sending troops"
            return (False, None) if has_negation(head) else (True, head)
        if clause.dep_ == "xcomp":  # "refused to send", "it is impossible to stop"
            if head.pos_ in ("VERB", "AUX") and has_negation(head):
                if holding_back(head):
                    return False, None  # "would not hesitate to invade": it would
                return True, None  # "never intended to harm", "did not plan to attack"
            for word in (head, *(c for c in head.children if c.dep_ == "acomp")):
                if word.lemma_.lower() in grammar.NEGATING_VERBS:
                    return True, word
        elif clause.dep_ == "acl" and head.lemma_.lower() in grammar.GROUNDS_NOUNS and \
                has_to_marker(clause):
            break  # "no evidence to support the claim": what it would back, no act refused
        elif clause.dep_ == "acl" and any(c.lower_ == "no" for c in head.children):
            return True, None  # "has no plans to expel"
        elif clause.dep_ == "acl" and not has_to_marker(clause) and (
                clause.tag_ == "VBG" or child_with(clause, ("agent",)) is not None):
            break  # "refused to meet rebels armed by X", "denied reports citing officials": a
            # participle that tells of a noun, with a doer of its own, is a clause of its own,
            # outside the negation of the verb the noun hangs on (X armed them; the reports
            # cite the officials). Not "would not accept a prosecutor entrusted to ...".
        elif clause.dep_ == "pcomp" and head.lower_ == "from" and \
                head.head.lemma_.lower() in grammar.NEGATING_VERBS:
            return True, head.head  # "refrained from criticising"
        elif clause.dep_ == "pcomp" and head.lower_ == "of" and head.head.lower_ == "short":
            return True, None  # "stopped short of backing", "fell short of recognising"
        elif clause.dep_ not in ("xcomp", "acl", "dobj", "pobj", "prep"):
            break
    return False, None


# Nouns of a halt put on an act: the act they are on is not done while they hold.
HALTING_NOUNS = frozenset(
    "hold freeze halt suspension moratorium cutoff embargo ban".split())


def halted_by(noun: Token) -> Token | None:
    """The noun of a halt an act's noun is put under: "the hold on military assistance to X",
    "a freeze on aid to Y", "the suspension of its aid": the act is withheld, not done (the
    halt itself is what was done, coded on its own word); or None."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "of"):
        return None
    halt = noun.head.head
    return halt if halt.pos_ == "NOUN" and lemma(halt) in HALTING_NOUNS else None


# Verbs that put an end to an act named by their object: "ended its budget support to X",
# "paused new funding for Y", "suspended its aid": the stop is what is told (and coded on the
# verb where a pattern names it), the act itself is not done from then on.
STOPPING_VERBS = frozenset("end stop halt suspend cease pause freeze discontinue terminate".split())


def stopped_by(noun: Token) -> Token | None:
    """The verb that stops an act its object noun names: "Sweden ended its budget support to
    Tanzania" (ended), "the US paused new funding for the agency" (paused); or None. Not when
    the stop is itself denied or only asked ("did not end its support", "urged X to halt its
    aid": the clause's own reading tells that), nor a noun with no act in it."""
    head = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "obj") or head.pos_ != "VERB" or \
            lemma(head) not in STOPPING_VERBS or has_negation(head):
        return None
    return head


def avoided_by(noun: Token) -> Token | None:
    """The word by which an act named by a noun is kept from: "avoided direct criticism of X"
    (avoided), "refrained from any criticism" (refrained), "stopped short of recognition"
    (short); or None."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB" and \
            head.lemma_.lower() in grammar.AVOIDING_VERBS:
        return head
    if noun.dep_ != "pobj" or head.dep_ != "prep":
        return None
    if head.lower_ == "from" and head.head.lemma_.lower() in grammar.REFRAINING_VERBS:
        return head.head
    if head.lower_ == "of" and head.head.lower_ == "short":
        return head.head  # "stopped short of", "fell short of"
    return None


def negative_subject(verb: Token) -> Token | None:
    """A subject that denies the act of all it names: "neither Kenya nor Uganda paid", "no
    soldiers fired", "nobody was arrested", "none of them attended"; or None."""
    subject = child_with(verb, (*SUBJECT_DEPS, "nsubjpass"))
    if subject is None:
        return None
    if subject.lower_ in grammar.NEGATIVE_PRONOUNS or any(
            c.dep_ in ("det", "preconj") and c.lower_ in grammar.NEGATIVE_DETERMINERS
            for c in subject.children):
        return subject
    return None


def holding_back(verb: Token) -> bool:
    """A verb of holding back, which a negation turns into doing: "would not hesitate to
    invade", "did not fail to pay"."""
    return verb.lemma_.lower() in grammar.HOLDING_BACK_VERBS


def rules_out(verb: Token) -> bool:
    """"ruled out sending troops": what is ruled out is not done (negation); what is not
    ruled out is only possible (modality: hypothetical)."""
    return verb.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def purpose_clause(clause: Token) -> bool:
    """An infinitive of purpose with no subject of its own: "went to X to meet Y"."""
    return clause.dep_ == "advcl" and has_to_marker(clause) and \
        not any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def modality_of(
    trigger: Token, conditions_are_content: bool = False
) -> tuple[str, Token | None, str]:
    """(modality, the governing word, why): asserted, future, conditional, hypothetical, belief.

    A threat's "if" clause is what is threatened, not a condition on the threat:
    ``conditions_are_content`` skips the trigger's own "if" clauses.
    """
    alleged = allegation(trigger)
    if alleged is not None:
        return "belief", alleged, f"acl:{alleged.lemma_.lower()}"
    if held_by_no_one(trigger):
        return "belief", None, "opinion"  # "such camps are considered illegal": by whom?
    judged = judged_crime(trigger)
    if judged is not None:  # "pleaded guilty to threatening X": the plea is the act
        return "belief", judged, f"judged:{judged.lemma_.lower()}"
    habit = habitual(trigger)
    if habit:
        return "hypothetical", None, habit  # "governments usually condemn such attacks"
    if asked(trigger):
        return "hypothetical", None, "question"  # "Did Kenya attack Uganda?"
    if nearly_done(trigger):
        return "hypothetical", None, "almost"  # "Kenya almost expelled the envoy"
    if looked_ahead_to(trigger):
        return "future", None, "ahead"  # "met ahead of the summit": still to come
    if suspected_only(trigger):  # "investigators believe X may have kidnapped them"
        return "belief", trigger, "suspicion"
    unsaid = said_counterfactually(trigger)
    if unsaid is not None:  # "would have told reporters that X attacked Y": never said
        return "hypothetical", unsaid, "counterfactual"
    setter = condition_set(trigger)
    if setter is not None:  # "lifting the embargo is a precondition for talks": asked
        return "hypothetical", setter, "condition"
    opener = opened_by_condition(trigger)
    if opener is not None:  # "If the rebels resume attacks, insurers expect ...", misparsed
        return "conditional", opener, "if"
    own = [trigger]
    governor = governing_verb(trigger) if trigger.pos_ not in ("VERB", "AUX") else None
    if governor is not None:
        own.append(governor)
    for clause, head in clause_chain(trigger):  # "warned X that it would attack": a warning
        lemma = head.lemma_.lower()
        if clause.dep_ == "ccomp" and lemma in grammar.WARNING_VERBS:
            return "future", head, f"ccomp:{lemma}"
        if clause.dep_ == "ccomp" and lemma in grammar.REQUEST_VERBS | grammar.DEMAND_VERBS \
                and not fronted_clause_of_its_own(clause, head):
            return "hypothetical", head, f"ccomp:{lemma}"
        if wanted_of_another(clause, head):
            return "hypothetical", head, f"ccomp:{lemma}"
        if wished_to_see(clause, head):
            return "hypothetical", None, "wish"  # "would like to see Kenya agree": wished
        break
    if governor is not None and rules_out(governor) and has_negation(governor):
        return "hypothetical", governor, "not ruled out"  # "has not ruled out sanctions"
    for token in own:
        found = local_modality(token, skip_conditions=conditions_are_content)
        if found:
            return found[0], None, found[1]
    for clause, head in clause_chain(trigger):
        lemma = head.lemma_.lower()
        if clause.dep_ == "conj" and clause.tag_ == "VBD" and head.tag_ == "VB":
            break  # "vowed to cut taxes and attacked Y": a past act joined to the
            # infinitive is told as done, not promised with it
        asking = asked_by_noun(clause, head)
        if asking is not None:  # "rejected calls from X to lift sanctions": what was asked
            return "hypothetical", asking, f"acl:{asking.lemma_.lower()}"
        if clause.dep_ in ("xcomp", "advcl") and aimed_at(clause, head):
            return "future", None, "aim"  # "sees its mission to overthrow X", parsed as the
            # verb's infinitive: what is aimed at, as "its mission to ..." is
        if clause.dep_ == "xcomp":
            if lemma == "go" and any(c.dep_ == "aux" for c in head.children):
                return "future", None, "aux:going"  # "is going to attack"
            if lemma in grammar.PURPOSE_VERBS and passive_purpose(head):
                return "hypothetical", None, "purpose"  # "a law designed to punish X"
            if lemma in grammar.PLOTTING_VERBS | grammar.SCHEDULING_VERBS:
                return "future", head, f"xcomp:{lemma}"  # "plotted to attack", "is
                # scheduled to meet": not done; no intent or threat said to anyone
            if lemma in grammar.FUTURE_VERBS:
                return "future", head, f"xcomp:{lemma}"
            if lemma in grammar.REQUEST_VERBS and not (lemma == "call" and not calls_on(head)):
                return "hypothetical", head, f"xcomp:{lemma}"  # not "called X to discuss"
            if rules_out(head) and has_negation(head):
                return "hypothetical", head, "not ruled out"  # "is not ruling out blocking"
            if lemma in grammar.LIKELIHOOD_WORDS:
                return "hypothetical", head, f"xcomp:{lemma}"  # "is unlikely to agree"
            if lemma in grammar.ABILITY_WORDS and not managed(head):
                return "hypothetical", head, f"xcomp:{lemma}"  # "is able to strike": can
        elif clause.dep_ == "advcl" and has_to_marker(clause) and (
                lemma in grammar.NEEDING_VERBS or lemma in grammar.STRIVING_VERBS and
                striving_now(head)):
            return "hypothetical", None, f"advcl:{lemma}"  # "needs money to support X",
            # "is working to help X": what it is for, not done
        elif clause.dep_ == "ccomp":
            if fronted_clause_of_its_own(clause, head):
                break  # "X bombed a mosque; a group later claimed responsibility": told as done
            if lemma in grammar.BELIEF_VERBS:
                return "belief", head, f"ccomp:{lemma}"
        elif clause.dep_ == "pcomp" and head.lower_ == "at" and \
                head.head.lemma_.lower() in grammar.PURPOSE_VERBS and passive_purpose(head.head):
            return "hypothetical", None, "purpose"  # "a code aimed at preventing X"
        elif clause.dep_ == "pcomp" and head.lower_ in ("for", "of", "at") and \
                head.head.pos_ == "NOUN" and plan_noun(head.head):
            return "future", None, "plan-for"  # "its plans for travelling to X", "the plan of
            # attacking Y": an act looked ahead to, as "plans to travel" is
        elif clause.dep_ == "pcomp" and near_miss_phrase(head):
            return "hypothetical", None, "almost"  # "came close to attacking", "on the verge
            # of signing"
        elif clause.dep_ == "pcomp" and head.head.lemma_.lower() in grammar.ALLEGING_VERBS:
            # "accused X of killing": an allegation
            return "belief", head.head, f"pcomp:{head.head.lemma_.lower()}"
        elif clause.dep_ == "pcomp" and head.lower_ == "of" and \
                head.head.lemma_.lower() in grammar.ABILITY_WORDS and not managed(head.head):
            return "hypothetical", head.head, f"pcomp:{head.head.lemma_.lower()}"  # "capable
            # of striking": what a party can do, not what it did
        elif (clause.dep_ == "pcomp" and head.lower_ == "to"
              and head.head.lemma_.lower() in grammar.FUTURE_VERBS):
            # "is committed to helping X", "set to sending": an act looked ahead to
            return "future", head.head, f"pcomp:{head.head.lemma_.lower()}"
        elif clause.dep_ == "acl" and head.lemma_.lower() in grammar.GROUNDS_NOUNS and \
                has_to_marker(clause):
            return "hypothetical", None, "acl:grounds"  # "saw no reason to reject the offer"
        elif clause.dep_ in ("acl", "relcl") and head.pos_ == "NOUN" and has_to_marker(clause):
            # "announced plans to lift the ban", "an ultimatum to hand over its weapons": an
            # act a noun looks ahead to, not yet done
            return "future", None, "acl:to"
        elif clause.dep_ not in ("conj", "advcl", "pcomp", "prep", "pobj", "dobj", "relcl"):
            break
        if clause.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
                                         for c in clause.children):
            break  # "will mourn them and were angered that ...": its own auxiliary, its own
            # time; the 'will' before is not its
        if clause.dep_ == "relcl" and told_as_past(clause):
            # "will meet the rebels who attacked X", "a person who had not visited X": a
            # relative clause in the past tells what was done, whatever is said of its noun;
            # but what is believed or alleged of it stays so ("accused X of providing
            # airstrikes that have killed civilians")
            outer = modality_of(head)  # (not "jailed for the thefts police charged him with": the
            # charge is told as done, only the crime is what the verdict is of)
            return outer if outer[0] == "belief" and not outer[2].startswith("judged:") \
                else ("asserted", None, "")
        if clause.dep_ == "ccomp" and unconfirmed(clause, head):
            return "hypothetical", None, "unconfirmed"  # "did not confirm that its troops
            # attacked X", "declined to say that ...": no one tells it as done
        found = local_modality(head)
        if found and clause.dep_ == "conj" and found[1].startswith("aux:") and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            # "police will find, detain and charge them": the verbs joined under one 'will'
            # share it, each as its own act, governed by no other
            return found[0], None, found[1]
        if found:
            return found[0], head, found[1]
        if clause.dep_ == "ccomp" and not caused(clause, head):
            break  # reported speech: what was said is coded as said
    if commanded(trigger):
        return "hypothetical", None, "imperative"  # '"Expel the envoy," X said': asked
    return "asserted", None, ""


# Words that may stand before an imperative at the head of its sentence or quote: "please
# release them", "never attack civilians", "do not attack", "just go away".
IMPERATIVE_OPENERS = frozenset("please never just now do not n't simply".split())
# Marks that open a quote or what is said after a colon.
QUOTE_OPENERS = frozenset(('"', "“", "'", "‘", ":", "``"))


def commanded(trigger: Token) -> bool:
    """Whether a trigger's clause is a command: '"Release the hostages," Kenya demanded', "Expel
    the envoy now, the opposition urged", "make Kenya pay for it, the leader said". What one
    tells another to do is asked (an appeal or demand, CAMEO 02/10, which the verb of saying
    codes), not done. Read up from the act's verb through the verbs it completes ("stop
    attacking", "make Kenya pay"), the command is a bare verb (VB) with no subject, auxiliary or
    'to' of its own that opens its sentence or a quote."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    for _ in range(4):
        if verb is None:
            return False
        if imperative(verb):
            return True
        if verb.dep_ == "xcomp" or verb.dep_ == "ccomp" and caused(verb, verb.head) or \
                verb.dep_ == "conj" and not any(c.dep_ in (*SUBJECT_DEPS, "nsubjpass")
                                                for c in verb.children):
            verb = verb.head
        else:
            return False
    return False


def imperative(verb: Token) -> bool:
    """A bare verb with no subject, 'to' or auxiliary but "do", opening its sentence or a quote
    ("Release them", '"Never attack civilians,"', ': "Do not attack"')."""
    if verb.tag_ != "VB" or verb.pos_ != "VERB" or any(
            c.dep_ in (*SUBJECT_DEPS, "nsubjpass", "expl", "mark") or
            c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "don't")
            for c in verb.children):
        return False
    for token in reversed(verb.sent[: verb.i - verb.sent.start]):
        if token.is_space or token.lower_ in IMPERATIVE_OPENERS:
            continue
        return token.text in QUOTE_OPENERS or token.tag_ == "``"
    return True  # it opens its sentence


# Verbs of denying: what they deny is an accusation (CAMEO 016 Deny responsibility) unless it is
# a finding ("deny finding the bacteria").
DENYING_VERBS = frozenset(("deny",))
# Verbs of finding out: a finding denied is no wrongdoing denied.
FINDING_VERBS = frozenset("find detect discover identify record observe confirm".split())


def denied_finding(trigger: Token) -> bool:
    """"Authorities deny finding bacteria in the water", "the ministry denied that tests had
    detected the virus": what is denied is a finding, not an act one is blamed for, and
    denying it is a statement (CAMEO 010), not a denial of responsibility (016)."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in DENYING_VERBS:
        return False
    return any(c.dep_ in ("xcomp", "ccomp", "dobj") and c.pos_ == "VERB" and
               lemma(c) in FINDING_VERBS for c in trigger.children)


# Verbs of owning up: with a clause of their own doing, responsibility acknowledged (CAMEO 015).
OWNING_UP_VERBS = frozenset("acknowledge admit".split())


def acknowledged_state(trigger: Token) -> bool:
    """"Acknowledged that remote regions are vulnerable to outbreaks": what is acknowledged is
    how things stand for others, no act or failure of one's own, and saying so is a statement
    (CAMEO 010), not responsibility acknowledged (015). Not "admitted it was unable to warn
    them" (its own failure) nor "acknowledged the army was responsible" (blame owned)."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in OWNING_UP_VERBS:
        return False
    clause = child_with(trigger, ("ccomp",))
    if clause is None or lemma(clause) not in grammar.STATE_OF_BEING_VERBS:
        return False
    subject = child_with(clause, SUBJECT_DEPS)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ in ("acomp", "attr") and c.lower_ in grammar.BLAME_WORDS for c in clause.children)


# Subjects by which the parties who agree that something should be done name themselves.
OWN_SUBJECTS = frozenset("we they both".split())


def ought_to_be(clause: Token) -> bool:
    """A clause that says what ought to be done by others, or of no one named: "agreed that
    the border should be reopened", "agreed that Kenya must release them". Agreeing with that
    is sharing a view (CAMEO 019 Express accord), no commitment of one's own to an act (03),
    unless the agreeing parties name themselves ("agreed that they should meet again")."""
    if not any(c.dep_ == "aux" and c.lower_ in grammar.OBLIGATION_AUX for c in clause.children):
        return False
    subject = child_with(clause, (*SUBJECT_DEPS, "nsubjpass"))
    return subject is None or subject.lower_ not in OWN_SUBJECTS


# Verbs of holding a belief whose content a pattern may code as blame ("believe ... kidnapped").
SUSPECTING_VERBS = frozenset("believe suspect".split())


def suspected_only(trigger: Token) -> bool:
    """"Investigators believe the rebels may have kidnapped the boys", "police suspect the
    driver might have fled": a belief that another only may have done something is a
    suspicion held, no accusation made of them (as "may have lied" tells no wrongdoing)."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in SUSPECTING_VERBS:
        return False
    content = child_with(trigger, ("ccomp",))
    return content is not None and any(
        c.dep_ == "aux" and c.lower_ in grammar.HYPOTHETICAL_AUX - {"must"}
        for c in content.children)


def said_counterfactually(trigger: Token) -> Token | None:
    """The verb of saying or believing a trigger's clause is told under, when that verb is
    itself only what would have been ("would then have claimed that X attacked Y", "could have
    said that its troops shelled the town"): what no one said, or said only in a supposed
    world, reports no act. None otherwise."""
    for clause, head in clause_chain(trigger):
        if clause.dep_ == "ccomp" and lemma(head) in grammar.SPEECH_VERBS | \
                grammar.ASSERTING_VERBS | grammar.BELIEF_VERBS:
            aux = {c.lower_ for c in head.children if c.dep_ == "aux"}
            if "have" in aux and aux & (grammar.CONDITIONAL_AUX | grammar.HYPOTHETICAL_AUX):
                return head
        elif clause.dep_ not in ("ccomp", "xcomp", "conj"):
            return None
    return None


def aimed_at(clause: Token, head: Token) -> bool:
    """An infinitive after its verb's object that names an aim: "sees its mission to overthrow
    X", "set itself the goal to seize Y" (grammar.AIM_NOUNS, PLAN_NOUNS); not a place one is
    at ("took shelter at the mission to escape ...")."""
    return has_to_marker(clause) and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < clause.i and
        c.lemma_.lower() in grammar.AIM_NOUNS | grammar.PLAN_NOUNS for c in head.children)


def looked_ahead_to(trigger: Token) -> bool:
    """An act's noun named as a time still to come: "ahead of a summit", "in advance of the
    talks", "on the eve of the visit", "before the summit" (grammar.AHEAD_HEADS, AHEAD_PREPS)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ in grammar.AHEAD_PREPS:
        return True
    return prep.lower_ in ("of", "to") and prep.head.lower_ in grammar.AHEAD_HEADS


# Nouns that name what must be done before something else is: an act named as one is asked
# for, not done ("scrapping the duties is a precondition for talks").
CONDITION_NOUNS = frozenset("condition precondition prerequisite requirement".split())
# Verbs that make an act a condition ("made the lifting of sanctions a condition for talks").
CONDITION_SETTING_VERBS = frozenset("make set".split())
# Adjectives that make a thing depend on an act ("made its aid conditional on the release").
CONDITIONAL_WORDS = frozenset("conditional contingent".split())


def condition_set(trigger: Token) -> Token | None:
    """The word that names an act as a condition of something else: the copula of "removing
    the duties is a precondition for talks", "the withdrawal of troops remains a
    precondition for talks"; the verb of "made the lifting of sanctions a condition for talks",
    "set the lifting of sanctions as a condition", "conditioned its support on the release of
    the prisoners", "made its aid conditional on the release", "agreed to talks on condition
    that X lifts the embargo". What one sets as a condition one asks of another (CAMEO 10,
    demand); it is not done."""
    head = trigger.head
    if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN":
        if head.lemma_.lower() in CONDITION_SETTING_VERBS and any(
                c.dep_ == "prep" and c.lower_ == "as" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in CONDITION_NOUNS
                    for g in c.children) for c in head.children):
            return head  # "set the lifting of sanctions as a condition for talks"
        return None
    if trigger.dep_ == "acl" and trigger.pos_ == "VERB":
        if head.lemma_.lower() not in CONDITION_NOUNS or head.dep_ != "pobj" or \
                head.head.lower_ not in ("on", "upon") or \
                not any(c.dep_ == "mark" and c.lower_ == "that" for c in trigger.children):
            return None
        word = head.head.head  # "agreed to hold talks on condition that X lifts ...": the
        for _ in range(4):  # verb the condition is set on
            if word.pos_ in ("VERB", "AUX"):
                return word
            if word.head is word:
                return None
            word = word.head
        return None
    if trigger.dep_ == "pobj" and trigger.pos_ == "NOUN" and head.lower_ in ("on", "upon"):
        verb = head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() == "condition":
            return verb  # "conditioned its support on the release of the prisoners"
        if verb.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("acomp", "ccomp", "oprd", "xcomp") and c.lower_ in CONDITIONAL_WORDS
                for c in verb.children):
            return verb  # "made its aid conditional on", "its aid was conditional on"
        if verb.lower_ in CONDITIONAL_WORDS and verb.head.pos_ in ("VERB", "AUX"):
            return verb.head
        return None
    if trigger.dep_ not in ("csubj", "nsubj") or trigger.pos_ not in ("VERB", "NOUN"):
        return None
    if trigger.pos_ == "VERB" and trigger.tag_ != "VBG":
        return None  # "what matters is ..."; only the gerund names the act as a thing
    if head.lemma_.lower() in ("be", "remain"):
        if any(c.dep_ == "attr" and c.lemma_.lower() in CONDITION_NOUNS for c in head.children):
            return head
        return None
    if trigger.dep_ == "nsubj" and head.lemma_.lower() in CONDITION_NOUNS and \
            head.dep_ in ("dobj", "oprd", "ccomp", "xcomp") and \
            head.head.lemma_.lower() in CONDITION_SETTING_VERBS:
        return head.head  # "made the lifting of sanctions a condition": a small clause
    return None


def nearly_done(trigger: Token) -> bool:
    """"Kenya almost expelled the envoy", "nearly signed the deal": not done; but "nearly
    killed the minister" tells a blow that fell."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    return verb is not None and trigger.lemma_.lower() not in grammar.HARM_DONE_IF_NEARLY and \
        any(c.dep_ == "advmod" and c.lower_ in grammar.NEAR_MISS_ADVERBS for c in verb.children)


def near_miss_phrase(prep: Token) -> bool:
    """The preposition of "came close to attacking", "on the verge (brink) of signing"."""
    if prep.lower_ == "to":
        return prep.head.lower_ == "close" and prep.head.head.lemma_.lower() == "come"
    return prep.lower_ == "of" and prep.head.lemma_.lower() in grammar.NEAR_MISS_NOUNS and \
        prep.head.dep_ == "pobj" and prep.head.head.lower_ in ("on", "to")


def caused(clause: Token, head: Token) -> bool:
    """"efforts to get Uganda to investigate X", "to make Kenya pay": the parser hangs what one
    gets another to do as a clause of its own; it is as much done as the getting is."""
    return head.lemma_.lower() in grammar.CAUSING_VERBS and \
        any(c.dep_ in SUBJECT_DEPS for c in clause.children) and \
        (has_to_marker(clause) or clause.tag_ == "VB")


def striving_now(verb: Token) -> bool:
    """"is working to help X", "works to end the war": an effort under way, its end not yet
    reached; not "worked with the police to find him" (told as done)."""
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def unconfirmed(clause: Token, speech: Token) -> bool:
    """What a speaker did not say, or declined to confirm: "Kenya did not confirm that its troops
    attacked X", "declined to say that X was arrested". Not a 'who' or 'how' clause ("did not
    say who attacked X": the attack is told, its doer left open)."""
    if speech.lemma_.lower() not in grammar.SPEECH_VERBS:
        return False
    if not (any(c.dep_ == "neg" for c in speech.children) or speech.dep_ == "xcomp" and
            speech.head.lemma_.lower() in grammar.NEGATING_VERBS):
        return False
    return not any(t.tag_ in grammar.QUESTION_WORD_TAGS - {"MD"}
                   for t in clause.subtree if t.i < clause.i)


def not_yet(verb: Token) -> bool:
    """"has yet to sign", "are yet to resume": what is yet to be done is not done."""
    return verb.lemma_.lower() in grammar.NOT_YET_VERBS and any(
        c.dep_ == "advmod" and c.lower_ in grammar.NOT_YET_ADVERBS for c in verb.children)


def passive_purpose(verb: Token) -> bool:
    """"is designed to", "aimed at", "a system intended to": what a thing is for, said in the
    passive or as a participle; not "the army intended to attack" (its own intent) nor "had
    intended to"."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl", "amod", "relcl") and \
        not any(c.dep_ == "aux" for c in verb.children)


def simple_past(verb: Token) -> bool:
    """A verb told in the simple past ("shot", "was killed", "did not meet"), or a participle
    with no auxiliary on one ("often inflicting", after "abused")."""
    for _ in range(4):
        if verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                     for c in verb.children):
            return True
        if verb.tag_ not in ("VBG", "VBN") or any(
                c.dep_ in ("aux", "auxpass") for c in verb.children) or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def present_simple(verb: Token) -> bool:
    """A verb in the simple present with no auxiliary: "imposes", "retaliate"."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def when_clause(verb: Token) -> str:
    """The 'when' or 'whenever' that opens a verb's clause, or ""."""
    return next((c.lower_ for c in verb.children if c.dep_ in ("advmod", "mark")
                 and c.lower_ in grammar.GENERIC_WHEN and c.i < verb.i), "")


def habitual(trigger: Token) -> str:
    """A habit, no particular act: "governments usually condemn such attacks", "the guards
    often beat prisoners", "a disease that tends to strike farmers", "whenever Kenya expels a
    diplomat, Uganda expels two", "when the US imposes tariffs, its partners retaliate". The
    words looked at are the trigger's own verb (or the verb its noun hangs on) and the verbs
    it is the infinitive of ("usually refuses to meet"); "" when none is a habit."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    words = []
    while verb is not None and len(words) < 6:
        words.append(verb)
        if verb.dep_ == "xcomp" or verb.dep_ == "conj" and not any(
                c.dep_ in SUBJECT_DEPS for c in verb.children):
            verb = verb.head
        else:
            break
    for word in words:
        for c in word.children:
            if c.dep_ == "advmod" and c.lower_ in grammar.FREQUENCY_ADVERBS and not (
                    c.lower_ in grammar.EPISODE_ADVERBS and simple_past(word)):
                return f"generic:{c.lower_}"
        if word.lemma_.lower() in grammar.HABIT_VERBS and child_with(word, ("xcomp",)):
            return f"generic:{word.lemma_.lower()}"
    top = words[-1] if words else None
    if top is None:
        return ""
    if top is trigger and top.dep_ == "relcl" and present_simple(top) and any(
            c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in top.children) and \
            tells_of_a_doer(top.head):
        return "generic:relcl"  # "an adviser who consults with the ministry", "a group that
        # funds the rebels": what one does as a rule, told of the noun, no act reported (not
        # an act named by a noun in it, nor what a document or an act does: "a report that
        # accuses X", "the violence that struck the town")
    if every_time_clause(top) or any(c.dep_ in ("advcl", "relcl") and every_time_clause(c)
                                     for c in top.children):
        return "generic:every"  # "every time they visit the ministry, they ...": both
    if present_simple(top) and any(c.dep_ == "npadvmod" and every_period(c)
                                   for c in top.children):
        return "generic:every"  # "she visits the ministry every week"
    when = when_clause(top)
    if when in grammar.EVERY_TIME_WHEN or when and top.dep_ == "advcl" and \
            present_simple(top) and present_simple(top.head):
        return f"generic:{when}"  # the clause of 'when(ever)' itself
    for c in top.children:
        if c.dep_ == "advcl":
            opener = when_clause(c)
            if opener in grammar.EVERY_TIME_WHEN or opener and present_simple(c) and \
                    present_simple(top):
                return f"generic:{opener}"  # the clause a 'when(ever)' clause hangs on
    return ""


def tells_of_a_doer(noun: Token) -> bool:
    """Whether a noun may have habits a relative clause tells ("an adviser who consults ...",
    "Acme, which funds ..."): not a document ("a report that accuses X") nor an act
    (data/coding/act_nouns.tsv: "the violence that struck the town"), which do what the
    clause says once."""
    word = noun.lemma_.lower()
    return word not in grammar.DOCUMENT_NOUNS and word not in act_nouns()


@cache
def act_nouns() -> frozenset[str]:
    """Nouns of acts no pattern codes on its own (data/coding/act_nouns.tsv)."""
    return frozenset(row["word"] for row in packaged_rows("coding", "act_nouns.tsv"))


def every_period(noun: Token) -> bool:
    """"every time", "each week": a period noun every one of which something happens in."""
    return noun.lemma_.lower() in grammar.PERIOD_NOUNS and any(
        c.dep_ == "det" and c.lower_ in grammar.EVERY_DETERMINERS for c in noun.children)


def every_time_clause(verb: Token) -> bool:
    """The clause of "every time X does Y", "each time X did Y": a relative clause on the
    period noun, or a clause the noun opens (any tense: a habit of the past too)."""
    if verb.dep_ == "relcl" and verb.head.dep_ == "npadvmod" and every_period(verb.head):
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ == "npadvmod" and c.i < verb.i and every_period(c) for c in verb.children)


def asked(trigger: Token) -> bool:
    """A direct question: "Did Kenya attack Uganda?", "Will Ghana retaliate?", "What tariffs
    has X imposed?": the sentence ends in a question mark, opens with an auxiliary or a
    question word, and the trigger's clause is its main one."""
    sentence = trigger.sent
    words = [t for t in sentence if not (t.is_punct and t.text != "?") and not t.is_space]
    if len(words) < 2 or words[-1].text != "?":
        return False
    first = words[0]
    if not (first.tag_ in grammar.QUESTION_WORD_TAGS or first.dep_ in ("aux", "auxpass") and
            first.lemma_.lower() in grammar.QUESTION_AUX_LEMMAS):
        return False
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    while verb is not None and verb.dep_ in ("xcomp", "conj"):
        verb = verb.head
    return verb is not None and verb.dep_ == "ROOT"


# Auxiliaries of a finite past or perfect: "who had visited", "that has attacked".
PAST_AUX = frozenset("had has have was were did".split())


def told_as_past(clause: Token) -> bool:
    """A finite clause in the past or perfect: "attacked", "had not visited", "was shelled"."""
    return clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in clause.children)


def managed(ability: Token) -> bool:
    """"was able to capture the town", "has been able to": an ability in the past tells an act
    done (it managed to), not one only possible."""
    copula = ability.head if ability.dep_ in ("acomp", "attr") else ability
    return copula.tag_ in ("VBD", "VBN") or any(
        c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP") and c.lemma_ == "have"
        for c in copula.children)


def allegation(trigger: Token) -> Token | None:
    """The allegation noun whose clause holds the trigger ("claims that X attacked Y")."""
    for ancestor in trigger.ancestors:
        if ancestor.lemma_.lower() in grammar.ALLEGATION_NOUNS and ancestor.pos_ == "NOUN":
            for clause in ancestor.children:
                if clause.dep_ == "acl" and clause.left_edge.i <= trigger.i <= clause.right_edge.i:
                    return ancestor
    return None


def held_by_no_one(trigger: Token) -> bool:
    """A judgement passed in the passive with no one named who holds it: "such camps are
    considered illegal under Kenyan law" (grammar.OPINION_VERBS); not "... are considered
    illegal by Kenya", nor "sanctions are being considered" (no judgement)."""
    return trigger.lemma_.lower() in grammar.OPINION_VERBS and \
        any(c.dep_ == "auxpass" for c in trigger.children) and \
        not any(c.dep_ == "agent" for c in trigger.children) and \
        any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for c in trigger.children)


def judged_crime(trigger: Token) -> Token | None:
    """The word of a plea, verdict or sentence whose crime the trigger names: "pleaded guilty
    to threatening to kill X" (guilty), "found guilty of the murder of Y" (guilty), "was
    sentenced for assaulting Z" (sentenced), "upheld the convictions of two men for beating
    W" (convictions); or None (grammar.JUDGED_CRIME_WORDS, JUDGED_CRIME_NOUNS)."""
    token = trigger
    for _ in range(4):  # up through "threatening to kill", "assaulting and robbing"
        if token.dep_ in ("xcomp", "conj") and token.head.pos_ in ("VERB", "NOUN"):
            token = token.head
        elif token.dep_ == "pobj" and token.tag_ == "VB" and token.head.lower_ == "to" and \
                token.head.head.pos_ == "VERB":
            token = token.head.head  # "threatening to assault", read as a 'to' phrase
        else:
            break
    if token.dep_ not in ("pcomp", "pobj") or token.head.dep_ != "prep" or \
            token.head.lower_ not in grammar.JUDGED_CRIME_PREPS:
        return None
    head = token.head.head
    if head.pos_ == "NOUN" and head.lemma_.lower() not in grammar.JUDGED_CRIME_NOUNS and \
            head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head  # "jailed for ten years over the killing of X": the crime
        # hangs on the term, the term on the verb
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":  # "his trial for bribery"; not "his trial in a fraud
        # inquiry", where the inquiry was held
        return head if lemma in grammar.JUDGED_CRIME_NOUNS and \
            token.head.lower_ not in grammar.JUDGED_CRIME_PREPS_NOT_OF_NOUNS else None
    if head.pos_ in ("VERB", "ADJ") and lemma in grammar.JUDGED_CRIME_WORDS:
        return head
    if head.pos_ == "VERB" and token.head.lower_ not in grammar.JUDGED_CRIME_PREPS_NOT_OF_NOUNS:
        # "upheld the convictions of two men for assaulting"; "was found guilty on Monday of
        # attacking", the phrase hung on the verb past its complement
        return next((c for c in head.children if
                     c.dep_ in ("dobj", "nsubjpass") and
                     c.lemma_.lower() in grammar.JUDGED_CRIME_NOUNS or
                     c.dep_ in ("oprd", "acomp") and
                     c.lemma_.lower() in grammar.JUDGED_CRIME_WORDS), None)
    return None


# Nouns of a plan drawn up for an act, beyond grammar.PLAN_NOUNS: "a road map for ending the
# war", "a blueprint for rebuilding Y", "a timetable for withdrawing troops": the act is what
# the plan is for, not done (whether the plan is adopted or rejected). ("a proposal for
# resolving the row", endorsed by both, is read by the pairs of who does what.)
PLAN_FOR_NOUNS = frozenset("roadmap blueprint timetable formula".split())


def plan_noun(noun: Token) -> bool:
    """A noun of a plan ("plan", "road map", "blueprint", "timetable")."""
    word = noun.lemma_.lower()
    if word in grammar.PLAN_NOUNS or word in PLAN_FOR_NOUNS:
        return True
    return word == "map" and any(c.dep_ == "compound" and c.lower_ == "road"
                                 for c in noun.children)


def opened_by_condition(trigger: Token) -> Token | None:
    """The 'if' or 'unless' a trigger hangs under when the parser made the condition's words
    its own phrase: in "If the rebels resume attacks on shipping, insurers expect ...", it read
    "resume" as a noun and hung "attacks" on "If". What a condition names is not told as done
    (as "if the rebels attack" is not); or None."""
    for ancestor in trigger.ancestors:
        if ancestor.lower_ in CONDITION_OPENERS and ancestor.dep_ in ("mark", "prep"):
            return ancestor
        if ancestor.pos_ in ("VERB", "AUX"):
            return None  # a verb of its own: its clause is read as usual
    return None


# Words that open a condition.
CONDITION_OPENERS = frozenset(("if", "unless"))


def local_modality(token: Token, skip_conditions: bool = False) -> tuple[str, str] | None:
    """(modality, why) from a clause's own auxiliaries and "if" marks."""
    aux = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    for words, modality in ((grammar.FUTURE_AUX, "future"),
                            (grammar.CONDITIONAL_AUX, "conditional"),
                            (grammar.HYPOTHETICAL_AUX, "hypothetical")):
        hit = aux & words
        if hit:
            return modality, f"aux:{min(hit)}"
    if {c.lower_ for c in token.children if c.dep_ == "mark"} & grammar.CONDITION_MARKS:
        return "conditional", "if"
    if not skip_conditions and any(
        c.dep_ == "advcl" and {m.lower_ for m in c.children if m.dep_ == "mark"}
        & grammar.CONDITION_MARKS for c in token.children
    ):
        return "conditional", "if"
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
