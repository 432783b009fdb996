"""The kind of a general use of force, from its means and its doer.

Patterns code the words of violence ("kill", "attack", "wound", "destroy") as CAMEO 190, use
conventional military force. The CAMEO manual keeps 19 for the force of armed forces and armed
groups in combat, with weapons of war (195 aerial weapons, 194 artillery and tanks, 193 small
arms), and codes violence by others under 18: 180 unconventional violence (terror, gunmen on
civilians), 182 physical assault (1823 killing by one: knives, beatings), 183 non-military
bombing (1831 suicide, 1832 car, 1833 roadside). Harm done by no one (a crash, a storm, a
disease) is no event at all.

``refine`` reads the event's own clause and its arguments, never the rest of the article: the
trigger, its doer (subject or agent), the phrases it was done in, with, by or during, the noun a
relative clause hangs on, and their modifiers (data/coding/violence_means.tsv, by class, each
word with the CAMEO manual row it follows; data/coding/harm_causes.tsv for hazards). In order:
a crime named as charged codes nothing; a weapon of war, combat, a state or its forces keep
19x; a hazard codes nothing; a sexual assault, a bomb, a blade or a blow, terror or an unnamed
gunman (on others than armed forces) names the 18x code; a word that is force in one sense
only ("targeted children", "struck by a car", "was later fired") with none of these and no
armed doer codes nothing; a non-state doer or no doer named, on civilians alone, is 180, unless
no doer is named and the sentence or the one before names combat ("fighting", "clashes",
"airstrikes"; ``war_setting``): the dead of a war keep 19x.
The rule id of a refined event says what refined it ("core/kill#1>violence:means:knife").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..records import ActorMention
from . import grammar
from .syntax import antecedents, lemma
from .tables import packaged_rows

# The code refined: the general force code the patterns give the words of violence.
GENERAL_FORCE_CODE = "190"

# Bombings by class of violence_means.tsv, most specific first (CAMEO 1831-1833, 183).
BOMB_CODES = (("suicide-bomb", "1831"), ("car-bomb", "1832"), ("roadside-bomb", "1833"),
              ("bomb", "183"))
PHYSICAL_CODE, KILLED_PHYSICALLY_CODE = "182", "1823"
UNCONVENTIONAL_CODE = grammar.UNCONVENTIONAL_CODE  # 180
SEXUAL_CODE = "1821"

# Classes of violence_means.tsv that tell the means or the doer of an act.
MEANS_CLASSES = frozenset(("war", "sexual", "bomb", "suicide-bomb", "car-bomb", "roadside-bomb",
                           "physical", "unconventional", "act"))
# Classes of harm_causes.tsv whose harm is no one's act (as coder.NO_ACTOR_CAUSES).
HAZARD_CLASSES = frozenset(("disease", "disaster", "accident"))

# Closed-class grammar: the prepositions that name how, in what or by whom an act was done
# ("killed in a knife attack", "wounded with a machete", "died during the fighting").
MEANS_PREPS = frozenset("in by with during after from amid following using through".split())
# Closed-class grammar: the words that join a clause telling what happened as the act was done
# ("killed when a tree fell").
WHEN_WORDS = frozenset(("when", "as", "after"))
# Links that extend a noun to its kind ("a knife attack", "gun and axe attacks").
MODIFIER_DEPS = frozenset(("compound", "amod", "nmod", "conj"))
# A verb of firing with a preposition of aim fires weapons ("fired on the crowd", "fired at").
FIRING_VERBS = frozenset(("fire", "shoot"))
FIRING_PREPS = frozenset(("on", "at", "upon", "into"))
# Verbs whose object is their means ("fired rockets", "fired shots"), not their victim.
MEANS_OBJECT_VERBS = frozenset(("fire", "launch"))

# Sectors of a state's armed bodies (CAMEO actor codebook): their force is conventional.
STATE_ARMED_SECTORS = frozenset(("MIL", "COP", "SPY"))
# A government's doing: its force, unless the word is force in one sense only.
GOVERNMENT_SECTORS = frozenset(("GOV",))
# Sectors of armed groups other than a state's: conventional in combat, unconventional on
# civilians.
GROUP_ARMED_SECTORS = frozenset(("REB", "INS", "SEP"))
GROUP_ARMED_CODES = ("IMG",)  # international militarized groups (CAMEO actor codebook)
# Sectors of civilians: people, workers, believers, aid workers, refugees, the press.
CIVILIAN_SECTORS = frozenset("CVL PPL EDU HLH AGR REF REL NGO LAB MED".split())
# People of a trade, whom "striking" describes as on strike (CAMEO 143), never as struck:
# "talks with striking nurses", "mediated between the ministry and striking clinical officers"
# (the parser often reads the participle as a verb taking them as its object).
STRIKING_WORKERS = frozenset(
    "worker workers staff employee employees nurse nurses doctor doctors teacher teachers "
    "lecturer lecturers miner miners driver drivers officer officers pilot pilots crew crews "
    "docker dockers porter porters clerk clerks labourer labourers laborer laborers "
    "physician physicians surgeon surgeons midwife midwives medic medics trucker truckers "
    "farmer farmers controller controllers engineer engineers technician technicians "
    "servant servants member members union unions colleague colleagues".split())


@dataclass(frozen=True)
class Refined:
    """The code a general use of force takes (None: no event) and why, for the rule id."""

    code: str | None
    why: str

    def rule(self, pattern_id: str) -> str:
        return f"{pattern_id}>violence:{self.why}"


@cache
def means_table() -> dict[str, frozenset[str]]:
    """Word or phrase → its classes in data/coding/violence_means.tsv."""
    table: dict[str, set[str]] = {}
    for row in packaged_rows("coding", "violence_means.tsv"):
        table.setdefault(row["word"], set()).add(row["class"])
    return {word: frozenset(classes) for word, classes in table.items()}


@cache
def hazard_table() -> dict[str, str]:
    """Word or phrase → its class in data/coding/harm_causes.tsv."""
    return {row["word"]: row["class"] for row in packaged_rows("coding", "harm_causes.tsv")}


def by_sides(trigger: Token, code: str, sources: list[ActorMention],
             targets: list[ActorMention]) -> str:
    """The kind of force its coded sides tell, before ``refine`` reads the clause: a bombing
    by non-state armed doers is 183, not an air raid (195) ("rebels bombed a market"); force
    by private people or criminals on civilians alone is 18 ("a man killed two villagers",
    "a gang assaulted a woman"), not military force (19)."""
    if code == "195" and lemma(trigger) in grammar.BOMBING_WORDS and sources \
            and all(s.sector in grammar.NON_STATE_ARMED for s in sources):
        return "183"
    if code in grammar.GENERAL_FORCE_CODES and unconventional(sources, targets):
        return grammar.UNCONVENTIONAL_WORD_CODES.get(lemma(trigger), grammar.UNCONVENTIONAL_CODE)
    return code


def unconventional(sources: list[ActorMention], targets: list[ActorMention]) -> bool:
    """Whether force is violence by others than armed forces (CAMEO 18): its coded doers are
    all people or criminals (grammar.CRIMINAL_SECTORS, PRIVATE_SECTORS) and all it struck are
    civilians (grammar.CIVILIAN_SECTORS). A state, its forces or police, rebels, and anyone
    striking soldiers, police or officials, or a doer not named (an air strike may be
    anyone's): 19."""
    doers = [s for s in sources if s.code]
    struck = [t for t in targets if t.code and not (t.entry or "").startswith("place:")]
    private = grammar.CRIMINAL_SECTORS | grammar.PRIVATE_SECTORS
    return bool(doers) and all(s.sector in private for s in doers) and bool(struck) and \
        all(t.sector in grammar.CIVILIAN_SECTORS for t in struck)


def refine(trigger: Token, code: str, sources: list[ActorMention],
           targets: list[ActorMention]) -> Refined | None:
    """The 18x, 19x or no code a general use of force (190) takes, from the means and doers its
    clause names; None when it stays as it is."""
    if code != GENERAL_FORCE_CODE:
        return None
    if striking_workers(trigger):
        return Refined(None, "labour-strike")  # "striking nurses": on strike, no one struck
    doc = trigger.doc
    words = clause_words(trigger)
    found: dict[str, str] = {}
    weak_word = lemma(trigger) in weak_triggers()
    for word, _ in words:
        for cls, phrase in classes_of(word):
            if not (word.i == trigger.i and weak_word):  # "struck" is no air strike
                found.setdefault(cls, phrase)
    if lemma(trigger) in FIRING_VERBS and any(c.dep_ == "prep" and c.lower_ in FIRING_PREPS
                                              for c in trigger.children):
        found.setdefault("act", "fire " + next(c.lower_ for c in trigger.children
                                               if c.lower_ in FIRING_PREPS))  # "fired on"
    doers = [s for s in sources if s.code]
    named_doers = [s for s in doers if not doer_word(s, doc)]
    if charged(trigger):
        return Refined(None, "charged")  # "faces charges of assault": a crime charged, no act
    if "war" in found:
        return None  # "killed in an airstrike", "troops attacked": conventional force
    on_forces = any(t.sector in STATE_ARMED_SECTORS for t in targets if t.code)
    weak = weak_word and not found and not (on_forces and sources)  # "X targeted troops"
    if weak and not any(t.code for t in targets):
        return Refined(None, "no-means")  # "the police ran an operation to target a rise in
        # crime": a sense of no force, with no means named and no one struck
    if any(s.sector in STATE_ARMED_SECTORS or (s.sector is None and s.country)
           for s in named_doers):
        return None  # a state or its forces
    if not weak and any(s.sector in GOVERNMENT_SECTORS for s in named_doers):
        return None  # "the government killed ...": a state's force
    hazard = next((h for word, role in words if word.i != trigger.i and role != "object"
                   for h in [hazard_of(word, role == "doer")] if h), None)
    if hazard is not None and not found.keys() - {"act"}:
        return Refined(None, f"hazard:{hazard}")  # "the quake that killed", "hit by a car"
    if "sexual" in found:
        return Refined(SEXUAL_CODE, f"means:{found['sexual']}")  # "a sexual assault"
    if "physical" in found and "bomb" in found:
        return Refined(UNCONVENTIONAL_CODE, "means:mixed")  # "bomb and knife attacks"
    for cls, bombing in BOMB_CODES:
        if cls in found:
            return Refined(bombing, f"means:{found[cls]}")
    if "physical" in found:
        killed = lemma(trigger) in killing_verbs()
        return Refined(KILLED_PHYSICALLY_CODE if killed else PHYSICAL_CODE,
                       f"means:{found['physical']}")
    unnamed = next((doer_word(s, doc) for s in doers if doer_word(s, doc)), None)
    if unnamed is not None and not on_forces:
        return Refined(UNCONVENTIONAL_CODE, f"doer:{unnamed}")  # "the gunman fired"
    if "unconventional" in found and not on_forces:  # (gunmen on an army convoy: combat)
        return Refined(UNCONVENTIONAL_CODE, f"means:{found['unconventional']}")
    group_armed = any(s.sector in GROUP_ARMED_SECTORS or (s.code or "").startswith(
        GROUP_ARMED_CODES) for s in named_doers)
    if weak and not group_armed:
        return Refined(None, "no-means")  # "targeted more children", "was later fired"
    struck = [t for t in targets if t.code and not (t.entry or "").startswith("place:")]
    if struck and all(t.sector in CIVILIAN_SECTORS for t in struck) and \
            all(on_people(t, doc) for t in struck):
        if not sources and war_setting(trigger) is not None:
            return None  # "fighting raged near the town. Twelve villagers were killed": the
            # dead of a war, by no one named, keep the manual's 19x
        return Refined(UNCONVENTIONAL_CODE, "on-civilians")  # "a woman was killed"
    return None


def striking_workers(trigger: Token) -> bool:
    """Whether "striking" only describes people of a trade as on strike (CAMEO 143), not as
    struck: the participle with no subject of its own, whose object is a bare noun of workers
    ("striking nurses", "the striking clinical officers"); "gunmen striking the nurses' camp"
    and "rebels struck the workers" keep their force."""
    if lemma(trigger) != "strike" or trigger.lower_ != "striking":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return False
    if trigger.dep_ == "amod":
        return trigger.head.lower_ in STRIKING_WORKERS
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.lower_ in STRIKING_WORKERS and o.tag_ == "NNS" and o.i > trigger.i and
        not any(c.dep_ in ("det", "poss") for c in o.children) for o in objects)


