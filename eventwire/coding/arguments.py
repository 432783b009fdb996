"""Who did it to whom: source and target mentions of a matched trigger."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..actors import codes as cameo
from ..actors.coref import BYSTANDER_NOUNS, KIN_NOUNS, ORGANISATION_NOUNS, named_by_of
from ..actors.resolver import LOCATIVE_PREPS, PLACE_NOUNS, listed_apposition
from ..datelines import doc_datelines
from ..records import ActorMention
from . import grammar
from .syntax import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    after_parenthetical,
    called_on,
    calls_on,
    child_with,
    governing_verb,
    has_to_marker,
    lemma,
    phrase_tokens,
    place_object,
    subject_of,
    with_conjuncts,
    with_partner,
)
from .tables import packaged_rows

if TYPE_CHECKING:
    from .coder import Match


@dataclass
class MentionIndex:
    """The article's actor mentions, found by token."""

    doc: Doc
    mentions: list[ActorMention]
    by_token: dict[int, list[ActorMention]] = field(default_factory=dict)
    places: dict[int, ActorMention] = field(default_factory=dict)  # head token → country
    datelines: list[tuple[int, int]] = field(default_factory=list)
    # while a trigger's targets are sought: its sources, which are no target of their own
    # act ("closed its airspace", "withdrew its troops")
    excluded: list[ActorMention] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.datelines = doc_datelines(self.doc)
        named = {m.start: m for m in self.mentions if not (m.entry or "").startswith("coref:")}
        chained = {m.start: m for m in self.mentions if (m.entry or "").startswith("coref:")}
        for mention in self.mentions:
            if self.in_dateline(mention.start):
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            if (mention.entry or "").startswith("place:"):
                self.places[span.root.i] = mention
                continue
            shown = mention if names_itself(span) else as_named(mention, named, chained)
            for token in span:
                self.by_token.setdefault(token.i, []).append(shown)

    def actors_in(self, span: Span) -> int:
        """How many actor mentions a sentence holds."""
        return len({id(m) for i in range(span.start, span.end) for m in self.by_token.get(i, ())})

    def in_dateline(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.datelines)

    def place(self, head: Token | None) -> list[ActorMention]:
        """The country a place phrase names ("to Iraq", "in eastern Ukraine"), if known."""
        if head is None:
            return []
        for token in phrase_tokens(head):
            if token.i in self.places:
                return [self.places[token.i]]
        return []

    def at(self, token: Token) -> list[ActorMention]:
        """The mentions covering a token; the narrowest first; none of ``excluded``."""
        found = self.by_token.get(token.i, [])
        if self.excluded:
            found = [m for m in found if not any(same_actor(m, e) for e in self.excluded)]
        return sorted(found, key=lambda m: m.end - m.start)

    def followed(self, head: Token) -> list[ActorMention]:
        """"supporters of the opposition", "followers of the cleric": the known side those
        who side with it follow, when they have no code of their own; else none."""
        if not lemma_in(head, FOLLOWER_NOUNS) or any(m.code for m in self.at(head)):
            return []
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = child_with(of, ("pobj",)) if of is not None else None
        return [m for m in self.for_phrase(pobj) if m.code] if pobj is not None else []

    def for_phrase(self, head: Token) -> list[ActorMention]:
        """The actors a noun phrase stands for: its head's mention, else one inside it.

        Several mentions of one span ("Hungarian and Romanian officials") are all returned.
        """
        own = self.followed(head) or self.at(head)
        if own:
            narrowest = own[0]
            return [m for m in own if (m.start, m.end) == (narrowest.start, narrowest.end)]
        # a possessor last: "their Togolese counterparts" are Togolese, not "their"; a name
        # set off beside the head before it ("his rival, X": X, not "his")
        tokens = [*phrase_tokens(head), *(c for c in head.children if c.dep_ == "appos"
                                          and not listed_apposition(c))]
        tokens = sorted(tokens, key=lambda t: t.dep_ == "poss")
        named = named_by_of(head)
        if named is not None:  # "the West African nation of Ghana": Ghana
            tokens = [named, *(t for t in tokens if t != named)]
        if lemma_in(head, COUNTERPART_NOUNS) or lemma_in(head, KIN_NOUNS) and not (
                head.dep_ == "conj" and any(c.dep_ == "poss" and c.pos_ == "PRON"
                                            for c in head.children)):
            # "the president's critics", "the son of the president" are not the president;
            # "X and his wife signed the deal": a couple acting as one side, X's
            owner = {t.i for c in head.children if c.dep_ == "poss" or c.dep_ == "prep" and
                     c.lower_ == "of" for t in c.subtree}  # "critics of the president" too
            tokens = [t for t in tokens if t.i not in owner]
        for token in tokens:
            found = self.followed(token) or self.at(token)
            if found:
                found = [m for m in found if (m.start, m.end) == (found[0].start, found[0].end)]
                if token.dep_ == "appos" and token.head == head and head.pos_ == "PROPN":
                    return [named_as(head, m) for m in found]
                name = next((c for c in head.children if c.dep_ == "appos"
                             and c.pos_ == "PROPN"), None)
                if name is not None and head.pos_ == "NOUN" and token.head == head and \
                        token.dep_ in ("amod", "compound", "nmod"):
                    # "his Ugandan counterpart, X": the person named, as described
                    return [named_as(name, m) for m in found]
                if token.dep_ == "appos" and token.head == head and head.pos_ == "NOUN":
                    # "three countries, X, Y and Z, signed ...": all those listed
                    for other in token.conjuncts:
                        own = self.at(other)
                        found += [m for m in own if (m.start, m.end) == (own[0].start,
                                                                          own[0].end)]
                return found
        return []


def named_as(name: Token, described: ActorMention) -> ActorMention:
    """"X, a former minister": a name no dictionary knows, coded as its appositive describes
    it; the event names the actor as written."""
    words = uncoded_mention(name, list(phrase_tokens(name)), "")
    return replace(described, text=words.text, start=words.start, end=words.end,
                   entry=f"{described.entry or ''}+appos")


def names_itself(span: Span) -> bool:
    """A phrase with a name of its own ("the Philippine army", "the UN force") is shown as
    written, even when coreference linked it to an earlier mention."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
               for t in span)


def as_named(mention: ActorMention, named: dict[int, ActorMention],
             chained: dict[int, ActorMention] | None = None) -> ActorMention:
    """A pronoun or "the country" stands for its antecedent: the event names the actor as the
    article named it ("FARC", not "it"); the entry still says it came by coreference. A
    pronoun whose antecedent is another pronoun ("X says it has halted its raids") stands for
    the name that one stands for (``chained``: the coreferent mentions by start)."""
    antecedent = None
    seen = set()
    current = mention
    while antecedent is None:
        entry = current.entry or ""
        if not entry.startswith("coref:"):
            return mention
        try:
            start = int(entry.split(":", 1)[1].split("+")[0])
        except ValueError:
            return mention
        antecedent = named.get(start)
        if antecedent is None:
            current = (chained or {}).get(start)
            if current is None or start in seen or current.code != mention.code:
                return mention
            seen.add(start)
    if antecedent is None or antecedent.code != mention.code:
        return mention
    return replace(mention, text=antecedent.text, start=antecedent.start, end=antecedent.end,
                   said_as=(mention.start, mention.end))


def arguments(found: Match, index: MentionIndex) -> tuple[list[ActorMention], list[ActorMention]]:
    """Source and target mentions of a matched trigger."""
    if found.pattern.pos == "VERB":
        sources, targets = verb_arguments(found, index)
        given = giver(found, index)
        if given:  # "X received military aid from Y": Y gave it to X
            sources, targets = given, not_sources(sources, given)
        sources = doers_of_subject_act(found, sources, index) or sources or \
            blow(found, targets, index)
        verb = found.trigger
        if not sources and verb.tag_ == "VBG" and verb.dep_ in ("nsubj", "csubj"):
            parties = between_parties(verb, index)  # "fighting between X and Y killed 20"
            if parties:
                sources, targets = parties[:1], parties[1:]
        if not sources and (found.pattern.code or "")[:2] in ("14", "10"):
            sources = crowd(verb)  # "thousands marched in Algiers"
        taken_from = taken_from_whom(found, index)
        if taken_from:  # "retook the town from ISIS": taken from ISIS
            targets = not_sources(taken_from, sources) or targets
        obj = thing_acted_on(found, sources, index)
        if obj is not None:  # "X and Y shelled posts in Z": on the posts, not each other
            targets = [replace(t, entry=f"{t.entry or ''}{ON_OBJECT}") for t in
                       targets or phrase_actors(obj, index, loose=True)]
    else:
        sources, targets = noun_arguments(found, index)
        verb = governing_verb(found.trigger) or found.trigger
        yielding = yielded_to(found.trigger) if (found.pattern.code or "")[:2] in \
            grammar.PROTEST_ROOTS and not any(t.code for t in targets) else None
        if yielding is not None:  # "the council reinstated them, bowing to a strike by the
            # union": the strike was aimed at the one who gave in to it
            targets = not_sources([m for m in phrase_actors(subject_of(yielding), index)
                                   if m.code], sources) or targets
    if found.pattern.pos == "VERB" and (found.pattern.code or "")[:2] == YIELD_ROOT and \
            all(is_thing(t) for t in targets):  # "caved in to protests by farmers": one
        # yields to the protesters, not to their protest
        protest = next((p for p in protests_yielded_to(found.trigger)), None)
        if protest is not None:
            targets = not_sources([m for m in by_doers(protest, index) + act_owners(
                protest, index) if m.code], sources) or targets
    if not targets and found.pattern.pos == "VERB":
        targets = told_addressee(found, index)
    if not sources and found.pattern.pos == "VERB":
        sources = reporter_of_joined_act(found, index)
    if not sources and found.pattern.pos == "NOUN":
        sources = not_sources(charged_in(found, index), targets)
    driver = driver_of(found, index)
    if driver:  # "troopers pulled over a van driven by X": the stop is aimed at X
        targets = not_sources(driver, sources) or targets
    blamers = evidence_blamers(found, index)
    if blamers is not None and lemma(found.trigger) in ATTRIBUTING_VERBS:
        # "the blast was attributed to X": X is blamed, not the blast
        to = next((c for c in found.trigger.children if c.dep_ == "prep" and c.lower_ == "to"),
                  None)
        targets = phrase_actors(child_with(to, ("pobj",)), index)
    if blamers is not None:  # "officials say the ambush bore the hallmarks of X": the
        # officials accuse X; the ambush itself (or 'it') accuses no one
        targets = [t for t in not_sources(targets, blamers) if not is_thing(t)]
        sources = blamers if targets else []  # "the clues point to a gas leak": no one blamed
    holders = held_by(found, index) if not sources else []
    if holders:  # "hostages held by X were released": X let them go
        released = captives_released(found.trigger)
        sources = holders
        targets = not_sources(phrase_actors(released, index, loose=True), holders)
    # "several states, among them Kenya and Mali, criticised the rules": "them" is the group
    # the names are said to be of, no one acted on
    aside = {c.idx for t in found.trigger.sent if t.lower_ == "among" for c in t.children
             if c.dep_ == "pobj" and c.lower_ == "them" and any(
                 d.dep_ in ("pobj", "dep", "appos") and d.lower_ != "them" for d in t.children)}
    targets = [t for t in targets if t.start not in aside]
    sources = [owned(m, verb, index) for m in sources]
    targets = forces_placed(targets, found, index, sources)
    if targets and all(is_thing(t) for t in targets):  # "welcomed the agreement between
        # Serbia and Kosovo": the parties it names, not the agreement
        thing = mention_head(targets[0], found.trigger.doc)
        parties = not_sources(between_parties(thing, index), sources) if thing is not None \
            else []
        targets = parties or targets
    if (not targets or all(is_thing(t) for t in targets)) and \
            (found.pattern.code or "").startswith(STRIKE_CODES):
        # "workers at Ford went on strike", "employees of the airline walked out": a strike
        # is aimed at the strikers' employer
        targets = not_sources(employer(sources, found.trigger.doc, index), sources) or targets
    if all(is_thing(t) for t in targets) and (found.pattern.code or "").startswith(
            DOMESTIC_CODES):  # "declared a state of emergency": over its own country
        targets = domestic(found, sources, targets) or targets
    elif targets and all(is_thing(t) for t in targets) and (found.pattern.code or "")[:2] in \
            grammar.PROTEST_ROOTS:  # "workers struck against austerity measures": their own
        targets = domestic(found, sources, targets) or targets  # country's measures
    principals = [m for m in phrase_actors(behalf_of([verb, *found.words]), index) if m.code] \
        if (found.pattern.code or "")[:2] not in BEHALF_TARGET_ROOTS else []
    if principals:  # "a lawyer filed the suit on behalf of the farmers": the farmers' act,
        # done through their lawyer; they are no target of it
        targets = not_sources(targets, principals)
        if not any(s.code for s in sources):
            sources = principals
    targets = no_side_things(found, targets, sources, index)
    if (found.pattern.code or "")[:2] == INQUIRY_ROOT:
        targets = [t for t in targets if not with_partner_of(found, t)]
        targets = incident_suspects(targets, found, index, sources)
    if any(sector_only(m) for m in sources + targets):
        country = where_done(verb, index)
        sources, targets = placed(sources, country), placed(targets, country)
        home = {stated_country(s) for s in sources} - {None}
        if len(home) == 1:  # "the Brazilian police questioned the former president":
            targets = placed(targets, home.pop(), "home")  # a domestic act
    targets = coerced_placed(found, verb, sources, targets, index)
    targets = aid_to_story_country(found, sources, targets, index)
    dealt_with = licensed_dealings(found, index, sources)
    if dealt_with:  # "extended a general licence allowing American firms to sell to X":
        targets = dealt_with  # the sanction eased is the one on X
    return sources, targets



# Aid (CAMEO 070-073: aid not specified, economic, military, humanitarian): given to someone.
# Left out: 074 (peacekeepers are sent to a mission, not to a state) and 075 (asylum is granted
# in the giver's own land).
AID_CODES = ("070", "071", "072", "073")


def aid_to_story_country(found: Match, sources: list[ActorMention],
                         targets: list[ActorMention], index: MentionIndex
                         ) -> list[ActorMention]:
    """Aid whose text names no recipient, no place nor people it went to ("ten countries
    send cash, tents and blankets", in a story set in a country hit by a
    flood): CAMEO 07's target is the recipient, and aid foreign donors give with no recipient
    named goes to the country the article is set in, when the aid's sentence or the one
    before names it, every donor is coded and none is of that country (a state helping its
    own people names them)."""
    code = found.pattern.code or ""
    if not code.startswith(AID_CODES) or not sources or any(
            t.code or not (t.entry or THING).startswith(THING) for t in targets):
        return targets
    if any(not s.code or s.said_as is not None for s in sources):
        return targets  # a donor no dictionary knows, or one a pronoun stands for
    country = aid_country(index, found.trigger)
    if country is None or any(s.country == country for s in sources):
        return targets
    where = next((m for m in index.mentions if m.country == country and (
        m.entry or "").startswith("place:")), None) or next(
        (m for m in index.mentions if m.country == country), None)
    if where is None:
        return targets
    return [replace(where, code=country, sector=None, said_as=None,
                    entry=f"{where.entry or ''}+story:{country}")]


def aid_country(index: MentionIndex, trigger: Token) -> str | None:
    """The country an article is set in (its dateline's, else its one focus or the one country
    all its places are in), for aid, when the aid's own sentence or the one before names it
    (as a place, a dateline or an actor of it): a regional story ("across 19 African
    countries", "spread to 66 countries") may have one focus that is no recipient."""
    country = story_country(index, trigger.doc)
    if country is None:
        return None
    sentence = trigger.sent
    before = trigger.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    start, end = before.start_char, sentence.end_char
    named = any(m.country == country and start <= m.start < end and
                "+focus:" not in (m.entry or "") for m in index.mentions)
    return country if named else None


# Easing economic sanctions (CAMEO 085): a general licence, waiver or exemption.
EASED_SANCTION_CODES = ("085",)
# Verbs by which a licence, waiver or exemption lets others do what a sanction forbade.
LICENSING_VERBS = frozenset("allow permit let enable authorize authorise".split())
# Prepositions naming the one a licensed trade is done with ("sell to X", "buy oil from X",
# "do business with X").
DEALING_PREPS = frozenset(("to", "from", "with"))


def licensed_dealings(found: Match, index: MentionIndex, sources: list[ActorMention]
                      ) -> list[ActorMention]:
    """The sanctioned party a general licence, waiver or exemption eases a sanction on (CAMEO
    085): the one its clause lets others trade with ("a licence allowing American companies
    to sell to X", "a waiver letting firms buy oil from X", "to supply X"), not those it lets
    trade, who are most often the issuer's own; none where the clause names no such party."""
    if not (found.pattern.code or "").startswith(EASED_SANCTION_CODES):
        return []
    nouns = [w for w in found.words if w.pos_ in ("NOUN", "PROPN")]
    for noun in nouns:
        for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl")
                       and lemma_in(c, LICENSING_VERBS)):
            allowed = [v for v in clause.children if v.dep_ in ("ccomp", "xcomp")
                       and v.pos_ in ("VERB", "AUX")]
            allowed += [c for v in allowed for c in v.conjuncts if c.pos_ == "VERB"]
            for act in allowed:
                heads = [child_with(p, ("pobj",)) for p in act.children
                         if is_preposition(p) and p.lower_ in DEALING_PREPS]
                heads += [c for c in act.children if c.dep_ in ("dobj", "dative")]
                for head in (h for h in heads if h is not None):
                    named = not_sources(phrase_actors(head, index), sources)
                    if any(m.code for m in named):
                        return [m for m in named if m.code]
                    if named and (head.pos_ == "PROPN" or head.ent_type_ == "ORG"):
                        # "sell to <firm>": a named party no dictionary knows is still the
                        # one dealt with; its own appositive may say its country
                        return nationality_of(head, index) or named
    return []


def nationality_of(name: Token, index: MentionIndex) -> list[ActorMention]:
    """The country an appositive gives a name no dictionary knows ("X, the Chinese maker of
    ..."): the first place or coded country its words name; else none."""
    for appos in (c for c in name.children if c.dep_ == "appos"):
        for token in appos.subtree:
            found = [m for m in index.at(token) if m.country] or (
                [index.places[token.i]] if token.i in index.places else [])
            if found:
                country = found[0].country
                return [replace(found[0], code=country, entry=f"{found[0].entry or ''}"
                                f"+appos:{country}")]
    return []

# Closed-class grammar: the phrase naming whom an agent acts for ("filed a suit on behalf of
# the farmers", "spoke on behalf of the government"): the one named acts through the agent.
BEHALF_PHRASE = ("on", "behalf", "of")
# Roots whose "on behalf of" phrase names whom the act is for, its target (CAMEO 07: aid given
# or an intervention made on behalf of a side helps that side).
BEHALF_TARGET_ROOTS = frozenset(("07",))


def behalf_of(holders: list[Token]) -> Token | None:
    """The one an act was done on behalf of: the object of an "on behalf of" phrase hung on
    the verb or on a word of the pattern ("filed a suit on behalf of X": X), or None."""
    on, behalf, of = BEHALF_PHRASE
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == on:
                noun = child_with(prep, ("pobj",))
                if noun is not None and noun.lower_ == behalf:
                    of_phrase = next((c for c in noun.children
                                      if c.dep_ == "prep" and c.lower_ == of), None)
                    return child_with(of_phrase, ("pobj",))
    return None


def with_partner_of(found: Match, target: ActorMention) -> bool:
    """A target named in a "with" phrase of the trigger's clause: "investigating the case with
    Kenyan detectives", "opened a joint inquiry with Kenyan police": a partner in the act."""
    clause = governing_verb(found.trigger) or found.trigger
    for prep in clause.subtree:
        pobj = child_with(prep, ("pobj",)) if prep.dep_ == "prep" and prep.lower_ == "with" \
            else None
        if pobj is not None and any(target.start <= t.idx < target.end
                                    for t in with_conjuncts(pobj)):
            return True
    return False


# Incidents an investigation (CAMEO 090) looks into: where the incident's doer is named ("the
# killing of a trader by police"), the doer is the one investigated, not the victim. With no
# doer named the victim stays the target, as PLOVER's annotators mark it ("probing how X
# died": X).
INCIDENT_NOUNS = frozenset(
    "death killing murder assassination shooting stabbing beating disappearance abduction "
    "kidnapping drowning poisoning attack bombing explosion blast crash sinking collapse "
    "fire injury injuries".split())


def incident_victim(head: Token | None) -> Token | None:
    """The incident noun ``head`` names the victim of ("the death of X", "the attack on X",
    "X's death"), or None."""
    token = head
    for _ in range(3):  # "a Kenyan soldier": from the modifier to its noun
        if token is None or token.dep_ not in ("amod", "compound", "nmod", "nummod"):
            break
        token = token.head
    if token is None:
        return None
    if token.dep_ == "poss" and lemma_in(token.head, INCIDENT_NOUNS):
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ in HARMED_PREPS and \
            lemma_in(token.head.head, INCIDENT_NOUNS):
        return token.head.head
    return None


def incident_suspects(targets: list[ActorMention], found: Match, index: MentionIndex,
                      sources: list[ActorMention]) -> list[ActorMention]:
    """An investigation's targets with the victim of the incident it looks into giving way to
    the incident's doer, when named ("investigating the killing of a trader by police": the
    police)."""
    doc = found.trigger.doc
    kept: list[ActorMention] = []
    for target in targets:
        incident = incident_victim(mention_head(target, doc))
        doers = not_sources([m for m in by_doers(incident, index) + by_after(incident, index)
                             if m.code], sources) if incident is not None else []
        kept += [d for d in doers or [target] if d not in kept]
    return kept


@lru_cache(maxsize=1)
def side_nouns() -> dict[str, str]:
    """word → why it names no party to an act ("instrument", "thing", "harm"), as
    data/coding/side_nouns.tsv lists them."""
    return {row["word"]: row["class"] for row in packaged_rows("coding", "side_nouns.tsv")}


