"""Acts promised, refused, requested or demanded, coded as CAMEO does.

"Turkey will meet Russia" is not a meeting but an intent to meet (036); "Hungary refused to
accept refugees" a refusal (12x); "the UN urged Iran to release the sailors" an appeal (0253);
"Russia says Israel must end its strikes" a demand (10x); "the army will impose a curfew"
a threat (1323). The act's own code finds the parallel
code in ``data/cameo/derived_codes.tsv``; the act itself stays in the output with its modality.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..records import ActorMention
from . import grammar
from .arguments import MentionIndex, phrase_actors, same_actor
from .reading import CONDITION_NOUNS, WANTING_VERBS, Reading, polled
from .syntax import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    child_with,
    clause_chain,
    governing_verb,
    has_to_marker,
    lemma,
    subject_of,
)
from .tables import packaged_rows

# Roots whose acts are done against their target: pledging, agreeing or standing ready to do one
# ("pledged to retaliate against X", "ready to cut ties with X") threatens X. Not 15 ("offered
# to send troops to X" may be to help X).
HOSTILE_ROOTS = frozenset(("14", "16", "17", "18", "19", "20"))


@dataclass(frozen=True)
class Stance:
    kind: str  # "intent" | "refuse" | "appeal" | "demand" | "threaten" | "impose"
    code: str
    governor: Token  # the word that carries the stance: "agreed", "refused", "urged", "said"
    sources: list[ActorMention]
    targets: list[ActorMention]


@lru_cache(maxsize=1)
def derived_codes() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in packaged_rows("cameo", "derived_codes.tsv")}


def parallel_code(code: str, kind: str) -> str | None:
    """The intent/demand/refuse/appeal/threaten code parallel to an act's code (longest
    prefix); None where CAMEO has none."""
    table = derived_codes()
    for length in range(len(code), 2, -1):
        row = table.get(code[:length])
        if row:
            return row[kind] or None
    return None


def derive(
    code: str,
    trigger: Token,
    reading: Reading,
    sources: list[ActorMention],
    targets: list[ActorMention],
    index: MentionIndex,
) -> Stance | None:
    """The stance event an act's reading implies, or None."""
    if counterfactual(trigger):  # "Israel would have recalled its ambassador": no stance
        return None
    if reading.modality == "denied":
        return None  # "denied supplying arms to the rebels": a deed denied, no offer refused
    if declined_comment(trigger, reading):  # "would not comment on the talks": declined
        return Stance("refuse", grammar.DECLINE_COMMENT_CODE, trigger, sources, targets)
    if drawn_on(trigger) and declined_to_be_drawn(trigger, reading):
        # "would not be drawn on the talks": the one not drawn declines comment (CAMEO 011)
        speaker = phrase_actors(child_with(trigger, PASSIVE_SUBJECT_DEPS), index)
        return Stance("refuse", grammar.DECLINE_COMMENT_CODE, trigger, speaker, []) \
            if speaker else None
    if reading.modality == "conditional" and reading.why == "if" and not reading.negated:
        offer = conditional_offer(trigger)
        if offer is not None:  # "willing to withdraw if X": an offer on a condition
            reading = Reading("future", False, offer, f"xcomp:{offer.lemma_.lower()}")
    governed_by = reading.governor.lemma_.lower() if reading.governor is not None else None
    if reading.negated and (
            governed_by in grammar.REFUSING_VERBS or governed_by in grammar.REFUSAL_NOUNS
            or governed_by in grammar.FAILING_VERBS and code.startswith(grammar.ASSENT_CODES)
            or governed_by is None and reading.modality == "future"
            or reported_will_not(trigger, reading)
            or refused_journey(trigger)):
        # "refused to send", "will not accept", "will not go to X to meet Y"; not "did not
        # attack" (no act, no refusal), "if they do not retreat" (a condition) nor "unable
        # to stop"
        kind = "refuse"
    elif reading.negated and governed_by is None and reading.modality == "asserted" and \
            code[:2] == "08" and trigger.lemma_.lower() in grammar.PERMITTING_VERBS:
        kind = "refuse"  # "did not give permission for the rally": it was refused
    elif reading.negated and not_accepted(trigger, reading, governed_by):
        kind = "refuse"  # "did not accept the offer", "chose not to send troops": rejected
    elif reading.negated:
        return own_denial(code, trigger, reading, index)
    elif reading.why == "condition" and reading.governor is not None:
        return condition_demanded(code, reading.governor, sources, index)
    elif governed_by in grammar.WARNING_VERBS and reading.why[:6] in ("xcomp:", "ccomp:"):
        if warned_of_danger(reading.governor, phrase_actors(subject_of(reading.governor), index),
                            index):
            return None  # "warned that the rebels would attack the town": no threat of its own
        kind = "threaten"  # "threatened to attack", "warned X that it would attack"
    elif reading.modality in ("future", "conditional") and reading.why.split(":")[-1] in \
            grammar.INTENT_WORDS and (reading.why.startswith(("xcomp:", "pcomp:"))
                                     or governed_by is None):
        kind = "intent"
    elif reading.modality == "hypothetical" and reading.governor is not None and \
            reading.why[:6] in ("xcomp:", "ccomp:") and \
            governed_by not in grammar.ABILITY_WORDS | grammar.LIKELIHOOD_WORDS:
        kind = "demand" if governed_by in grammar.DEMAND_VERBS else "appeal"
        if kind == "appeal" and governed_by in WANTING_VERBS and polled(reading.governor):
            return None  # "most Kenyans want X to resign": a poll's finding, no appeal
    elif reading.modality == "hypothetical" and reading.why.split(":")[-1] in \
            grammar.OBLIGATION_AUX:
        return obligation(code, trigger, sources, index)
    else:
        return None
    if kind in ("intent", "refuse", "threaten") and \
            foretold(trigger, reading, sources, index, kind):
        return None
    if kind == "intent" and plan_told_by_others(reading.governor):
        return None  # "police said the rebels planned to attack the town": no word of theirs
    parallel = code if kind == "intent" and code.startswith("03") else parallel_code(code, kind)
    if kind in ("demand", "appeal") and governed_by in grammar.COMPELLING_VERBS and \
            code[:2] in grammar.IMPOSED_ROOTS:
        # "ordered the newspaper to suspend publication": the one ordering imposes it
        kind, parallel = "impose", code
    if parallel is None and kind == "intent":
        threat = parallel_code(code, "threaten")
        if governed_by in grammar.OFFERING_WORDS and not (
                threat and offered_itself(trigger, reading) and code[:2] in HOSTILE_ROOTS):
            parallel = "030"  # "offered to send troops": an intent
        else:
            # "will extend the curfew"; "pledged to retaliate against X", "is ready to cut ties
            # with X if ...": a hostile act a party commits to do against X threatens X, no
            # cooperation with X
            kind, parallel = "threaten", threat
            if foretold(trigger, reading, sources, index, kind):
                return None  # "Uganda says Kenya will attack it": Uganda's forecast
    if parallel is None:
        return None
    if kind == "threaten" and undergone_by_subject(trigger, reading, sources, targets, index):
        return None  # "the minister will appear in court": the court's act, not his threat
    governor = reading.governor or trigger
    if kind in ("appeal", "demand", "impose"):
        suit = court_petition(trigger, governor, index)
        if suit is not None:  # "asked the court to order X to pay": a suit against X
            return suit
    if kind in ("appeal", "demand", "threaten", "impose") and governor is not trigger:
        # "urged Iran to release", "demanded that Russia release", "warned Hamas that it
        # would attack": the one who urges, demands or warns, of the one urged or warned
        requester = phrase_actors(subject_of(governor), index)
        addressed = phrase_actors(child_with(governor, OBJECT_DEPS), index)
        if not addressed and kind in ("appeal", "demand"):  # "appealed to X", "pleaded with X"
            to = next((c for c in governor.children if c.dep_ == "prep"
                       and c.lower_ in grammar.ADDRESSEE_PREPS), None)
            addressed = phrase_actors(child_with(to, ("pobj",)), index)
        if not addressed and kind == "threaten":  # "sent a letter to X threatening to ..."
            addressed = phrase_actors(message_addressee(governor), index)
        asked = addressed or (targets if kind == "threaten" else sources)
        if kind == "impose" and not requester and not asked:
            # "two newspapers were ordered to close": the order imposed it on them, whoever
            # gave it
            ordered = phrase_actors(child_with(governor, PASSIVE_SUBJECT_DEPS), index)
            return Stance(kind, parallel, governor, [], ordered) if ordered else None
        return Stance(kind, parallel, governor, requester, asked) if requester else None
    if not sources and no_party_named(trigger, reading, index):
        return None  # "aid will be sent to X", "the money will go to X": no one is named who
        # intends, refuses or threatens it
    return Stance(kind, parallel, governor, sources, targets)