def war_setting(trigger: Token) -> str | None:
    """The word that sets an act in a war, a clash or an insurgency, in its own sentence or the
    one before (violence_means.tsv "war-setting": "fighting", "clashes", "airstrikes",
    "shelling", "an offensive"), or None. Only nouns count ("fighting" with an object is a
    verb: "fighting corruption"; "offensive" as an adjective is no offensive)."""
    sentence = trigger.sent
    start = sentence.start
    if start > 0:
        start = trigger.doc[start - 1].sent.start
    for token in trigger.doc[start:sentence.end]:
        if token.pos_ not in ("NOUN", "VERB", "PROPN") or any(
                c.dep_ in ("dobj", "obj") for c in token.children):
            continue
        if token.pos_ == "VERB" and token.tag_ != "VBG":
            continue  # "fighting raged" is a noun the parser may tag as a verb; "fought" is no
            # setting named
        for phrase in phrase_of(token):
            if "war-setting" in means_table().get(phrase, ()):
                return phrase
    return None


def charged(trigger: Token) -> bool:
    """A violent act named as the crime of a charge, a count or a conviction ("faces charges of
    assault", "a conviction for murder"): no act this sentence tells (violence_means.tsv
    "charge")."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or \
            trigger.head.lower_ not in ("of", "for", "with"):
        return False
    return lemma(trigger.head.head) in charge_nouns()


def clause_words(trigger: Token) -> list[tuple[Token, str]]:
    """The words of an act's own clause that may name its means or its doer, each with its
    role: "doer" (the trigger's active subject or agent, the subject of a clause telling what
    happened as it was done: "killed when a tree fell"), "means" (the trigger, the phrases it
    was done in, with, by or during, the noun a relative clause hangs on, the subject a
    participle hangs on) or "object" (what a verb of firing fired, what a clause of its time
    hit: "when their truck hit a roadside bomb"); with each one's modifiers, conjuncts and 'of'
    phrases ("a wave of violence"). A passive's subject is the victim and is left out."""
    out: dict[Token, str] = {}

    def add(token: Token | None, role: str, depth: int = 0) -> None:
        if token is None or token in out or depth > 3:
            return
        out[token] = role
        for child in token.children:
            if child.dep_ in MODIFIER_DEPS:
                add(child, role, depth + 1)
            elif child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "NOUN":
                for g in child.children:  # "a series of attacks", "a wave of violence"
                    if g.dep_ == "pobj":
                        add(g, role, depth + 1)

    def phrases(token: Token) -> None:
        for child in token.children:
            if child.dep_ == "agent":
                for g in child.children:
                    if g.dep_ == "pobj":
                        add(g, "doer")
            elif child.dep_ == "prep" and child.lower_ in MEANS_PREPS:
                for g in child.children:
                    if g.dep_ == "pobj":
                        add(g, "means")

    add(trigger, "means")
    phrases(trigger)
    if trigger.pos_ in ("VERB", "AUX"):
        for child in trigger.children:
            if child.dep_ == "nsubj":
                add(child, "doer")
            elif child.dep_ in ("dobj", "obj") and lemma(trigger) in MEANS_OBJECT_VERBS:
                add(child, "object")
        # the noun a relative clause hangs on, also for its second verb ("that killed and
        # destroyed"): "a stabbing that killed", "attacks which targeted", "two crashes of
        # the jet in a year that killed"
        clause = trigger.head if trigger.dep_ == "conj" else trigger
        if clause.dep_ == "relcl":
            for noun in (*antecedents(clause.head), *before_time(clause.head)):
                add(noun, "means")
        for verb in (trigger, *(c for c in trigger.children if c.dep_ == "conj")):
            for clause in verb.children:
                if clause.dep_ == "advcl" and any(c.lower_ in WHEN_WORDS and c.dep_ in (
                        "mark", "advmod") for c in clause.children):
                    for c in clause.children:  # "killed when a tree fell", "when their
                        if c.dep_ in ("nsubj", "dobj"):  # truck hit a roadside bomb"
                            add(c, "doer" if c.dep_ == "nsubj" else "object")
        if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN":
            add(trigger.head, "means")  # "strikes targeting militants", "a bomb hitting X"
        if trigger.dep_ == "advcl" and trigger.tag_ == "VBG":
            add(next((c for c in trigger.head.children if c.dep_ == "nsubj"), None), "doer")
            add(trigger.head, "means")  # "a bomb exploded, killing five"
            phrases(trigger.head)  # "unrest erupted during the war, killing 300"
        for child in trigger.children:
            if child.dep_ == "conj":  # "were killed and dozens (were) injured in knife attacks"
                for verb in (child, *(c for c in child.children if c.dep_ == "acl")):
                    phrases(verb)
        if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
            add(trigger.head, "means")  # "was stabbed and killed"
            phrases(trigger.head)
    else:
        verb = trigger.head
        if trigger.dep_ in ("dobj", "obj") and verb.pos_ == "VERB":
            add(next((c for c in verb.children if c.dep_ == "nsubj"), None), "doer")  #
            # "gunmen carried out an attack"
    return list(out.items())