@lru_cache(maxsize=1)
def noun_act_sides() -> dict[str, frozenset[str]]:
    """class → words of data/coding/noun_act_sides.tsv: "of-doer" nouns whose "of" phrase
    names who does the act ("the surrender of the militia"), "onlooker-verb" verbs whose
    subject does not do the act their object noun names ("questioned the investigation")."""
    classes: dict[str, set[str]] = {}
    for row in packaged_rows("coding", "noun_act_sides.tsv"):
        classes.setdefault(row["class"], set()).add(row["word"])
    return {kind: frozenset(words) for kind, words in classes.items()}


def of_doers(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """Who does an act its noun's "of" phrase names: "the withdrawal of Zambian troops", "a
    meeting of foreign ministers", "the surrender of the militia" (noun_act_sides.tsv), not
    "in protest of the decision" (an idiom whose "of" is what is protested)."""
    if lemma(noun) not in noun_act_sides()["of-doer"] and \
            noun.lower_ not in noun_act_sides()["of-doer"]:
        return []  # not grammar.AGENT_OF_NOUNS' "support", "help": "support of a group" is
        # most often support given to it
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and \
            not any(c.dep_ in ("det", "poss") for c in noun.children):
        return []  # "in protest of", "in support of": the "of" phrase is acted on
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return phrase_actors(child_with(of, ("pobj",)), index) if of is not None else []


def undergone_by_possessor(noun: Token) -> bool:
    """Whether a noun's possessor is the one its act is done to: "the senator's arrest", "her
    abduction" (noun_act_sides.tsv "poss-undergoer"), unless an "of" phrase names that one
    ("Kenya's expulsion of two diplomats")."""
    words = noun_act_sides().get("poss-undergoer", frozenset())
    if lemma(noun) not in words and noun.lower_ not in words:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def doing_verb(verb: Token) -> bool:
    """Whether a verb's subject does the act its object noun names: "launched an offensive",
    "attended the rally", "reached an agreement"; not one noun_act_sides.tsv lists as only
    speaking of, judging, wanting, meeting or keeping off the act ("questioned the
    investigation", "stormed a meeting", "avoided criticism")."""
    return lemma(verb) not in noun_act_sides()["onlooker-verb"]


def side_noun(token: Token | None) -> str | None:
    """The class of side_nouns.tsv a phrase's head is of, or None."""
    if token is None:
        return None
    words = side_nouns()
    return words.get(token.lemma_.lower()) or words.get(token.lower_)


def is_instrument(token: Token | None) -> bool:
    """What an act is done with: "with sticks", "with tear gas" (side_nouns.tsv)."""
    return side_noun(token) == "instrument" or token is not None and \
        lemma_in(token, grammar.INSTRUMENT_NOUNS)


# Acts a place stands for its people or state in (CAMEO): aid to it (07), visits to it and
# hosting them (042, 043), yielding, easing or withdrawing in it (08, and the refusals and
# demands of those: 124, 105), the intents to do any of these (03, which mirror every
# cooperative root: "pledged aid for the region", "agreed not to resume fighting there"),
# protests, force postures, cuts, coercion and force there (14-20), threats (13). An uncoded
# place is no side of a statement, an appeal, a meeting, a cooperation, an investigation, a
# demand, a criticism or a rejection: "held a press conference in the city", "rebels in the
# island nation announced ...", "pledged to cooperate in the region".
PLACE_SIDE_ROOTS = grammar.PLACE_TARGET_ROOTS | grammar.BENEFICIARY_ROOTS | {"03", "13"}
PLACE_SIDE_CODES = ("042", "043", "124", "105")
# Roots whose target a country named only as the scene never is, even where a dictionary codes
# it (a statement, CAMEO 01, is made to or about a party). Appeals (02) and investigations (09)
# are left: the pair benches code such a place as their target often enough.
SCENE_ONLY_ROOTS = frozenset(("01",))


def no_side_things(found: Match, targets: list[ActorMention], sources: list[ActorMention],
                   index: MentionIndex) -> list[ActorMention]:
    """Targets that name no party to the act: those an act of harm judged was
    done to, for its doer (``judged_harm_doers``); an uncoded place of an act a place does
    not stand for its people in (PLACE_SIDE_ROOTS); an instrument ("the bomb", "sticks",
    "tear gas canisters") or a thing (side_nouns.tsv: a document, vehicle, building, amount),
    which gives way to an actor in another argument of the act; with none, an instrument
    leaves the side empty (not a craft struck: "downed a drone"), a thing stays."""
    code = found.pattern.code or ""
    if code[:2] in HARM_JUDGING_ROOTS:
        targets = judged_harm_doers(targets, sources, found.trigger.doc, index)
    if code[:2] not in PLACE_SIDE_ROOTS and not code.startswith(PLACE_SIDE_CODES) and \
            not any(lemma_in(w, SOUGHT_IN_PLACE) for w in found.words):
        targets = [t for t in targets if not (t.entry or "").startswith("unresolved:place")
                   or not scene_of(mention_head(t, found.trigger.doc), found)]
    doc = found.trigger.doc
    if code[:2] in SCENE_ONLY_ROOTS:  # "In Zambia, the minister announced ...", "officials
        # in Accra announced a case": a country named as the place where one speaks is not
        # whom one speaks to (what is said may still be about a place: "a case in the state")
        targets = [t for t in targets if not (t.entry or "").startswith("place:")
                   or not spoken_from(mention_head(t, doc), found)]
    targets = [m for t in targets for m in (phrase_words_for(t, doc, index, sources) or [t])
               if not phrase_word(mention_head(m, doc))]
    heads = [mention_head(t, doc) for t in targets]
    things = code[:2] not in JUDGED_ROOTS | grammar.PROTEST_ROOTS and not (
        found.pattern.pos == "VERB" and not found.pattern.object and
        code[:2] in grammar.ACTOR_OBJECT_ROOTS)  # "rejected the new law", "protested against
    # the fees": what is judged or protested stays the target; a bare verb of an act between
    # parties done to a thing ("bought cars") is left to the coder, which codes none
    if not targets or not all(names_nothing(t) and (
            is_instrument(h) or things and side_noun(h) == "thing")
            for t, h in zip(targets, heads, strict=True)):
        return targets
    instruments = all(is_instrument(h) for h in heads)  # "threw stones at the police"
    other = not_sources(other_actor(found, index, [h for h in heads if h is not None],
                                    INSTRUMENT_PREPS if instruments else OTHER_ACTOR_PREPS),
                        sources)
    if other:
        return other
    if not instruments or struck(found) and any(
            lemma_in(h, grammar.INSTRUMENT_NOUNS) for h in heads if h is not None):
        return targets  # a law rejected, a bus attacked, a drone shot down
    return []


# Nouns of set phrases that only point at what follows them: "with respect to", "with regard
# to", "in relation to", "with reference to", "with a view to".
PHRASE_NOUNS = frozenset("respect regard relation reference view".split())


def phrase_word(head: Token | None) -> bool:
    """The noun of a set phrase ("with respect to X", "with a view to holding talks"): no
    party, whatever follows it."""
    return head is not None and head.dep_ == "pobj" and head.head.lower_ in ("with", "in") \
        and lemma_in(head, PHRASE_NOUNS) and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in head.children)


def phrase_words_for(target: ActorMention, doc: Doc, index: MentionIndex,
                     sources: list[ActorMention]) -> list[ActorMention]:
    """The known actor a set phrase taken for a target points at ("with regard to X": X)."""
    head = mention_head(target, doc)
    if not names_nothing(target) or not phrase_word(head):
        return []
    to = next(c for c in head.children if c.dep_ == "prep" and c.lower_ == "to")
    return not_sources([m for m in phrase_actors(child_with(to, ("pobj",)), index) if m.code],
                       sources)


def spoken_from(place: Token | None, found: Match) -> bool:
    """Whether a place phrase says where the act was done or where its doer is: it hangs on
    the verb, a word of the pattern or the verb's subject ("In Zambia, officials announced",
    "officials in Accra announced"), not on what was said or done ("announced a case in the
    state")."""
    if place is None or place.dep_ != "pobj":
        return False
    holder = place.head.head
    verb = found.trigger if found.pattern.pos == "VERB" else \
        governing_verb(found.trigger) or found.trigger
    return holder == verb or holder in found.words or \
        holder.dep_ in SUBJECT_DEPS and holder.head == verb


def scene_of(place: Token | None, found: Match) -> bool:
    """Whether a place phrase only sets the scene of the act: it hangs on the trigger, a
    word of the pattern, the verb's object or its subject ("held a news conference in the
    town", "rebels in the hills announced ..."), not on a clause the act tells of ("declared
    a halt until peace returns to the camps in the east")."""
    if place is None or place.dep_ != "pobj":
        return place is not None and place.head in found.words
    holder = place.head.head
    verb = found.trigger if found.pattern.pos == "VERB" else \
        governing_verb(found.trigger) or found.trigger
    near = {*found.words, verb, *(c for c in verb.children if c.dep_ in OBJECT_DEPS
                                  or c.dep_ in SUBJECT_DEPS)}
    return holder in near


# Acts that judge, ask about, probe or oppose an act of harm (statements, appeals, probes,
# demands, criticism, rejection, threats, protests): they run against its doer.
HARM_JUDGING_ROOTS = frozenset(("01", "02", "09", "10", "11", "12", "13", "14"))
# The phrase of a harm noun that names those it was done to: "the harassment of journalists",
# "a crackdown on dissidents", "intimidation against voters".
HARMED_PREPS = frozenset(("of", "on", "against"))


def judged_harm_doers(targets: list[ActorMention], sources: list[ActorMention], doc: Doc,
                      index: MentionIndex) -> list[ActorMention]:
    """"condemned the harassment of journalists by the police": an act of harm (side_nouns.tsv
    "harm") judged, criticised, protested or probed is its doer's: the 'by' phrase or the
    possessor ("the army's intimidation of voters"), not those it was done to; with no doer
    named, the act itself ("the persecution of the minority"), as for any act condemned."""
    kept: list[ActorMention] = []
    for target in targets:
        head = mention_head(target, doc)
        noun = head.head.head if head is not None and head.dep_ == "pobj" and \
            head.head.lower_ in HARMED_PREPS else None
        if is_thing(target) and side_noun(head) == "harm":  # "protested against the
            noun = head  # harassment of its members by the management"
        if noun is None or side_noun(noun) != "harm":
            kept.append(target)
            continue
        doers = not_sources(by_doers(noun, index) or act_owners(noun, index) or
                            by_after(noun, index), sources)
        if not doers:
            doers = [uncoded_mention(noun, list(phrase_tokens(noun)), THING)]
        kept += [d for d in doers if d not in kept]
    return kept