# "Asked the court to order X to pay", "urged the judge to stop X from ...": a party that asks
# a court to compel another brings legal action against that other (CAMEO 115).
PETITIONING_VERBS = frozenset("ask petition urge request".split())
COURT_ORDER_VERBS = frozenset("order direct compel force instruct require stop block bar".split())
COURT_NOUNS = frozenset("court tribunal judge".split())
LAWSUIT_CODE = "115"


def court_petition(trigger: Token, governor: Token, index: MentionIndex) -> Stance | None:
    """The suit a party brings when it asks a court to order another to act: "asked the court
    to order the firm to pay", "petitioned the High Court to direct the ministry to release
    them", "asked the court to stop the firm from building": the one asking, against the party
    the court is to compel (CAMEO 115); none where that party is no actor named ("asked the
    court to order the release of the prisoners" keeps its appeal)."""
    path = [trigger]
    while path[-1].i != governor.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    if path[-1].i != governor.i:
        return None
    if lemma(governor) in COURT_ORDER_VERBS and governor.dep_ in ("xcomp", "advcl"):
        path.append(governor.head)
    petition = path[-1]
    if lemma(petition) not in PETITIONING_VERBS:
        return None
    court = child_with(petition, OBJECT_DEPS)
    if court is None or not (court.lemma_.lower() in COURT_NOUNS or any(
            (m.code or "").endswith("JUD") for m in phrase_actors(court, index))):
        return None
    order = next((t for t in path[:-1] if t.head.i == petition.i and t.pos_ == "VERB"
                  and t.dep_ in ("xcomp", "advcl") and lemma(t) in COURT_ORDER_VERBS), None)
    if order is None:
        return None
    petitioners = phrase_actors(subject_of(petition), index)
    compelled = phrase_actors(child_with(order, OBJECT_DEPS), index)
    if not petitioners or not compelled:
        return None
    return Stance("demand", LAWSUIT_CODE, petition, petitioners, compelled)