def before_time(noun: Token) -> list[Token]:
    """What a relative clause on a time is about, where the parser hung the time on the verb:
    a time does no harm, so in "hit after two crashes of its jet in less than five months that
    killed 200" what killed is the nearest noun before the time phrase and the nouns whose
    phrase holds it (crashes). Nothing for another noun, or a time hung on a noun (``antecedents``
    reaches those)."""
    if noun.ent_type_ not in ("DATE", "TIME") or noun.dep_ != "pobj" or \
            noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return []
    start = min(noun.head.left_edge.i, noun.left_edge.i)
    for token in reversed(noun.doc[noun.sent.start:start]):
        if token.pos_ in ("VERB", "AUX", "PUNCT") or token.dep_ in ("mark", "cc"):
            return []  # another clause: no noun of this one
        if token.pos_ in ("NOUN", "PROPN") and token.ent_type_ not in ("DATE", "TIME"):
            return antecedents(token)
    return []


def phrase_of(noun: Token) -> list[str]:
    """The lowercase phrases of a word and the run of compound and adjective modifiers before
    it, longest first, then the word and its lemma ("a roadside bomb attack": 'roadside bomb
    attack', 'bomb attack', 'roadside bomb', ..., 'attack')."""
    doc = noun.doc
    start = noun.i
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod", "hyph", "punct") and \
            doc[start - 1].head.i <= noun.i and doc[start - 1].head.i >= start - 1 and \
            noun.i - start < 4:
        start -= 1
    words = [t.lower_ for t in doc[start:noun.i + 1]]
    phrases = [" ".join(w for w in words[a:b] if w not in (",", "-"))
               for size in range(len(words), 1, -1)
               for a in range(len(words) - size + 1) for b in [a + size]]
    return [*phrases, noun.lower_, lemma(noun)]


