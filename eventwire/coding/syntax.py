"""Small readings of the dependency parse shared by the coding modules."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from ..actors.resolver import joined_apart, listed_apposition
from . import grammar

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_DEPS = ("dobj", "dative", "iobj", "obj")
NP_STOP_DEPS = frozenset(("relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct", "appos", "prep"))

def phrase_tokens(head: Token) -> Iterator[Token]:
    """The tokens of a noun phrase nearest its head first, not entering clauses or conjuncts,
    nor an 'of' that opens a clause ("convicted X, 30, of robbing Y": the parser hangs the
    charge on X; Y is no part of X)."""
    queue = [head]
    while queue:
        token = queue.pop(0)
        yield token
        queue.extend(c for c in token.children
                     if c.dep_ not in NP_STOP_DEPS or c.dep_ == "prep" and c.lower_ == "of"
                     and not any(g.dep_ == "pcomp" for g in c.children))


def with_conjuncts(token: Token) -> list[Token]:
    """A phrase head and the heads conjoined with it: "Turkey and Russia"."""
    if token.dep_ == "conj" or listed_apposition(token):
        return [token]
    listed = [c for c in token.children if listed_apposition(c)]  # "X, left, and Y"
    joined = [c for c in token.lefts if joined_apart(c)]  # "Rebels and government troops"
    return [token, *token.conjuncts, *listed, *joined]


def child_with(token: Token | None, deps: Iterable[str]) -> Token | None:
    if token is None:
        return None
    deps = tuple(deps)
    return next((c for c in token.children if c.dep_ in deps), None)


def of_object(noun: Token) -> Token | None:
    """The object of a noun's "of" ("the resumption of the shelling" → shelling)."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return child_with(of, ("pobj",))


def place_object(prep: Token | None) -> Token | None:
    """The object of a place phrase; the parser may read a participle before a name as the
    preposition's clause ("in occupied X", "in divided X": X is its object)."""
    pobj = child_with(prep, ("pobj",))
    if pobj is not None or prep is None:
        return pobj
    participle = child_with(prep, ("pcomp",))
    if participle is None or participle.tag_ != "VBN" or participle.i != prep.i + 1 and not (
            participle.i == prep.i + 2 and prep.nbor().dep_ == "det"):
        return None
    obj = child_with(participle, ("dobj",))
    return obj if obj is not None and obj.pos_ == "PROPN" and obj.i == participle.i + 1 else None


def has_negation(token: Token) -> bool:
    """Whether a word carries its own negation ("did *not* plan", "*never* intended")."""
    return any(c.dep_ == "neg" for c in token.children)


def has_to_marker(verb: Token | None) -> bool:
    """Whether a verb is a 'to' infinitive ("asked them *to* leave", "is *to* visit")."""
    return verb is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def misread_preposition(token: Token) -> bool:
    """A particle that governs an object ("calling *on* authorities to act"): a preposition
    the parser read as a particle."""
    return token.dep_ == "prt" and any(c.dep_ == "pobj" for c in token.children)


def lemma(token: Token) -> str:
    """The token's lowercase lemma, with the model's known verb slips mended."""
    if token.lower_ == "according":  # "according to X" attributes; it is no act of according
        return "according"
    word = token.lemma_.lower()
    if token.pos_ != "VERB":
        return word
    return grammar.FORM_LEMMAS.get(token.lower_) or grammar.LEMMA_FIXES.get(word, word)


def governing_verb(noun: Token) -> Token | None:
    """The light verb a nominal event hangs on: "carry out airstrikes", "be on the offensive"."""
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "obj", "oprd") and lemma(head) in grammar.LIGHT_VERBS:
        return head
    if (noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "in", "into")
            and lemma(head.head) in grammar.LIGHT_VERBS | grammar.ENGAGE_VERBS):
        return head.head  # "have been on the offensive", "engaged in talks"
    if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "of") and not \
            any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        # (not "suffered a week of attacks by rebels": the act names its own doer)
        amount = head.head  # "received $5 million in aid", "sent 20 tonnes of food"
        if amount.dep_ in ("dobj", "obj") and amount.head.pos_ == "VERB" and (
                amount.like_num or lemma(amount) in grammar.AMOUNT_NOUNS or
                head.lower_ == "of" and lemma(amount) in SERIES_NOUNS | DURATION_NOUNS):
            return amount.head  # "suffered a series of bombings", "launched a wave of raids",
            # "carried out a week of exercises", "wrapped up three days of talks"
    return None