def offered_itself(trigger: Token, reading: Reading) -> bool:
    """Whether the act's own verb is what a party pledges, agrees or stands ready to do
    ("ready to cut ties", "pledged to crush"); not a noun under another verb ("ready to end
    the strike", "agreed to stop the warfare")."""
    governor = reading.governor
    return governor is not None and trigger.dep_ == "xcomp" and trigger.head.i == governor.i


def stance_word(trigger: Token, reading: Reading) -> Token | None:
    """The verb a stance is read from: the word that governs the act ("plans", "refused"),
    else the act's own verb, or the verb its noun hangs on."""
    if reading.governor is not None:
        return reading.governor
    return trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)


def no_party_named(trigger: Token, reading: Reading, index: MentionIndex) -> bool:
    """Whether the clause that would state a stance names no party to take it: a passive with
    no agent ("aid will be sent to X", "the prisoners will be released"), an empty "there"
    ("there will be support for X"), or a subject no actor stands for ("the money will go to
    aid groups to provide food", "further repression will provoke resistance"). Not a party
    the sides missed ("the council has agreed to pay", an unresolved "it")."""
    word = stance_word(trigger, reading)
    if word is None:
        return True
    passive = child_with(word, PASSIVE_SUBJECT_DEPS)
    if reading.governor is None and (passive is not None or child_with(word, ("auxpass",))):
        return child_with(word, ("agent",)) is None
    if any(c.dep_ == "expl" for c in word.children):
        return True
    subject = passive or subject_of(word)  # "Norway is committed to helping X": Norway
    return subject is not None and subject.pos_ == "NOUN" and not index.for_phrase(subject)