def classes_of(noun: Token) -> list[tuple[str, str]]:
    """The classes of violence_means.tsv a word names, with its modifiers ("a suicide bomber"
    names a suicide bombing, and a bombing), with the phrases that named them."""
    table = means_table()
    return [(cls, phrase) for phrase in phrase_of(noun) for cls in sorted(table.get(phrase, ()))
            if cls in MEANS_CLASSES]


def hazard_of(noun: Token, doer: bool) -> str | None:
    """The hazard (harm_causes.tsv: a disease, a disaster, an accident) a noun names, or, as
    the doer, what harms by accident (violence_means.tsv "accidental": "struck by a car", "when
    a tree fell")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    table = hazard_table()
    for phrase in phrase_of(noun):
        if phrase in table:
            return phrase if table[phrase] in HAZARD_CLASSES else None
        if doer and "accidental" in means_table().get(phrase, ()):
            return phrase
    return None


def doer_word(mention: ActorMention, doc) -> str | None:
    """The word of an unnamed doer of unconventional violence a side is ("the gunman", "two
    assailants"), not a group's fighters named as such ("Taliban gunmen")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    if "unconventional" not in means_table().get(lemma(head), ()) and \
            "unconventional" not in means_table().get(head.lower_, ()):
        return None
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "ORG", "GPE") for t in span
           if t.i != head.i):
        return None
    return head.lower_


def on_people(mention: ActorMention, doc) -> bool:
    """A side that is people ("a woman", "aid workers", "worshippers"), not a place or a
    building a group may fight over ("villages", "the compound")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ not in ("GPE", "LOC", "FAC") and \
        lemma(span.root) not in place_nouns()


@cache
def killing_verbs() -> frozenset[str]:
    return frozenset(w for w, c in means_table().items() if "kill-verb" in c)


@cache
def weak_triggers() -> frozenset[str]:
    return frozenset(w for w, c in means_table().items() if "weak-trigger" in c)


@cache
def place_nouns() -> frozenset[str]:
    return frozenset(w for w, c in means_table().items() if "place" in c)


@cache
def charge_nouns() -> frozenset[str]:
    return frozenset(w for w, c in means_table().items() if "charge" in c)