def by_after(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The 'by' phrase right after an act noun's phrase that the parser hung on the active verb
    the noun is the object of ("criticised the harassment of X by the police"): its doer."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or child_with(verb, PASSIVE_SUBJECT_DEPS) is not None:
        return []
    by = next((c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
               and c.i == noun.right_edge.i + 1), None)
    return phrase_actors(child_with(by, ("pobj",)), index) if by is not None else []


def names_nothing(mention: ActorMention) -> bool:
    """A side that is a thing or a place no dictionary knows, even where a rule gave it the
    country it is in ("+home:", "+place")."""
    return mention.code is None or (mention.entry or "").startswith(
        ("unresolved:thing", "unresolved:place"))


# Phrases that name whom an act went to, was aimed at, done with or taken from (not where it
# was done: "at the university", "in the town").
OTHER_ACTOR_PREPS = frozenset("to toward towards against on upon with from".split())
# What an instrument was used on: those phrases, and "at" ("fired rubber bullets at X").
INSTRUMENT_PREPS = OTHER_ACTOR_PREPS | {"at", "into"}


def other_actor(found: Match, index: MentionIndex, things: list[Token],
                preps: frozenset[str] = OTHER_ACTOR_PREPS) -> list[ActorMention]:
    """An actor the dictionaries know in another argument of the act than ``things``: its
    object, or a phrase of ``preps`` that names whom an act is aimed at or taken from."""
    holders = [found.trigger, *(c for c in found.trigger.children if c.dep_ in OBJECT_DEPS)]
    skip = {t.i for thing in things for t in thing.subtree}
    for holder in holders:
        for child in holder.children:
            if child.i in skip or child in found.words or own_means(child):  # "withdrew
                continue  # (its) forces from the houses": its own, not whom it acted on
            if child.dep_ in ("dobj", "obj", "iobj", "dative") and child.pos_ != "ADP":
                head = child
            elif is_preposition(child) and child.lower_ in preps:
                head = child_with(child, ("pobj",))
                if is_instrument(head):
                    continue
            else:
                continue
            found_here = [m for m in phrase_actors(head, index) if m.code]
            if found_here:
                return found_here
    return []


def forces_placed(targets: list[ActorMention], found: Match, index: MentionIndex,
                  sources: list[ActorMention]) -> list[ActorMention]:
    """Forces of no stated owner but the doer ("expanded its garrison in X", "pulled monitors
    out of the X frontier") whose country is only the story's guess: the place their own
    phrase names is what the act touched, as CAMEO takes a place for its state."""
    if len(targets) != 1 or "+focus:" not in (targets[0].entry or ""):
        return targets
    head = token_at(targets[0], found.trigger)
    own = any(c.dep_ == "poss" and c.lower_ in grammar.OWN_POSSESSIVES for c in head.children)
    if not (own and (lemma_in(head, grammar.OWN_MEANS) or targets[0].sector == "MIL") or
            head in found.words and lemma_in(head, grammar.OWN_MEANS)):
        return targets  # "an army camp in X" attacked is no force the doer moves
    holders = [head, *([found.trigger] if head in found.words else [])]
    for prep in (c for h in holders for c in h.children if is_preposition(c)):
        if prep.lower_ in grammar.LOCATION_PREPS | {"from", "along", "out"}:
            pobj = place_object(prep)
            places = not_sources(index.place(pobj), sources) if pobj is not None else []
            if places:
                return places
    return targets


# Restrictions a state imposes or eases within its own jurisdiction (CAMEO 172x: curfews, bans
# on gatherings, states of emergency, martial law; 081x: their easing; 175: violent repression,
# "police broke up the protest"): with no place or actor named, they are done in and to the
# doer's own country.
DOMESTIC_CODES = ("172", "081", "175")


# Strikes (CAMEO 143 and below): aimed at whoever employs the strikers.
STRIKE_CODES = ("143",)
# "workers at Ford", "employees of the airline", "staff for the city": the employer's phrase.
EMPLOYER_PREPS = frozenset(("at", "of", "for", "with"))


def employer(strikers: list[ActorMention], doc: Doc, index: MentionIndex
             ) -> list[ActorMention]:
    """The body the strikers work for, named by their phrase ("nurses at the state
    hospitals", "staff of Air France"); none when their phrase names none."""
    for striker in strikers:
        head = mention_head(striker, doc)
        if head is None:
            continue
        holders = [head]
        if head.dep_ == "pobj" and head.head.lower_ == "of" and \
                head.head.head.pos_ in ("NUM", "NOUN"):  # "thousands of workers at X"
            holders.append(head.head.head)
        for prep in (c for h in holders for c in h.children if c != head.head):
            if prep.dep_ == "prep" and prep.lower_ in EMPLOYER_PREPS:
                named = [m for m in phrase_actors(child_with(prep, ("pobj",)), index)
                         if not is_thing(m)]
                if named:
                    return named
    return []


def domestic(found: Match, sources: list[ActorMention], targets: list[ActorMention]
             ) -> list[ActorMention]:
    """The thing imposed or eased ("a state of emergency", "martial law"), standing for the one
    country its sources state they are of; none when they state none or several."""
    countries = {stated_country(s) for s in sources}
    if len(countries) != 1 or None in countries:
        return []
    country = countries.pop()
    if targets:
        return [replace(t, code=country, country=country, entry=f"{t.entry}+home:{country}")
                for t in targets]
    verb = found.trigger
    obj = child_with(verb, ("dobj", "obj")) if verb.pos_ in ("VERB", "AUX") else None
    head = obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else verb
    thing = uncoded_mention(head, list(phrase_tokens(head)) if head is obj else [head], THING)
    return [replace(thing, code=country, country=country, entry=f"{THING}+home:{country}")]


# What is granted to or withheld from someone ("allowed X access", "denied X entry"): the
# parser often reads the one it is granted to as the noun's modifier or as the subject of a
# clause of its own ("allowed aid workers access": "workers access" one phrase).
GRANTED_NOUNS = frozenset("access entry passage permission visa visas asylum".split())
# What one asks of a state by going there: "sought refuge in X", "applied for asylum in Y":
# the place is the state asked.
SOUGHT_IN_PLACE = GRANTED_NOUNS | frozenset(("refuge", "sanctuary", "shelter"))


def granted_to(obj: Token, clause: Token | None, subject: Token | None) -> Token | None:
    """Whom a granted thing the pattern names went to, when the parser did not make them the
    verb's second object: a noun before it set as its modifier or subject ("allowed the UN
    envoy access", "allowed Red Cross workers access"), or the subject of the clause it is
    the object of ("allowed aid workers expanded access", read as a clause)."""
    if not lemma_in(obj, GRANTED_NOUNS):
        return None
    holder = next((c for c in obj.children if c.dep_ in ("compound", "nmod", "nsubj")
                   and c.i < obj.i and c.pos_ in ("NOUN", "PROPN")), None)
    if holder is None and clause is not None and obj.head == clause and subject is not None \
            and subject.i < obj.i:
        holder = subject
    return holder


def giver(found: Match, index: MentionIndex) -> list[ActorMention]:
    """Who gave what a receiving verb's subject got ("received aid from Y", "won backing
    from Y"): the act is the giver's. Meetings received are the host's own (04)."""
    verb = found.trigger
    if verb.lemma_.lower() not in grammar.RECEIVE_VERBS - {"accept"} or \
            (found.pattern.code or "")[:2] == "04":  # accepting a demand is the accepter's
        return []
    obj = child_with(verb, ("dobj", "obj"))
    frm = next((c for h in (verb, *([obj] if obj is not None else [])) for c in h.children
                if c.dep_ == "prep" and c.lower_ == "from"), None)
    return phrase_actors(child_with(frm, ("pobj",)), index) if frm is not None else []


def thing_acted_on(found: Match, sources: list[ActorMention], index: MentionIndex
                   ) -> Token | None:
    """The direct object joint subjects acted on, when it is no actor of theirs and the act is
    not one they do together ("X and Y disputed the figures", "X and Y shelled posts in Z"):
    they did it to that, not to each other."""
    if len(sources) < 2 or (found.pattern.code or "")[:2] in grammar.MUTUAL_ROOTS:
        return None
    obj = child_with(found.trigger, ("dobj", "obj"))
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj in found.words and \
            not lemma_in(obj, STRUCK_HOLDINGS):  # "attacked camps": a pattern's own object
        return None  # that is a place struck is still what they struck, not each other
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = child_with(of, ("pobj",)) if of is not None else None
    if any(t is not None and lemma_in(t, BETWEEN_NOUNS) for t in (obj, inner)):
        return None  # "each other", "violated the truce", "ended months of fighting"
    if any(same_actor(m, s) for m in index.at(obj) for s in sources):
        return None
    return obj


def owned(mention: ActorMention, near: Token, index: MentionIndex) -> ActorMention:
    """A sector an unresolved possessive pronoun owns, of the country of whom the pronoun
    stands for: the speaker reporting its clause ("the Egyptian president said his
    government had arrested ..."): Egypt's government."""
    if not sector_only(mention):
        return mention
    head = token_at(mention, near)
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None or any((m.start, m.end) != (mention.start, mention.end)
                            for m in index.at(owner)):
        return mention  # the pronoun resolved: its own mention says whose
    clause = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if clause is None or clause.dep_ != "ccomp" or \
            clause.head.lemma_.lower() not in grammar.SPEECH_VERBS:
        return mention
    speaker = child_with(clause.head, ("nsubj",))
    countries = {m.country for m in (index.for_phrase(speaker) if speaker is not None else [])
                 if m.country}
    return placed([mention], countries.pop(), "owner")[0] if len(countries) == 1 else mention


def placed(mentions: list[ActorMention], country: str | None, why: str = "place"
           ) -> list[ActorMention]:
    """Mentions of a sector and no country ("journalists", "students") take a country: where
    the act was done ("arrested dozens of journalists in Istanbul": Turkey's), else, for a
    target, the one country of its sources ("home"). The entry says which ("+place:TUR")."""
    if country is None:
        return mentions
    return [replace(m, code=country + m.code, country=country,
                    entry=f"{m.entry or ''}+{why}:{country}") if sector_only(m) else m
            for m in mentions]


def sector_only(mention: ActorMention) -> bool:
    """A mention coded with a sector alone ("MED", "CVL"), no country, no organisation."""
    return bool(mention.code) and mention.country is None and \
        cameo.split(mention.code) == (None, mention.code)


def where_done(verb: Token, index: MentionIndex) -> str | None:
    """The country of the first 'in', 'at' or 'near' place of a known country after the verb,
    in its clause or the phrases under it (not in the subject, nor in a clause of its own)."""
    subject = subject_of(verb)
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    skip |= {t.i for clause in verb.subtree if clause.dep_ in OWN_CLAUSE_DEPS
             and clause != verb for t in clause.subtree}
    for prep in verb.subtree:
        if prep.i > verb.i and prep.i not in skip and is_preposition(prep) and \
                prep.lower_ in grammar.LOCATION_PREPS | AT_PREPS:
            found = index.place(child_with(prep, ("pobj",)))
            if found and found[0].country:
                return found[0].country
    return None


# State coercion (CAMEO 17) done with no doer named, whose one acted on is placed by the text:
# 172 administrative sanctions (closures, quarantines, bans, curfews) and 173 arrest, detention
# and charge. Left out: 170 and 171 (Phoenix's 'force', 'push', 'seize', 'grab' fire mostly on
# everyday words, and a thing seized stands for its owner, not for where it was found), 174
# (its 'remove', 'kick out' verbs mostly name no expulsion by a state) and 175 (its 'use' lines
# fire on things used).
COERCED_CODES = ("172", "173")
# Of these, the codes whose object may be a thing: a place or body closed, quarantined or banned
# ("the hotel was quarantined"); what one is charged with or held in is no one acted on.
COERCED_THING_CODES = ("172",)
# Prepositions of the place an act was done at, or of the court or office it was done before.
COERCION_PLACE_PREPS = grammar.LOCATION_PREPS | frozenset(("at", "near", "on", "before"))
# State organs whose country is where they act: the police, the courts, the government.
JURISDICTION_SECTORS = frozenset(("COP", "JUD", "GOV"))


def coerced_placed(found: Match, verb: Token, sources: list[ActorMention],
                   targets: list[ActorMention], index: MentionIndex) -> list[ActorMention]:
    """The one a state act of coercion (CAMEO 172, 173: arrest, charge, detention,
    quarantine, closure, ban) was done to, where no dictionary knows it ("he", "Mr X", "the
    hotel") and no doer is named (a passive with no agent, or a noun: "faces a charge"; at most
    the place, "was detained in Ghana"): a state coerces those in its own jurisdiction, so it
    is of the country the text places the act in: first the place its own phrase names ("a
    Mombasa mechanic"), then a place, court or police the act's clause names ("will appear
    in a Lusaka court"), then the country the article is set in (its dateline, else the
    story's one focus country). The doer stays as the text gives it."""
    code = found.pattern.code or ""
    trigger = found.trigger
    if not code.startswith(COERCED_CODES) or not targets or \
            any(not (s.entry or "").startswith("place:") for s in sources):
        return targets
    if found.pattern.pos == "VERB" and child_with(trigger, PASSIVE_SUBJECT_DEPS) is None and \
            trigger.tag_ != "VBN":
        return targets  # "charging the phones", "banning protests": an active verb's doer is
        # its subject, named or not
    doc = trigger.doc
    country = next((s.country for s in sources if s.country), None)
    placed_targets = []
    for target in targets:
        if (target.entry or "").startswith("place:") and target.country and not sources and \
                code.startswith(COERCED_THING_CODES):  # "rallies were banned on Kenyan soil":
            # the land a sanction was imposed on is its people, under it; no scene
            placed_targets.append(replace(target, entry=f"unresolved:place+coerced:"
                                          f"{target.country}"))
            continue
        if target.code and not sector_only(target) or target.said_as is not None and \
                not (target.entry or "").startswith("coref:"):
            placed_targets.append(target)  # coded; or a pronoun read as the one reporting
            continue  # ("the paper says he was arrested"), not as its antecedent
        head = token_at(target, trigger)
        if found.pattern.pos == "NOUN" and head.head.lower_ == "of" and head.head.head == trigger:
            placed_targets.append(target)  # "on charges of fraud": what is charged, no one
            continue
        person = target.entry == "unresolved:noun-phrase" or sector_only(target) or \
            target.entry == "unresolved:pronoun" and head.lower_ != "you"  # not anyone
        if not person and not (is_thing(target) and code.startswith(COERCED_THING_CODES)):
            placed_targets.append(target)
            continue
        where, why = next((m.country for m in index.place(head) if m.country), None) or \
            country or clause_country(verb, index), "coerced"
        if where is None:
            where, why = story_country(index, doc), "story"
        if where is None:
            placed_targets.append(target)
        elif sector_only(target):
            placed_targets.extend(placed([target], where, why))
        else:
            placed_targets.append(replace(target, code=where, country=where,
                                          entry=f"{target.entry}+{why}:{where}"))
    return placed_targets


def clause_country(verb: Token, index: MentionIndex) -> str | None:
    """The country of a place, of a court, police or government of one country, or of a land
    named by its country ("on French soil"), that a phrase of the act's clause (or of a clause
    joined to it) puts the act in or before ("was charged and will appear in a Lusaka court":
    Zambia); not the subject's."""
    subject = subject_of(verb)
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    skip |= {t.i for clause in verb.subtree if clause.dep_ in OWN_CLAUSE_DEPS
             and clause != verb for t in clause.subtree}
    for prep in verb.subtree:
        if prep.i in skip or not is_preposition(prep) or \
                prep.lower_ not in COERCION_PLACE_PREPS:
            continue
        pobj = child_with(prep, ("pobj",))
        if pobj is None:
            continue
        found = [m.country for m in index.place(pobj) if m.country] or \
            [m.country for t in phrase_tokens(pobj) for m in index.at(t) if m.country and (
                m.sector in JURISDICTION_SECTORS and t == pobj or m.code == m.country)
             and "+focus:" not in (m.entry or "")]  # "a Lusaka court", "on French soil"
        if found:
            return found[0]
    return None


def story_country(index: MentionIndex, doc: Doc) -> str | None:
    """The one country an article is set in: its dateline's ("NAIROBI, Kenya --"), else the
    story's focus, where the actors stage gave one to the sector nouns it placed ("+focus:"),
    else the one country all its named places are in; None where the text names several."""
    dated = {m.country for m in index.mentions if m.country and index.in_dateline(m.start)}
    if len(dated) == 1:
        return dated.pop()
    focus = {(m.entry or "").split("+focus:", 1)[1][:3] for m in index.mentions
             if "+focus:" in (m.entry or "")}
    if len(focus) == 1:
        return focus.pop()
    places = {m.country for m in index.places.values() if m.country}
    return places.pop() if len(places) == 1 and not focus else None


# Where a photo caption places a person: "X, left, and Y"
CAPTION_PLACES = frozenset("left right center centre".split())


# Roots of what is done in words: an appeal, a demand, a complaint, a rejection, a threat.
WORDED_ROOTS = frozenset("02 10 11 12 13".split())
# Verbs of telling whose object is the one addressed ("told X", "warned X").
ADDRESSING_VERBS = frozenset("tell inform warn remind assure".split())


# Codes of a legal case brought against someone: accusation, lawsuit, charge, trial.
LEGAL_CASE_CODES = ("112", "114", "115", "116", "173")


def charged_in(found: Match, index: MentionIndex) -> list[ActorMention]:
    """"The banker faces fraud charges in Italy": a charge (or trial, or lawsuit) 'in' a
    country that names no one bringing it is that country's, as its courts bring it."""
    if not (found.pattern.code or "").startswith(LEGAL_CASE_CODES):
        return []
    where = next((c for c in found.trigger.children
                  if c.dep_ == "prep" and c.lower_ == "in"), None)
    place = child_with(where, ("pobj",)) if where is not None else None
    if place is None or place.pos_ != "PROPN":
        return []
    return [m for m in phrase_actors(place, index) if m.code and len(m.code) == 3] or \
        index.place(place)


# Verbs of holding someone captive.
HOLDING_VERBS = frozenset("hold kidnap abduct capture detain seize take".split())


def captives_released(verb: Token) -> Token | None:
    """The ones a passive release frees: its subject; or, where the parser took the date a
    captivity began for the subject of a clause ("aid workers who had been held by X since 2018
    were released", read as "since 2018 were released" hung on "held"), the captives."""
    released = child_with(verb, PASSIVE_SUBJECT_DEPS)
    holding = verb.head
    if released is not None and released.like_num and verb.dep_ == "advcl" and \
            any(c.dep_ == "mark" and c.lower_ in ("since", "from") for c in verb.children) and \
            holding.dep_ in ("relcl", "acl") and holding.lemma_.lower() in HOLDING_VERBS:
        return holding.head
    return released


def held_by(found: Match, index: MentionIndex) -> list[ActorMention]:
    """"Two hostages held by the rebels were released": a release said with no one doing it
    is done by the ones who held the captives."""
    verb = found.trigger
    released = captives_released(verb)
    if found.pattern.pos != "VERB" or not (found.pattern.code or "").startswith("084") or \
            released is None or child_with(verb, ("agent",)) is not None:
        return []
    holding = next((c for c in released.children if c.dep_ in ("acl", "relcl")
                    and c.lemma_.lower() in HOLDING_VERBS), None)
    agent = child_with(holding, ("agent",)) if holding is not None else None
    return phrase_actors(child_with(agent, ("pobj",)), index) if agent is not None else []


def driver_of(found: Match, index: MentionIndex) -> list[ActorMention]:
    """The driver of a vehicle stopped or turned back ("pulled over a van driven by X", "a truck
    driven by X was turned away"): whom a restriction of movement (191) is aimed at."""
    if not (found.pattern.code or "").startswith("191"):
        return []
    for word in found.words:
        driven = next((c for c in word.children if c.dep_ == "acl" and
                       c.lemma_.lower() == "drive" and c.tag_ == "VBN"), None)
        agent = child_with(driven, ("agent",)) if driven is not None else None
        if agent is not None:
            return phrase_actors(child_with(agent, ("pobj",)), index)
    return []


def evidence_blamers(found: Match, index: MentionIndex) -> list[ActorMention] | None:
    """The ones who say evidence lays blame ("police say the attack bears the hallmarks of X",
    "'all the clues point to X,' he said"): the speaker of the clause, or no one; None when
    the act is not blame laid by evidence."""
    verb = found.trigger
    if found.pattern.pos != "VERB" or not (found.pattern.code or "").startswith("112") or \
            lemma(verb) not in grammar.EVIDENCE_BLAME_VERBS:
        return None
    if lemma(verb) in ATTRIBUTING_VERBS and child_with(verb, PASSIVE_SUBJECT_DEPS) is None:
        return phrase_actors(subject_of(verb), index)  # "the army attributed the raid to X"
    if verb.dep_ == "ccomp" and lemma(verb.head) in grammar.SPEECH_VERBS | grammar.BELIEF_VERBS:
        return phrase_actors(subject_of(verb.head), index)
    agent = child_with(verb, ("agent",))  # "the raid was attributed to X by the army"
    return phrase_actors(child_with(agent, ("pobj",)), index) if agent is not None else []


# Acts on the people a pattern's own object word names ("carried off two nurses", "flew the
# villagers to safety"): those people are the target.
PEOPLE_MOVED_CODES = ("18", "073")
def names_people(head: Token) -> bool:
    """Whether a phrase names people: "two nurses", "the wounded", "hundreds of people"."""
    if head.pos_ == "NUM" or head.like_num:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        head = child_with(of, ("pobj",)) if of is not None else head
    return head is not None and lemma_in(head, grammar.HUMAN_NOUNS | {"people", "wounded"})


# Verbs that lay an act at someone's door: "the raid was attributed to X".
ATTRIBUTING_VERBS = frozenset(("attribute", "ascribe"))


def told_addressee(found: Match, index: MentionIndex) -> list[ActorMention]:
    """"The mayor told the board, demanding an apology": a participle of what was said, hung
    on the telling, is addressed to the one told, when it names no one of its own."""
    verb = found.trigger
    if (found.pattern.code or "")[:2] not in WORDED_ROOTS or verb.dep_ != "advcl" or \
            verb.tag_ != "VBG" or verb.head.lemma_.lower() not in ADDRESSING_VERBS:
        return []
    told = child_with(verb.head, ("dobj", "dative"))
    if told is None or told.i > verb.i:
        return []
    return phrase_actors(told, index)


def reporter_of_joined_act(found: Match, index: MentionIndex) -> list[ActorMention]:
    """"The navy stated the harbour was unsafe and warned fishermen to keep clear": the
    parser may join the second verb to the reported clause; when that clause's subject is no
    actor, a worded act (a warning, an appeal) is the reporter's."""
    verb = found.trigger
    if (found.pattern.code or "")[:2] not in WORDED_ROOTS or verb.dep_ != "conj" or \
            child_with(verb, SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS) is not None:
        return []
    clause = verb.head
    # the reported clause may itself be parsed as joined to the verb of saying
    if clause.dep_ not in ("ccomp", "conj") or \
            clause.head.lemma_.lower() not in grammar.SPEECH_VERBS or \
            clause.head.i > clause.i:
        return []
    return phrase_actors(child_with(clause.head, SUBJECT_DEPS), index)


def joint_subjects(verb: Token, subject: Token | None) -> list[Token]:
    """"X, left, and Y attended the talks": the parser may split a joint subject set off by
    commas into two subjects of the verb; the first, holding the "and", shares the act."""
    if subject is None or subject.head != verb or subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    head = verb.head
    if verb.dep_ == "conj" and head.lower_ in CAPTION_PLACES and head.i < subject.i and \
            0 < head.i < len(head.doc) - 1 and head.nbor(-1).text == "," == head.nbor().text:
        # "X, left, and Y hold talks" parsed as "X left" and "Y hold": X holds them too
        return [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
    return [c for c in verb.children if c.dep_ == subject.dep_ and c.i < subject.i
            and any(g.dep_ == "cc" and g.i > c.i for g in (*c.children, *(
                g for p in c.children if p.pos_ in ("ADJ", "ADV") for g in p.children)))]
    # the "and" may hang on a caption's position word: "X, left, and Y attend ..."


def companions(verb: Token, subject: Token | None) -> list[Token]:
    """"X, along with Y, sent aid", "X, together with Y, condemned ...", "X alongside Y
    attacked ...": the one named with the subject before the verb acts with it."""
    if subject is None or subject.i > verb.i or child_with(verb, PASSIVE_SUBJECT_DEPS):
        return []
    found = []
    for prep in (c for h in (verb, subject) for c in h.children
                 if c.dep_ == "prep" and subject.i < c.i < verb.i):
        word = prep.lower_
        if word == "along":
            prep = next((c for c in prep.children if c.lower_ == "with"), None)
        elif word == "with" and not any(c.lower_ in ("together", "along")
                                         for c in prep.children):
            continue
        elif word not in ("along", "with", "alongside"):
            continue
        pobj = child_with(prep, ("pobj",)) if prep is not None else None
        if pobj is not None:
            found.append(pobj)
    return found


def doers_of_subject_act(found: Match, sources: list[ActorMention], index: MentionIndex
                         ) -> list[ActorMention]:
    """"An attack carried out by rebels killed five soldiers", "Russian airstrikes hit a
    hospital": violence whose subject is an act of harm that names its doer was done by them,
    not by the act; else none."""
    subject = subject_of(found.trigger)
    if subject is None or not lemma_in(subject, HARM_NOUNS) or \
            (found.pattern.code or "")[:2] not in grammar.VIOLENT_ROOTS or \
            any(m.code for m in sources):
        return []
    return [m for m in act_doers(subject, index) if m.code]


def blow(found: Match, targets: list[ActorMention], index: MentionIndex
         ) -> list[ActorMention]:
    """"A car bomb killed two soldiers": when violence names no actor, only the means or the
    blow, whoever that phrase says used it is its source ("a missile fired by X", "a bomb
    planted by Y", "X carried out an air strike which killed ..."); else the phrase itself,
    if it was done to one the dictionaries know."""
    subject = subject_of(found.trigger)
    if subject is None or not lemma_in(subject, grammar.VIOLENT_MEANS) or \
            (found.pattern.code or "")[:2] not in grammar.VIOLENT_ROOTS:
        return []
    doers = not_sources(means_doers(subject, index), targets)
    if doers:
        return doers
    return phrase_actors(subject, index, loose=True) if any(t.code for t in targets) else []


def means_doers(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """Who used a means of violence or dealt a blow, as its phrase names them: its owner or
    'by' phrase ("rebel rockets", "an attack by X", "a bomb blamed on X"), the 'by' phrase of
    any participle on it ("a missile fired by X", "a bomb planted by Y"), or the subject of the
    light verb it is the object of ("X carried out an air strike which killed ..."). Only a
    known actor as owner ("no group has claimed the attack" names no one)."""
    found = [m for m in act_doers(noun, index) if m.code]
    if not found:
        agent = next((c for clause in noun.children if clause.dep_ == "acl" and
                      clause.tag_ == "VBN" for c in clause.children if c.dep_ == "agent"), None)
        found = phrase_actors(child_with(agent, ("pobj",)), index) if agent is not None else []
    if not found and noun.dep_ in ("dobj", "obj") and lemma(noun.head) in \
            grammar.LIGHT_VERBS | grammar.DOING_PARTICIPLES:
        found = phrase_actors(subject_of(noun.head), index)
    return found


def verb_arguments(
    found: Match, index: MentionIndex
) -> tuple[list[ActorMention], list[ActorMention]]:
    subject = subject_of(found.trigger)
    sources = phrase_actors(subject, index) or speaking_it(subject, found)
    for other in joint_subjects(found.trigger, subject):
        sources = [m for m in phrase_actors(other, index) if m not in sources] + sources
    if sources:  # "X, along with Y, sent aid": Y sent it too
        sources = sources + [m for other in companions(found.trigger, subject)
                             for m in phrase_actors(other, index) if m not in sources]
    obj = child_with(found.trigger, ("dobj", "obj"))
    itself = [m for m in (index.at(obj) if obj is not None and obj.pos_ != "PRON" else [])
              if any(same_actor(m, s) for s in sources)]
    if itself:  # "Russia criticized Russia": an act on oneself, dropped as a self-event
        return sources, itself
    verb = found.trigger
    passive = child_with(verb, PASSIVE_SUBJECT_DEPS) is not None or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and after_parenthetical(verb) is None) or \
        borrowed_passive(verb, (found.pattern.code or "")[:2]) is not None or \
        reduced_passive(verb, (found.pattern.code or "")[:2]) is not None
    # in a passive ("forces, backed by Russia") the subject found is the one acted on
    index.excluded = [] if passive else sources
    try:
        return verb_targets(found, index, sources)
    finally:
        index.excluded = []


def hands_of(prep: Token) -> Token | None:
    """The 'of' phrase of "at the hands of X" (or "by the hands of"), which names the doer, as
    a 'by' phrase does; else None."""
    if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("at", "by"):
        return None
    hands = child_with(prep, ("pobj",))
    if hands is None or hands.lower_ != "hands":
        return None
    return next((c for c in hands.children if c.dep_ == "prep" and c.lower_ == "of"
                 and child_with(c, ("pobj",)) is not None), None)


# Acts done to someone, whose verbs take the one acted on as object: praise, investigation,
# criticism, rejection, threats, coercion, violence.
ACTED_ON_ROOTS = frozenset(("05", "09", "11", "12", "13", "17", "18", "19", "20"))


def shared_object(verb: Token) -> Token | None:
    """"arrested and charged two activists", "beat and detained the protesters": a verb with
    no object of its own, joined by 'and' or 'or' to a following verb of the same subject, acts
    on that verb's object."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("prep", "ccomp", "xcomp", "prt")
                                  for c in verb.children):
        return None
    for other in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if not any(g.dep_ == "cc" and verb.i < g.i < other.i for g in verb.children):
            continue
        if child_with(other, SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS) is not None:
            return None  # a clause of its own: "X arrested, and Y charged, ..."
        obj = child_with(other, ("dobj", "obj"))
        return obj if obj is not None and obj.i > other.i and obj.pos_ != "PRON" or \
            obj is not None and obj.lower_ in PEOPLE_PRONOUNS else None
    return None


def relative_object(verb: Token, index: MentionIndex) -> Token | None:
    """"the aid workers they had kidnapped", "the two monitors it detained": a relative clause
    with a subject of its own and no relative pronoun or object acts on the actor it
    describes (not on a thing: "the trucks they took from X" were taken from X); else
    None."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if child_with(verb, ("nsubj",)) is None or child_with(verb, ("auxpass", "nsubjpass")):
        return None
    if any(c.tag_ in ("WDT", "WP", "WP$") or c.dep_ in ("dobj", "obj", "ccomp", "xcomp",
                                                        "dative", "prt")
           for c in verb.children):
        return None
    subject = child_with(verb, ("nsubj",))
    return verb.head if subject.i > verb.head.i and index.at(verb.head) else None


# Nouns that sum up the act told before them ("..., a move that X condemned").
SUMMING_NOUNS = frozenset("move decision step action measure act".split())


def summed_up_doer(obj: Token, index: MentionIndex) -> list[ActorMention]:
    """"Kenya closed its border, a decision that Somalia condemned": the relative pronoun
    object stands for a noun set off by a comma that sums up the act before it; the one judged
    is that act's doer, the subject of the verb the summing noun hangs on."""
    clause = obj.head
    if obj.tag_ not in ("WDT", "WP") or clause.dep_ != "relcl":
        return []
    noun = clause.head
    if not lemma_in(noun, SUMMING_NOUNS) or noun.left_edge.i == 0 or \
            noun.doc[noun.left_edge.i - 1].text != ",":
        return []
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    return [m for m in phrase_actors(subject_of(verb), index) if m.code] if verb is not None \
        else []


def borrowed_passive(verb: Token, root: str = "") -> Token | None:
    """The subject a passive verb with none of its own takes from the verb it hangs on: "the
    former governor is to be jailed", "four activists ... have been arrested by police" (a
    passive joined to an active verb), "a journalist was found murdered" (a participle
    predicated of a passive's subject). That subject is the one acted on; None otherwise."""
    if child_with(verb, SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS) is not None:
        return None
    if child_with(verb, ("auxpass",)) is not None and verb.dep_ in ("advcl", "pcomp") and \
            verb.tag_ == "VBN":
        # "resigned after being criticised by X", "was hurt while being taken into custody":
        # a passive clause with no subject of its own is said of the main clause's subject,
        # the one acted on (not the critic, nor the police); a bare quantifier ("many marched
        # after being driven out of their villages") is left to the verb's phrases
        said_of = subject_of(verb)
        if said_of is not None and said_of.pos_ in ("NOUN", "PROPN", "PRON"):
            return said_of
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if child_with(verb, ("auxpass",)) is not None and verb.dep_ in ("xcomp", "conj"):
        # "the treaty was drafted in May but was ratified by X": a passive joined to a passive
        # shares its subject
        return subject_of(verb) or (child_with(head, PASSIVE_SUBJECT_DEPS)
                                    if verb.dep_ == "conj" else None)
    if verb.dep_ == "conj" and root in grammar.SHARED_PASSIVE_ROOTS and \
            (verb.tag_ == "VBN" or root in grammar.OBJECT_ONLY_ROOTS and verb.tag_ == "VBD") and \
            head.tag_ == "VBN" and child_with(head, ("auxpass",)) is not None and \
            not any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in verb.children):
        # "the trader was evicted and sentenced to a year in jail", "were shot and wounded":
        # a participle of coercion or violence sharing the passive's auxiliary is passive
        # too, and its subject the one acted on (not the sentencer, nor the attacker); a verb
        # that always takes its object (grammar.OBJECT_ONLY_ROOTS) is one even where the
        # tagger read a past tense
        return child_with(head, PASSIVE_SUBJECT_DEPS)
    if verb.dep_ in ("xcomp", "oprd") and verb.tag_ == "VBN" and \
            child_with(head, PASSIVE_SUBJECT_DEPS) is not None and \
            not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        # not a perfect infinitive ("soldiers are reported to have killed six people"): who
        # is reported did it
        return subject_of(verb)
    return None


# Roots of violence (CAMEO 18 assault, 19 fight): their bare participles in a headline or a
# quoted report are passives ("three soldiers killed"); an arrest or a jailing (17) is left to
# the parse, which more often reads its bare verb as active.
VIOLENCE_ROOTS = frozenset(("18", "19"))
# Closed class: verbs of fighting between sides, never passive ("troops clashed with rebels",
# "the two armies fought near the border"), whatever the tagger reads.
COMBAT_VERBS = frozenset(("clash", "fight", "battle", "skirmish"))


def reduced_passive(verb: Token, root: str = "") -> Token | None:
    """The subject of a bare participle of violence with no auxiliary and no object, the
    passive of a headline or a quoted report ("three soldiers killed in an ambush", "a guard
    stabbed outside the station"): the one acted on, not the doer; None otherwise."""
    if root not in VIOLENCE_ROOTS or verb.tag_ != "VBN" or lemma(verb) in COMBAT_VERBS or any(
            c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "iobj", "nsubjpass", "ccomp")
            for c in verb.children):
        return None  # (an object, even one misread as a clause, makes it active)
    if any(c.dep_ == "prt" and child_with(c, ("pobj", "dobj", "obj")) is not None
           for c in verb.children):
        return None  # "police sealed off the area": an object the parser hung on the particle
    if any(c.dep_ == "conj" and child_with(c, ("dobj", "obj")) is not None
           for c in verb.children):
        return None  # "the regime invaded and razed the town": verbs sharing an object
    subject = child_with(verb, ("nsubj",))
    return subject if subject is not None and subject.i < verb.i and \
        subject.pos_ in ("NOUN", "PROPN") else None