# Roots of acts a party is blamed for, whose doing it may deny (CAMEO 016): coercion, assault,
# fighting, mass violence.
BLAMED_ROOTS = frozenset(("17", "18", "19", "20"))
# Possessives by which a speaker names its own people: "its officers", "our soldiers".
OWN_POSSESSIVES = frozenset("its their our his her my".split())
DENY_RESPONSIBILITY_CODE = "016"


def own_denial(code: str, trigger: Token, reading: Reading,
               index: MentionIndex) -> Stance | None:
    """A party saying that it, or its own people, did not do what it is blamed for: "the army
    said its soldiers had not shelled the village", "police said none of their officers fired
    on the crowd", "the rebels said they did not attack the convoy". That is a denial of
    responsibility (CAMEO 016) by the speaker, as "denied that its soldiers shelled" is; the
    act itself is not done. Not another's word about a third party ("the UN said the army
    did not shell the town": a statement), nor a refusal or a future ("will not attack")."""
    if code[:2] not in BLAMED_ROOTS or reading.modality != "asserted" or \
            reading.governor is not None and reading.governor.dep_ not in SUBJECT_DEPS:
        return None
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if verb is None or verb.dep_ != "ccomp" or lemma(verb.head) not in grammar.SPEECH_VERBS:
        return None
    speech = verb.head
    if any(c.dep_ == "neg" for c in speech.children):
        return None  # "did not say its troops had not fired"
    if not own_people(child_with(verb, (*SUBJECT_DEPS, "nsubjpass"))):
        return None
    speaker = phrase_actors(subject_of(speech), index)
    return Stance("deny", DENY_RESPONSIBILITY_CODE, speech, speaker, []) if speaker else None


def own_people(subject: Token | None) -> bool:
    """A subject by which a speaker names itself or its own: "it", "we", "its soldiers",
    "none of its officers", "none of our men"."""
    if subject is None:
        return False
    if subject.lower_ in OWN_PRONOUNS:
        return True
    words = [subject]
    if subject.lower_ in grammar.NEGATIVE_PRONOUNS:  # "none of its officers"
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owned = child_with(of, ("pobj",)) if of is not None else None
        if owned is None:
            return False
        words = [owned]
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES
               for w in words for c in w.children)


# Verbs of a plan, which is no speech act: only its announcement tells anyone of it.
PLANNING_VERBS = frozenset("plan intend".split())
# Pronouns by which a party names itself in what it says: "Kenya said it planned to ...".
OWN_PRONOUNS = frozenset("it we they he she i".split())


def plan_told_by_others(governor: Token | None) -> bool:
    """A plan told in the past by the narrator or by another party, not announced by the party
    itself: "the rebels planned to attack the town, police said", "saying criminals planned to
    hijack the rallies", "where they had planned to announce a boycott". CAMEO's intents (03)
    and threats (13) are what a party itself says it will do; a plan found out or overtaken
    ("had planned to") is neither, and the act planned is not done. Not "Kenya plans to impose
    sanctions" (the present tense tells of a plan made known) nor "Kenya said it planned to
    expel the envoy" (its own word, in the tense of the report)."""
    if governor is None or governor.pos_ != "VERB" or lemma(governor) not in PLANNING_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in governor.children):
        return True  # "had planned to": a plan overtaken
    if governor.tag_ == "VBN" and governor.dep_ in ("acl", "amod") and \
            not any(c.dep_ in ("aux", "auxpass") for c in governor.children):
        return True  # "criminals planned to hijack ...", read as a participle on the noun
    if governor.tag_ != "VBD":
        return False
    subject = child_with(governor, SUBJECT_DEPS)
    return not (governor.dep_ == "ccomp" and lemma(governor.head) in grammar.SPEECH_VERBS and
                subject is not None and subject.lower_ in OWN_PRONOUNS)