# Nouns that count acts as a run of them: "a series of bombings", "a wave of arrests".
SERIES_NOUNS = frozenset("series wave spate string spree flurry round rash".split())
# Spans of time that measure an act as its length: "a week of joint exercises", "three days
# of talks", "months of negotiations". The act is done by the verb's subject as when it is
# the object itself ("held talks"); the time names no thing of its own.
DURATION_NOUNS = frozenset("hour day night week weekend month year".split())


# Verbs by which one owns up to an act: "claimed responsibility for", "took credit for".
CLAIMING_VERBS = frozenset("claim admit accept take acknowledge bear assume".split())


def came_under(noun: Token) -> Token | None:
    """The verb of "X came under attack (criticism, heavy shelling) from Y", "X is under
    attack by Y", whose subject undergoes the act: or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "under":
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") and lemma(verb) in ("come", "be") else None


def claiming_verb(act: Token) -> Token | None:
    """The verb by which someone owned up to an act named as a noun ("the group claimed
    responsibility for the bombing", "took credit for the attack"); else None."""
    prep = act.head
    if act.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    owned = prep.head
    if owned.lemma_.lower() not in ("responsibility", "credit") or owned.dep_ not in (
            "dobj", "obj"):
        return None
    verb = owned.head
    if verb.lemma_.lower() not in CLAIMING_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("nobody", "none") or any(
            c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return None  # "no group has claimed responsibility for the blast that ...": unknown
    return verb


def told_beside(verb: Token, head: Token) -> bool:
    """An active verb set off by a comma and a conjunction after a passive "that" clause of a
    speech verb ("said that the towns were flooded, and urged ..."), which the parser may hang
    on the clause: it goes with the speech verb, whose subject did it, not the one the clause
    says underwent something."""
    conjunction = next((c for c in verb.children if c.dep_ == "cc"), None) or next(
        (c for c in head.children if c.dep_ == "cc" and c.i < verb.i), None)
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in grammar.SPEECH_VERBS and \
        any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children) and \
        conjunction is not None and conjunction.i > 0 and \
        verb.doc[conjunction.i - 1].text == ","


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inferred through conjunction and control when not written."""
    seen = 0
    while verb is not None and seen < 8:
        seen += 1
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:  # "UNHCR sent tents": the parser may take a leading acronym for an adverb
            subjects = [c for c in verb.children if c.dep_ == "advmod" and c.i < verb.i
                        and c.text.isalpha() and c.text.isupper() and len(c.text) > 2]
        if not subjects:
            subjects = subject_in_opening(verb)
        # two subjects: the parser took a dateline ("MADRID -- A court has ...") for one; the
        # one nearest the verb is the clause's
        subject = max(subjects, key=lambda c: c.i if c.i < verb.i else -1) if subjects else None
        if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            head = verb.head
            if head.lemma_.lower() in grammar.DOCUMENT_NOUNS and head.dep_ in ("dobj", "obj") \
                    and head.head.pos_ == "VERB":  # "tabled a motion that would censure X":
                verb = head.head  # who tabled it
                continue
            claimant = claiming_verb(head)
            if claimant is not None:  # "claimed responsibility for a bombing that killed
                verb = claimant  # X": who claimed it did it
                continue
            if subject.lower_ == "who" and head.dep_ == "pobj" and \
                    head.head.lower_ in grammar.PLACE_PREPS_BEFORE_WHO and (
                        head.lemma_.lower() in grammar.PLACE_NOUNS or
                        head.ent_type_ in grammar.PLACE_ENTITY_TYPES):
                return None  # "the gunmen in the village who attacked the convoy": not the
                # village; which one before it the parse does not say
            # "airstrikes that have killed": the relative's antecedent; "X is one of several
            # countries that have pledged ...": X, of whom it is said
            return member_of(head) or head
        if subject is not None:
            return subject
        head = verb.head
        if head.i == verb.i:
            return None
        lemma = head.lemma_.lower()
        if verb.dep_ == "conj":
            # "I am shocked ... and call upon X", "the man was detained and confessed": an
            # active verb joined to a passive shares its subject, the one it was said of
            shared = child_with(head, ("nsubjpass",)) if verb.tag_ != "VBN" and \
                child_with(verb, ("auxpass",)) is None else None
            if shared is not None and shared.i < verb.i and told_beside(verb, head):
                verb = head.head  # "the ministry said that the towns were flooded, and urged
                continue  # travellers to stay away": the ministry urged, not the towns
            if shared is not None and shared.i < verb.i:
                return shared
            verb = head
        elif verb.dep_ == "xcomp":
            obj = child_with(head, OBJECT_DEPS)
            if obj is None and lemma == "call" and calls_on(head):
                obj = called_on(head)  # "called on X to send troops": X is to send them
            if obj is not None and lemma in grammar.OBJECT_CONTROL and not (
                    lemma == "call" and not calls_on(head)):  # "called X to discuss": a phone
                return obj  # call; the caller discusses
            passive = child_with(head, ("nsubjpass",))
            if obj is None and passive is not None and passive.i < verb.i and \
                    lemma not in grammar.OBJECT_CONTROL | grammar.REQUEST_VERBS:
                return passive  # "X was seen holding talks with Y": X held them ("X was
                # ordered to close" is read as an order the coder imposes on X)
            verb = head
        elif verb.dep_ == "pcomp":  # "accused Russia of providing airstrikes"
            governor = head.head
            obj = child_with(governor, OBJECT_DEPS) or child_with(governor, ("nsubjpass",))
            if obj is not None and governor.lemma_.lower() in grammar.OBJECT_GERUND:
                return obj  # "X was accused of ...", "was jailed for insulting ...": X
            if governor.pos_ in ("ADV", "ADJ") and governor.dep_ in ("advmod", "acomp") or \
                    governor.pos_ == "NOUN" and governor.dep_ in ("dobj", "obj") and \
                    child_with(governor, ("poss",)) is None:
                # "stopped just shy of backing X", "agreed a scheme for ending the row":
                # the doer of the verb the phrase hangs from
                governor = governor.head
            verb = governor
        elif verb.dep_ in ("dep", "acl") and after_parenthetical(verb) is not None:
            return after_parenthetical(verb)  # "X - whose aide ... - vowed": X
        elif verb.dep_ in ("advcl", "acl", "acomp", "attr") and head.pos_ in ("VERB", "AUX"):
            verb = head  # "X is willing to withdraw": the subject of "is"
        elif verb.dep_ == "acl" and head.lemma_.lower() in grammar.DOCUMENT_NOUNS and \
                head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB":
            verb = head.head  # "passed a resolution criticizing X": who passed it
        elif verb.dep_ == "acl" and in_order_to(verb):
            verb = head.head.head  # "flew to X in order to hold talks": who flew holds them
        elif verb.dep_ in ("relcl", "acl") and has_to_marker(verb):
            # "announced plans to lift the ban", "Kenya's decision to withdraw": whose plan;
            # but "sent troops to fight", "the first country to recognize X": who does it
            if head.pos_ == "PROPN" or lemma in grammar.HUMAN_NOUNS | grammar.OWN_MEANS:
                return head
            owner = child_with(head, ("poss",))
            if owner is not None:
                return owner
            by = next((c for c in head.children if c.dep_ in ("prep", "agent")
                       and c.lower_ == "by" and c.i < verb.i), None) \
                if lemma not in ASKING_NOUNS else None  # "a request by X to end Y":
            if child_with(by, ("pobj",)) is not None:  # another is asked to end it
                return child_with(by, ("pobj",))  # "the decision by the court to free X"
            if head.dep_ not in ("dobj", "obj") or head.head.pos_ not in ("VERB", "AUX"):
                return head
            receiver = child_with(head.head, ("dative", "iobj"))
            if receiver is not None and receiver.pos_ in ("NOUN", "PROPN", "PRON"):
                return receiver  # "gave Syria an ultimatum to hand over ...": Syria hands over
            verb = head.head
        elif verb.dep_ in ("relcl", "acl"):  # "the group, which attacked ..."
            return head
        else:
            return None
    return None


# Nouns of asking another to act: the 'by' phrase names who asks, not who is to act.
ASKING_NOUNS = frozenset("request demand call appeal plea petition invitation order "
                         "ultimatum proposal".split())


def in_order_to(verb: Token) -> bool:
    """A purpose clause written "in order to V", which the parser hangs on the noun "order":
    the purpose of the verb the 'in' phrase hangs on."""
    head = verb.head
    return has_to_marker(verb) and head.lower_ == "order" and head.dep_ == "pobj" and \
        head.head.lower_ == "in" and head.head.head.pos_ in ("VERB", "AUX") and \
        not any(c.dep_ in ("det", "poss", "amod", "compound") for c in head.children)


# Marks that close a parenthetical set off after a sentence's subject.
CLOSING_MARKS = frozenset(("-", "--", "\u2013", "\u2014", ","))


def after_parenthetical(verb: Token) -> Token | None:
    """"X - which has long opposed Y - urged a vote": the parser, lost in the clause set off
    after the subject, may hang the sentence's main verb as a participle (acl, read as
    passive) on the subject or on a noun of the aside, or leave it unattached (dep). Such a
    verb, right after the mark that closes the aside, with no 'by' phrase, is the subject's own
    act: that subject, or None."""
    head = verb.head
    if verb.dep_ not in ("acl", "dep") or head.i == verb.i or verb.i == 0 or \
            verb.doc[verb.i - 1].text not in CLOSING_MARKS or \
            any(c.dep_ == "agent" for c in verb.children):
        return None
    if verb.dep_ == "acl":  # the subject noun, left as the sentence's root
        root = verb.sent.root
        if root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and any(
                c.dep_ in ("relcl", "appos") and root.i < c.i < verb.i for c in root.children):
            return root
        return None
    # dep: hung on the aside's own verb, whose subject the parser took from the sentence
    # ("X - whose aide ... drafted Y - vowed to ...")
    if head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return None
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < head.i), None)
    if subject is None or subject.tag_ in ("WDT", "WP") or any(
            c.lower_ == "whose" for c in subject.children):
        return None  # the aside's own subject: "which", "whose father"
    return subject


def member_of(group: Token) -> Token | None:
    """"X is one of the states that ...", "X was among the groups that ...": the subject
    the group is predicated of, who is one of those that did it; else None."""
    prep = group.head
    if group.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("of", "among"):
        return None
    be = prep.head
    if prep.lower_ == "of":
        if prep.head.lower_ != "one" or prep.head.dep_ != "attr":
            return None
        be = prep.head.head
    if be.lemma_.lower() != "be" or be.pos_ not in ("AUX", "VERB"):
        return None
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def subject_in_opening(verb: Token) -> list[Token]:
    """"At a summit in X, President Y backed ...": the parser may join the subject to the opening
    phrase's last noun as a conjunct; a name set off by a comma right before the verb, with no
    'and' or 'or', is the verb's subject."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for token in prep.subtree:
            if token.dep_ == "conj" and token.pos_ == "PROPN" and token.right_edge.i == \
                    verb.i - 1 and token.left_edge.i > 0 and \
                    token.doc[token.left_edge.i - 1].text == "," and \
                    not any(c.dep_ == "cc" for c in token.head.children):
                found.append(token)
    return found