def passive_agent(verb: Token) -> Token | None:
    """The 'by' phrase of a passive verb ("at the hands of" says the same: "were killed at
    the hands of X"); where it has none, the one of a participle joined to it with no subject
    of its own ("were beaten and detained by soldiers": both by them)."""
    agent = child_with(verb, ("agent",)) or next(filter(None, map(hands_of, verb.children)),
                                                  None)
    if agent is not None:
        return agent
    doc = verb.doc
    for other in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"):
        # the two side by side ("attacked and damaged by"): not "arrested and later freed by
        # a court", where the one who freed them need not be the one who arrested them
        if other.i == verb.i + 2 and doc[verb.i + 1].dep_ == "cc" and \
                child_with(other, SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS) is None:
            agent = child_with(other, ("agent",))
            if agent is not None:
                return agent
    return harm_by(verb)


# Nouns of a violent act whose 'by' phrase names who harmed the subject of a passive verb it
# is the 'in' phrase of ("were killed in an ambush by rebels").
HARM_NOUNS = frozenset(
    "attack ambush raid airstrike strike bombing shelling assault offensive crackdown "
    "bombardment blast explosion shooting incursion operation clash fighting battle "
    "gunbattle firefight skirmish".split())
# Of those, the fights whose 'with' phrase names the other side ("were killed in clashes with
# X": X killed them).
COMBAT_NOUNS = frozenset("clash fighting battle gunbattle firefight skirmish".split())


# Participles and clauses that lay an act at someone's door, with the word that names them:
# "an attack blamed on rebels", "a bombing claimed by X", "a raid attributed to Y", "the
# ambush the army blamed on Z": the one named did it, as whoever says so holds.
LAID_AT = {"blame": "on", "pin": "on", "attribute": "to", "ascribe": "to", "claim": "by"}


def laid_at(noun: Token) -> Token | None:
    """The phrase ('on X', 'by X', 'to X') of a clause on an act's noun that lays the act at
    X's door ("an attack blamed on rebels"), or None."""
    for clause in noun.children:
        word = LAID_AT.get(clause.lemma_.lower())
        if clause.dep_ not in ("acl", "relcl") or word is None:
            continue
        for prep in clause.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ == word and \
                    child_with(prep, ("pobj",)) is not None:
                return prep
    return None


def harm_by(verb: Token) -> Token | None:
    """"were killed in an ambush by rebels", "was hit in a wave of raids by X": the 'by'
    phrase of the violent act a passive verb's 'in' phrase names (through a run of them),
    which names the doer as the verb's own 'by' phrase would; else None."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        act = child_with(prep, ("pobj",))
        nouns = [act] if act is not None else []
        while nouns and nouns[-1].lemma_.lower() not in HARM_NOUNS:
            of = next((c for c in nouns[-1].children if c.dep_ == "prep" and c.lower_ == "of"),
                      None)
            nxt = child_with(of, ("pobj",)) if of is not None else None
            if nxt is None or len(nouns) > 2:
                nouns = []
                break
            nouns.append(nxt)
        if not nouns:
            continue
        for noun in reversed(nouns):  # the parser may hang the 'by' on the run
            by = next((c for c in noun.children if c.dep_ in ("prep", "agent")
                       and c.lower_ == "by" and child_with(c, ("pobj",)) is not None), None)
            if by is not None:
                return by
        laid = laid_at(nouns[-1])  # "was killed in an attack blamed on rebels"
        if laid is not None:
            return laid
        fight = nouns[-1]
        if fight.lemma_.lower() in COMBAT_NOUNS:  # "were killed in fighting with rebels"
            other = next((c for c in fight.children if c.dep_ == "prep" and c.lower_ == "with"
                          and child_with(c, ("pobj",)) is not None), None)
            if other is not None:
                return other
    return None


def harm_owners(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """"were killed in a PKK attack", "died in Russian airstrikes": the actor the words before
    the violent act in a passive verb's 'in' phrase name as its owner (not a place: "a Kabul
    bombing" is one in Kabul)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        act = child_with(prep, ("pobj",))
        if act is not None and act.lemma_.lower() in HARM_NOUNS:
            owners = [m for m in act_owners(act, index)
                      if m.code and not (m.entry or "").startswith("place:")]
            if owners:
                return owners
    return []