def foretold(trigger: Token, reading: Reading, sources: list[ActorMention],
             index: MentionIndex, kind: str = "intent") -> bool:
    """An act only foretold or asked about, no stance a party took: "it is unclear whether X
    will agree to lift the sanctions", "hopes that X could agree to end it", "X is unlikely to
    agree", "X will probably not attend", "analysts expect that X will lift the sanctions",
    "Y thought X would recognise Z", "Y is afraid that X will attack" (another's prediction
    or fear, not X's intent or threat), "voters will not appreciate the delay" (a feeling
    foretold, which no one intends or refuses). CAMEO's 03, 12 and 13 are what the party
    itself said it would (not) do; a party's own "if" or "whether" or a modal before its word
    of commitment makes that an open question."""
    if lemma(trigger) in grammar.FEELING_VERBS:
        return True
    word = stance_word(trigger, reading)
    for _ in range(8):
        if word is None:
            return False
        for child in word.children:
            if child.dep_ == "mark" and child.lower_ in grammar.CONDITION_MARKS or \
                    child.dep_ == "advmod" and child.lower_ in grammar.LIKELIHOOD_WORDS or \
                    child.dep_ == "aux" and child.lower_ in grammar.HYPOTHETICAL_AUX and \
                    word is not trigger:
                return True  # "whether X will agree", "X will probably not", "could agree"
        if word.dep_ == "xcomp":
            head = word.head
            if lemma(head) in grammar.LIKELIHOOD_WORDS or any(
                    c.dep_ == "acomp" and c.lower_ in grammar.LIKELIHOOD_WORDS
                    for c in head.children):
                return True  # "X is unlikely to agree to lift them"
            word = head
        elif word.dep_ == "conj":
            word = word.head
        elif word.dep_ == "ccomp" and lemma(word.head) in \
                grammar.BELIEF_VERBS | grammar.PREDICTING_VERBS | grammar.FEARING_WORDS:
            believers = phrase_actors(subject_of(word.head), index)
            return not any(same_actor(b, s) for b in believers for s in sources)
        elif word.dep_ == "ccomp" and lemma(word.head) in \
                grammar.SPEECH_VERBS | grammar.ASSERTING_VERBS:
            return others_forecast(word.head, reading, sources, index, kind)
        else:
            return False
    return False


def others_forecast(speech: Token, reading: Reading, sources: list[ActorMention],
                    index: MentionIndex, kind: str) -> bool:
    """What a speaker says another will do, when it is no stance of that other: "Kenya did not
    say it would retaliate" (not said at all), "analysts say Zambia will retaliate" (a
    forecast by those who speak for no party), "Uganda says Kenya will attack it" (one land's
    forecast of another's threat or refusal, no threat Kenya made). A speaker who speaks for
    the party ("Kenya's minister said the army would respond") or no one can say for whom
    ("officials said") leaves the stance the party's; so does a land that tells of another's
    plan to cooperate ("Zambia said Kenya's president will visit Lusaka": a visit announced by
    its host)."""
    if any(c.dep_ == "neg" for c in speech.children):
        return True
    speaker = subject_of(speech)
    if speaker is None:
        return False
    if lemma(speaker) in grammar.PUNDIT_NOUNS:
        return True
    if reading.governor is not None and reading.governor.i != speech.i and \
            reading.why.startswith("xcomp:") and \
            lemma(reading.governor) not in grammar.WARNING_VERBS:
        return False  # "X says Y has agreed to ...": the agreeing is told, as Y's own
    if kind == "intent":
        return False
    speakers = phrase_actors(speaker, index)
    lands = {s.country for s in sources if s.country}
    return bool(speakers) and bool(lands) and all(
        b.country and b.country not in lands for b in speakers) and not any(
        same_actor(b, s) for b in speakers for s in sources) and \
        reading.modality in ("future", "conditional") and reading.governor is None
    # the last: a stance read from the act's own 'will' or 'would' ("Uganda says Kenya will
    # attack"), not one a word of the party's carries ("Uganda says Kenya threatened to ...")