def calls_on(verb: Token) -> bool:
    """"called on X to ...", an appeal; not "called X on Monday to discuss ...", a phone call."""
    return any(c.lower_ in ("on", "upon") and c.dep_ in ("prep", "prt") and not any(
        t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in verb.children)


def called_on(verb: Token) -> Token | None:
    """X of "called on X" / "called upon X"."""
    for prep in verb.children:
        if prep.lower_ in ("on", "upon") and prep.dep_ in ("prep", "prt"):
            return child_with(prep, ("pobj",)) or child_with(verb, ("pobj",))
    return None


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


def span_text(head: Token) -> str:
    tokens = list(phrase_tokens(head))
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    return head.doc[start:end].text.strip()


def with_clause(clause: Token) -> bool:
    """An infinitive clause marked by 'with' and with a subject of its own, hung on a verb:
    "is working closely with the police to restore order", where the parser reads the partner
    of 'with' as the subject of "to restore"."""
    return clause.dep_ == "advcl" and clause.head.pos_ == "VERB" and has_to_marker(clause) and \
        any(c.dep_ == "mark" and c.lower_ == "with" and c.i < clause.i for c in clause.children) \
        and any(c.dep_ == "nsubj" for c in clause.children)


def with_partner(verb: Token) -> Token | None:
    """The partner of "worked closely with X to ...", where the parser reads X as the subject of
    the infinitive: under a 'with' clause mark, or a 'with' whose clause is "X to V"."""
    for child in verb.children:
        clause = child if with_clause(child) else None
        if clause is None and child.dep_ == "prep" and child.lower_ == "with" and \
                child_with(child, ("pobj",)) is None:
            clause = child_with(child, ("pcomp",))
            clause = clause if clause is not None and has_to_marker(clause) else None
        subject = child_with(clause, ("nsubj",)) if clause is not None else None
        if subject is not None:
            return subject
    return None


def antecedents(noun: Token) -> list[Token]:
    """A noun and the nouns whose prepositional phrase holds it ("crashes of the airliner in
    less than a year": year, airliner... crashes), up to the first link that is no
    prepositional phrase: what a relative clause on it may be about."""
    nouns = [noun]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
            noun.head.head.pos_ in ("NOUN", "PROPN") and len(nouns) < 6:
        noun = noun.head.head
        nouns.append(noun)
    return nouns