def verb_targets(
    found: Match, index: MentionIndex, sources: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    verb = found.trigger
    called = phone_call(verb, found.pattern.code == "074")
    if called is not None and sources:  # "called X to discuss Y": discussed with X
        targets = phrase_actors(called, index)
        if targets:
            return sources, not_sources(targets, sources)
    partner = with_partner(verb) if found.pattern.prep == "with" else None
    if partner is not None:  # "is working closely with the police to ...", misparsed
        targets = not_sources(phrase_actors(partner, index), sources)
        if targets:
            return sources, targets
    passive_subject = child_with(verb, PASSIVE_SUBJECT_DEPS)
    if passive_subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and \
            after_parenthetical(verb) is None:
        passive_subject = verb.head  # "forces, backed by Russia"
    if passive_subject is None:  # "is to be jailed", "... and were arrested by police"
        passive_subject = borrowed_passive(verb, (found.pattern.code or "")[:2]) or \
            reduced_passive(verb, (found.pattern.code or "")[:2])
    if passive_subject is not None:
        agent = passive_agent(verb)
        agent_head = child_with(agent, ("pobj",)) if agent is not None else None
        targets = phrase_actors(passive_subject, index)
        if passive_subject in found.words:  # "sanctions against Iran were lifted by the EU":
            # the subject names the act undone; whom it touched is inside it
            targets = actor_within(passive_subject, index, exclude=[], own=found.words) or \
                theme_target(verb, passive_subject, found, index) or targets
            if targets and passive_subject.pos_ == "NOUN" and index.at(passive_subject):
                # "two reporters and a lawyer were detained": those joined to it too
                targets += [m for other in with_conjuncts(passive_subject)[1:]
                            for m in phrase_actors(other, index) if m.code and m not in targets]
        for prep in (c for c in verb.children if is_preposition(c)):
            if not targets and prep.lower_ in grammar.RECIPIENT_PREPS:
                # "the statue was handed by the police to the museum's owners"
                targets = phrase_actors(child_with(prep, ("pobj",)), index, loose=True)
        if not targets and passive_subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" and \
                verb.head.pos_ in ("NOUN", "PROPN"):  # "a motorist who was shot by police":
            passive_subject = verb.head  # the one described, though no dictionary knows it
        targets = targets or phrase_actors(passive_subject, index, loose=True)
        if agent is None and moves_forces(found) and is_forces(passive_subject):
            # "Russian troops were deployed to Syria": forces moved are their own state's,
            # moved where the act went
            movers = phrase_actors(passive_subject, index)
            if movers:
                return movers, not_sources(moved_to(verb, index) or sent_for(verb, index),
                                           movers)
        agents = phrase_actors(agent_head, index)
        if not agents and agent is None:  # "X said Y must not be allowed to ...": X's stand
            agents = urging_speaker(verb, index)
        if not agents and agent is None and (found.pattern.code or "")[:2] in \
                grammar.STATE_ACT_ROOTS:  # "police said three men were arrested": by police
            agents = state_speaker(verb, index)
        if not agents and agent is None and (found.pattern.code or "")[:2] in \
                grammar.VIOLENT_ROOTS:  # "guards were wounded as they tried to disarm the
            agents = named_attacker(verb, index)  # attacker": the attacker did it
        if not agents and agent is None and (found.pattern.code or "")[:2] in \
                grammar.VIOLENT_ROOTS:  # "were killed in a PKK attack": the PKK did it
            agents = harm_owners(verb, index)
        if not agents and agent is None and (found.pattern.code or "")[:2] in \
                {"11", *ASKING_ROOTS}:  # "police say X is suspected of the raid", "residents
            agents = accusing_speaker(verb, index)  # were told to stay in, officials said"
        if not agents and agent is None and (found.pattern.code or "")[:2] in \
                grammar.STATE_ACT_ROOTS:  # "was detained in Ghana": by Ghana's authorities
            agents = place_target([verb], index, grammar.LOCATION_PREPS)
        if not agents and agent is None:  # "was released from captivity in Libya", "tortured
            agents = custodian(verb, index)  # in a prison in X": the state holding them
        if not agents and agent is None and (found.pattern.code or "").startswith(
                grammar.EXPULSION_CODES):  # "were expelled from Ghana": by Ghana's state
            origin = next((child_with(c, ("pobj",)) for c in verb.children
                           if is_preposition(c) and c.lower_ == "from"), None)
            agents = index.place(origin) or [m for m in phrase_actors(origin, index) if m.code]
        return agents, countrys_thing(targets, found, index, agents)
    obj = child_with(verb, ("dobj", "obj", "iobj")) or child_with(verb, ("dative",))
    if obj is not None and obj.pos_ == "ADP":
        obj = None  # "to Iraq" labelled dative: a phrase, not an object
    if obj is None and found.complement is None and \
            (found.pattern.code or "")[:2] in ACTED_ON_ROOTS:
        obj = shared_object(verb) or relative_object(verb, index)
    if obj is None:  # "called the envoy a fool": the parser may make the one named a predicate
        obj = child_with(verb, ("oprd",))
    if obj is None:  # "freed on bail two activists": the object put after a short phrase, read
        # as that phrase's second object
        obj = next((pobjs[-1] for c in verb.children if c.dep_ == "prep" for pobjs in
                    [[g for g in c.children if g.dep_ == "pobj"]] if len(pobjs) > 1), None)
    clause = child_with(verb, ("xcomp", "ccomp"))
    subject = child_with(clause, ("nsubj", "nsubjpass")) if clause is not None else None
    if subject is not None and not (subject.pos_ in ("NOUN", "PROPN") or index.at(subject)):
        subject = None  # "critics say he misused funds": he, when known
    if obj is None and subject is not None and subject not in found.words and \
            (found.pattern.code or "")[:2] in ASKING_ROOTS:  # "demanded X halt arms sales": X,
        obj = subject  # though the pattern's noun is in the clause
    if obj is None:  # "accept any refugees fleeing ...", parsed as a clause: the pattern's noun
        obj = next((t for t in found.words[1:] if t.pos_ in ("NOUN", "PROPN")
                    and t.dep_ in ("nsubj", "dobj", "attr")), None)
    if obj is None:  # "convicted the bank to pay", "ordered the troops to leave"
        obj = subject
    if obj is not None and obj not in found.words and moves_forces(found):
        obj = unit_of(obj, found) or obj  # "withdrew a contingent of troops from X"
    if obj is not None and (own_means(obj) or moved_forces(obj, found)):
        obj = None  # "withdrew (some of) its troops from Iraq": its own, not the target
    obj_phrase = None if obj is not None and obj in found.words and not foreign_actor(
        obj, index, sources) and not (  # "carried off two nurses", "flew the villagers to
        (found.pattern.code or "").startswith(PEOPLE_MOVED_CODES) and  # safety": those moved
        names_people(obj)) \
        else obj  # "accused of war crimes": an object that is part of the
    # trigger is no target of its own; but "summoned the Kenyan ambassador" is Kenya's envoy
    # the object if it is an actor; else who the act went to ("returned the paintings to
    # Peru", "pledged to work with China"); else an actor inside the object's phrase ("lift
    # sanctions imposed on India"); else the country it went to or happened in; else the
    # object's own words, uncoded ("rejected the election results")
    recipient = child_with(verb, ("dative", "iobj"))  # "lent Ghana $1bn", "gave Syria an ..."
    if recipient is not None and recipient.pos_ == "ADP" and recipient.lower_ == "to" and \
            obj is not None and recipient.i < obj.i:  # "offered to Kenya a loan of ...": the
        recipient = child_with(recipient, ("pobj",))  # receiver, put before a long object
    if recipient is None and obj is not None and obj in found.words:
        recipient = granted_to(obj, clause, subject)
    targets = phrase_actors(recipient, index) if recipient is not None and \
        recipient.pos_ in ("NOUN", "PROPN") else []
    if not targets and (found.pattern.code or "")[:2] == "04" and obj_phrase is not None:
        # "discussed Libya with Kenya": what is discussed is the topic; the partner is 'with'
        # (which the parser may hang on the topic: "discussed X's case with Y")
        partner = next((c for c in (*verb.children, *obj_phrase.children)
                        if is_preposition(c) and c.lower_ == "with"), None)
        targets = phrase_actors(child_with(partner, ("pobj",)), index) if partner is not None \
            else []
    targets = targets or phrase_actors(obj_phrase, index)
    if recipient is None and obj_phrase is not None and \
            (found.pattern.code or "")[:2] in JUDGED_ROOTS | {"05"}:
        # "hailed Ghana's refugee policy", "condemned the council's vote", "welcomed Kenya's
        # release of the detainees": what is judged is its owner's act; the owner is whom the
        # praise or the reproach is for, not anyone the act's own phrase names
        targets = judged_owner(obj_phrase, index, sources) or targets
    if not targets and obj is not None and obj in found.words and obj.pos_ == "NOUN" and \
            verb.lemma_.lower() in grammar.CONDEMNING_VERBS | APPROVING_VERBS:
        # "condemned the group's attack on the embassy": who did the act condemned, else
        # the act itself; not whom it was done to ("the decision by X to ...": X's; "the
        # killing of the envoy": no one named did it)
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None) \
            if lemma_in(obj, grammar.OWNED_BY_OF_NOUNS) else None  # "the decision of X"
        targets = [m for m in by_doers(obj, index) if m.code] or act_owners(obj, index) or \
            phrase_actors(child_with(of, ("pobj",)), index) or \
            [uncoded_mention(obj, list(phrase_tokens(obj)), THING)]
    if not targets and obj is not None and obj.pos_ == "NOUN" and (
            (found.pattern.code or "")[:2] == "12" or
            (found.pattern.code or "").startswith("016")):
        # "denied the accusation by the army", "rejected claims by X": the one who made what
        # is denied or rejected is whom the denial answers
        by = next((c for c in obj.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"),
                  None) or next((c for c in verb.children if c.dep_ == "prep" and
                                 c.lower_ == "by" and c.i == obj.right_edge.i + 1), None)
        targets = not_sources([m for m in phrase_actors(child_with(by, ("pobj",)), index)
                               if m.code], sources) if by is not None else []
    if not targets and obj is not None and (found.pattern.code or "")[:2] in ("05", "11", "12"):
        # "X closed the border, a move that Y condemned": the act summed up is X's
        targets = not_sources(summed_up_doer(obj, index), sources)
    if not targets and obj_phrase is not None:  # "met his counterpart President X" parsed
        for other in (c for c in verb.children  # as two objects, the first no actor
                      if c.dep_ in ("dobj", "obj") and c != obj_phrase):
            targets = phrase_actors(other, index)
            if targets:
                break
    if targets and obj_phrase is not None and not names_actor(obj_phrase, index):
        # "handed two Greek statues back to the Italian museum": an object that is no actor,
        # whoever it names, went to the one the act was directed to
        to = next((c for c in verb.children if is_preposition(c) and c.lower_ == "to"), None)
        receivers = phrase_actors(child_with(to, ("pobj",)), index) if to is not None else []
        targets = receivers or targets
    complement = child_with(verb, ("xcomp",))
    holders = [verb, *([obj] if obj is not None else [])]
    if found.complement is not None and found.complement.dep_ == "prep":
        # "called for sanctions against X": the matched phrase's own phrases
        holders += [c for c in found.complement.children if c.dep_ == "pobj"]
    if complement is not None and verb.lemma_.lower() in grammar.FUTURE_VERBS:
        holders += [complement, *[c for c in complement.children if c.dep_ in OBJECT_DEPS]]
    if moves_forces(found):  # "mobilized the army for a sweep against X": what it is for
        holders += [child_with(prep, ("pobj",)) for h in list(holders) for prep in h.children
                    if prep.dep_ == "prep" and prep.lower_ == "for"
                    and child_with(prep, ("pobj",)) is not None]
    preps = grammar.TARGET_PREPS
    # a phrase put before the subject only sets the scene, except of acts a place stands for
    # its people in (protests, force: "at the embassy, crowds protested")
    scene_only = (found.pattern.code or "")[:2] not in PLACE_SIDE_ROOTS
    if (found.pattern.code or "")[:2] in ("02", "10"):
        preps = preps | {"from"}  # "requested intelligence from Malaysia"
    if (found.pattern.code or "")[:2] == "04":  # "held talks on the crisis": the topic; the
        preps = preps - grammar.TOPIC_PREPS  # partner is 'with'
    if not targets:  # "a demonstration at the university against the siege": "against"
        # names what an act opposes, even no actor; "at" most often only where it happened.
        # The pattern's own preposition is searched too: "met with X", "called on X",
        # "mediated between X and Y" name their target there
        candidates = [c for h in holders for c in h.children if is_preposition(c)
                      and not (scene_only and fronted_scene(c, verb))]
        first = "with" if (found.pattern.code or "")[:2] in grammar.MUTUAL_ROOTS else \
            "against"  # "shared evidence with India against the suspect": the partner
        asking = (found.pattern.code or "")[:2] in ASKING_ROOTS  # "requested intelligence
        # from X on the kidnappers": what it is about comes last

        def about_last(prep: Token) -> tuple[bool, bool, bool]:
            return prep.lower_ != first, asking and prep.lower_ in grammar.TOPIC_PREPS and \
                prep != found.complement, prep.lower_ in REASON_PREPS and \
                prep != found.complement  # "sanctions on X over Y": the reason last

        for prep in sorted(candidates, key=about_last):
            if prep.lower_ in preps:
                pobj = child_with(prep, ("pobj",))
                targets = phrase_actors(pobj, index, loose=prep.lower_ == "against")
                if targets and not any(t.code for t in targets):  # "toward the Indian
                    targets = index.place(pobj) or targets  # border": India's
                if targets:
                    break
    if not targets and obj is None and complement is not None and \
            verb.lemma_.lower() in grammar.FUTURE_VERBS:  # "agreed to provide Sri Lanka with
        # technology": the promised act's object, when it is a country's actor
        targets = [m for m in phrase_actors(child_with(complement, ("dobj", "dative", "iobj")),
                                            index) if m.country]
    acts = [w for w in found.words[1:] if w.pos_ == "NOUN" and w != obj and w.dep_ == "pobj"
            and w.head.lower_ == "as"]  # "paid $5m as compensation for X"
    if obj is not None and obj in found.words:
        acts.insert(0, obj)
    if not targets and acts and (found.pattern.code or "")[:1] == "0":  # "reiterated Kenya's
        # support for the government of Somalia": a cooperative act noun's 'for' or 'with'
        # phrase names whom it is for, before any possessor inside it (not so for a request
        # "for troops", which names what was asked)
        for prep in (c for act in acts for c in act.children if is_preposition(c)):
            if prep.lower_ in ("for", "with"):
                targets = phrase_actors(child_with(prep, ("pobj",)), index)
                if targets:
                    break
    if not targets:  # "pressed for X to resign": whom the act wants to act
        targets = not_sources(for_clause_subject(verb, index), sources)
    if not targets and obj is not None and not own_envoy(obj, found):
        targets = actor_within(obj, index, exclude=sources + own_possessor(obj, found, index,
                                                                            sources),
                               topics=(found.pattern.code or "")[:2] != "04",
                               own=found.words, asked=(found.pattern.code or "")[:2] in
                               ASKING_ROOTS, named=True)
        if targets and obj in found.words and obj.pos_ == "NOUN" and index.at(obj):
            # "killed three civilians and a policeman": the pattern names the first object;
            # those joined to it were acted on as well
            targets += [m for other in with_conjuncts(obj)[1:]
                        for m in phrase_actors(other, index) if m.code and m not in targets]
    if not targets and (found.pattern.code or "")[:2] in ASKING_ROOTS and \
            lemma_in(verb, CALLING_VERBS) and calls_on(verb):
        # "urging calm and calling on the agencies to act": the parser may make 'on' a
        # particle, which no preposition search reaches; the one called on is asked
        targets = not_sources(phrase_actors(called_on(verb), index), sources)
    if not targets and obj is None and (found.pattern.code or "")[:2] in ASKING_ROOTS:
        # "called for the resignation of the minister", "pressed for greater steps by the
        # regulator": the act asked for, named in the request's 'for' phrase as it would be
        # as its object ("demanded the resignation of X"), is asked of the one it names
        targets = not_sources(asked_for_doer(verb, found, index), sources)
    craft = obj is not None and obj.dep_ in ("dobj", "obj") and \
        lemma_in(obj, grammar.INSTRUMENT_NOUNS) and struck(found)
    if not targets and craft:  # "downed a drone near the border": the craft struck, not
        targets = phrase_actors(obj, index, loose=True)  # where it was
    if not targets:
        targets = place_target(holders, index, grammar.DIRECTION_PREPS | {"from"},
                               scene_of_verb=verb if scene_only else None)
    if not targets:
        targets = place_target(holders, index, grammar.LOCATION_PREPS)
    if not targets:  # "offered an aid package to the cultural sector", "investigations
        for prep in (c for h in holders for c in h.children if is_preposition(c)):  # against
            if prep.lower_ in grammar.RECIPIENT_PREPS and prep != found.complement:  # banks"
                targets = phrase_actors(child_with(prep, ("pobj",)), index, loose=True)
                if targets:
                    break
    if not targets and obj is not None and (obj in found.words or obj == found.complement):
        # "set a curfew in the district", "lifted its ban on the trawlers": an object the
        # pattern names is the act itself; who or where it touched is the target
        targets = theme_target(verb, obj, found, index)
    if not targets and obj is not None and obj in found.words and \
            (found.pattern.code or "")[:1] == "0":  # "declared a truce effective from
        # Friday in Mali": a cooperative act's own noun is no target; the country it was
        # declared or granted for is (conflict acts keep their own place rules below)
        own = own_possessor(obj, found, index, sources)  # "expressed Egypt's solidarity"
        # a comment's clause of another act names no one it was for ("claimed victory as
        # the parliament ended its debate"); an aid's may ("sent aid after floods hit X")
        told = own_subject_clauses(verb) if (found.pattern.code or "")[:2] == \
            grammar.STATEMENT_ROOT else None
        targets = [m for m in beneficiary(verb, index, own, told) if m.country and not (
            (found.pattern.code or "")[:2] == "04" and about(token_at(m, verb), verb))]
    if not targets and obj is not None and loose_target(obj, found):
        targets = phrase_actors(obj, index, loose=True)
    if not targets and obj is not None and obj.dep_ in ("dobj", "obj") and obj not in found.words:
        targets = index.place(obj) or place_phrase(obj)  # "shelled Haifa": a place acted on
    if not targets and (found.pattern.code or "")[:2] in grammar.PLACE_TARGET_ROOTS:
        for prep in (c for h in holders for c in h.children if is_preposition(c)):
            # "on alert in X", "pulled its monitors out of the buffer zone", "moved its
            # men into the hills"
            if prep.lower_ in grammar.LOCATION_PREPS | {"from", "along", "into"}:
                pobj = child_with(prep, ("pobj",))
                targets = phrase_actors(pobj, index, loose=True) or place_phrase(pobj)
                if targets:
                    break
    if obj_phrase is not None and not names_actor(obj_phrase, index):
        # "returned a painting by a Dutch artist to its owner": a thing handed over goes to
        # whom the act was directed, not to anyone its own phrase names
        targets = receiver(verb, obj_phrase, found, index) or targets
    if (found.pattern.code or "")[:2] == "06" and obj_phrase is not None:
        # "extradited the suspect to X", "handed the data over to X": whom one cooperates
        # with is who receives, not who or what is handed over
        to = next((c for c in verb.children if is_preposition(c) and c.lower_ == "to"
                   and c != found.complement), None)
        pobj = child_with(to, ("pobj",)) if to is not None else None
        targets = [m for m in phrase_actors(pobj, index) if m.code] or index.place(pobj) or \
            targets
    if (found.pattern.code or "")[:2] in grammar.BENEFICIARY_ROOTS and \
            not any(stated_country(t) for t in targets):  # "farmers", "displaced families"
        targets = for_whom(beneficiary(verb, index), targets, verb)
    if not targets and (found.pattern.code or "")[:2] in grammar.ANSWER_ROOTS:
        targets = requester(verb, index)
    if (found.pattern.code or "")[:2] == "04" and all(is_thing(t) for t in targets):
        # "met with X to discuss the dam": whom one discusses with is the one met, not the topic
        targets = not_sources(purpose_partner(verb, index), sources) or targets
    if sources and (found.pattern.code or "")[:2] in grammar.PROTEST_ROOTS and not any(
            t.code for t in targets):  # "marched to demand that X resign", "blocked the road
        # with tractors, demanding that X act": a protest is aimed at whom its demand is of
        # (not "rallied outside the Togolese embassy to demand ...": the embassy's state)
        targets = not_sources(protest_demanded(verb, index), sources) or targets
    if (found.pattern.code or "")[:2] in grammar.PROTEST_ROOTS and all(
            is_protest_word(t, found) for t in targets):
        targets = protested(verb, found, index) or targets
        if not targets:  # "protested outside the parliament in Seoul"
            targets = act_place(verb, index, sources)
    elif all(is_thing(t) for t in targets) and not (
            targets and ((found.pattern.code or "")[:2] in JUDGED_ROOTS or craft)):
        # "declared a ceasefire in the province": no actor acted on; where it was done; else
        # the actor its directed phrase names ("imposed a ban in relation to the country")
        targets = act_place(verb, index, sources) or \
            not_sources(directed_actor(verb, found, index), sources) or targets
    if (found.pattern.code or "")[:2] == "13" and all(is_thing(t) for t in targets):
        # "threatened to open the borders unless the EU pays": the one who must comply
        targets = not_sources(threatened(verb, index), sources) or targets
    if obj_phrase is None or not names_actor(obj_phrase, index):
        # "walked out of talks with X in Y", "rejected holding talks with X", "resumed
        # negotiations with X": an act on talks is aimed at the party they are with, not at
        # the city they are held in, nor at anyone else the sentence names
        targets = talks_partner(verb, found, index, sources) or targets
    return sources, not_sources(countrys_thing(targets, found, index, sources), sources)


def judged_owner(obj: Token, index: MentionIndex, sources: list[ActorMention]
                 ) -> list[ActorMention]:
    """The coded possessor of a judged thing that is no actor itself ("Ghana's policy"), when
    the possessor is not the one it was done to ("the envoy's arrest")."""
    if obj.pos_ != "NOUN" or names_actor(obj, index) or undergone_by_possessor(obj):
        return []
    possessor = child_with(obj, ("poss",))
    if possessor is None or possessor.tag_ == "PRP$":
        return []
    return not_sources([m for m in phrase_actors(possessor, index) if m.code], sources)


def talks_partner(verb: Token, found: Match, index: MentionIndex,
                  sources: list[ActorMention]) -> list[ActorMention]:
    """The coded party of talks the verb's act is done on: the 'with' phrase of a talk noun
    that is the verb's object, the object of its preposition ("walked out of negotiations
    with X"), or of its subjectless complement ("agreed to hold talks with X")."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and
             c.i > verb.i and c.lower_ not in MEETING_SCENE_PREPS | TIME_PREPS]
    # (not "after talks with X, lifted its boycott": talks that only time the act)
    heads += [g for c in verb.children if c.dep_ == "xcomp" and
              child_with(c, ("nsubj", "nsubjpass")) is None for g in c.children
              if g.dep_ in ("dobj", "obj")]
    nouns: list[Token] = []
    for head in heads:
        for _ in range(3):  # "out of negotiations": through a particle's own preposition
            if head.pos_ in ("NOUN", "PROPN"):
                break
            head = child_with(head, ("pobj", "prep")) if head.dep_ == "prep" else None
            if head is None:
                break
        if head is not None and head.pos_ == "NOUN" and lemma_in(head, grammar.TALK_NOUNS):
            nouns.append(head)
    for noun in nouns:
        partner = next((c for c in noun.children if is_preposition(c) and c.lower_ == "with"),
                       None)
        found_partner = [m for m in phrase_actors(child_with(partner, ("pobj",)), index)
                         if m.code] if partner is not None else []
        found_partner = not_sources(found_partner, sources)
        if found_partner:
            return found_partner
    return []


def countrys_thing(targets: list[ActorMention], found: Match, index: MentionIndex,
                   sources: list[ActorMention]) -> list[ActorMention]:
    """A thing no dictionary knows, acted on, stands for the country its phrase names ("went
    on alert along the Syrian border": Syria's; "the Turkish embassy in X was attacked":
    Turkey's), unless the act judges the thing itself."""
    if targets and all(t.code is None for t in targets) and (found.pattern.code or "")[:2] \
            not in JUDGED_ROOTS:
        head = token_at(targets[0], found.trigger)
        if not (head.pos_ == "PROPN" or lemma_in(head, grammar.HUMAN_NOUNS) or
                head.ent_type_ in ("PERSON", "ORG", "NORP")):
            return index.place(head) or border_of(head, index, sources) or targets
    return targets


def border_of(head: Token, index: MentionIndex, sources: list[ActorMention]
              ) -> list[ActorMention]:
    """"massed troops on the border with X": the other country of a border."""
    if not lemma_in(head, BORDER_NOUNS):
        return []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"):
        pobj = child_with(prep, ("pobj",))
        found = not_sources(index.place(pobj) or [m for m in index.for_phrase(pobj) if m.country]
                            if pobj is not None else [], sources)
        if found:
            return found
    return []


def names_actor(head: Token, index: MentionIndex) -> bool:
    """Whether a phrase's head is an actor: a mention of its own, a name or a noun for people
    (not a thing of one: "a portrait of the emperor")."""
    return bool(index.at(head)) or head.pos_ == "PROPN" or \
        head.ent_type_ in ("PERSON", "ORG", "NORP") or lemma_in(head, grammar.HUMAN_NOUNS)


# Verbs that judge an act well, as the condemning verbs judge it ill ("welcomed X's
# invitation to Y", "praised the decision of X to ..."): the act judged is its doer's.
APPROVING_VERBS = frozenset("welcome praise hail applaud commend laud salute".split())
# what a thing that went missing underwent: a clause of one of these verbs on an object
# handed over names no receiver of its own
LOSS_VERBS = frozenset("steal loot plunder miss lose".split())


def receiver(verb: Token, obj: Token, found: Match, index: MentionIndex
             ) -> list[ActorMention]:
    """Whom an act was directed to by its 'to' phrase ("handed it to the museum"); the parser
    often hangs that phrase on the object's last noun ("a painting by X to its owner")."""
    hung = [t for t in obj.subtree if t.i > obj.i and t.dep_ == "prep" and
            t.head.pos_ in ("NOUN", "PROPN") and not any(
                a.pos_ in ("VERB", "AUX") for a in t.ancestors if a.i > obj.i)]
    lost = [t for t in (*obj.subtree, *verb.children) if t.i > obj.i and t.dep_ in (
        "relcl", "acl", "advcl") and t.lemma_.lower() in LOSS_VERBS]  # "returned a crown,
    # missing for decades, to Ethiopia", "a mask that was looted to its owner": nothing is
    # stolen or lost *to* anyone; the parser hangs the returning's 'to' on that clause
    hung += [c for t in lost for c in t.children if c.dep_ == "prep"]
    for prep in (*(c for c in verb.children if is_preposition(c)), *hung):
        if prep.lower_ == "to" and prep != found.complement:
            pobj = child_with(prep, ("pobj",))
            targets = phrase_actors(pobj, index) or index.place(pobj) or \
                phrase_actors(pobj, index, loose=True) or place_phrase(pobj)
            if targets:
                return targets
    return []


def foreign_actor(obj: Token, index: MentionIndex, sources: list[ActorMention]) -> bool:
    """Whether an object is an actor of a country none of the sources belongs to ("a Kenyan
    diplomat" summoned by Uganda): the one acted on, though the pattern names its noun."""
    countries = {s.country for s in sources if s.country}
    return bool(countries) and any(m.code and m.country and m.country not in countries
                                   for m in index.at(obj))


def own_possessor(obj: Token, found: Match, index: MentionIndex,
                  sources: list[ActorMention]) -> list[ActorMention]:
    """The possessor of a cooperative act's own noun, performed through a light verb, when it
    is the source's side ("the minister voiced his country's backing for X", "the envoy
    pledged Paris's help to Y"): the one who gives it, no target."""
    if obj not in found.words or not (found.pattern.code or "").startswith("0") or \
            not lemma_in(found.trigger, grammar.LIGHT_VERBS):  # "defended Germany's
        return []  # decision": a decision is no act the defender performs; Germany's stays
    countries = {s.country for s in sources if s.country}
    codes = {s.code for s in sources if s.code}
    return [m for c in obj.children if c.dep_ == "poss" for t in c.subtree
            for m in index.at(t) if (m.country and m.country in countries) or m.code in codes]


def own_envoy(obj: Token, found: Match) -> bool:
    """"recalled its ambassador from Iran", "massed troops on the border": the actor's own
    people or forces, named by the pattern, are what it acts with, not whom it acts on."""
    if obj not in found.words:
        return False
    if lemma_in(obj, grammar.HUMAN_NOUNS | grammar.OWN_MEANS) and any(
            c.dep_ == "poss" and c.lower_ in grammar.OWN_POSSESSIVES for c in obj.children):
        return True
    return moves_forces(found) and lemma_in(obj, grammar.OWN_MEANS) and not any(
        c.dep_ == "poss" for c in obj.children)


def requester(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """Whose request a refusal or concession answers when no other target is found: "refused
    to respond to a request from the ministry", "conceded to the demands of the miners"."""
    subject = subject_of(verb)
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    for token in verb.subtree:
        if token.i <= verb.i or token.i in skip or \
                token.lemma_.lower() not in grammar.REQUEST_NOUNS:
            continue
        for prep in (c for c in token.children if is_preposition(c)):
            if prep.lower_ in ("from", "by") or prep.lower_ == "of" and \
                    token.lemma_.lower() in grammar.ASKING_NOUNS:  # "the demands of the
                # miners", not "an offer of talks"
                targets = phrase_actors(child_with(prep, ("pobj",)), index, loose=True)
                if targets:
                    return targets
    return []


def is_protest_word(target: ActorMention, found: Match) -> bool:
    """A target that is only the protest itself or its "in protest": "stopped work", "went on
    strike", "in response"."""
    if target.code:
        return False
    words = [t for t in found.trigger.doc if target.start <= t.idx < target.end]
    return all(t in found.words or t.is_stop or t.lemma_.lower() in
               grammar.PROTEST_NOUNS | grammar.PROTEST_REASON_NOUNS for t in words)


def protested(verb: Token, found: Match, index: MentionIndex) -> list[ActorMention]:
    """What a strike or protest was against when no actor is its object: "in protest at the
    new rules", "in response to the company's decision", "against the siege", "over pay cuts",
    else the employer or workplace it was staged at or on ("at the mine", "on the company")."""
    for token in verb.subtree:  # "in protest at X", "in response to X"
        if token.lemma_.lower() in grammar.PROTEST_REASON_NOUNS and token.dep_ == "pobj" and \
                token.head.lower_ == "in":
            after = token.nbor() if token.i + 1 < len(token.doc) else token  # the parser
            for prep in (*token.children, after):  # may hang "at X" on the verb instead
                if is_preposition(prep) and prep.lower_ in grammar.PROTEST_REASON_PREPS:
                    targets = phrase_actors(child_with(prep, ("pobj",)), index, loose=True)
                    if targets:
                        return targets
    heads = [verb, *(t for t in found.words if t != verb)]
    for preps in (grammar.PROTEST_AGAINST_PREPS, grammar.PROTEST_AT_PREPS):
        for prep in (c for h in heads for c in h.children if is_preposition(c)):
            if prep.lower_ in preps:
                targets = [t for t in phrase_actors(child_with(prep, ("pobj",)), index,
                                                    loose=True) if not is_protest_word(t, found)]
                if targets:
                    return targets
    for prep in (c for h in heads for c in h.children if is_preposition(c)):
        demanded = child_with(prep, ("pobj",)) if prep.lower_ == "for" else None
        if demanded is None:
            continue
        for demand in with_conjuncts(demanded):  # "for better pay and
            for place in (c for c in demand.children if is_preposition(c)):  # conditions at
                if place.lower_ in WORKPLACE_PREPS:  # the company": the employer
                    targets = phrase_actors(child_with(place, ("pobj",)), index, loose=True)
                    if targets:
                        return targets
    return []


# Verbs by which protesters say what they want of someone ("demanding that X act", "to press
# X for", "urging X to").
PROTEST_DEMAND_VERBS = frozenset("demand press urge insist pressure push petition".split())
# How a protest's demand hangs on its verb: a purpose or manner clause, or one joined to it.
PROTEST_DEMAND_DEPS = frozenset(("advcl", "xcomp", "conj", "acl"))


def protest_demanded(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The coded actor a protest demands something of: the subject of what it demands ("to
    demand that the ministry pay"), else the one pressed or urged ("pressing the government to
    honour a deal")."""
    for clause in verb.subtree:
        if clause.i <= verb.i or not lemma_in(clause, PROTEST_DEMAND_VERBS) or \
                clause.pos_ != "VERB" or child_with(clause, ("nsubj",)) is not None:
            continue
        step, ok = clause, True
        while step != verb and ok:
            ok = step.dep_ in PROTEST_DEMAND_DEPS
            step = step.head
        if not ok:
            continue
        asked = [child_with(c, ("nsubj", "nsubjpass")) for c in clause.children
                 if c.dep_ == "ccomp"]
        asked += [c for c in clause.children if c.dep_ in ("dobj", "obj")]
        for head in filter(None, asked):
            found = [m for m in phrase_actors(head, index) if m.code]
            if found:
                return found
    return []


# Where what strikers demand is to be had: "better pay at the mine", "conditions in the plants".
WORKPLACE_PREPS = frozenset("at in on".split())


def beneficiary(verb: Token, index: MentionIndex, own: list[ActorMention] | None = None,
                skip: set[int] | None = None) -> list[ActorMention]:
    """Whom aid no country's actor received was for: the country of the people, place or purpose
    it went to ("gave $5m to help families in Chad", "sent doctors to a clinic in Chad",
    "delivered tents to displaced families in eastern Chad"): the first actor of a country
    or known country after the verb in its phrases; not in the subject, nor in a 'from' phrase."""
    subject = subject_of(verb)
    skip = (skip or set()) | ({t.i for t in subject.subtree} if subject is not None else set())
    for prep in verb.subtree:  # "granted them $5m from the state's funds": the giver's side
        giver = child_with(prep, ("pobj",)) if is_preposition(prep) and \
            prep.lower_ == "from" else None  # not "from Friday in Mali"
        if giver is not None:
            skip |= {t.i for head in with_conjuncts(giver) for t in phrase_tokens(head)}
    skip |= where_clauses(verb)  # "delivered tents to the camp, where the rebels have a
    # base": the camp's people, not whoever else is there
    for token in verb.subtree:
        if token.i <= verb.i or token.i in skip:
            continue
        coded = [m for m in index.at(token) if stated_country(m) and m not in (own or ())]
        if coded:
            return coded[:1]
        if token.i in index.places:
            return [index.places[token.i]]
    return []


def for_whom(found: list[ActorMention], targets: list[ActorMention], near: Token
             ) -> list[ActorMention]:
    """The beneficiary's country in place of targets whose country is not stated; not when
    that is the country people were already guessed to be of ("would not take in Tamil
    refugees escaping the war in Sri Lanka": the refugees, Sri Lanka's, stay the target; but
    forces lent to a mission in Mali are not Mali's)."""
    if not found or targets and all(t.country == found[0].country and not lemma_in(
            token_at(t, near), grammar.OWN_MEANS) for t in targets):
        return targets
    return found


def stated_country(mention: ActorMention) -> str | None:
    """A mention's country as the text states it; not one guessed from the story's focus ("flood
    victims" in a story about the United States may be victims in Pakistan)."""
    return mention.country if "+focus:" not in (mention.entry or "") else None


def lemma_in(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def is_forces(head: Token) -> bool:
    """"troops", "hundreds of troops", "some of its soldiers": armed forces or means."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = child_with(of, ("pobj",)) if of is not None else None
    return lemma_in(head, grammar.OWN_MEANS) or inner is not None and lemma_in(
        inner, grammar.OWN_MEANS)


def moved_to(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """Where forces were moved: a country's place ("to Syria"), else the actor or place phrase
    they went to, along or from ("along the border")."""
    holders = [verb, *(child_with(c, ("pobj",)) for c in verb.children
                       if is_preposition(c) and c.lower_ == "as")]  # "as peacekeepers in"
    holders = [h for h in holders if h is not None]
    targets = place_target(holders, index, grammar.DIRECTION_PREPS | {"from"}) or \
        place_target(holders, index, grammar.LOCATION_PREPS)
    for prep in (c for h in holders for c in h.children if is_preposition(c)):
        if targets:
            break
        if prep.lower_ in grammar.DIRECTION_PREPS | grammar.LOCATION_PREPS | {"from", "along"}:
            pobj = child_with(prep, ("pobj",))
            targets = phrase_actors(pobj, index) or place_phrase(pobj)
    return targets


def sent_for(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """Whom forces moved to no named place were sent to act on: "peacekeepers were deployed to
    reinforce the Ghanaian contingent": the actor a purpose clause's object names."""
    for clause in (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and has_to_marker(c)):
        found = [m for m in phrase_actors(child_with(clause, ("dobj",)), index) if m.code]
        if found:
            return found
    return []


def theme_target(verb: Token, obj: Token, found: Match, index: MentionIndex
                 ) -> list[ActorMention]:
    """The target of an act whose object is the act's own noun, no dictionary knowing it:
    who it concerns ("a boycott of X", "restrictions on X", "aid to X"), else who it came from
    or went to under the verb, else the place it happened in ("a curfew in the town")."""
    topics = grammar.TOPIC_PREPS if (found.pattern.code or "")[:2] == "04" else frozenset()
    for prep in (c for c in obj.children if is_preposition(c)):
        pobj = child_with(prep, ("pobj",))
        if prep.lower_ in grammar.THEME_NOUN_PREPS - topics and pobj not in found.words:
            targets = phrase_actors(pobj, index, loose=True)  # not "a state of (alert)"
            if targets:
                return targets
    for prep in (c for c in verb.children if is_preposition(c)):
        pobj = child_with(prep, ("pobj",))
        if pobj is not None and prep.lower_ == "with" and lemma_in(
                pobj, grammar.INSTRUMENT_NOUNS | grammar.OWN_MEANS):
            continue  # "broken up by police with tear gas": the means, not whom it touched
        if prep.lower_ in grammar.THEME_VERB_PREPS - topics and prep != found.complement:
            targets = phrase_actors(pobj, index, loose=True)
            if targets:
                return targets
    targets = condition_target(verb, index)
    if targets:
        return targets
    # "declared a state of emergency in the county": the place may hang on any act word
    words = [t for t in found.words if t != verb and t != obj]
    for head in (obj, *words, verb):
        for prep in (c for c in head.children if is_preposition(c)):
            if prep.lower_ in grammar.LOCATION_PREPS | {"at"}:
                targets = place_phrase(child_with(prep, ("pobj",)))
                if targets:
                    return targets
    return []


def condition_target(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """Who a conditioned act waits on: "will stay off work until the mine raises their
    wages", "will lift the embargo if Cuba frees the prisoners": the condition's subject."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(m.dep_ == "mark" and m.lower_ in grammar.CONDITION_MARKS_UNTIL
                   for m in clause.children):
            continue
        for head in (clause, *clause.conjuncts):
            subject = child_with(head, ("nsubj", "nsubjpass"))
            if subject is not None and subject.pos_ != "PRON":
                targets = phrase_actors(subject, index)  # an actor, not "the new rules"
                if targets:
                    return targets
            if subject is not None and subject.dep_ == "nsubjpass":
                # "until their demands are met by the company": who is to meet them
                agent = child_with(head, ("agent",))
                doer = child_with(agent, ("pobj",)) if agent is not None else \
                    child_with(head, ("dobj",))  # the parser may drop the 'by'
                targets = [m for m in phrase_actors(doer, index) if m.code]
                if targets:
                    return targets
    return []


# Nouns for a whole state, named by description ("in the small coastal kingdom"): a place as
# much as a town is ("the country", "the nation" are left to coreference).
STATE_NOUNS = frozenset("republic kingdom emirate sultanate principality".split())


def place_phrase(head: Token | None) -> list[ActorMention]:
    """A place no dictionary knows, as what an act was done in: "in the town", "in Louisiana".

    A place is a phrase naming one (a GPE, location or facility entity) or headed by a place
    noun; not a time ("in January") nor a manner ("in a statement")."""
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return []
    tokens = list(phrase_tokens(head))
    if not (head.lemma_.lower() in grammar.PLACE_NOUNS | STATE_NOUNS
            or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in tokens)):
        return []
    if head.ent_type_ in ("DATE", "TIME"):
        return []
    return [uncoded_mention(head, tokens, "unresolved:place")]


def uncoded_mention(head: Token, tokens: list[Token], entry: str) -> ActorMention:
    """A mention with no code over the phrase's tokens, trailing punctuation left out."""
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    while end - 1 > start and head.doc[end - 1].is_punct:
        end -= 1
    span = head.doc[start:end]
    return ActorMention(span.text, span.start_char, span.end_char, None, None, None, None,
                        entry=entry)


# People named by their relation to another ("the president's critics", "his rival"): the
# possessor is the other side, never the people themselves.
# Nouns for those who side with an actor ("supporters of X"), or a part of a group ("the
# armed wing of X", "a local affiliate of X"): X's side, where they have no code of their own.
FOLLOWER_NOUNS = frozenset(
    "supporter supporters follower followers loyalist loyalists backer backers partisan "
    "partisans sympathiser sympathisers sympathizer sympathizers affiliate affiliates wing "
    "wings faction factions offshoot offshoots".split())
COUNTERPART_NOUNS = frozenset(
    "critic critics rival rivals opponent opponents enemy enemies foe foes adversary "
    "adversaries detractor detractors challenger challengers accuser accusers".split())
BORDER_NOUNS = frozenset("border borders frontier frontiers boundary".split())
# "imposed sanctions on X over the annexation of Y": 'over' and 'about' most often give the
# reason for an act, read after the phrases that name whom it was aimed at.
REASON_PREPS = frozenset(("over", "about"))
# Phrases that set the scene of a verb's act ("in a meeting with X", "in talks with Y"):
# their act noun is the verb's subject's.
SCENE_PREPS = frozenset(("in",))
# Phrases that time or place a verb's act by a meeting or a visit ("after a meeting with X",
# "during a visit to Y", "at talks with Z"): the consultation (04) is the verb's subject's.
MEETING_SCENE_PREPS = frozenset(("after", "during", "at", "following", "before", "on", "ahead"))
# Verbs of going to or sitting down to a meeting ("sat down for a dinner with X", "flew in for
# talks with Y", "stayed on for a lunch with Z"): one who does so takes part in it, while one
# who calls or presses for talks with X asks for them (02).
# Yielding (CAMEO 080): "bowed to", "gave in to", "caved in to", "yielded to" a protest.
YIELD_ROOT = "08"
YIELD_VERBS = frozenset("bow give cave yield concede bend relent succumb capitulate submit".split())
# of these, the ones that yield only with their particle ("gave in to", not "gave to")
YIELD_WITH_PARTICLE = frozenset(("give", "cave"))


def yielding_verb(verb: Token) -> bool:
    if verb.pos_ not in ("VERB", "AUX") or not lemma_in(verb, YIELD_VERBS):
        return False
    return lemma(verb) not in YIELD_WITH_PARTICLE or any(
        c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "in" for c in verb.children)


def yielded_to(noun: Token) -> Token | None:
    """The yielding verb a protest noun is given in to by: "bowing to a strike", "gave in to
    two weeks of protests"."""
    head = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj" and \
            lemma_in(noun.head.head, SPELL_NOUNS):
        head = noun.head.head  # "two days of protests"
    if head.dep_ != "pobj" or head.head.lower_ != "to":
        return None
    verb = head.head.head
    if verb.lower_ == "in" and verb.dep_ in ("prt", "prep", "advmod"):
        verb = verb.head  # the parser may hang "to" on the particle
    return verb if yielding_verb(verb) else None


def protests_yielded_to(verb: Token) -> list[Token]:
    """The protest nouns a yielding verb gives in to."""
    if not yielding_verb(verb):
        return []
    heads = [verb, *(c for c in verb.children if c.lower_ == "in")]
    return [noun for h in heads for prep in h.children if prep.lower_ == "to"
            for noun in prep.children if noun.dep_ == "pobj" and
            lemma_in(noun, grammar.PROTEST_NOUNS | grammar.PROTEST_REASON_NOUNS)]


# Prepositions that only time an act ("since the talks with X", "despite talks with Y").
TIME_PREPS = frozenset("since until despite amid throughout".split())
# Spells of time a meeting is counted in ("two days of talks", "a fresh round of
# negotiations").
SPELL_NOUNS = frozenset("hour day night week month round session series spell".split())
MEETING_GOING_VERBS = frozenset(
    "sit come go head arrive fly travel stay gather join leave return meet".split())
# Acts that ask another to act (appeals 02, demands 10): the doer of what they ask for is
# their target.
ASKING_ROOTS = frozenset(("02", "10"))
# Investigations (CAMEO 09): those one investigates "with" are partners, never the ones
# investigated; who investigates is not investigated unless the text says so.
INQUIRY_ROOT = "09"
CALLING_VERBS = frozenset(("call",))  # "called on X to ...", "calling upon X to ..."
# "faces criticism from X", "drew condemnation from Y", "suffered an attack": a nominal act the
# subject undergoes runs from whoever it came from to the subject, like one it receives.
UNDERGO_VERBS = frozenset("face draw attract suffer endure undergo".split())
# Verbs of having a giver's act: "the rebels enjoy backing from Iran", "the strike had no
# support from the government" (the giver is the source, the haver the target).
HAVE_VERBS = frozenset("have enjoy lack retain lose command".split())
AT_PREPS = frozenset(("at", "near"))  # "set up a station at the port"
COMPOSED_VERBS = frozenset("comprise compose consist make".split())  # "made up of"
# What joint subjects have between them: acting on it is acting toward each other ("X and Y
# violated the ceasefire", "ended the fighting").
BETWEEN_NOUNS = frozenset(
    "other ceasefire cease-fire truce armistice agreement accord deal treaty pact fighting "
    "war hostilities conflict clashes dispute talks negotiations relations ties border "
    "frontier".split())
# Places and holdings a pattern may name as its object ("attacked camps", "shelled positions"):
# what joint subjects struck together, not each other.
STRUCK_HOLDINGS = frozenset(
    "camp base post outpost checkpoint position stronghold hideout village town convoy "
    "barracks headquarters".split())
ON_OBJECT = "+object"  # a target joint subjects acted on, not on each other
THING = "unresolved:thing"  # what was acted on, no actor: "the ceasefire", "the results"
# Acts that judge what they name, even no actor ("condemned the attack", "rejected the
# results"): that thing stays their target, wherever it happened.
JUDGED_ROOTS = frozenset(("11", "12"))
# Clauses of their own under a verb: where their acts happened is not where the verb's did.
OWN_CLAUSE_DEPS = frozenset(("ccomp", "relcl", "csubj", "parataxis"))


def is_thing(mention: ActorMention) -> bool:
    """A target that names no actor, only what the act was about ("violated the ceasefire")."""
    return mention.code is None and mention.entry == THING


def purpose_partner(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The coded actor met or spoken with ('with X', or the object) by the verb whose purpose
    clause ("... to discuss Y") this verb heads."""
    if verb.dep_ not in ("advcl", "xcomp") or not has_to_marker(verb):
        return []
    governor = verb.head
    if child_with(verb, ("nsubj",)) is not None or governor.lemma_.lower() not in MEETING_VERBS:
        return []
    heads = [child_with(p, ("pobj",)) for p in governor.children
             if is_preposition(p) and p.lower_ == "with"]
    heads.append(child_with(governor, ("dobj",)))
    for head in heads:
        found = [m for m in phrase_actors(head, index) if m.code]
        if found:
            return found
    return []


# Verbs of meeting someone, whose purpose clause ("to discuss ...") is held with them
MEETING_VERBS = frozenset("meet talk speak confer visit host receive join".split())


def for_clause_subject(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """"pushed for the government to resign", "gave approval for the UN to deliver aid": the
    subject of a 'for ... to' clause under the verb or its object is whom the act is aimed at."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    for clause in (c for h in holders for c in h.children if c.dep_ in ("advcl", "acl", "ccomp")):
        if not any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
            continue
        subject = child_with(clause, ("nsubj", "nsubjpass"))
        if subject is not None:
            return phrase_actors(subject, index)
    return []


def directed_actor(verb: Token, found: Match, index: MentionIndex) -> list[ActorMention]:
    """A coded actor in a directed phrase of the verb ("to X", "against X", "toward X", "in
    relation to X"): whom an act on a thing was aimed at, when its object names no actor."""
    for prep in (c for c in verb.children if is_preposition(c) and c != found.complement):
        pobj = child_with(prep, ("pobj",))
        if pobj is not None and lemma_in(pobj, PHRASE_NOUNS):
            inner = next((c for c in pobj.children if is_preposition(c)
                          and c.lower_ in ("to", "of")), None)
            pobj = child_with(inner, ("pobj",)) if inner is not None else None
        elif prep.lower_ not in grammar.RECIPIENT_PREPS:
            continue
        targets = [m for m in phrase_actors(pobj, index) if m.code]
        if targets:
            return targets
    return []


def act_place(verb: Token, index: MentionIndex, sources: list[ActorMention]
              ) -> list[ActorMention]:
    """Where an act that names no actor as its target was done: "in" first, then "at"; else
    where its subject is ("miners in the western province went on strike"); else, for a
    participle clause, where its main verb's act was ("landed in X, seeking asylum")."""
    found = act_place_in(verb, index, sources, grammar.LOCATION_PREPS) or \
        act_place_in(verb, index, sources, AT_PREPS) or subject_place(verb, index, sources)
    if not found and verb.dep_ == "advcl" and verb.tag_ == "VBG" and \
            child_with(verb, ("nsubj", "nsubjpass")) is None:
        found = act_place_in(verb.head, index, sources, grammar.LOCATION_PREPS)
    return found


def subject_place(verb: Token, index: MentionIndex, sources: list[ActorMention]
                  ) -> list[ActorMention]:
    """The place an "in" phrase of the verb's subject names: "protesters in X"; a pronoun's
    speaker's ("miners in X said they will strike")."""
    subject = subject_of(verb)
    if subject is not None and subject.pos_ == "PRON":
        subject = reporting_subject(subject)
    preps = [*subject.children, *(t for c in subject.children if c.dep_ == "acl"
                                  for t in c.subtree)] if subject is not None else []
    for prep in preps:  # "protesters in X", "the alliance battling separatists in X"
        if is_preposition(prep) and prep.lower_ in grammar.LOCATION_PREPS:
            pobj = child_with(prep, ("pobj",))
            found = not_sources(index.place(pobj) or place_phrase(pobj), sources)
            if found:
                return found
    return []


def act_place_in(verb: Token, index: MentionIndex, sources: list[ActorMention],
                 preps: frozenset[str]) -> list[ActorMention]:
    """The first phrase of ``preps`` after the verb, in its clause or the phrases under it,
    that names a place or a country's actor ("declared a truce in the province", "extended
    the mission in Chad"); not one in the subject, nor in a clause of its own."""
    subject = subject_of(verb)
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    skip |= {t.i for clause in verb.subtree if clause.dep_ in OWN_CLAUSE_DEPS
             and clause != verb for t in clause.subtree}
    for prep in verb.subtree:
        if prep.i <= verb.i or prep.i in skip or not is_preposition(prep) or \
                prep.lower_ not in preps:
            continue
        pobj = place_object(prep)
        if pobj is None:
            continue
        found = index.place(pobj) or [m for m in index.for_phrase(pobj)
                                      if m.country and not m.sector] or place_phrase(pobj)
        found = not_sources(found, sources)
        if found:
            return found
    return []


def own_subject_clauses(verb: Token) -> set[int]:
    """Tokens of adverbial clauses under a verb that have a subject of their own ("claimed
    victory as the parliament ended its debate"): they tell another act, whose phrases name no
    one a comment was for."""
    return {t.i for clause in verb.children if clause.dep_ == "advcl"
            and child_with(clause, ("nsubj", "nsubjpass", "expl")) is not None
            for t in clause.subtree}


def phone_call(verb: Token, peacekeeping: bool = False) -> Token | None:
    """Whom a verb's act was done with, when it is what a call or a mission was for: the one
    called ("called X to discuss Y"), or where a team was sent ("sent experts to X to
    investigate"), or forces sent to keep the peace ("sent police officers to X to serve in a
    peacekeeping contingent", CAMEO 074)."""
    head = verb.head
    # "... on Friday to"
    purpose = verb.dep_ == "xcomp" or verb.dep_ == "advcl" and has_to_marker(verb)
    if not purpose:
        return None
    if head.lemma_.lower() == "call" and not calls_on(head):
        return child_with(head, ("dobj", "oprd"))  # "called President X": parsed as a naming
    obj = child_with(head, ("dobj",))
    if obj is not None and (head.lemma_.lower() in grammar.FORCE_SENDING_VERBS if peacekeeping
                            else head.lemma_.lower() in grammar.SENDING_VERBS
                            and obj.lemma_.lower() in grammar.MISSION_NOUNS):
        to = next((c for c in [*head.children, *obj.subtree] if c.dep_ in ("prep", "dative")
                   and c.lower_ in ("to", "into") and c.head in (head, *obj.subtree)), None)
        return child_with(to, ("pobj",)) if to is not None else None
    return None


def moves_forces(found: Match) -> bool:
    code = found.pattern.code or ""
    return code[:2] in grammar.FORCE_MOVING_ROOTS or code in grammar.FORCE_MOVING_CODES


# Groups an actor sends of its own ("a team of experts"), and the verbs that send them.
SENT_GROUPS = frozenset("team squad detachment batch".split())
SENDING_VERBS = frozenset("send dispatch deploy fly airlift".split())


# Nouns for a body or batch of forces ("a contingent of peacekeepers", "a battalion of troops"):
# what is moved is the forces of their 'of' phrase.
UNIT_NOUNS = frozenset("contingent battalion brigade company platoon unit detachment batch "
                       "column convoy squadron group number team hundred thousand dozen".split())


def unit_of(obj: Token, found: Match) -> Token | None:
    """The forces a unit noun or a count names ("a contingent of 200 peacekeepers", "hundreds of
    troops"), when the pattern names them or they are forces; else None."""
    if not (lemma_in(obj, UNIT_NOUNS) or obj.pos_ == "NUM"):
        return None
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = child_with(of, ("pobj",)) if of is not None else None
    if inner is None or not (inner in found.words or lemma_in(inner, grammar.OWN_MEANS)):
        return None
    return inner


def moved_forces(obj: Token, found: Match) -> bool:
    """"mobilized troops", "deployed the army", "withdrew peacekeepers": forces an actor moves
    are its own (no other actor's possessive), and no target."""
    sent_group = lemma_in(obj, SENT_GROUPS) and lemma_in(found.trigger, SENDING_VERBS)
    if obj in found.words and not sent_group:
        return False  # the act's own noun: its target is read from its phrases
    if not moves_forces(found) and not sent_group:
        return False  # "sent a team of doctors to X": a team one sends is one's own, like troops
    if obj.lemma_.lower() not in grammar.OWN_MEANS and obj.lower_ not in grammar.OWN_MEANS \
            and not sent_group:
        return False
    return not any(c.dep_ == "poss" and c.lower_ not in grammar.OWN_POSSESSIVES
                   for c in obj.children)


# A commander's or a force's "men" and "fighters", with its possessive: its own forces too.
OWN_PEOPLE = frozenset("man men fighter fighters".split())


def own_means(obj: Token) -> bool:
    """"its troops", "some of their forces": what an actor acts with."""
    head = obj
    if obj.dep_ in ("dobj", "nsubj") and obj.pos_ in ("PRON", "NOUN", "NUM", "DET", "ADJ"):
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        head = child_with(of, ("pobj",)) or obj if of is not None else obj
    return head.lemma_.lower() in grammar.OWN_MEANS | OWN_PEOPLE and any(
        c.dep_ == "poss" and c.lower_ in grammar.OWN_POSSESSIVES for c in head.children)


def actor_within(
    phrase: Token, index: MentionIndex, exclude: list[ActorMention], topics: bool = True,
    own: list[Token] | tuple[Token, ...] = (), asked: bool = False, named: bool = False,
) -> list[ActorMention]:
    """The first other actor in a phrase: "the demands of the protesters", "a ban by UN";
    with ``named``, failing one the dictionaries know, the first person named as the object of
    a preposition in it, not a place ("closed a case over claims brought against X"),
    uncoded.

    Not inside the clause of what was said: "denied allegations that they were responsible";
    without ``topics``, not in what it was about ("talks on the Syrian crisis"); nor on the
    pattern's ``own`` words, which name the act, not an actor ("a show of force", "sent troop
    reinforcements", though a dictionary lists "force" or "troops").
    """
    own_tokens = {t.i for t in own}
    own_tokens |= not_acted_on(phrase, set() if asked else own_tokens) | where_clauses(phrase)
    tokens = phrase_tokens(phrase) if phrase.lemma_.lower() in grammar.CONTENT_NOUNS \
        else phrase.subtree
    for token in tokens:
        if (not topics and about(token, phrase)) or token.i in own_tokens:
            continue
        found = [m for m in index.at(token)
                 if m not in exclude and not any(same_actor(m, e) for e in exclude)]
        if found:
            return found[:1]
    if named:
        tokens = phrase_tokens(phrase) if phrase.lemma_.lower() in grammar.CONTENT_NOUNS \
            else phrase.subtree
        for token in tokens:
            if (not topics and about(token, phrase)) or token.i in own_tokens:
                continue
            if token.dep_ == "pobj" and token.pos_ == "PROPN" and token.ent_type_ == "PERSON" \
                    and token.i not in index.places and not placed_name(token):
                return unresolved_actor(token)
    return []


def placed_name(token: Token) -> bool:
    """A name in a place phrase ("in northern X", "the town of X"): where, not whom."""
    prep = token.head
    return prep.lower_ in LOCATIVE_PREPS or prep.lower_ == "of" and \
        prep.head.lower_ in PLACE_NOUNS


def asked_for_doer(verb: Token, found: Match, index: MentionIndex) -> list[ActorMention]:
    """Who is to do the act a request's 'for' phrase names: the act noun's owner or its own
    'by' or 'of' phrase ("called for the minister's resignation", "called for the resignation
    of the minister", "for greater steps by the regulator"), not anyone deeper in it ("for an
    inquiry into the deaths of X")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        act = child_with(prep, ("pobj",))
        if act is None or act.pos_ != "NOUN":
            continue
        owner = phrase_actors(child_with(act, ("poss",)), index)
        if owner:
            return owner
        for of in (c for c in act.children if c.dep_ in ("prep", "agent")
                   and c.lower_ in ("of", "by")):
            found_here = phrase_actors(child_with(of, ("pobj",)), index)
            if found_here:
                return found_here
    return []


def where_clauses(phrase: Token) -> set[int]:
    """Tokens of 'where' clauses under a phrase ("a curfew across the district, where bandits
    have clashed with the army"): what else happens at a place names no one the act touched."""
    return {t.i for clause in phrase.subtree if clause.dep_ == "relcl" and clause != phrase
            and any(c.lower_ == "where" for c in clause.children) for t in clause.subtree}


def not_acted_on(phrase: Token, own: set[int]) -> set[int]:
    """Tokens of a phrase that name who did something, not whom an act touched: the agent of
    a participle modifier ("AU-mediated talks", "Russian-backed forces") and the 'of' phrase
    of the act's ``own`` noun that names its doer or what it moves of its own ("finished
    its pullout of soldiers"; but an act asked for, "demanded the withdrawal of X", is
    aimed at X)."""
    skip: set[int] = set()
    for token in phrase.subtree:
        if token.dep_ == "amod" and token.tag_ == "VBN":
            skip |= {t.i for c in token.children if c.dep_ in ("npadvmod", "compound", "nmod")
                     and c.i < token.i for t in c.subtree}
        elif token.dep_ == "prep" and token.lower_ == "of" and \
                token.head.i in own and token.head.lemma_.lower() in grammar.AGENT_OF_NOUNS:
            skip |= {t.i for t in token.subtree}
    return skip


def token_at(mention: ActorMention, near: Token) -> Token:
    """The head token of a mention, in the doc of ``near`` (``near`` if it cannot be found)."""
    return mention_head(mention, near.doc) or near


def mention_head(mention: ActorMention, doc: Doc) -> Token | None:
    """The head token of a mention in its doc, or None if its offsets fall outside it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def about(token: Token, phrase: Token) -> bool:
    """Whether a token of a phrase is in what the phrase is about ("talks on the crisis")."""
    while token != phrase and token.head != token:
        if token.dep_ == "prep" and token.lower_ in grammar.TOPIC_PREPS:
            return True
        token = token.head
    return False


def not_sources(targets: list[ActorMention], sources: list[ActorMention]) -> list[ActorMention]:
    """The targets that are not a source again ("closed its airspace": not the closer)."""
    return [t for t in targets if t not in sources and not any(same_actor(t, s) for s in sources)]


def same_actor(a: ActorMention, b: ActorMention) -> bool:
    """Two mentions of one actor: the same words, or one referring back to the other (not
    merely one code: a president and a minister of one government are two actors)."""
    if (a.start, a.end) == (b.start, b.end) or a.text.lower() == b.text.lower():
        return True
    for one, other in ((a, b), (b, a)):
        entry = one.entry or ""
        if entry.startswith("coref:") and entry.split(":", 1)[1].split("+")[0] == str(
                other.start) and other.code == one.code:  # not "X's critics", begun there
            return True
    return False


# Sectors that act for a state: its government, police, courts, armed forces, spies and
# legislature (CAMEO actor codes). A state's own organ acting "in" or "on" the bare state names
# no second party.
OWN_STATE_SECTORS = frozenset("GOV COP JUD MIL SPY LEG".split())
# Roots where the bare own country is no party: statements (CAMEO 01), which speak of a land,
# not to it. Elsewhere it may stand for the state's own people or ground, as the recipient or
# the place of its act (an appeal to citizens, aid to a province, a curfew, force on a town).
OWN_STATE_TARGET_ROOTS = frozenset(("01",))


def bare_state(mention: ActorMention, doc: Doc) -> bool:
    """A mention coded as a country and nothing more that names the land itself: the country
    or its people by name ("Zambia", "Zambians"), a town or province of it, a thing given its
    home country ("the pro-reform protests"), or a pronoun resolved to such a name; not a
    person the dictionaries code with a bare country (a president by name)."""
    if not mention.code or mention.sector is not None or mention.code != mention.country:
        return False
    entry = mention.entry or ""
    if entry.startswith("coref:"):  # "it", "the country": what the antecedent names
        start = entry.split(":", 1)[1].split("+")[0]
        token = next((t for t in doc if str(t.idx) == start), None) if start.isdigit() else None
        return token is not None and token.ent_type_ in ("GPE", "NORP", "LOC")
    return entry.startswith(("eventwire:countries.tsv", "place:", "unresolved:thing+home:")) \
        or "/subnational" in entry


def state_or_its_leader(mention: ActorMention, doc: Doc) -> bool:
    """A mention coded with a bare country that acts for the state: the country by name
    ("Zambia demanded ..."), or a person the dictionaries code so (a head of state by name);
    not its people ("Zambians marched"), nor a group coded with its country alone."""
    entry = mention.entry or ""
    if entry.startswith(("eventwire:people.tsv", "phoenix:Phoenix.Countries.actors.txt")):
        return "/subnational" not in entry
    if not entry.startswith("eventwire:countries.tsv"):
        return False
    head = mention_head(mention, doc)
    return head is not None and head.tag_ not in ("NNS", "NNPS")


def own_state_as_target(source: ActorMention | None, target: ActorMention, root: str,
                        doc: Doc) -> bool:
    """"The Zambian health ministry noted that Zambia had ...", "Ghana's minister described
    Ghana as safe": a state, or one of its organs, speaking of its own bare country speaks to
    no second party; the country is what it spoke of (an unresolved target is better than a
    wrong one). Not a group that is no organ of the state (protesters, rebels: "activists
    described Aleppo as ..."), and only for statements (OWN_STATE_TARGET_ROOTS)."""
    if source is None or not source.code or source.country != target.country:
        return False
    if not (source.code[3:6] in OWN_STATE_SECTORS or
            source.sector is None and source.code == source.country and
            state_or_its_leader(source, doc)):
        return False
    if root not in OWN_STATE_TARGET_ROOTS:
        return False
    return bare_state(target, doc)


def apposed(a: ActorMention, b: ActorMention, doc: Doc) -> bool:
    """Two mentions of one person or body set side by side: a name and its apposition ("Ms
    Adeyemi, Zambia's health minister"), where a pronoun may have been resolved to either
    ("expressed her sympathy": "her" is the apposition's, so the speaker's own)."""
    heads = [mention_head(m, doc) for m in (a, b)]
    if None in heads:
        return False
    one, other = heads
    return one.dep_ == "appos" and one.head == other or \
        other.dep_ == "appos" and other.head == one


def loose_target(obj: Token, found: Match) -> bool:
    """May an object no dictionary knows stand as the target? Not what was said
    ("denied the allegations"), nor a bare word of the trigger's idiom ("take part")."""
    if obj.lemma_.lower() in grammar.CONTENT_NOUNS:
        return False
    if obj.lemma_.lower() in grammar.INSTRUMENT_NOUNS and not struck(found):
        return False
    return not (obj in found.words and not list(obj.children))


# Violent verbs whose object, even a weapon or a craft, is what was struck ("shot down a
# drone", "destroyed two tanks", "hijacked a plane"); not "fired a rocket", "used a helicopter".
STRIKING_VERBS = frozenset("attack destroy hit target ambush hijack seize intercept down "
                           "damage bomb shell".split())


def struck(found: Match) -> bool:
    """Whether the violent act named struck its object: a verb of striking, or one brought
    down ("shot down", "brought down")."""
    verb = found.trigger
    if (found.pattern.code or "")[:2] not in grammar.VIOLENT_ROOTS:
        return False
    return lemma_in(verb, STRIKING_VERBS) or any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def is_preposition(token: Token) -> bool:
    """A prepositional phrase head; the parser labels "to" after a verb of giving dative."""
    return token.dep_ == "prep" or token.dep_ == "dative" and token.pos_ == "ADP"


# Where people are held: a place of custody in a country is that country's state's.
CUSTODY_NOUNS = frozenset("captivity custody detention prison jail".split())


def custodian(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The country a place of custody is in, when the act (passive, no agent) was done in or
    from it; the place may hang on the verb or on a verb joined to it ("tortured and killed in
    a prison in X")."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verbs.append(verb.head)
    held = [child_with(p, ("pobj",)) for v in verbs for p in v.children
            if is_preposition(p) and p.lower_ in ("in", "from")]
    held = [h for h in held if h is not None and h.lemma_.lower() in CUSTODY_NOUNS]
    if not held:
        return []
    found = place_target([*held, *verbs], index, grammar.LOCATION_PREPS)
    for prep in (c for h in [*held, *verbs] for c in h.children if is_preposition(c)):
        if not found and prep.lower_ in grammar.LOCATION_PREPS:  # a country named as an actor
            found = [m for m in phrase_actors(child_with(prep, ("pobj",)), index)
                     if m.code and m.code == m.country]
    return found


def place_target(
    holders: list[Token], index: MentionIndex, preps: frozenset[str],
    scene_of_verb: Token | None = None,
) -> list[ActorMention]:
    """The country of a place phrase under a trigger or its object, as the target; not a
    phrase put before ``scene_of_verb``'s subject (``fronted_scene``)."""
    for prep in (c for h in holders for c in h.children if is_preposition(c)):
        if prep.lower_ in preps and not (scene_of_verb is not None and
                                         fronted_scene(prep, scene_of_verb)):
            found = index.place(place_object(prep))
            if found:
                return found
    return []


def fronted_scene(prep: Token, verb: Token) -> bool:
    """A phrase put before the clause's subject, setting the scene ("At the ministry in X, the
    minister criticised the plan", "At a rally, he accused Y"): where the act was done, not
    whom it was aimed at, unless it names a recipient ("To X, the donors sent ...")."""
    if prep.head != verb or prep.lower_ in grammar.RECIPIENT_PREPS:
        return False
    subject = subject_of(verb)
    return subject is not None and subject.head == verb and prep.i < subject.i < verb.i


# Visits (CAMEO 042, make a visit): a place named before the visit noun ("the China trip",
# "his Kenya visit") is where the visit went, its target; the traveller is its possessor or
# the one who makes it, never that place.
VISIT_CODE = "042"


def visited_places(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The places named as a noun modifier of a visit noun ("the Kenya visit": Kenya's)."""
    return [m for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i
            and c.ent_type_ in ("GPE", "LOC") for m in index.for_phrase(c) if m.country]


def noun_arguments(
    found: Match, index: MentionIndex
) -> tuple[list[ActorMention], list[ActorMention]]:
    visited = visited_places(found.trigger, index) if (found.pattern.code or "") == \
        VISIT_CODE else []
    index.excluded = visited  # the place visited is not who went there
    try:
        sources, targets = act_noun_arguments(found, index)
    finally:
        index.excluded = []
    if visited:  # "the minister's Kenya visit": the minister went to Kenya
        sources = [s for s in sources if s not in visited and not any(
            same_actor(s, v) for v in visited)]
        targets = visited + [t for t in targets if t not in visited]
    return sources, targets


def act_noun_arguments(
    found: Match, index: MentionIndex
) -> tuple[list[ActorMention], list[ActorMention]]:
    noun = found.trigger
    sources: list[ActorMention] = []
    agents = by_doers(noun, index)
    possessor = child_with(noun, ("poss",))
    if possessor is not None and undergone_by_possessor(noun):
        # "the senator's arrest in Kenya", "her abduction": the possessor is the one acted
        # on; the doer is only the 'by' phrase
        undergoers = not_sources(phrase_actors(possessor, index), agents)
        if undergoers:
            return agents, undergoers
    if agents and possessor is not None and possessor.tag_ != "PRP$":
        # "the envoy's assassination by a gunman": with its doer named by 'by', an act's
        # possessor is the one it was done to
        undergoers = not_sources(phrase_actors(possessor, index), agents)
        if undergoers:
            return agents, undergoers
    if possessor is not None and possessor.tag_ == "PRP$" and governing_verb(noun) is not None:
        # "X and Y provided their donations": the possessor is the light verb's subject, all
        # of it
        sources = phrase_actors(subject_of(governing_verb(noun)), index)
    sources = sources or act_doers(noun, index)
    # "clashes broke out between X and Y", "a battle that began between X and Y": the
    # phrase may hang on the verb the act is the subject of, or on a clause about the act
    told = [c for c in noun.children if c.dep_ == "relcl"]
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        told.append(noun.head)
    between = next((c for h in (noun, *told) for c in h.children
                    if c.dep_ == "prep" and c.lower_ in ("between", "among")
                    and (h is noun or c.lower_ == "between")), None)
    if between is not None and not sources:  # "talks between Turkey and Russia"
        pobj = child_with(between, ("pobj",))
        parties = phrase_actors(pobj, index)
        return parties[:1], parties[1:]
    governor = governing_verb(noun)
    # the phrases of the act, of the verb, and of a run the act is counted in ("suffered a
    # wave of raids from X")
    run = noun.head.head if governor is not None and noun.dep_ == "pobj" and \
        noun.head.head.head == governor and noun.head.head != governor else None
    around = [*noun.children, *(run.children if run is not None else ()),
              *(governor.children if governor is not None else ())]
    giver = next((c for c in around if c.dep_ == "prep" and c.lower_ == "from"), None) \
        if governor else None
    if governor is not None and giver is None:  # "suffered attacks at the hands of X"
        giver = next(filter(None, map(hands_of, around)), None)
    if governor is not None and (
            governor.lemma_.lower() in grammar.RECEIVE_VERBS | UNDERGO_VERBS or
            (governor.lemma_.lower() in HAVE_VERBS and giver is not None)):
        # "the militia is getting support from Moscow": the giver is the source; one who
        # has a thing from no one ("had harsh words for X") is its doer
        return phrase_actors(child_with(giver, ("pobj",)), index), phrase_actors(
            subject_of(governor), index)
    died = died_of(noun)
    if died is not None:  # "died in prison in X after torture": the one who died suffered
        # it; the state holding them did it, unless the act is laid at someone's door ("died
        # in an attack blamed on rebels")
        victims = not_sources(phrase_actors(subject_of(died), index), sources)
        if victims:
            return sources or not_sources(custodian(died, index), victims), victims
    if not sources and governor is not None and lemma(governor) in ATTRIBUTING_VERBS:
        # "the army attributed the raid to X": the raid is X's, said by the army
        to = next((c for c in governor.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        sources = phrase_actors(child_with(to, ("pobj",)), index)
        if sources:
            return sources, []
    if not sources and governor is not None and lemma(governor) not in grammar.OBSERVING_VERBS \
            and doing_verb(governor):  # "launched an offensive", not "criticised the curfew"
        sources = phrase_actors(subject_of(governor), index)
    scene = noun.head if noun.dep_ == "pobj" else None
    if scene is not None and scene.lower_ == "of" and scene.head.dep_ == "pobj" and \
            lemma_in(scene.head, SPELL_NOUNS):  # "flew in for two days of talks with X": the
        scene = scene.head.head  # spell the talks took is no scene of its own
    if not sources and governor is None and scene is not None and scene.dep_ == "prep" and \
            scene.lower_ in SCENE_PREPS and scene.head.pos_ in ("VERB", "AUX") and \
            scene.head.dep_ not in ("acl", "relcl", "amod"):  # not "a pullout required in
        # the agreement"
        # "X, in talks with Y, promised to ...": the talks are X's
        sources = phrase_actors(subject_of(scene.head), index)
    if not sources and governor is None and scene is not None and scene.dep_ == "prep" and \
            (scene.lower_ in MEETING_SCENE_PREPS or scene.lower_ == "for" and
             lemma(scene.head) in MEETING_GOING_VERBS) and \
            (found.pattern.code or "")[:2] == "04" and \
            scene.head.pos_ in ("VERB", "AUX") and (
                scene.head.dep_ not in ("acl", "relcl", "amod") or
                scene.head.dep_ == "relcl" and any(  # "X, who gave a speech after a meeting"
                    c.dep_ == "nsubj" and c.tag_ == "WP" for c in scene.head.children)) and \
            any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in noun.children):
        # "X gave a speech after a meeting with Y", "gave an interview during a visit to Z":
        # one who speaks or acts at a meeting with someone, or on a visit to a place, took
        # part in it ("mediated during the talks" names no partner: a mediator's, not theirs)
        sources = phrase_actors(subject_of(scene.head), index)
    if not sources and governor is None and scene is not None and scene.dep_ == "prep" and \
            scene.lower_ in SCENE_PREPS and scene.head.dep_ == "nsubj" and scene.i > 0 and \
            scene.nbor(-1).text == ",":  # the parser may hang the phrase on X
        sources = phrase_actors(scene.head, index)
    if not sources:  # "the surrender of the militia", "the withdrawal of Zambian troops"
        sources = of_doers(noun, index)
    verb = found.trigger
    passive = child_with(verb, PASSIVE_SUBJECT_DEPS) is not None or (
        verb.dep_ == "acl" and verb.tag_ == "VBN")
    # in a passive ("forces, backed by Russia") the subject found is the one acted on
    index.excluded = [] if passive else sources
    try:
        return sources, noun_targets(found, index, sources, governor)
    finally:
        index.excluded = []


def crowd(verb: Token) -> list[ActorMention]:
    """A protest's subject that only counts people ("thousands marched", "hundreds of
    thousands rallied", "dozens protested"): protesters, coded as agents.tsv codes them; the
    country where they protested is given later, as for any sector noun."""
    subject = subject_of(verb)
    if subject is None or lemma(subject) not in grammar.CROWD_NUMBERS or any(
            c.dep_ == "prep" and c.lower_ == "of" and
            lemma(child_with(c, ("pobj",)) or c) not in grammar.CROWD_NUMBERS
            for c in subject.children):  # "dozens of farmers" names who they are
        return []
    tokens = [t for t in subject.subtree if t.i <= subject.i]
    tokens += [t for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
               for t in c.subtree]  # "hundreds of thousands"
    sector = grammar.CROWD_SECTOR
    mention = uncoded_mention(subject, tokens, entry="crowd")
    return [replace(mention, code=sector, sector=sector, name="protesters",
                    plover_actor=sector)]


def taken_from_whom(found: Match, index: MentionIndex) -> list[ActorMention]:
    """Whom ground was taken from: the 'from' phrase of a verb of occupying territory (CAMEO
    192: "recaptured the town from ISIS", "seized the airport from rebels")."""
    if not (found.pattern.code or "").startswith("192"):
        return []
    frm = next((c for c in found.trigger.children if c.dep_ == "prep" and c.lower_ == "from"),
               None)
    return phrase_actors(child_with(frm, ("pobj",)), index) if frm is not None else []


def between_parties(act: Token, index: MentionIndex) -> list[ActorMention]:
    """The sides an act's 'between' phrase names ("fighting between X and Y"), in order."""
    between = next((c for c in act.children if c.dep_ == "prep" and c.lower_ == "between"),
                   None)
    return phrase_actors(child_with(between, ("pobj",)), index) if between is not None else []


def claimed_by(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """Who owned up to an act: "X claimed responsibility for the bombing" (or took, accepted,
    admitted it): the bombing is X's."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    owned_up = noun.head.head
    if owned_up.lemma_.lower() not in grammar.RESPONSIBILITY_NOUNS or \
            owned_up.dep_ not in ("dobj", "obj") or \
            lemma(owned_up.head) not in grammar.OWNING_UP_VERBS:
        return []
    return phrase_actors(subject_of(owned_up.head), index)


def act_doers(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """Who did the act a noun names: its owner ("Russia's airstrikes"), its 'by' phrase, one
    who owned up to it, or one it is laid at the door of ("an attack blamed on X")."""
    return act_owners(noun, index) or by_doers(noun, index) or claimed_by(noun, index) or \
        phrase_actors(child_with(laid_at(noun), ("pobj",)), index)


def act_owners(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """Whose act a noun names, by the words before it: "Russia's airstrikes", "Russian
    airstrikes"."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
            found = index.for_phrase(child)
            if found:
                return found
    return []


def by_doers(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """Who did an act a noun names, by its 'by' phrase: "the offensive on Aleppo by government
    forces", "the arrest of X by Y" (the parser may hang the 'by' on X), or by the 'by' phrase
    of a participle that only says it was done: "the attack carried out by X", "the offer
    made by Y", "the plan put forward by Z"."""
    of = [child_with(c, ("pobj",)) for c in noun.children
          if c.dep_ == "prep" and c.lower_ == "of"]
    by = next((c for h in (noun, *(o for o in of if o is not None)) for c in h.children
               if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is None:
        by = next((c for clause in noun.children if clause.dep_ == "acl" and
                   clause.tag_ == "VBN" and lemma(clause) in grammar.DOING_PARTICIPLES
                   for c in clause.children if c.dep_ == "agent"), None)
    return phrase_actors(child_with(by, ("pobj",)), index) if by is not None else []


# Verbs of dying, and the phrases that name what one died of ("after", "from", "due to").
DEATH_VERBS = frozenset("die perish".split())
CAUSE_PREPS = frozenset("after from of following to as in".split())


def died_of(noun: Token) -> Token | None:
    """The verb of dying a harm noun is the cause of ("died after torture", "died due to
    torture", "died as a result of torture"), or None."""
    token = noun
    for _ in range(4):
        if token.dep_ != "pobj" or token.head.lower_ not in CAUSE_PREPS:
            return None
        token = token.head.head
        if token.lemma_.lower() in DEATH_VERBS and token.pos_ == "VERB":
            return token
        if token.dep_ not in ("pobj", "prep", "amod", "advmod", "acomp") and \
                token.lower_ not in ("due", "result"):
            return None
        if token.dep_ == "prep":
            token = token.head
            if token.lemma_.lower() in DEATH_VERBS and token.pos_ == "VERB":
                return token
    return None


def noun_targets(found: Match, index: MentionIndex, sources: list[ActorMention],
                 governor: Token | None) -> list[ActorMention]:
    noun = found.trigger
    targets = not_sources(phrase_actors(subject_of_act(noun), index), sources)
    if targets:  # "X is the target of an inquiry into fraud": X is investigated
        return targets
    preps = grammar.NOUN_TARGET_PREPS
    if noun.lemma_.lower() not in grammar.AGENT_OF_NOUNS:
        preps = preps | {"of"}  # "the arrest of X", but "the support of its allies"
    for child in noun.children:
        if is_preposition(child) and child.lower_ in preps and \
                child_with(child, ("pobj",)) not in found.words:  # "a show of force": the
            targets = phrase_actors(child_with(child, ("pobj",)), index)  # act's own word
            if targets:
                break
    if not targets:  # "an attack on a government compound", "an inquiry into the sinking":
        # "on", "against" or "into" names what an act is aimed at, even no actor
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("on", "against", "into"):
                targets = phrase_actors(child_with(child, ("pobj",)), index, loose=True)
                if targets:
                    break
    if not targets and governor is not None:  # "launched airstrikes against X": the light
        for child in governor.children:  # verb's phrase; not the means it was done "with"
            if is_preposition(child) and child.lower_ in preps and child.i > noun.i and not (
                    child.lower_ == "with" and any(lemma_in(
                        t, grammar.INSTRUMENT_NOUNS | grammar.OWN_MEANS) for t in with_conjuncts(
                        child_with(child, ("pobj",)) or child))):
                targets = phrase_actors(child_with(child, ("pobj",)), index)
                if targets:
                    break
    if not targets and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and \
            lemma(noun.head) not in grammar.EVIDENCE_BLAME_VERBS:  # not "the attack bore
        # the hallmarks of X" (X is blamed for it)
        # "an airstrike killed three soldiers": what the act did, it did to its object
        targets = phrase_actors(child_with(noun.head, ("dobj",)), index)
    if not targets:  # "on the offensive to take back rebel-controlled areas"
        purpose = [c for c in (governor.children if governor is not None else ())
                   if c.i > noun.i and (c.dep_ == "xcomp" or c.dep_ == "advcl" and not any(
                       d.dep_ in ("mark", *SUBJECT_DEPS, "nsubjpass") for d in c.children))]
        # not a clause of time or cause, with a subject or a conjunction of its own ("reopened
        # the inquiry after he was expelled"), nor a noun joined to the act's ("led the inquiry
        # and forensic experts arrived"): neither says at whom the act is aimed
        joined = {t.i for c in noun.children if c.dep_ == "conj" and (
            index.at(c) or c.pos_ == "PROPN" or lemma_in(c, grammar.HUMAN_NOUNS))
            for t in c.subtree}  # an actor joined to the act, not another act ("bombings and
        # attacks targeting X": X still)
        for token in [t for phrase in (noun, *purpose) for t in phrase.subtree]:
            if token.i > noun.i and token not in found.words and token.i not in joined:
                found_here = [m for m in index.at(token) if m not in sources]
                if found_here:
                    targets = found_here[:1]
                    break
    if not targets:  # "airstrikes on Azaz" (a place the dictionaries know as a country's)
        holders = [noun, *([governor] if governor is not None else [])]
        targets = place_target(holders, index,
                               grammar.DIRECTION_PREPS | grammar.LOCATION_PREPS | {"from"}) \
            or place_target(holders, index, AT_PREPS)  # "a show of force near X"
    if not targets and (found.pattern.code or "")[:2] in grammar.PLACE_TARGET_ROOTS:
        # "set up roadblocks in the worst-hit districts": a place no dictionary knows, as
        # for a verb's act of force
        for prep in (c for h in holders for c in h.children if is_preposition(c)):
            if prep.lower_ in grammar.LOCATION_PREPS and prep.i > noun.i:
                targets = place_phrase(child_with(prep, ("pobj",)))
                if targets:
                    break
    if (found.pattern.code or "")[:2] in grammar.BENEFICIARY_ROOTS and \
            not any(stated_country(t) for t in targets):  # "the largest donor of aid in Chad",
        targets = for_whom(beneficiary(noun, index), targets, noun)  # "funding to fight the
        # outbreak in Chad"
    if (found.pattern.code or "")[:2] == "13" and not targets:  # "threats that it would ..."
        targets = threatened(noun, index)  # unless X pays": X
    return not_sources(targets, sources)


# Nouns by which one is said to undergo an act ("X is the subject of an inquiry").
UNDERGOING_NOUNS = frozenset("subject target focus object".split())


def subject_of_act(noun: Token) -> Token | None:
    """X of "X is the subject (target, focus) of an inquiry by Y": the one the act is on."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in UNDERGOING_NOUNS:
        return None
    holder = prep.head
    if holder.dep_ != "attr" or holder.head.lemma_.lower() != "be":
        return None
    return next((c for c in holder.head.children if c.dep_ == "nsubj"), None)


def threatened(head: Token, index: MentionIndex) -> list[ActorMention]:
    """Whom a threat is aimed at when it names no one: the subject of the condition it sets,
    on the threat itself or on what it threatens to do ("threatened to open the borders
    unless the EU pays", "warned that it would retaliate if Kenya did not withdraw")."""
    clauses = [head, *(c for c in head.children if c.dep_ in ("xcomp", "ccomp", "acl"))]
    after = head.right_edge.i + 1
    if head.pos_ == "NOUN" and after < len(head.doc) and head.doc[after].lower_ == "that" and \
            head.doc[after].dep_ == "mark":  # "threats by X that ...": the parser may hang
        clauses.append(head.doc[after].head)  # the threat's own clause on the main verb
    for clause in clauses:
        targets = [m for m in condition_target(clause, index) if m.code]
        if targets:
            return targets
    return []


def phrase_actors(
    head: Token | None, index: MentionIndex, loose: bool = False
) -> list[ActorMention]:
    """The actors of a phrase and of every phrase conjoined with it.

    ``loose``: a phrase with no actor in it still stands for what was acted on ("rejected
    the election results"), uncoded.
    """
    if head is None:
        return []
    actors: list[ActorMention] = []
    if index.in_dateline(head.idx):  # "PARIS -- A French court has ...": the parser may hang
        head = past_dateline(head, index)  # the subject on the dateline, as its appositive
    for token in with_conjuncts(head):
        found = index.for_phrase(token)
        if not found and token.pos_ == "PRON" and token.tag_ not in ("WP", "WDT"):
            # "the rebels said they will release ...": who said it; not a question word ("did
            # not say who attacked the embassy" names no one; a relative's 'who' is read by
            # subject_of)
            speaker = reporting_subject(token) or main_subject(token)
            if speaker is not None and token.dep_ in ("nsubj", "nsubjpass") and \
                    not could_stand_for(token, speaker):
                speaker = None  # "police said he attacked a journalist": not the police
            if speaker is not None:
                found = index.for_phrase(speaker) or unresolved_actor(speaker, loose)
                if body_speaker(token, speaker, found):
                    found = []
                if not found and speaker.lower_ == token.lower_:  # "he said he would ...":
                    found = unresolved_person(speaker)  # the one who said it
                found = [replace(m, said_as=(token.idx, token.idx + len(token)))
                         for m in found]
        if all(guessed(m) for m in found):  # "a force made up of Kenyan and Ugandan troops"
            found = members(token, index) or found
        if not found:  # "donor states, such as Ghana and Chad": those named
            found = named_members(token, index)
        if not found and not index.in_dateline(token.idx):  # "BERLIN --" filed the story
            found = unresolved_actor(token, loose) or unresolved_person(token)
        found = found + of_conjuncts(token, index)
        for mention in found:
            if mention not in actors:
                actors.append(mention)
    return actors


def guessed(mention: ActorMention) -> bool:
    """A mention whose country is only guessed from the story's focus ("the troops")."""
    return "+focus:" in (mention.entry or "")


def members(head: Token, index: MentionIndex) -> list[ActorMention]:
    """The actors a body is made of, when its own country is not stated: "a force comprised
    of Kenyan and Ugandan troops", "a coalition made up of ...", "consisting of ..."."""
    for part in (c for c in head.children if c.dep_ == "acl" and
                 c.lemma_.lower() in COMPOSED_VERBS):
        of = next((c for c in part.subtree if c.dep_ == "prep" and c.lower_ == "of"), None)
        found = [m for m in phrase_actors(child_with(of, ("pobj",)), index) if m.code] \
            if of is not None else []
        if found:
            return found
    return []


def named_members(head: Token, index: MentionIndex) -> list[ActorMention]:
    """The actors a group no dictionary knows is said to include ("neighbouring countries,
    such as Ghana and Chad", "several states, including Kenya and Uganda"), when the
    dictionaries know them."""
    if head.pos_ != "NOUN":
        return []
    for prep in (c for c in head.children if c.dep_ == "prep"):
        if prep.lower_ == "including" or prep.lower_ == "as" and any(
                c.lower_ == "such" for c in prep.children) or prep.lower_ == "like":
            listed = [m for m in phrase_actors(child_with(prep, ("pobj",)), index) if m.code]
            if listed:
                return listed
    # "several states, among them Kenya and Mali": the names the "among them" sets off, which
    # the parser hangs on the preposition beside "them"; of a subject, it may hang the phrase
    # on the verb
    beside = [c for c in head.head.children if c.dep_ == "prep" and head.i < c.i < head.head.i] \
        if head.dep_ in SUBJECT_DEPS else []
    for them in [*(c for c in head.children if c.dep_ == "prep"), *beside]:
        if them.lower_ != "among" or not any(
                c.dep_ == "pobj" and c.lower_ == "them" for c in them.children):
            continue
        names = [c for c in them.children if c.dep_ in ("pobj", "dep", "appos")
                 and c.lower_ != "them"]
        listed = [m for n in names for c in [n, *n.conjuncts]
                  for m in phrase_actors(c, index) if m.code]
        listed = [m for i, m in enumerate(listed) if m not in listed[:i]]
        if listed:
            return listed
    return []


def past_dateline(head: Token, index: MentionIndex) -> Token:
    """The first phrase after a dateline that hangs on it ("NAIROBI, Kenya -- The police"):
    an appositive or conjunct of the dateline's words; else the dateline word itself."""
    queue = [head]
    while queue:
        token = queue.pop(0)
        if not index.in_dateline(token.idx):
            return token
        queue.extend(c for c in token.children if c.dep_ in ("appos", "conj"))
    return head


def of_conjuncts(head: Token, index: MentionIndex) -> list[ActorMention]:
    """"the foreign ministers of Kenya and Uganda": people of several countries, each country's
    side its own actor (the first is the phrase's own mention)."""
    if not lemma_in(head, grammar.HUMAN_NOUNS):
        return []
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = child_with(of, ("pobj",)) if of is not None else None
    if pobj is None:
        return []
    found: list[ActorMention] = []
    own = next((m for m in index.for_phrase(head) if m.sector and m.country), None)
    for other in pobj.conjuncts:
        sides = [m for m in index.for_phrase(other) if m.code] or index.place(other)
        if own is not None:  # "the ministers of Kenya and Uganda": Uganda's ministers too
            role = (own.code or "")[len(own.country):]  # "GOVMIL" of "the defence ministers"
            sides = [replace(m, code=m.country + role, sector=own.sector,
                             entry=f"{m.entry or ''}+of:{role}")
                     if m.country and m.code == m.country else m for m in sides]
        found += sides
    return found


def main_subject(pronoun: Token) -> Token | None:
    """Whom an object pronoun no dictionary resolved stands for: the subject of the clause its
    own clause hangs on ("X was freed after the president pardoned him"), if it names someone."""
    clause = pronoun.head
    if pronoun.lower_ == "they" and pronoun.dep_ == "nsubj" and clause.dep_ == "advcl" and \
            clause.head.pos_ in ("VERB", "AUX"):
        # "the ministers left angry after they met X": the plural
        # subject of the clause it hangs on
        subject = subject_of(clause.head)
        return subject if subject is not None and subject.tag_ in ("NNS", "NNPS") and \
            subject.i < pronoun.i else None
    if pronoun.lower_ in ("he", "she") and pronoun.dep_ == "nsubj" and clause.dep_ == "advcl":
        # "X resigned after he admitted ...": the subject of the clause it hangs on
        subject = child_with(clause.head, ("nsubj",))
        return subject if subject is not None and subject.pos_ == "PROPN" and \
            subject.ent_type_ == "PERSON" and subject.i < pronoun.i else None
    if pronoun.lower_ not in ("him", "her", "them") or pronoun.dep_ != "dobj" or \
            clause.dep_ not in ("advcl", "conj"):
        return None
    subject = child_with(clause.head, ("nsubj", "nsubjpass"))
    if subject is None or subject.pos_ == "PRON" or subject.i > pronoun.i:
        return None
    if clause.dep_ == "advcl" and child_with(clause, ("nsubj", "nsubjpass")) is None:
        return None  # "police detained dozens, charging them": the clause shares the subject,
        # which its object is not (that would be "themselves")
    return subject


# Modals by which a speaker says what must or must not be done
URGING_MODALS = frozenset("must should could can ca need".split())


def urging_speaker(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """"X said Y could not be allowed to ...", "X said Y must be stopped": a passive with no
    agent, under a modal, in what a speaker said is the speaker's own stand."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in grammar.SPEECH_VERBS:
        return []
    if not any(c.dep_ == "aux" and c.lower_ in URGING_MODALS for c in verb.children):
        return []
    return [m for m in phrase_actors(child_with(verb.head, ("nsubj",)), index) if m.code]


# Sectors of the state's own agents, who report what the state did to someone.
STATE_SECTORS = frozenset("GOV COP JUD MIL SPY".split())


def state_speaker(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """"Police said three men were arrested", "the ministry said a ship's crew had been put in
    quarantine": an act of force the state alone does, said in the passive with no one doing
    it by the state's own agents, is theirs (not a witness's or a rebel group's report)."""
    if verb.dep_ != "ccomp" or lemma(verb.head) not in grammar.SPEECH_VERBS:
        return []
    speakers = phrase_actors(subject_of(verb.head), index)
    return speakers if speakers and all(m.sector in STATE_SECTORS for m in speakers) else []


# Nouns that name someone by the violence they did.
ATTACKER_NOUNS = frozenset("assailant attacker gunman killer stabber shooter bomber".split())


def named_attacker(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """"Two guards were wounded as they tried to disarm the attacker": violence
    said in the passive with no one doing it is the one the sentence names by that violence,
    if it names exactly one."""
    named = [t for t in verb.sent if lemma_in(t, ATTACKER_NOUNS) and t.pos_ == "NOUN"]
    undergone = child_with(verb, PASSIVE_SUBJECT_DEPS)
    if len(named) != 1 or undergone is not None and named[0] in undergone.subtree:
        return []  # "the gunman was shot dead": the one named underwent it
    return phrase_actors(named[0], index)


def accusing_speaker(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """"Police say the group is suspected of the bombing", "officials believe the attack was
    blamed on X", "residents were told to stay indoors, the county said": an accusation, an
    appeal or a demand said in the passive with no one making it is the speaker's."""
    if verb.dep_ != "ccomp" or lemma(verb.head) not in grammar.SPEECH_VERBS | \
            grammar.BELIEF_VERBS:
        return []
    return phrase_actors(subject_of(verb.head), index)


def reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the speech verb reporting a pronoun's clause ("X said they ...")."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    if pronoun.lower_ not in SPEAKER_PRONOUNS:
        return None  # "'all of the crew were killed,' X said", "many were hurt, police said":
        # a quantifier counts the ones acted on; it stands for no speaker
    if clause.head.lemma_.lower() not in grammar.SPEECH_VERBS | ASSERTING_VERBS:
        return None
    return child_with(clause.head, ("nsubj",))


# Singular pronouns for one person: they never stand for a plural speaker ("officials said
# he ...") nor for a body ("the ministry said she ...").
ONE_PERSON_PRONOUNS = frozenset("he him she her".split())
BODY_SPEAKERS = ORGANISATION_NOUNS | frozenset(
    "police government authority administration army military".split())


# Named entities that are no one person: "Human Rights Watch said he ..." is not the NGO's act.
NO_PERSON_ENTITIES = frozenset(("ORG", "GPE", "NORP"))


def could_stand_for(pronoun: Token, speaker: Token) -> bool:
    """Whether a pronoun may stand for the speaker reporting its clause: "he" or "she" not for
    "police", "officials", "the ministry" or a named organisation or land."""
    return pronoun.lower_ not in ONE_PERSON_PRONOUNS or not (
        speaker.tag_ == "NNS" and lemma_in(speaker, grammar.HUMAN_NOUNS) or  # not a name
        speaker.lemma_.lower() in BODY_SPEAKERS or  # the tagger reads as a plural ("Lopes")
        speaker.ent_type_ in NO_PERSON_ENTITIES or
        speaker.lemma_.lower() in BYSTANDER_NOUNS)  # "the lawyer said she began a hunger
    # strike", "a spokesman said he was detained": most often the client or the principal


# CAMEO actor types of a named body, not a person: non-governmental, intergovernmental
# organisations, multinational companies ("Freedom Watch said he ...": not the rights group's
# act, though the tagger may leave its name untyped).
BODY_CODES = frozenset("NGO IGO MNC".split())


def body_speaker(pronoun: Token, speaker: Token, found: list[ActorMention]) -> bool:
    """A one-person pronoun ("he", "she") whose reporting speaker is coded as a body (BODY_CODES)
    and is no person by name or by noun ("the UN envoy" is one): it is not the body."""
    return pronoun.lower_ in ONE_PERSON_PRONOUNS and bool(found) and \
        speaker.ent_type_ != "PERSON" and not lemma_in(speaker, grammar.HUMAN_NOUNS) and \
        all((m.code or "")[:3] in BODY_CODES for m in found)


# Verbs that assert or promise what their clause says ("the nurses affirmed that they will
# stay out", "the rebels vowed that they would fight on"): its pronoun subject is,
# as after "said", most often the one asserting.
ASSERTING_VERBS = frozenset("assert affirm vow pledge promise warn argue maintain".split())


# Pronouns for people in general, actors when a clause says who they are ("those who ...").
PEOPLE_PRONOUNS = frozenset("everyone everybody anyone anybody those whoever".split())
# Personal pronouns that stand for people or bodies; "it" most often stands for a thing.
PERSON_PRONOUNS = frozenset("i me we us you he him she her they them".split())
# Closed-class grammar: the pronouns that may stand for the one reporting their clause ("the
# rebels said they ...", "the ministry said it ..."): personal ones, not quantifiers ("all",
# "many", "some", "none", "both") nor demonstratives.
SPEAKER_PRONOUNS = PERSON_PRONOUNS | frozenset(("it",))


def unresolved_person(head: Token) -> list[ActorMention]:
    """A personal pronoun whose antecedent no dictionary codes, or that has none in the text
    ("he told reporters", "they called for ..."): the one it stands for acted all the same,
    so the event keeps the pronoun as an actor with no code, as a name no dictionary knows."""
    if head.pos_ != "PRON" or head.lower_ not in PERSON_PRONOUNS or head.dep_ == "poss":
        return []
    return [uncoded_mention(head, [head], "unresolved:pronoun")]


# Acts only a person or a body does: asking, demanding, promising, meeting, praising,
# criticising, rejecting or threatening someone.
SPEAKERS_ROOTS = frozenset(("02", "03", "04", "05", "10", "11", "12", "13"))


def speaking_it(subject: Token | None, found: Match) -> list[ActorMention]:
    """"It asked the ministry for details": an 'it' no antecedent resolves, as the written
    subject of an act only a person or a body does, stands for a body, kept as an actor with
    no code on its span as 'she' or 'they' is (not 'it' of a thing done: "it hit the town")."""
    if subject is None or subject.dep_ != "nsubj" or subject.head.i != found.trigger.i or \
            (found.pattern.code or "")[:2] not in SPEAKERS_ROOTS:
        return []
    if subject.lower_ in GOVERNED_PLACES and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children) and not any(
            c.dep_ in ("compound", "amod", "poss", "prep") for c in subject.children):
        # "the town asked drivers to ...": the town's own government asks, an actor
        # with no code (a city shelled is still a place)
        return [uncoded_mention(subject, list(subject.subtree), "unresolved:noun-phrase")]
    if subject.lower_ != "it":
        return []
    return [uncoded_mention(subject, [subject], "unresolved:pronoun")]


# Places that govern themselves, whose name as the subject of an act only a body does stands
# for their government: "the town asked drivers to ...", "the county announced ...".
GOVERNED_PLACES = frozenset("city town county municipality borough village".split())


def unresolved_actor(head: Token, loose: bool = False) -> list[ActorMention]:
    """A named or human noun phrase no dictionary knows: an actor with its words, no code.

    "The Tokyo Stock Exchange", "Frances Fitzgerald", "the union leaders": the event keeps
    who it was about, and the code stays null rather than invented.
    """
    if head.pos_ == "PRON" and head.lower_ in PEOPLE_PRONOUNS and (
            head.lower_ in ("everyone", "everybody", "anyone", "anybody") or any(
                c.dep_ == "relcl" for c in head.children)):
        # "told everyone who drank the water to boil it", "will arrest those who riot"
        return [uncoded_mention(head, [head], "unresolved:noun-phrase")]
    if head.pos_ not in ("NOUN", "PROPN", "NUM") or head.tag_ in ("WDT", "WP"):
        return []
    tokens = list(phrase_tokens(head))
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = child_with(of, ("pobj",)) if of is not None and (
        head.pos_ == "NUM" or head.ent_type_ in ("CARDINAL", "QUANTITY")) else None
    if counted is not None:  # "hundreds of banks", "dozens of students": who is counted
        return [uncoded_mention(head, tokens, "unresolved:noun-phrase")] if \
            unresolved_actor(counted, loose) else []
    if head.pos_ == "NUM" or head.ent_type_ in grammar.NOT_ACTOR_ENTITIES:  # "on Monday",
        return []  # "in Gaza"
    named = head.pos_ == "PROPN" or any(
        t.ent_type_ in ("PERSON", "ORG", "NORP") for t in tokens)
    human = head.lemma_.lower() in grammar.HUMAN_NOUNS or lemma_in(head, COUNTERPART_NOUNS)
    if not (named or loose or human):
        return []
    return [uncoded_mention(head, tokens, "unresolved:noun-phrase" if named or human
                            else THING)]


def dyads(
    sources: list[ActorMention], targets: list[ActorMention], mutual: bool = False,
    reciprocal: bool = False,
) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """One event per source-target pair. Joint subjects act on each other when the act is
    mutual (consult, cooperate: "X and Y signed a deal"), or when its word is ``reciprocal``
    and no coded actor is its target ("Egypt and Sudan clashed", "traded accusations"); else
    side by side ("Kenya and Uganda sent aid", "X and Y condemned the attack"). (What two
    states swap of their own, "exchanged prisoners", is no third party: the coder drops it
    before, ``coder.joint_party_again``.)"""
    coded_target = any(t.code and not (t.entry or "").startswith("place:") or
                       ON_OBJECT in (t.entry or "") for t in targets)
    if len(sources) > 1 and (mutual or not coded_target and reciprocal):
        joint = [(a, b) for a in sources for b in sources if a is not b]
        if mutual and coded_target:  # "X and Y held talks with Z": with each other and Z
            joint += [(s, t) for s in sources for t in targets
                      if t.code and (s, t) not in joint]
        return joint
    return [(s, t) for s in (sources or [None]) for t in (targets or [None])]