def warned_of_danger(trigger: Token, warners: list[ActorMention], index: MentionIndex) -> bool:
    """"The UN warned that floods could hit 750,000 people", "doctors warned that the virus
    may spread", "warned that the rebels would attack": a warning of what others (or nothing)
    will do is a pessimistic comment (CAMEO 012, as "warned of floods" is), no threat. A threat
    warns of the warner's own act ("Iran warned it would close the strait", "warned that its
    army would respond", "we will respond") or of what follows if the warned acts ("warned that
    there would be consequences if X ..."): those stay threats, as does a warning whose
    subject no one can say (an unresolved "it")."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in grammar.CAUTIONING_VERBS:
        return False
    content = next((c for c in trigger.children if c.dep_ == "ccomp"), None)
    if content is None or any(
            t.dep_ == "mark" and t.lower_ in grammar.CONDITION_MARKS for t in content.subtree):
        return False
    subject = child_with(content, SUBJECT_DEPS)
    if subject is None:  # "could be hit by flooding": the doer is the agent, if named
        subject = child_with(child_with(content, ("agent",)), ("pobj",))
    if subject is None and child_with(content, PASSIVE_SUBJECT_DEPS) is not None:
        # "hospitals will be overwhelmed, the minister warned": done by no one named; but
        # "warned the rebels that they will be targeted" tells the warned what it will suffer
        return child_with(trigger, OBJECT_DEPS) is None
    if subject is None or subject.pos_ == "PRON" and subject.lower_ != "there" or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return False  # "we will respond", "it would retaliate", "his government would ...":
        # the warner's own, or no one can say whose
    if lemma(content) in grammar.STATE_OF_BEING_VERBS and not any(
            c.dep_ in ("xcomp", "acomp") and has_to_marker(c) for c in content.children):
        return True  # "warned that the country remains unsafe" ("is ready to strike" acts)
    meant = index.for_phrase(subject)
    return not any(same_actor(m, w) or m.country and m.country == w.country and (
        m.code == m.country or m.sector in grammar.STATE_FORCE_SECTORS)
        for m in meant for w in warners)  # "the ministry warned that Finland would not ..."


# Verbs of taking what another offers or asks: not to do so, as a fact, is to reject it.
ACCEPTING_VERBS = frozenset("accept".split())
# Verbs of choosing: one who chose or decided not to act refused to.
CHOOSING_VERBS = frozenset("choose opt decide elect".split())


def not_accepted(trigger: Token, reading: Reading, governed_by: str | None) -> bool:
    """"Did not accept the offer", "has not accepted the plan": an offer, proposal or demand not
    accepted, as a fact, is rejected (CAMEO 12); "chose not to accept", "decided not to send
    troops": what one chose not to do one refused to do. Not "did not attack" (no act, no
    refusal) nor "if they do not accept" (a condition)."""
    if governed_by in CHOOSING_VERBS or trigger.dep_ == "xcomp" and \
            trigger.head.lemma_.lower() in CHOOSING_VERBS:
        return True
    return governed_by is None and reading.modality == "asserted" and \
        trigger.lemma_.lower() in ACCEPTING_VERBS


def undergone_by_subject(trigger: Token, reading: Reading, sources: list[ActorMention],
                         targets: list[ActorMention], index: MentionIndex) -> bool:
    """Whether the subject of an act's own verb is the one it is done to, not a doer: "the
    minister will appear in court" (a court's act on him, CAMEO 173) states no intent or threat
    of his, nor of the court's."""
    if reading.governor is not None or trigger.pos_ != "VERB":
        return False
    if trigger.lemma_.lower() in grammar.UNDERGONE_VERBS:  # "was charged and will appear in
        return True  # court": its subject is the first verb's, and may be no coded actor
    said = phrase_actors(child_with(trigger, SUBJECT_DEPS), index)
    return bool(said) and any(same_actor(s, t) for s in said for t in targets) and \
        not any(same_actor(s, d) for s in said for d in sources)


def declined_comment(trigger: Token, reading: Reading) -> bool:
    """"Would not comment on the talks", "will not comment": a comment one will not give is
    declined (CAMEO 011), said of the one who declines; not "did not comment" (none made, no
    refusal told), nor "would not comment if ..." (a condition)."""
    return trigger.lemma_.lower() in grammar.COMMENTING_VERBS and trigger.pos_ == "VERB" and \
        reading.negated and reading.governor is None and \
        reading.modality in ("future", "conditional") and reading.why.startswith("aux:") and \
        not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in grammar.CONDITION_MARKS
                                          for m in c.children) for c in trigger.children)


# "Would not be drawn on the talks", "refused to be drawn into a debate": to be drawn on a
# matter is to be led to speak of it; the passive only ("drew on its reserves" uses them).
DRAWING_VERBS = frozenset(("draw",))
DRAWN_PREPS = frozenset(("on", "into"))


def drawn_on(trigger: Token) -> bool:
    """"The minister would not be drawn on the dispute", "was not drawn into a debate": the
    passive of 'draw' with the matter after 'on' or 'into'; not the active "drew on its
    reserves", "drew Kenya into the war"."""
    return trigger.lemma_.lower() in DRAWING_VERBS and trigger.pos_ == "VERB" and \
        child_with(trigger, ("auxpass",)) is not None and \
        any(c.dep_ == "prep" and c.lower_ in DRAWN_PREPS for c in trigger.children)


def declined_to_be_drawn(trigger: Token, reading: Reading) -> bool:
    """"Would not be drawn on", "could not be drawn on", "was not drawn into": one who is not
    drawn on a matter, said of the one asked, declined to speak of it (CAMEO 011); not "if he
    is not drawn on it" (a condition). "Refused to be drawn on" is coded at 'refuse'."""
    return reading.negated and reading.governor is None and \
        reading.modality in ("asserted", "future", "conditional", "hypothetical") and \
        (reading.why == "" or reading.why.startswith("aux:")) and \
        not any(c.dep_ == "mark" and c.lower_ in grammar.CONDITION_MARKS
                for c in trigger.children)


def reported_will_not(trigger: Token, reading: Reading) -> bool:
    """"X announced that it would not vaccinate migrants", "said it would not send troops":
    'would not' in what a speaker reports is the past of 'will not', a refusal, not a
    condition; not with an 'if' ("would not attack if ...")."""
    if reading.modality != "conditional" or reading.why != "aux:would" or \
            reading.governor is not None:
        return False
    clause = trigger
    while clause.dep_ in ("xcomp", "conj", "aux") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in grammar.SPEECH_VERBS


def refused_journey(trigger: Token) -> bool:
    """"Will not fly to the capital to meet X", "won't travel to the summit to sign it": the act a
    journey one will not make is for is refused with it, whatever condition it is under."""
    journey = trigger.head
    return trigger.dep_ == "advcl" and journey.lemma_.lower() in grammar.JOURNEY_VERBS and \
        has_to_marker(trigger) and \
        any(c.dep_ == "neg" for c in journey.children) and \
        any(c.dep_ == "aux" and c.lower_ in grammar.FUTURE_AUX for c in journey.children)


def message_addressee(governor: Token) -> Token | None:
    """Whom a message carried a warning to: "sent a letter to X threatening to cut funds",
    "wrote to X warning that ...": the participle tells what the message said."""
    head = governor.head
    if governor.dep_ != "advcl" or governor.tag_ != "VBG" or \
            head.lemma_.lower() not in grammar.MESSAGE_VERBS:
        return None
    to = next((c for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"),
              None)
    return child_with(to, ("pobj",))


def counterfactual(trigger: Token) -> bool:
    """"would have recalled", "could have attacked": what would have been done, had things been
    otherwise, is neither promised nor threatened."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return "have" in aux and bool(aux & (grammar.CONDITIONAL_AUX | grammar.HYPOTHETICAL_AUX))


def conditional_offer(trigger: Token) -> Token | None:
    """The word of commitment an act hangs on, when its own "if" clause made it conditional:
    "agreed to release the prisoners if the rebels disarm", "was willing to withdraw if ...".
    CAMEO codes an offer on a condition as the intent it states (03)."""
    for clause, head in clause_chain(trigger):
        if clause.dep_ != "xcomp":
            return None
        if head.lemma_.lower() in grammar.OFFERING_WORDS | grammar.COMMITTING_WORDS:
            return head
        if head.dep_ != "xcomp":
            return None
    return None


# Subjects by which a speaker names themselves.
FIRST_PERSON = frozenset("i we".split())


def obligation(
    code: str, trigger: Token, sources: list[ActorMention], index: MentionIndex
) -> Stance | None:
    """"Russia says Israel must end the strikes": the speaker demands it of the subject. Not
    "we must teach them a lesson", "I must leave": what the speaker says they themselves must
    do is demanded of no other party (CAMEO 10 asks something of another)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    subject = child_with(verb, (*SUBJECT_DEPS, "nsubjpass")) if verb is not None else None
    if subject is not None and subject.lower_ in FIRST_PERSON:
        return None
    for clause, head in clause_chain(trigger):
        if clause.dep_ == "ccomp" and head.lemma_.lower() in grammar.SPEECH_VERBS:
            speakers = phrase_actors(child_with(head, SUBJECT_DEPS), index)
            parallel = parallel_code(code, "demand")
            if speakers and sources and parallel:
                return Stance("demand", parallel, head, speakers, sources)
            return None
        if clause.dep_ not in ("xcomp", "conj"):
            return None
    return None


def condition_demanded(code: str, setter: Token, sources: list[ActorMention],
                       index: MentionIndex) -> Stance | None:
    """"Zambia said scrapping the duties is a precondition for talks", "Kenya made the lifting
    of sanctions a condition for talks", "agreed to talks on condition that Zambia lifts the
    embargo": the one who names an act as its condition demands it (CAMEO 10, the act's
    parallel code: 1054 for sanctions eased), of whoever would do it. Not when the act is said
    to be no condition ("is not a precondition"), nor where no party is named who sets it."""
    if any(c.dep_ == "neg" for c in setter.children):
        return None
    parallel = parallel_code(code, "demand")
    if parallel is None:
        return None
    clause = setter
    if lemma(setter) in ("be", "remain"):
        speech = setter.head if setter.dep_ == "ccomp" else None
        if speech is None or lemma(speech) not in grammar.SPEECH_VERBS | \
                grammar.ASSERTING_VERBS or any(c.dep_ == "neg" for c in speech.children):
            return None
        setter = speech
    requesters = phrase_actors(subject_of(setter), index)
    if not requesters:
        return None
    asked = [s for s in sources if not any(same_actor(s, r) for r in requesters)]
    if not asked:  # "removing tariffs is a condition for a deal with Kenya": of Kenya
        asked = other_party(clause, requesters, index)
    return Stance("demand", parallel, setter, requesters, asked)


# What a condition is set for: a deal or talks between parties, whose other party is asked.
BARGAIN_NOUNS = frozenset(
    "deal agreement pact accord treaty talk negotiation settlement truce ceasefire".split())
BARGAIN_VERBS = frozenset(("negotiate",))


def other_party(clause: Token, requesters: list[ActorMention],
                index: MentionIndex) -> list[ActorMention]:
    """Of whom a condition for a deal or talks is asked when the act set as the condition has
    no doer named ("removing tariffs is a condition for any deal"): the deal's other party, when
    the deal's own phrase ("a deal with Kenya", "talks between Zambia and Kenya"), or else the
    sentence before where it tells of a deal or talks, names exactly one country other than the
    requester's own; none when it names none or several."""
    bargains = [p for n in clause.subtree if n.lemma_.lower() in CONDITION_NOUNS
                for c in n.children if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in BARGAIN_NOUNS]
    if not bargains:
        return []
    own = {m.country or (m.code or "")[:3] for m in requesters}

    def parties(tokens) -> list[ActorMention]:
        found: dict[str, ActorMention] = {}
        for token in tokens:
            for mention in index.by_token.get(token.i, ()):
                country = mention.country or (mention.code or "")[:3]
                if country and country not in own:
                    found.setdefault(country, mention)
        return list(found.values())

    named = parties(t for b in bargains for t in b.subtree)
    if named:
        return named if len(named) == 1 else []
    sentence = clause.sent
    if sentence.start == 0:
        return []
    before = clause.doc[sentence.start - 1].sent
    if not any(t.lemma_.lower() in BARGAIN_NOUNS and t.pos_ == "NOUN"
               or t.lemma_.lower() in BARGAIN_VERBS and t.pos_ == "VERB" for t in before):
        return []
    named = parties(before)
    return named if len(named) == 1 else []
