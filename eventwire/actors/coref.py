"""Coreference within an article: definite noun phrases, pronouns, relative pronouns and
"we"/"our" inside quotations, each resolved to the nearest compatible earlier actor.

Compatibility is by what the words can refer to: "the country", "it" → a state or an
organisation; "the militia", "the group" → an armed group or rebels; "he", "she" → a person or
an official; "they" → any actor; "we"/"our" inside a quote → the quote's speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from weakref import WeakKeyDictionary

from spacy.attrs import LOWER, POS, TAG
from spacy.strings import hash_string
from spacy.symbols import NOUN, PRON
from spacy.tokens import Doc, Token

from ..nlp import text_of
from . import codes as cameo
from .dictionary import packaged_lines
from .resolver import FORMER_MARK, MOTION_VERBS, PLACE_KIND, TITLE_WORDS, Found, locative

STATE_NOUNS = frozenset({"country", "nation", "state", "kingdom", "republic"})
GROUP_NOUNS = frozenset({"group", "organisation", "organization", "movement", "faction"})
HUMAN_SECTOR_WORDS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson",
                                "minister", "president", "leader", "premier", "chancellor",
                                "king", "emir", "diplomat", "envoy", "ambassador", "commander",
                                "general", "officer", "governor", "mayor", "prime", "judge",
                                "prosecutor", "negotiator", "aide", "adviser", "advisor"})
# Nouns for one person (not a body of people): "it" and "its" never refer back to them ("a
# photograph of a farmer ... sent back to its museum").
PERSON_WORDS = frozenset({"man", "woman", "boy", "girl", "child", "teenager", "baby", "infant",
                          "mother", "father", "son", "daughter", "wife", "husband", "brother",
                          "sister", "person", "citizen", "resident", "villager", "farmer",
                          "student", "teacher", "journalist", "reporter", "doctor", "nurse",
                          "activist", "protester", "prisoner", "detainee", "hostage", "captive",
                          "inmate", "refugee", "migrant", "civilian", "passenger", "pilgrim",
                          "worshipper", "soldier", "lawyer", "businessman", "businesswoman"})


def _noun_kinds() -> dict[str, frozenset[str]]:
    """coref_nouns.tsv: kind ("person", "organisation", "place") → its nouns."""
    kinds: dict[str, set[str]] = {}
    for line in packaged_lines("coref_nouns.tsv"):
        if line.strip() and not line.startswith("#"):
            noun, kind, _why = line.split("\t", 2)
            kinds.setdefault(kind, set()).add(noun.strip())
    return {kind: frozenset(nouns) for kind, nouns in kinds.items()}


_NOUN_KINDS = _noun_kinds()
# Nouns for one person the dictionary may code by its sector alone ("the suspect", "a
# photographer"): "he" and "she" refer back to them, "it" never does.
PERSON_NOUNS = _NOUN_KINDS.get("person", frozenset()) | PERSON_WORDS
# Nouns for one organisation ("the company", "the ministry"): "it" refers back to them.
ORGANISATION_NOUNS = _NOUN_KINDS.get("organisation", frozenset())
# Nouns for places, buildings and outlets: their plurals are no body "they" refers back to.
PLACE_NOUNS = _NOUN_KINDS.get("place", frozenset())
# Nouns that say a person's sex ("the man", "a policewoman"): "she" never refers to the one,
# "he" never to the other.
MALE_NOUNS = _NOUN_KINDS.get("male", frozenset())
FEMALE_NOUNS = _NOUN_KINDS.get("female", frozenset())
# Nouns for one named by a tie to another ("the son of X", "X's widow"): X is not who "he" is.
KIN_NOUNS = _NOUN_KINDS.get("relation", frozenset())
# Nouns for one who judges, argues, speaks or reports on a case or saw it ("the judge", "a
# lawyer", "the spokesman", "a witness"), and the verbs of what is done to the one the case is
# about ("arrested", "fined", "sentenced", "killed"): "he"/"she" as the one arrested, fined or
# sentenced is not them unless named again.
BYSTANDER_NOUNS = _NOUN_KINDS.get("bystander", frozenset())
PUNISHED_VERBS = _NOUN_KINDS.get("punished", frozenset())
# Modifiers that say a bystander noun's holder no longer plays that part ("the former
# prosecutor", "the jailed lawyer"): they may be the one arrested or sentenced.
PAST_ROLE_WORDS = _NOUN_KINDS.get("past_role", frozenset())
SAY_LEMMAS = frozenset({"say", "tell", "add", "state", "report", "announce", "claim", "note",
                        "insist", "warn", "write", "explain", "stress", "declare", "argue",
                        "reply", "respond", "continue", "conclude", "confirm", "deny"})
PRONOUNS = {
    "it": "it", "its": "it", "itself": "it",
    "they": "they", "them": "they", "their": "they", "theirs": "they", "themselves": "they",
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "he", "her": "he", "hers": "he", "herself": "he",
    "we": "we", "us": "we", "our": "we", "ours": "we", "ourselves": "we",
}
# Sectors that belong to the country a story is set in, when no country is named (workers,
# students and clergy too: "workers blocked the roads" in a story set in Brazil are Brazilian;
# a former official too, whose mention the resolver marks FORMER_MARK: "the former
# president" is the story's country's, "the actor" (ELI too) anyone's). The CAMEO codebook's
# other domestic sectors of people likewise: farmers and fishermen (AGR), doctors and nurses
# (HLH), traders and shopkeepers (BUS) of a story set in Kenya are Kenya's, as its workers and
# students are. Not journalists (MED) nor criminals (CRM): "the journalist", "the suspect" is
# most often one person of any nationality (an "in" phrase still places them).
FOCUS_SECTORS = frozenset({"GOV", "MIL", "REB", "COP", "OPP", "CVL", "SEP", "INS", "LEG", "JUD",
                           "SPY", "PTY", "REF", "LAB", "EDU", "REL", "MUS", "CHR",
                           "AGR", "HLH"})
# Business (BUS) takes the story's country only for the people who trade in its streets and
# markets; a company, a bank or its executives may be any country's, and the story's focus
# is no sign of whose ("the chief executive of the company criticised the Kenyan government").
LOCAL_TRADE_WORDS = frozenset({"trader", "vendor", "hawker", "merchant", "shopkeeper",
                               "stallholder", "businessman", "businesswoman"})
# Sectors whose mentions are people, whatever noun names them: elites ("a former envoy",
# "the ex-president": ELI) are referred back to by "he"/"she" as officials are.
PERSON_SECTORS = frozenset({"ELI"})
PREDICATE = frozenset({"attr", "oprd", "acomp"})  # "X is a rebel leader": no referent
# Human sector words that refer back to any official: "the official", "the leader".
GENERIC_HUMAN_WORDS = frozenset({"official", "leader", "officer", "aide", "diplomat"})
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})
RELATIVES = frozenset({"who", "whom", "which", "that", "whose"})
QUOTE_CHARS = re.compile(r"[\"“”]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations: straight quotes alternate, curly ones say which side;
    a quote left open runs to the end of its paragraph (news style for multi-paragraph quotes)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for m in QUOTE_CHARS.finditer(text):
        ch, pos = m.group(), m.start()
        if opened is not None and "\n\n" in text[opened:pos]:
            spans.append((opened, text.index("\n\n", opened)))
            opened = None
        if opened is None and ch != "”":
            opened = pos
        elif opened is not None and ch != "“":
            spans.append((opened, pos + 1))
            opened = None
    if opened is not None:
        para_end = text.find("\n\n", opened)
        spans.append((opened, para_end if para_end != -1 else len(text)))
    return spans


def _human(f: Found, doc: Doc) -> bool:
    head = doc[f.head]
    if f.kind in ("country", "capital", "place"):
        return False  # a state or a town, though the recogniser took its name for a person's
    return (f.kind == "person" or head.ent_type_ == "PERSON"
            or head.lower_ in HUMAN_SECTOR_WORDS or head.lemma_.lower() in HUMAN_SECTOR_WORDS
            or head.lower_ in PERSON_WORDS or cameo.split(f.code)[1] in PERSON_SECTORS)


def _counted_members(earlier: Token, head: Token) -> bool:
    """'Two soldiers' are some of a body, not 'the army' a later definite noun names: a
    counted group is referred back to only by its own noun ("the soldiers")."""
    return earlier.lemma_.lower() != head.lemma_.lower() and \
        any(c.dep_ == "nummod" for c in earlier.children)


def _human_word(head: Token) -> bool:
    """'the minister' names a person, 'the government' an institution: neither refers to the
    other."""
    return head.lower_ in HUMAN_SECTOR_WORDS or head.lemma_.lower() in HUMAN_SECTOR_WORDS


def _one_person_word(head: Token) -> bool:
    """A title ("the minister") or a noun for one person ("the woman", "the farmer"): it
    refers back to a person, never to a body ("the government", "farmers")."""
    return _human_word(head) or head.tag_ == "NN" and head.lemma_.lower() in PERSON_WORDS


# Nouns that say no more of a person than their sex or age: "the man", "the woman" name again
# one the story described before ("a Kenyan journalist was detained ... the man was freed"),
# whatever that description's sector.
GENERIC_PERSON_WORDS = frozenset({"man", "woman", "boy", "girl", "person", "teenager"})


def _described_before(doc: Doc, f: Found, done: list[Found]) -> Found | None:
    """For a bare definite generic noun ("the man", "the woman": GENERIC_PERSON_WORDS, no
    other word on it), the one person named in its sentence before it or in the two before
    who may be the one meant, where all those of no other sex are that one (a coded
    description, "a Kenyan journalist", and pronouns for it): None where two may be, or the
    one is someone no dictionary codes ("Ms Adeyemi")."""
    head = doc[f.head]
    if not f.definite or head.tag_ != "NN" or head.lemma_.lower() not in GENERIC_PERSON_WORDS \
            or any(c.dep_ != "det" for c in head.children) or _predicate(head):
        return None
    sents = sentence_starts(doc)
    at = bisect_right(sents, f.start) - 1
    first = sents[max(0, at - 2)]
    subject = _clause_subject(head)
    sex = _gender(f, doc)
    pool = [g for g in done if g.code and _compatible("he", g, doc, "free")] + \
        uncoded_people(doc, done)
    who = [g for g in pool if first <= g.start and g.end <= f.start
           and not _predicate(doc[g.head]) and _gender(g, doc) in (None, sex)
           and not (subject is not None and g.start <= subject.i < g.end)]
    if len({g.code for g in who}) != 1 or not who[0].code or \
            cameo.split(who[0].code)[0] is None:
        return None
    return max(who, key=lambda g: g.start)


def _plural(f: Found, doc: Doc) -> bool:
    """A plural noun; never a country's name, which is one state whatever its ending and
    however tagged ("Mauritius", "the Bahamas": "it")."""
    return doc[f.head].tag_ in ("NNS", "NNPS") and f.kind not in ("country", "capital")


def _compatible(want: str, f: Found, doc: Doc, common: str | None = "free") -> bool:
    """Can an expression of type ``want`` refer to the resolved mention ``f``?

    ``common``: whether a common noun the dictionary coded by its sector alone may be the
    referent (``_sector_referent``): "free" where the nearest compatible mention is sought,
    "bound" where the grammar says whose the pronoun is ("the company said it ..."), None
    never (what coreference did before it knew such nouns)."""
    if f.code is None:
        return False
    country, sector = cameo.split(f.code)
    if country is None and f.code[:3] in cameo.SECTORS and f.kind not in ("group", "org") and \
            not (common and _sector_referent(want, f, doc, common == "bound")):
        return False  # a bare sector ("hospital" → HLH) is no referent for a pronoun
    if want == "state":  # not a sector whose code looks like a country's ("MUS", Muslims)
        return f.kind in ("country", "place", "capital") or (
            country is not None and f.code == country and f.kind != "agent")
    if want == "it":
        return not _human(f, doc) and not _plural(f, doc) and f.kind != "adjective" and \
            doc[f.head].lower_ not in PERSON_WORDS and \
            doc[f.head].lemma_.lower() not in PERSON_NOUNS
    if want == "he":
        return (_human(f, doc) or common is not None and (
            doc[f.head].lemma_.lower() in PERSON_NOUNS or _named_again(f, doc))) and \
            not _plural(f, doc)
    if want == "they":
        return (f.kind != "adjective" or _plural(f, doc)) and not _one_of_a_kind(f, doc)
    if want == "group":
        return f.kind == "group" or sector in ("REB", "PTY", "OPP")
    if want.startswith("sector:"):
        return sector == want[7:]
    return False


def _one_of_a_kind(f: Found, doc: Doc) -> bool:
    """A mention "they" does not refer back to: one person ("the senator", "Ms Adeyemi":
    English says "he" or "she") or one state by its name ("Zambia": "it"). A pair of them
    ("Kenya and Zambia ... they") is no single actor a side can be coded as either."""
    if _plural(f, doc):
        return False
    head = doc[f.head]
    return f.kind in ("country", "capital") and not _conjunct(head) or _human(f, doc) or \
        head.tag_ == "NN" and head.lemma_.lower() in PERSON_NOUNS | MALE_NOUNS | FEMALE_NOUNS


def _conjunct(head: Token) -> bool:
    """A noun of a list ("Kenya and Zambia", "partners including X, Y and Z")."""
    return head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)


def _sector_referent(want: str, f: Found, doc: Doc, bound: bool = False) -> bool:
    """A mention the dictionary coded by its sector alone that a pronoun may still stand
    for: a person for "he" ("the suspect", a name coded BUS), a body of people named by a
    plural noun subject for "they" ("the men", "the phone companies"; not "hospitals"), and,
    where the grammar binds the pronoun to it (``bound``: "the ministry said it ...", "the
    company cut its prices"), an organisation named by a common noun for "it"; found
    freely, an "it" is too often a thing or nothing ("it allows you to ...")."""
    head = doc[f.head]
    lemma = head.lemma_.lower()
    if want == "he":
        return f.kind == "person" or head.ent_type_ == "PERSON" or lemma in PERSON_NOUNS or \
            _human_word(head) or _named_again(f, doc)
    if want == "they":  # a subject only: "they" is rarely the people an act was done to
        # ("gunmen stormed a market, killing 20 people. They fled")
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return doc[f.head].tag_ == "NNS" and lemma not in PLACE_NOUNS and \
            head.dep_ in ("nsubj", "nsubjpass")
    if want == "it":
        return bound and head.tag_ in ("NN", "NNP") and lemma in ORGANISATION_NOUNS
    return False


def _named_again(f: Found, doc: Doc) -> bool:
    """A person named again by a surname the recogniser gave no type ("Police General X
    Farlo ... Farlo said"), which ``resolve_surnames`` linked to the full name."""
    head = doc[f.head]
    # whatever type the recogniser gave the surname (an organisation's, a place's), the
    # link to the full name says it is a person's
    return f.kind == "coref" and head.tag_ == "NNP" and \
        all(t.pos_ == "PROPN" for t in doc[f.start:f.end])


def _predicate(head: Token) -> bool:
    """'X is a rebel leader', 'sees them as hostile insurgents': a description, no referent."""
    return head.dep_ in PREDICATE or (head.dep_ == "pobj" and head.head.lower_ == "as")


def _clause_subject(token: Token) -> Token | None:
    """The subject of the verb whose object (or prepositional object) this noun is.

    "The government freed the jailed officials": "the officials" are not the government; a
    noun or an object pronoun never refers to the subject of its own clause (English says
    "itself", "themselves" for that). None for subjects and possessives ("its allies").
    """
    t = token
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("dobj", "dative", "iobj", "obj", "oprd"):
        verb = t.head
    elif t.dep_ == "pobj" and t.head.dep_ in ("prep", "dative", "agent"):
        verb = t.head.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG" \
            and verb.head.pos_ in ("VERB", "AUX"):  # "X sued Y, accusing him of ...": the
        # participle's unwritten subject is its head verb's
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")),
                       None)
    return subject


_SENTENCE_STARTS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()
_QUOTES: WeakKeyDictionary[Doc, list[tuple[int, int]]] = WeakKeyDictionary()


def _quotes(doc: Doc) -> list[tuple[int, int]]:
    """The doc's quotation spans (character offsets), read once per doc."""
    spans = _QUOTES.get(doc)
    if spans is None:
        spans = _QUOTES[doc] = quote_spans(text_of(doc))
    return spans


def _quote_of(doc: Doc, i: int) -> tuple[int, int] | None:
    """The quotation token ``i`` stands in, if any. A common noun coded by its sector alone is
    no referent across a quote's edge: "'Every worker must show him ...,' he said" is the
    speaker's "he"."""
    idx = doc[i].idx
    return next((span for span in _quotes(doc) if span[0] <= idx < span[1]), None)


def sentence_starts(doc: Doc) -> list[int]:
    """The index of each sentence's first token, read once per doc: ``_antecedent`` asks for
    every pronoun and definite noun phrase."""
    starts = _SENTENCE_STARTS.get(doc)
    if starts is None:
        starts = _SENTENCE_STARTS[doc] = [s.start for s in doc.sents]
    return starts


def _antecedent(want: str, before: int, found: list[Found], doc: Doc,
                window: int = 6, lemma: str | None = None,
                head: Token | None = None, people: list[Found] = ()) -> Found | None:
    """The nearest earlier resolved mention compatible with ``want``, within a few sentences;
    never the subject of the clause ``head`` (the referring word) is an object in.

    A person or a body named by a common noun the dictionary coded by its sector alone ("the
    men", "the suspect": ``_sector_referent``) is the referent only where no one the
    dictionary left uncoded stands between it and the pronoun ("the man ... Dr X, a
    surgeon, said he"): else the referent is whom coreference found without such nouns.

    ``people``: for "he"/"she", the people no dictionary codes (``uncoded_people``), who
    compete with the coded mentions as the one the pronoun stands for: where one of them is
    the referent the search picks, the answer is that person (a mention with no code,
    ``UNCODED_PERSON``), not a coded official named further back ("Ghana's president was
    criticised by Ms Adeyemi. She was arrested")."""
    ante = _nearest(want, before, found, doc, window, lemma, head, "free", people)
    if ante is not None and ante.kind == UNCODED_PERSON:
        return ante
    if ante is not None and want == "they" and _uncoded_plural_before(doc[before], found, ante):
        return None
    if ante is not None and want == "it" and _thing_between(ante, doc[before], found, doc):
        return None
    if ante is None or want not in ("he", "they") or _compatible(want, ante, doc, None) or \
            not _uncoded_between(want, ante, doc[before], found, doc):
        return ante
    return _nearest(want, before, found, doc, window, lemma, head, None)


def _uncoded_plural_before(pronoun: Token, found: list[Found], ante: Found) -> bool:
    """A plural noun subject no dictionary codes before a "they" in its own sentence ("The talks
    stalled because they ...", "Fuel costs rose after they ..."): the pronoun stands for it
    as likely as for an actor named before; no one is safer."""
    coded = {i for f in found if f.code for i in range(f.start, f.end)}
    # and, before an actor of an earlier sentence, a body of people a mention of the
    # pronoun's own names whom no code was given ("the two leaders ... their")
    uncoded = {f.head for f in found if not f.code and f.kind != UNCODED_PERSON} \
        if ante.end <= pronoun.sent.start else set()
    return any((t.dep_ in ("nsubj", "nsubjpass") or t.i in uncoded) and t.tag_ == "NNS"
               and t.i not in coded for t in pronoun.doc[pronoun.sent.start:pronoun.i])


def _thing_between(ante: Found, pronoun: Token, found: list[Found], doc: Doc) -> bool:
    """"Canada funded a study. The report was published on Monday. It notes ...": a sentence's
    "it" subject after a sentence whose subject is a thing no dictionary codes (a report, a
    plan, a law) is that thing as likely as the actor named before; no one is safer."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ROOT":
        return False
    coded = {i for f in found if f.code for i in range(f.start, f.end)}
    first = pronoun.sent.start
    for t in doc[doc[ante.head].sent.end:first]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NN", "NNP") and \
                t.i not in coded and t.ent_type_ != "PERSON" and \
                t.lemma_.lower() not in PERSON_NOUNS:
            return True
    return False


def _uncoded_between(want: str, ante: Found, pronoun: Token, found: list[Found],
                     doc: Doc) -> bool:
    """Someone the pronoun may stand for, named from the start of ``ante``'s sentence to the
    pronoun and left uncoded: a person's name or a noun for a person (for "he", "she"), a
    plural noun subject (for "they"). The subject of the sentence ``ante`` is in outranks
    it as much as one named after it does ("X was jailed for attacking a journalist. He ...")."""
    coded = {i for f in found if f.code for i in range(f.start, f.end)}
    for t in doc[doc[ante.head].sent.start:pronoun.i]:
        if t.i in coded or t.pos_ == "PRON" or ante.start <= t.i < ante.end:
            continue
        lemma = t.lemma_.lower()
        subject = t.dep_ in ("nsubj", "nsubjpass")
        if want == "he" and t.tag_ not in ("NNS", "NNPS") and (
                t.ent_type_ == "PERSON" or subject and (
                    t.pos_ == "PROPN" or lemma in PERSON_NOUNS or _human_word(t)
                    or lemma.endswith("-old"))):
            return True
        if want == "they" and subject and t.tag_ == "NNS" and lemma not in PLACE_NOUNS:
            return True
    return False


# The kind of a mention ``uncoded_people`` makes: a person no dictionary codes, a candidate
# for "he"/"she" and never an actor.
UNCODED_PERSON = "uncoded-person"


def uncoded_people(doc: Doc, found: list[Found]) -> list[Found]:
    """The people no dictionary codes, as mentions with no code (``UNCODED_PERSON``): a name
    the recogniser takes for a person's ("Kofi Mensah", "Ms Adeyemi", with a title before
    it) and a noun for one person (PERSON_NOUNS: "a lawyer", "the woman"), where no mention
    covers them. "He" or "she" may stand for them as for a coded official: where one of them
    is the nearer or the more prominent referent, the pronoun is theirs (and uncoded), not
    the official's named before."""
    covered = {i for f in found if f.code for i in range(f.start, f.end)}
    coded_names = _coded_name_words(doc, found)
    people: list[Found] = []
    titled = [doc[t.i:t.i + 1] for t in doc if t.pos_ == "PROPN" and t.i > 0
              and doc[t.i - 1].lower_ in MALE_TITLES | FEMALE_TITLES and t.ent_type_ != "PERSON"
              and (t.i + 1 == len(doc) or doc[t.i + 1].pos_ != "PROPN")]
    for ent in [*doc.ents, *titled]:  # "Ms Adeyemi", whatever type the recogniser gave it
        if ent.label_ != "PERSON" and ent not in titled or \
                any(i in covered for i in range(ent.start, ent.end)):
            continue
        if any(coded_names.get(t.lower_, len(doc)) < ent.end for t in ent
               if t.pos_ == "PROPN"):
            continue  # "the chancellor, Juan Suarez, ... Mr Suarez": one the story coded,
            # named again
        start = ent.start
        if start > 0 and doc[start - 1].lower_ in MALE_TITLES | FEMALE_TITLES:
            start -= 1  # "Ms Adeyemi": the title says which pronoun is hers
        people.append(Found(start, ent.end, ent.root.i, None, UNCODED_PERSON, UNCODED_PERSON))
    for tok in doc:
        if tok.i in covered or tok.tag_ != "NN" or tok.ent_type_ or tok.dep_ == "compound" or \
                tok.lemma_.lower() not in PERSON_NOUNS:
            continue
        people.append(Found(tok.left_edge.i if tok.left_edge.i < tok.i else tok.i, tok.i + 1,
                            tok.i, None, UNCODED_PERSON, UNCODED_PERSON))
    return people


# Sectors of those who arrest, try, fine and jail on a state's behalf.
STATE_SECTORS = frozenset({"GOV", "JUD", "COP", "MIL", "SPY"})


def _state_side(f: Found) -> bool:
    """A mention coded as one of a state's officials or bodies (STATE_SECTORS)."""
    return f.kind != UNCODED_PERSON and cameo.split(f.code)[1] in STATE_SECTORS


def _coded_name_words(doc: Doc, found: list[Found]) -> dict[str, int]:
    """The proper nouns a coded mention bears or stands beside, a person's name whatever
    type the recogniser gave it ("Kenyan minister Joe Otieno", "the chancellor, Juan
    Suarez,", "Ms Ruto, a Kenyan activist"), each with where it is first named."""
    words: dict[str, int] = {}
    for f in found:
        if not f.code:
            continue
        head = doc[f.head]
        names = [*doc[f.start:f.end], *(t for c in head.children if c.dep_ == "appos"
                                          for t in c.subtree)]
        if head.dep_ == "appos":
            names += list(head.head.subtree)
        for t in names:
            if t.pos_ == "PROPN" and t.i < words.get(t.lower_, len(doc)):
                words[t.lower_] = t.i
    return words


def _nearest(want: str, before: int, found: list[Found], doc: Doc, window: int,
             lemma: str | None, head: Token | None, common: str | None,
             people: list[Found] = ()) -> Found | None:
    """``_antecedent``'s search; ``common`` as for ``_compatible``; ``people`` (uncoded
    people, for "he") join the search where common nouns do."""
    sents = sentence_starts(doc)
    sent_start = sents[bisect_right(sents, before) - 1]  # the start of doc[before].sent
    idx = max(0, bisect_right(sents, sent_start) - 1 - window)
    limit = sents[idx] if sents else 0
    subject = _clause_subject(head) if head is not None else None
    quoted = _quote_of(doc, before)
    pool = [*found, *people] if want == "he" and common == "free" else found
    candidates = [f for f in sorted(pool, key=lambda f: f.start, reverse=True)
                  if f.end <= before and f.start >= limit and not _predicate(doc[f.head])
                  and (f.kind == UNCODED_PERSON or _compatible(want, f, doc, common))
                  and not (_quote_of(doc, f.start) != quoted
                           and (f.kind == UNCODED_PERSON
                                or not _compatible(want, f, doc, None)))
                  and not (want == "he" and _gender(f, doc) not in (None, _gender_of(
                      doc[before])))
                  and not (subject is not None and f.start <= subject.i < f.end)
                  and not (want.startswith("sector:") and head is not None
                           and _human(f, doc) != _one_person_word(head))
                  and not (want.startswith("sector:") and head is not None
                           and _counted_members(doc[f.head], head))
                  # "the two leaders", "the officials": not one person named before
                  and not (want.startswith("sector:") and head is not None
                           and head.tag_ == "NNS" and _human(f, doc)
                           and not _plural(f, doc))]
    if want == "he" and candidates:  # a person: the subject of the nearest sentence first
        # "the daughter of X said the police attacked her", "X's son was held. He said ...":
        # the daughter, the son, whom no dictionary codes, not X; no one rather than the
        # wrong one
        sent = doc[candidates[0].head].sent
        subjects = [f for f in candidates if doc[f.head].sent == sent
                    and doc[f.head].dep_ in ("nsubj", "nsubjpass")]
        chosen = (subjects or candidates)[0]
        titles = {"male": MALE_TITLES, "female": FEMALE_TITLES}.get(_gender_of(doc[before]))
        if titles and _gender(chosen, doc) is None:
            # "Ghana's president was criticised by Ms Adeyemi. She ...": a title that says
            # the pronoun's sex outranks a subject whose sex no word says
            chosen = next((f for f in candidates if doc[f.head].sent == sent
                           and {t.lower_ for t in doc[f.start:f.end]} & titles), chosen)
        if head is not None and head.pos_ == "PRON" and _punished(head) and _state_side(chosen):
            # "Ghana's president sued a journalist for insulting him. He was arrested": the
            # one arrested, fined or jailed is the other person the sentence names, not the
            # state's official who acts on them
            chosen = next((f for f in candidates if doc[f.head].sent == sent
                           and not _state_side(f)), chosen)
        if any(_related_to(doc[f.head]) is not None for f in (chosen, candidates[0])):
            return None
        return chosen
    if want == "they" and candidates:  # a plural noun or a group before a state
        plural = [f for f in candidates[:3] if _plural(f, doc) or f.kind == "group"]
        chosen = (plural or candidates)[0]
        sent = doc[chosen.head].sent
        rivals = set()
        # bodies of an earlier sentence, and its subject when the body chosen is not it:
        # "Zambia's president met Kenyan envoys. They ..." are both, whom no one code stands
        # for (in the pronoun's own sentence its grammar says: "X warned the militia that
        # they ...", "police threatened to beat protesters if they marched")
        if sent.end <= before:
            rivals = {f.code for f in plural if doc[f.head].sent == sent}
            rivals |= {f.code for f in found if f.code and sent.start <= f.head < sent.end
                       and doc[f.head].dep_ in ("nsubj", "nsubjpass")
                       and not f.start <= chosen.head < f.end and f.kind not in (
                           PLACE_KIND, UNCODED_PERSON)}
        if len(rivals) > 1 or sent.end <= before and _conjunct(doc[chosen.head]) and \
                not _plural(chosen, doc):
            # "Zambian police fired tear gas at protesters. They ...": two bodies of the
            # nearest sentence, either of whom "they" may be, or a list of states ("Kenya and
            # Zambia signed a deal. They ..."), whom no one code stands for; no one rather
            # than the wrong one (in its own sentence, "talks with X, Y and Z, threatening
            # them": each of the list, as its sides are)
            return None
        return chosen
    if lemma:  # "the fighters" → "Kurdish fighters" before "hostile insurgents"
        same = [f for f in candidates if doc[f.head].lemma_.lower() == lemma]
        if same:
            return same[0]
    if want.startswith("sector:") and head is not None and _human_word(head) and \
            head.lemma_.lower() not in GENERIC_HUMAN_WORDS:
        # a title refers back to a mention that bears it: "the interior minister" to "Interior
        # Minister X", never to "the president"
        words = {t.lemma_.lower() for t in head.lefts if t.dep_ in ("amod", "compound")}
        words.add(head.lemma_.lower())
        candidates = [f for f in candidates
                      if words <= {t.lemma_.lower() for t in doc[f.start:f.end]}]
    return candidates[0] if candidates else None


def _related_to(head: Token) -> Token | None:
    """The relation noun ("son", "widow": coref_nouns.tsv) whose possessor or 'of' object this
    mention's head is ("X's son", "the widow of X"), else None."""
    noun = head.head
    if head.dep_ == "pobj" and noun.dep_ == "prep" and noun.lower_ == "of":
        noun = noun.head
    elif head.dep_ != "poss":
        return None
    return noun if noun.lemma_.lower() in KIN_NOUNS and noun.pos_ == "NOUN" else None


MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_TITLES = frozenset({"mr", "mr."})
FEMALE_TITLES = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "madam"})


def _gender_of(pronoun: Token) -> str | None:
    low = pronoun.lower_
    return "male" if low in MALE_PRONOUNS else "female" if low in FEMALE_PRONOUNS else None


def _gender(f: Found, doc: Doc) -> str | None:
    """"male", "female" where the mention's noun or title says ("the man", "a
    policewoman", "Ms X"; coref_nouns.tsv), else None."""
    lemma = doc[f.head].lemma_.lower()
    words = {t.lower_ for t in doc[f.start:f.end]}
    if lemma in MALE_NOUNS or words & MALE_TITLES:
        return "male"
    if lemma in FEMALE_NOUNS or words & FEMALE_TITLES:
        return "female"
    return _gender_of(doc[f.head]) if doc[f.head].pos_ == "PRON" else None


def _linked(f: Found, ante: Found, doc: Doc, code: str | None = None) -> Found:
    return replace(f, code=code if code is not None else ante.code, kind="coref",
                   entry=f"coref:{doc[ante.start].idx}", label=ante.label)


def resolve_definites(doc: Doc, found: list[Found], focus: str | None,
                      places: list[Found] = ()) -> list[Found]:
    """Sector nouns with no country: definite ones → nearest earlier actor of the same sector
    (or a state, for "the government"), else the focus country; "the country"/"the militia".
    ``places``: countries named as places, for "the embassy of Nigeria"."""
    done: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        if f.code is None and f.sector:
            ante = None
            state = _of_country(doc[f.head], [*found, *places])
            if state is not None:  # "the government of Ghana", "the people of Mali"
                f = replace(f, code=state + f.sector, entry=f.entry + f"+of:{state}")
                done.append(f)
                continue
            shared = _shared_country(doc[f.head], done)
            if shared is not None:  # "the Lebanese government and people": Lebanon's people
                done.append(replace(f, code=shared + f.sector, entry=f.entry + f"+and:{shared}"))
                continue
            local = _in_country(doc[f.head], f.sector, [*found, *places])
            if local is not None:  # "activists in Syria", "the authorities in Kabul"
                done.append(replace(f, code=local + f.sector, entry=f.entry + f"+in:{local}"))
                continue
            local = _fronted_country(doc[f.head], f.sector, [*found, *places])
            if local is not None:  # "In Ghana, the government has ordered ...": Ghana's
                done.append(replace(f, code=local + f.sector, entry=f.entry + f"+in:{local}"))
                continue
            origin = _from_country(doc[f.head], [*found, *places])
            if origin is not None:  # "officials from Chile": Chile's
                f = replace(f, code=origin + f.sector, entry=f.entry + f"+from:{origin}")
                done.append(f)
                continue
            if _foreign(doc[f.head]):  # "foreign diplomats", "officials from neighbouring
                done.append(replace(f, code=f.sector))  # states": not the story's country,
                continue  # nor an earlier actor's
            whose = _of_organisation(doc[f.head], found)
            if whose is not None:  # "the leader of the Houthi movement", "a spokesman for
                # the EU Commission": the organisation's own code
                f = replace(f, code=whose.code, entry=f.entry + f"+of:{whose.code}")
                done.append(f)
                continue
            speaks_for = _speaks_for_other(doc[f.head], found)
            if speaks_for is not None:  # "a WeWork spokesperson", "a spokeswoman for X": no
                done.append(replace(f, code=speaks_for or None, sector=speaks_for or None,
                                    entry=f.entry + "+for:other"))  # government's
                continue
            body = _of_body(doc[f.head], found)
            if body is not None and body.code:  # "a leader of Saudi Arabia's clergy"
                done.append(replace(f, code=body.code, entry=f.entry + f"+of:{body.code}"))
                continue
            if body is not None:  # "the leaders of the rebel movement": the movement's sector
                f = replace(f, sector=body.sector, entry=f.entry + f"+of:{body.sector}")
            owner = _possessor_country(doc, f, done)
            if owner is not None:  # "the president said his government ...": the president's
                f = replace(f, code=owner + f.sector, entry=f.entry + f"+poss:{owner}")
                done.append(f)
                continue
            if f.definite and _several_people(doc[f.head]):
                # "the two leaders", "both ministers": people of two states as likely as of
                # one; no one code stands for them
                done.append(replace(f, entry=f.entry + "+several"))
                continue
            if f.definite and _described_title(doc[f.head], found):
                # "the president of the students' union", "the new president, X": a title
                # the phrase gives someone no dictionary knows, not an earlier bearer's
                done.append(replace(f, entry=f.entry + "+described"))
                continue
            bearer = _title_bearer(doc, f, done) if f.definite else None
            if bearer is not None:  # "the president": the state's whose was named first
                done.append(_linked(f, bearer, doc))
                continue
            if f.definite:
                ante = _antecedent(f"sector:{f.sector}", f.start, done, doc,
                                   lemma=doc[f.head].lemma_.lower(), head=doc[f.head]) or \
                    _described_before(doc, f, done)
                if ante is None and f.sector == "GOV":
                    state = _antecedent("state", f.start, done, doc, head=doc[f.head])
                    country = cameo.split(state.code)[0] if state is not None else None
                    if country is not None:  # a region ("Latin America") has no government
                        f = _linked(f, state, doc, code=country + "GOV")
                        done.append(f)
                        continue
            if ante is not None:
                f = _linked(f, ante, doc)
            elif focus and (_takes_focus(f.sector, doc[f.head]) or
                            f.entry.endswith(FORMER_MARK)):
                f = replace(f, code=focus + f.sector, entry=f.entry + f"+focus:{focus}")
            else:
                f = replace(f, code=f.sector)
        done.append(f)
    return done


# Titles a state gives one person at a time: "the president" alone is the one of the state
# whose holder the story named first ("Kenya's president met Mr Biden ... the president said"),
# not whichever state's holder was named last. "prime" stands with "minister"; a bare
# "minister" is one of many.
SOLE_TITLES = TITLE_WORDS - {"minister"}
# Titles whose "of" phrase names what is led, not a ministry's portfolio ("the Minister of
# Health" is a government's minister; "the president of the students' union" is not the
# head of state).
HEAD_TITLES = frozenset({"president", "leader", "chairman", "chairwoman", "chairperson",
                         "governor", "mayor"})


def _several_people(head: Token) -> bool:
    """A plural title counted ("the two leaders", "both ministers", "the three envoys")."""
    return head.tag_ == "NNS" and _human_word(head) and any(
        c.dep_ == "nummod" and c.lower_ not in ("one", "1") or c.lower_ == "both"
        for c in head.children)


def _title_words(head: Token) -> set[str] | None:
    """The words of a bare title ("the president", "the Prime Minister": a determiner and
    nothing else before it, no phrase after), or None."""
    words = {head.lemma_.lower()}
    for child in head.children:
        if child.dep_ in ("det", "case"):  # "the president's": the title still bare
            continue
        if child.dep_ in ("compound", "amod") and child.lower_ == "prime" and \
                head.lemma_.lower() == "minister":
            words.add("prime")
            continue
        return None
    return words if words & SOLE_TITLES else None


def _title_bearer(doc: Doc, f: Found, done: list[Found]) -> Found | None:
    """For a bare sole title ("the president"), the latest mention that bears it ("Kenyan
    President X", "the president of Kenya", coded by its own words, not by coreference or
    the focus) of the state whose bearer the story named first; None where no earlier
    mention bears it."""
    words = _title_words(doc[f.head])
    if words is None:
        return None
    bearers = [g for g in done if g.end <= f.start and g.code and g.kind != "coref"
               and "+focus" not in g.entry and cameo.split(g.code)[0] is not None
               and not _predicate(doc[g.head])
               and words <= {t.lemma_.lower() for t in doc[g.start:g.end]}]
    if not bearers:
        return None
    first = cameo.split(min(bearers, key=lambda g: g.start).code)[0]
    return max((g for g in bearers if cameo.split(g.code)[0] == first), key=lambda g: g.start)


# Common nouns for bodies that are no state's, whose head or member a title before them
# names: "the party's leader", "the president of the students' federation" ("the country's
# president", "the ministry's spokesman" are a state's).
NON_STATE_BODY_NOUNS = GROUP_NOUNS | frozenset({
    "party", "union", "federation", "association", "club", "company", "firm", "corporation",
    "bank", "university", "school", "syndicate", "bloc", "chamber", "world", "network",
    "league", "coalition", "alliance", "church", "foundation", "institute", "society"})


def _described_title(head: Token, found: list[Found]) -> bool:
    """A definite title that its own words give to someone of a body no dictionary codes: an
    owner named by an unknown name or a non-state body's noun ("the North's ambassador",
    "the party's leader"), or, for one who heads something, the body it heads ("the
    president of the Copperbelt Chess Federation", "the chairman of the union"); never a
    sector noun the dictionary knows ("the leader of the militia" is the militia's). A name
    set beside the title ("the minister, X") says who, not whose."""
    if not _human_word(head):
        return False
    known = {i for f in found if (f.code or f.sector) and f.head != head.i
             for i in range(f.start, f.end)}

    def other_body(noun: Token) -> bool:
        if noun.i in known:
            return False
        return noun.pos_ == "PROPN" or noun.pos_ == "NOUN" and \
            noun.lemma_.lower() in NON_STATE_BODY_NOUNS

    if any(c.dep_ == "poss" and other_body(c) for c in head.children):
        return True
    return head.lemma_.lower() in HEAD_TITLES and any(
        other_body(pobj) for pobj in _of_or_for_objects(head))


# Those who speak for someone: a spokesperson is the government's only when nothing says
# whose ("a WeWork spokesperson", "a spokeswoman for the singer" are not).
SPEAKER_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople",
                           "spokesmen", "spokeswomen"})
# Nouns for a business before such a word ("a company spokesperson"): a business's (BUS).
BUSINESS_WORDS = frozenset({"company", "firm", "corporate", "bank", "airline", "retailer"})


def _speaks_for_other(head: Token, found: list[Found]) -> str | None:
    """For a spokesperson no dictionary placed: "BUS" where a business noun says whose ("a
    company spokesperson"), "" where a name no dictionary codes does ("a WeWork spokesperson",
    "a spokeswoman for Neumann"), None where nothing does."""
    if head.lemma_.lower() not in SPEAKER_WORDS and head.lower_ not in SPEAKER_WORDS:
        return None
    whose = [c for c in head.children if c.dep_ in ("compound", "nmod", "poss")]
    whose += [o for o in _of_or_for_objects(head)]
    for token in whose:
        if token.lemma_.lower() in BUSINESS_WORDS:
            return "BUS"
        coded = any(f.start <= token.i < f.end and f.code for f in found)
        if not coded and (token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "PERSON")):
            return ""
    return None


def _of_organisation(head: Token, found: list[Found]) -> Found | None:
    """The named organisation or group an "of"/"for" phrase gives a sector noun with no
    country ("the leader of the Houthi movement", "a spokesman for the EU Commission")."""
    for pobj in _of_or_for_objects(head):
        for f in found:
            if f.start <= pobj.i < f.end and f.kind in ("org", "group") and f.code:
                return f
    return None


def _of_or_for_objects(head: Token) -> Iterator[Token]:
    """The objects of the noun's "of" and "for" phrases."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            yield from (c for c in prep.children if c.dep_ == "pobj")


# Nouns for one who leads, speaks for or belongs to a body: "the leaders of the rebel movement"
# are the movement's, "a spokesman for the army" the army's.
BODY_MEMBER_WORDS = frozenset({"leader", "head", "chief", "spokesman", "spokeswoman",
                               "spokesperson", "member", "commander", "representative",
                               "official", "president", "chairman", "chairwoman", "secretary"})


def _of_body(head: Token, found: list[Found]) -> Found | None:
    """The sector noun an "of"/"for" phrase gives one who leads, speaks for or belongs to it
    ("the leaders of the rebel movement", "a leader of Saudi Arabia's clergy"), when that body
    is not a government's (whose leaders the bare noun already codes)."""
    if head.lemma_.lower() not in BODY_MEMBER_WORDS:
        return None
    for pobj in _of_or_for_objects(head):
        for f in found:
            if f.head == pobj.i and f.kind == "agent":
                sector = cameo.split(f.code)[1] if f.code else f.sector
                if sector and sector != "GOV":
                    return f
    return None


def _possessor_country(doc: Doc, f: Found, done: list[Found]) -> str | None:
    """The country of the actor a possessive pronoun before a sector noun refers to ("his
    government", "its army", "their leaders"; "Kenya says its troops": the speaker's); not
    "our" (a speaker's, inside quotes)."""
    poss = next((c for c in doc[f.head].children if c.dep_ == "poss" and c.i >= f.start), None)
    if poss is not None and poss.pos_ == "PROPN":
        return _surname_owner(doc, poss, done)
    kind = PRONOUNS.get(poss.lower_) if poss is not None else None
    if kind not in ("he", "it", "they"):
        return None
    speaker = _owning_subject(poss, kind) or \
        _speaking_subject(poss, kind)  # "Britain recalled its ambassador", "the UN says its
    # peacekeepers ..."
    ante = next((g for g in done if speaker is not None and g.start <= speaker.i < g.end
                 and _compatible(kind, g, doc, "bound")), None) or \
        _antecedent(kind, poss.i, done, doc, head=doc[f.head])
    return cameo.split(ante.code)[0] if ante is not None and ante.code else None


def _surname_owner(doc: Doc, poss: Token, done: list[Found]) -> str | None:
    """The country of a person the story named in full and coded before, named again by
    surname alone as the possessor of a sector noun ("Zambian Trade Minister Joseph Tembo
    ... Tembo's ministry", "Tembo's government"): a person's office is their state's. Not
    where another person of that surname is named (then the surname may be theirs)."""
    words = {poss.lower_} | {c.lower_ for c in poss.children if c.dep_ in ("compound", "flat")}
    if len(words) > 1:
        return None  # a full name the dictionary did not know: no one named before
    surname = poss.lower_

    def name_of(g: Found) -> frozenset[str]:
        return frozenset(t.lower_ for t in _name_words(doc, g))

    earlier = [g for g in done if g.code and g.end <= poss.i and len(name_of(g)) >= 2
               and surname in name_of(g)]
    countries = {cameo.split(g.code)[0] for g in earlier}
    if len(countries) != 1 or None in countries:
        return None
    names = {name_of(g) for g in earlier}
    namesakes = [e for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and
                 surname in {t.lower_ for t in e} and
                 not any({t.lower_ for t in e} <= n for n in names)]
    return None if namesakes else countries.pop()


# Sectors whose members an "in" phrase places in their own country: not forces or police
# (another state's may be there), nor people, civilians or refugees (the place stays the
# target of what is done to them there). Those who work where they are do: farmers, doctors,
# journalists, traders and firms, gangs ("traders in Kano", "doctors in Lagos").
LOCAL_SECTORS = frozenset({"GOV", "OPP", "JUD", "LEG", "LAB", "EDU", "REB", "SEP", "PTY",
                           "REL", "MUS", "CHR", "AGR", "HLH", "MED", "BUS", "CRM"})


def _takes_focus(sector: str | None, head: Token) -> bool:
    """Whether a sector noun with no country of its own takes the story's focus country (a
    code of two sectors, "GOVMIL" of a "national security council", does not: the story's
    focus is a weaker sign than an "in" phrase, and such bodies are named for other states)."""
    return sector in FOCUS_SECTORS or sector == "BUS" and (
        head.lemma_.lower() in LOCAL_TRADE_WORDS or head.lower_.rstrip("s") in LOCAL_TRADE_WORDS)


def _first_sector(sector: str | None) -> str | None:
    """The first sector of a sector code: "GOV" of "GOVHLH" (a government's health officials
    belong where its government does); a religion's code ("CHR") as it is."""
    if not sector:
        return None
    return cameo.split(sector)[1] or sector[:3]


def _in_country(head: Token, sector: str, found: list[Found]) -> str | None:
    """The country an "in" phrase on a sector noun places it in, for those who belong where
    they are ("activists in Syria", "the government in Addis Ababa", "police in Lagos"); not
    for forces, which may be another state's ("troops in Syria")."""
    if _first_sector(sector) not in LOCAL_SECTORS or _foreign(head):
        return None  # "foreign firms in Kenya" are no more Kenya's than "foreign diplomats"
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    return _country_named_in(prep, found)


def _fronted_country(head: Token, sector: str, found: list[Found]) -> str | None:
    """The country an "in" phrase put before the clause's subject places it in, for those
    who belong where they are: "In Ghana, the government has ordered ...", "in Kenya, police
    arrested ..."; not forces (``_in_country``)."""
    if _first_sector(sector) not in LOCAL_SECTORS or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    prep = next((c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "in"
                 and c.i < head.i), None)
    return _country_named_in(prep, found)


def _country_named_in(prep: Token | None, found: list[Found]) -> str | None:
    """The country of the place an "in" phrase names, if a dictionary codes it."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if pobj is None:
        return None
    # "in Washington and Accra": places of two countries say whose no one is
    countries = {cameo.split(f.code)[0] for name in (pobj, *pobj.conjuncts) for f in found
                 if f.start <= name.i < f.end and f.code and f.kind in (
                     "country", "place", "capital", PLACE_KIND)}
    return countries.pop() if len(countries) == 1 else None


def _shared_country(head: Token, done: list[Found]) -> str | None:
    """The country a sector noun shares with the conjunct before it whose modifiers it has
    none of its own to replace ("the Lebanese government and people", "Syrian troops and
    militias"): the country that conjunct's own words name."""
    if head.dep_ != "conj" or any(c.dep_ in ("det", "poss", "amod", "compound", "nmod")
                                  for c in head.lefts):
        return None
    first = head.head
    for f in done:
        if f.head == first.i and f.code and "+" not in f.entry and f.kind == "agent":
            return cameo.split(f.code)[0]
    return None


# Modifiers that say a sector noun is another country's than the story's ("foreign
# diplomats", "overseas investors", "officials from neighbouring nations").
FOREIGN_WORDS = frozenset({"foreign", "overseas", "neighboring", "neighbouring", "other"})


def _origin(head: Token) -> Token | None:
    """The object of a "from" phrase on a sector noun that says where its members come from
    ("officials from Chile"), or on the verb of its phrase, right after it ("will meet
    officials from Chile", "hold talks with officials from Chile": the parser's attachment);
    not where a verb moves them from ("withdrew troops from Mali", "freed prisoners from
    jail")."""
    verb = head
    while verb.dep_ in ("pobj", "prep", "conj", "appos", "dobj", "nsubjpass", "compound") and \
            verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head  # "pulled a contingent of 300 soldiers out of X"
    if verb.lemma_.lower() in REMOVAL_VERBS:
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if prep is None:  # "a woman visiting from Canada", "a man who hails from Kenya": home
        prep = next((c for clause in head.children if clause.dep_ in ("acl", "relcl") and
                     clause.lemma_.lower() in HOME_FROM_VERBS for c in clause.children
                     if c.dep_ == "prep" and c.lower_ == "from"), None)
    if prep is None and verb is not head:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                     and c.i == head.right_edge.i + 1), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None


# Verbs whose "from" phrase names one's home ("tourists visiting from Kenya", "a man who hails
# from Ghana"); not those of a journey's last leg ("passengers arriving from Mexico" may be
# anyone's citizens).
HOME_FROM_VERBS = frozenset({"visit", "hail", "holiday", "vacation"})

# Verbs whose "from" phrase is where the object was moved from, not where it comes from.
REMOVAL_VERBS = MOTION_VERBS | frozenset({
    "withdraw", "pull", "expel", "recall", "evacuate", "remove", "oust", "drive", "release",
    "free", "rescue", "ban", "bar", "exclude", "dismiss", "purge", "kick", "force", "take",
    "bring", "receive", "get", "hear", "buy", "import"})


def _from_country(head: Token, found: list[Found]) -> str | None:
    """The country a "from" phrase gives a sector noun: "officials from Chile", "envoys from
    its neighbour Peru" (the name set beside the noun)."""
    pobj = _origin(head)
    if pobj is None:
        return None
    names = [pobj, *(c for c in pobj.children if c.dep_ == "appos")]
    for name in names:
        for f in found:
            if f.start <= name.i < f.end and f.code and f.kind in (
                    "country", "place", "capital", PLACE_KIND):
                return cameo.split(f.code)[0]
    return None


def _foreign(head: Token) -> bool:
    """A sector noun said to be another country's: "foreign diplomats", "officials from
    neighbouring nations" (a state noun with no name)."""
    if any(c.dep_ == "amod" and c.lower_ in ("foreign", "overseas") for c in head.children):
        return True
    pobj = _origin(head)
    return pobj is not None and pobj.lemma_.lower() in STATE_NOUNS and pobj.tag_ == "NNS" or (
        pobj is not None and any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS
                                 for c in pobj.children))


# Words that end a town's or province's name after the name itself ("Davao City", "Kogi State").
TOWN_WORDS = frozenset({"city", "state", "province", "county", "district", "region",
                        "municipality", "town"})


def _of_country(head: Token, found: list[Found]) -> str | None:
    """The country an "of" phrase gives a sector noun: "the government of Ghana", also through
    a noun that names no actor ("the President of the Republic of Ghana", "the Council of
    Resistance of Ghana")."""
    own = next((f for f in found if f.start <= head.i < f.end), None)
    for _ in range(3):
        ofs = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        if len(ofs) > 1 and own is not None and ofs[0].i < own.end:
            ofs = ofs[1:]  # "the Ministry of Defense of X": past the mention's own "of"
        pobj = next((c for c in ofs[0].children if c.dep_ == "pobj"), None) if ofs else None
        if pobj is None:
            return None
        # the name's own words too: "the mayor of Davao City", the town known by "Davao"
        names = [pobj, *(c for c in pobj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                         and pobj.lower_ in TOWN_WORDS)]
        for f in found:
            if any(f.start <= name.i < f.end for name in names) and f.kind in (
                    "country", "place", "capital", PLACE_KIND) and f.code:
                return cameo.split(f.code)[0]
        if pobj.pos_ not in ("NOUN", "PROPN") or any(
                f.start <= pobj.i < f.end for f in found if f is not own):
            return None  # "the leader of the army of Mali": the army's, not Mali's government
        head = pobj  # "the Ministry of Defense of X": on past the mention's own words
    return None
    for f in found:
        if f.start <= pobj.i < f.end and f.kind in ("country", "place", "capital",
                                                    PLACE_KIND) and f.code:
            return cameo.split(f.code)[0]
    return None


def resolve_pronouns(doc: Doc, found: list[Found], places: list[Found] = ()) -> list[Found]:
    """Add mentions for "the country", "the group", pronouns and relative pronouns.
    ``places``: countries named as places ("fighting in Yemen ... the war-torn country"),
    which "the country" may refer to as well as an actor: in its own sentence, or where no
    actor before it is a state."""
    covered = {i for f in found for i in range(f.start, f.end)}
    states = [replace(p, kind="place") for p in places
              if p.code and cameo.split(p.code)[0] == p.code]
    places_added: list[Found] = []
    quotes = _quotes(doc)
    result = sorted(found, key=lambda f: f.start)
    added: list[Found] = []
    people = uncoded_people(doc, found)
    for i in _pronoun_candidates(doc):
        if i in covered:
            continue
        tok = doc[i]
        want, start = _pronoun_type(tok)
        if want is None:
            continue
        quote = next(((qs, qe) for qs, qe in quotes if qs <= tok.idx < qe), None)
        pool = result + added
        if want in ("they", "it", "he") and quote is not None:
            # in a quote, "their" is rarely the story's actor named before it, but may be the
            # speaker or owner the quote's own clause names ("the delegation made clear that
            # they ...", "the ministry cut its budget"): only those
            pool = [f for f in pool if quote[0] <= doc[f.start].idx < quote[1]]
        owner = None
        if want == "rel":
            ante = next((f for f in result if f.head == tok.head.head.i
                         and f.code is not None), None) if tok.dep_ != "poss" else None
        else:
            owner = _conjoined_owner(tok, want) or _owning_subject(tok, want)
            speaker = _speaking_subject(tok, want) if owner is None else None
            if speaker is not None and want == "it" and speaker.ent_type_ == "PERSON" and any(
                    f.start <= speaker.i < f.end and _human(f, doc) for f in result):
                speaker = None  # "Mugabe said it would ...": a known person's state, maybe
            if speaker is not None:  # "the agency says it will ...": the speaker if an actor,
                owner = speaker  # else no one ("Acme says it ...": not an actor named before)
            if owner is not None:  # "the agency lifted its ban": the agency's own, else no one
                ante = next((f for f in pool if f.start <= owner.i < f.end
                             and _compatible(want, f, doc, "bound")), None)
                named = named_by_of(owner)
                if ante is None and named is not None:  # "the nation of Ghana said it ..."
                    ante = next((f for f in pool if f.start <= named.i < f.end
                                 and _compatible(want, f, doc, "bound")), None)
            elif quote is not None and want in ("they", "it", "he"):
                ante = None
            else:
                here = [p for p in states if doc[p.head].sent == tok.sent]
                described = _described_by_clause(tok)
                if described is not None:  # "the journalists they had abducted": the
                    # clause's subject is not the noun the clause describes
                    pool = [f for f in pool if f.head != described.i]
                ante = _antecedent(want, start, pool + (
                    here if want == "state" else []), doc,
                    head=tok if tok.lower_ not in REFLEXIVES else None,
                    people=people if quote is None else [])
                if ante is None and want == "state":  # a country named as a place in an
                    # earlier sentence, when no actor is a state to refer to
                    ante = _antecedent(want, start, result + added + states, doc, head=tok)
                if ante is not None and want == "it" and _thing_object(tok, ante, doc):
                    ante = None
                ahead = _cataphor(tok, want, result, doc)
                if ahead is not None:  # "when it crushed the protests, Zambia ...": the
                    ante = ahead  # subject after the clause, not one named sentences before
        if ante is not None and ante.kind == UNCODED_PERSON or ante is not None and \
                want == "he" and owner is None and quote is None and \
                _uncoded_person_between(ante, tok, result, doc):
            # the pronoun stands for someone no dictionary codes: so may the next "he"
            people.append(Found(tok.i, tok.i + 1, tok.i, None, UNCODED_PERSON, UNCODED_PERSON))
            ante = None
        if ante is not None and want == "he" and (
                _punished(tok) and _bystander(_first_named(ante, result, doc), doc)
                or _possessed_bystander(ante, doc)):
            ante = None
        if ante is not None and want == "they" and _punished(tok) and any(
                t.lemma_.lower() in BYSTANDER_NOUNS for t in doc[ante.start:ante.end]):
            ante = None  # "prosecutors filed the case. They are charged with fraud": those
            # charged are not the prosecutors who charge them, nor the judges who try them
        if ante is None:
            continue
        if want == "state" and locative(tok):  # "across the country", "in the kingdom": a
            # place, as "in Brazil" is, not an actor
            places_added.append(Found(start, tok.i + 1, tok.i, cameo.split(ante.code)[0] or
                                      ante.code, f"coref:{doc[ante.start].idx}", PLACE_KIND))
            continue
        new = Found(start, tok.i + 1, tok.i, ante.code, f"coref:{doc[ante.start].idx}", "coref",
                    label=ante.label)
        added.append(new)
        result.append(new)
        result.sort(key=lambda f: f.start)
    return sorted(result + places_added, key=lambda f: f.start)


def _described_by_clause(tok: Token) -> Token | None:
    """The noun a relative clause with no relative pronoun describes, where ``tok`` is that
    clause's subject ("the two journalists they had abducted": the journalists)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "relcl" or any(
            c.lower_ == "that" or c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.dep_ == "mark"
            for c in tok.head.children):
        return None  # "warned the militia that they must retreat": no such clause
    return tok.head.head


def _cataphor(tok: Token, want: str, found: list[Found], doc: Doc) -> Found | None:
    """The subject of the main clause for a pronoun subject of a clause set before it ("When
    it crushed the protests, the army lost support", "Since 1990, when it ..., Zambia has"):
    the pronoun looks ahead to it, when it is a mention the pronoun may stand for."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("advcl", "relcl"):
        return None
    main = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")
                    and tok.i < c.i < main.i), None) if main is not None else None
    if subject is None or clause.right_edge.i >= subject.i:
        return None  # the nearest verb above, not one whose speech holds it ("police
        # threatened to beat them if they marched, a reporter said")
    own = {t.i for t in (*clause.subtree, *subject.subtree)}
    if any(t.pos_ == "PRON" and t.i not in own and _pronoun_type(t)[0] == want
           for t in main.subtree):
        return None  # "when she arrived, the president welcomed her": she is not the president
    return next((f for f in found if f.start <= subject.i < f.end and f.kind != "coref"
                 and _compatible(want, f, doc, "bound")), None)


def _punished(tok: Token) -> bool:
    """A pronoun for the one something is done to in a case: "he was arrested", "police
    detained her", "she was sentenced" (PUNISHED_VERBS; the model lemmatises some of them
    wrong: "fined" → "fin", so the form less its ending counts too)."""
    verb = tok.head
    low = verb.lower_
    forms = {verb.lemma_.lower(), low, low.removesuffix("d"), low.removesuffix("ed")}
    return tok.dep_ in ("nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX") and \
        bool(forms & PUNISHED_VERBS)


def _first_named(f: Found, found: list[Found], doc: Doc) -> Found:
    """The fuller mention a surname named again was linked to ("Tembo said" → "Judge Peter
    Tembo"), whose words say who they are; else ``f``."""
    if not _named_again(f, doc):
        return f
    at = f.entry.split(":", 1)[1].split("+", 1)[0] if f.entry.startswith("coref:") else ""
    return next((g for g in found if at.isdigit() and doc[g.start].idx == int(at)), f)


def _bystander(ante: Found, doc: Doc) -> bool:
    """A mention of one who judges, argues, speaks or reports on a case or saw it: a noun or
    a title of BYSTANDER_NOUNS ("the judge", "Judge Banda", "the Kenyan lawyer"), or one no
    name says who they are, named as the one who said it ("an official said ...", "according
    to a spokesman"): not who the case is about."""
    head = doc[ante.head]
    words = doc[ante.start:ante.end]
    if any(t.lower_ in PAST_ROLE_WORDS or t.lower_.removesuffix("-") in PAST_ROLE_WORDS
           for t in words):
        return False
    if any(t.lemma_.lower() in BYSTANDER_NOUNS for t in words):
        return True
    if any(t.ent_type_ == "PERSON" for t in doc[ante.start:ante.end]) or \
            head.pos_ in ("PROPN", "PRON"):
        return False
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in SAY_LEMMAS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "to" and \
        head.head.head.lower_ == "according"


def _possessed_bystander(ante: Found, doc: Doc) -> bool:
    """"Ms Adeyemi's lawyer ... she", "his spokesman ... he": one named by the person they
    act for (a BYSTANDER_NOUNS noun with a possessor) is as likely the other person's
    "he"/"she" as their own; no one is safer."""
    head = doc[ante.head]
    return head.lemma_.lower() in BYSTANDER_NOUNS and head.pos_ == "NOUN" and \
        any(c.dep_ == "poss" for c in head.children)


def _uncoded_person_between(ante: Found, pronoun: Token, found: list[Found], doc: Doc) -> bool:
    """A person named by name in the pronoun's sentence, after ``ante``, whom no dictionary
    codes, the subject of a clause that governs the pronoun or is set before its verb ("X
    said he ...", "X defended her plan", "the ambassador ... When Mr Mensah was stopped, he
    thanked ..."): the pronoun is theirs as likely as ``ante``'s; no one is safer. A
    title of the other sex ("Ms", "Mr") or a word of the name ``ante`` bears rules it out."""
    coded = {i for f in found if f.code for i in range(f.start, f.end)}
    gender = _gender_of(pronoun)
    own = _own_name_words(ante, doc)
    for t in doc[max(ante.end, pronoun.sent.start):pronoun.i]:
        if t.i in coded or t.ent_type_ != "PERSON" or t.pos_ != "PROPN":
            continue
        if t.i == ante.end + 1 and doc[ante.end].text == ",":
            continue  # "the foreign minister, X Y, he said": the parser's missed apposition
        name = t
        while name.dep_ in ("compound", "flat") and name.head.ent_type_ == "PERSON" and \
                name.head.i != name.i:
            name = name.head
        verb = name.head
        if verb not in pronoun.ancestors and not (
                verb.dep_ == "advcl" and verb.head in pronoun.ancestors):
            continue
        if name.dep_ not in ("nsubj", "nsubjpass") or name.i in coded or any(
                w.lower_ in own for w in name.subtree if w.ent_type_ == "PERSON"
                and w.pos_ == "PROPN"):
            continue
        titles = {c.lower_ for c in name.subtree if c.i < name.i}
        if gender == "male" and titles & FEMALE_TITLES or \
                gender == "female" and titles & MALE_TITLES:
            continue
        return True
    return False


def _own_name_words(ante: Found, doc: Doc) -> set[str]:
    """The words of the name ``ante`` bears or stands beside ("Sheikh X Y, the chief
    cleric of ...": X, Y), which, named again, are the same person."""
    head = doc[ante.head]
    names = [head, *(c for c in head.children if c.dep_ == "appos")]
    if head.dep_ == "appos":
        names.append(head.head)
    words = {t.lower_ for t in doc[ante.start:ante.end] if t.pos_ == "PROPN"}
    for name in names:  # the recogniser may give the first naming another type
        words |= {t.lower_ for t in name.subtree if t.pos_ == "PROPN"}
    return words


# Dependencies of an object pronoun: "condemned it", "blamed it on", "made it possible".
OBJECT_PRONOUN_DEPS = frozenset({"dobj", "obj", "pobj", "dative", "iobj"})


def _thing_object(tok: Token, ante: Found, doc: Doc) -> bool:
    """"The Zambian parliament passed a security law. The opposition condemned it": an "it"
    object no owner or speaker binds, with no actor of its own sentence to stand for, is the
    thing last spoken of (a law, a ceasefire, a claim) as likely as the actor named before;
    no one is safer. Not one asked to act ("urged it to withdraw", "told it that ..."), which
    is a party."""
    if tok.dep_ not in OBJECT_PRONOUN_DEPS or doc[ante.head].sent == tok.sent:
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return not any(c.dep_ in ("xcomp", "ccomp") and c.i > tok.i for c in verb.children)


def _conjoined_owner(tok: Token, want: str) -> Token | None:
    """"X and his wife", "Ms Y and her brother": a possessive on a conjunct stands for the
    conjunct before it, named or not (a pronoun too: "he and his wife")."""
    if tok.dep_ != "poss" or want not in ("he", "they", "it") or tok.head.dep_ != "conj":
        return None
    first = tok.head.head
    if first.i > tok.i or first.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return first


def _owning_subject(tok: Token, want: str) -> Token | None:
    """The subject a possessive pronoun on its clause's object stands for: "the agency lifted
    its ban", "the unions called off their strike" (English binds it to the subject before
    any earlier actor). A noun subject of the pronoun's number, before it; else None."""
    if tok.dep_ != "poss" or want not in ("it", "they") or tok.head.dep_ not in (
            "dobj", "obj"):
        return None
    subject = _clause_subject(tok.head)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i > tok.i or \
            subject.ent_type_ in ("PERSON", "NORP"):
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "conj" for c in subject.children)
    return subject if plural == (want == "they") else None


# Verbs whose clause a speaker's pronoun stands in: "X said it would ...", "X vowed its
# forces would ...".
SPEAKING_LEMMAS = SAY_LEMMAS | frozenset({"vow", "pledge", "promise", "threaten", "insist",
                                          "signal", "indicate", "acknowledge", "admit"})


def _speaking_subject(tok: Token, want: str) -> Token | None:
    """The speaker a pronoun in the reported clause stands for: "the agency says it will
    ...", "the UN said its peacekeepers ...", "activists, who were given visas by the
    government, said they came ..." (English binds it to the one speaking before any actor
    named in between). The speaker's noun, of the pronoun's number and kind; else None."""
    if want not in ("it", "they", "he") or tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None
    word = tok.head if tok.dep_ != "poss" else tok.head.head
    if tok.dep_ == "poss" and tok.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if word.dep_ != "ccomp" or word.head.lemma_.lower() not in SPEAKING_LEMMAS:
        return None
    verb = word.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ == "conj":  # "is welcoming X, but says it ..."
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = verb.head  # "firms that said they would ...": the noun the clause is on
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i > tok.i:
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "conj" for c in subject.children)
    person = subject.ent_type_ == "PERSON" and not _lone_name(subject)
    if want == "they" and not plural or want == "it" and (plural or person):
        return None
    if want == "he" and not person and subject.lemma_.lower() not in HUMAN_SECTOR_WORDS:
        return None
    return subject


def named_by_of(noun: Token) -> Token | None:
    """The name after "of" that a state or group noun stands for: "the nation of Ghana", "the
    movement of X"; else None."""
    if noun.lemma_.lower() not in STATE_NOUNS | GROUP_NOUNS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None and pobj.pos_ == "PROPN" else None


def _lone_name(subject: Token) -> bool:
    """One proper noun, no title or first name: the recogniser often takes a company's or a
    body's name for a person's ("Acme says it ..."), which a person's full name is not."""
    return subject.pos_ == "PROPN" and not any(
        c.dep_ in ("compound", "flat", "det", "amod", "appos") for c in subject.children)


PRONOUN_TAGS = ("PRP", "PRP$", "WP", "WDT")
_NOUN_HASHES = frozenset(hash_string(w) for w in STATE_NOUNS | GROUP_NOUNS)
_TAG_HASHES = frozenset(hash_string(t) for t in PRONOUN_TAGS)


def _pronoun_candidates(doc: Doc) -> list[int]:
    """The tokens ``_pronoun_type`` can give a type (state and group nouns, pronouns), read
    from the doc's arrays: the others need no Token."""
    return [i for i, (pos, tag, lower) in enumerate(doc.to_array([POS, TAG, LOWER]).tolist())
            if pos == PRON or tag in _TAG_HASHES or pos == NOUN and lower in _NOUN_HASHES]


def _pronoun_type(tok: Token) -> tuple[str | None, int]:
    low = tok.lower_
    if tok.pos_ == "NOUN" and low in STATE_NOUNS | GROUP_NOUNS:
        det = [c for c in tok.lefts if c.dep_ == "det" and c.lower_ in ("the", "this", "that")]
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
        if det and not any(_other(m) for m in mods):  # "the country", "the tiny island
            # state", "the oil-rich kingdom": a description of one named before
            return ("state" if low in STATE_NOUNS else "group"), det[0].i
        return None, tok.i
    if tok.pos_ != "PRON" and tok.tag_ not in PRONOUN_TAGS:
        return None, tok.i
    if low in RELATIVES and tok.head.dep_ == "relcl" and tok.dep_ in ("nsubj", "nsubjpass",
                                                                     "dobj", "poss"):
        return "rel", tok.i
    kind = PRONOUNS.get(low)
    if kind == "we" or kind is None:
        return None, tok.i
    if kind == "it" and _expletive(tok):
        return None, tok.i
    return kind, tok.i


# Modifiers that make a state or group noun another one than the last named: "the other
# country", "a neighbouring state", "the first nation to ...".
OTHER_WORDS = frozenset({"other", "another", "neighbouring", "neighboring", "foreign", "first",
                         "second", "third", "last", "next", "new", "rival", "host", "member"})


def _other(mod: Token) -> bool:
    """A modifier that may make the noun another state or group than the last named: one of
    OTHER_WORDS, an ordinal, or a name ("the African nation", "the Nigerian state": the
    region or country it names is for the dictionary, not for the nearest state)."""
    return any(c.lower_ in OTHER_WORDS or c.ent_type_ in ("ORDINAL", "NORP", "GPE", "LOC")
               or c.text[:1].isupper() for c in mod.subtree)


def _expletive(tok: Token) -> bool:
    """'it is impossible to…', 'it seems that…': no referent."""
    if tok.dep_ == "expl":
        return True
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in ("be", "seem", "appear", "remain",
                                                              "become", "take", "look"):
        deps = {c.dep_ for c in verb.children}
        return bool(deps & {"acomp", "ccomp", "xcomp", "csubj"}) or verb.lemma_ != "be"
    if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "ccomp" for c in verb.children) \
            and verb.lemma_ in ("say", "report", "believe"):
        return verb.tag_ == "VBN"  # "it is said that"
    return False


def resolve_quotes(doc: Doc, found: list[Found]) -> list[Found]:
    """'we', 'us', 'our' inside a quotation → the speaker: the subject of the say/tell verb
    governing the quote, else the speaker named in the same or the following sentence, else
    the speaker of the quote just before (a quote continued in the next paragraph)."""
    spans = _quotes(doc)
    if not spans:
        return found
    result = sorted(found, key=lambda f: f.start)
    covered = {i for f in found for i in range(f.start, f.end)}
    previous: Found | None = None
    for qs, qe in spans:
        speaker = _speaker(doc, qs, qe, result)
        if speaker is UNCODED:  # "'...,' Ms X, a relief officer, explained": hers, whom no
            previous = None  # dictionary codes; not the last quote's speaker
            continue
        speaker = speaker or previous
        if speaker is None:
            continue
        previous = speaker
        for tok in doc.char_span(qs, qe, alignment_mode="expand") or []:
            if tok.i in covered or PRONOUNS.get(tok.lower_) != "we":
                continue
            if tok.pos_ != "PRON" and tok.tag_ not in ("PRP", "PRP$"):
                continue
            result.append(Found(tok.i, tok.i + 1, tok.i, speaker.code,
                                f"coref:{doc[speaker.start].idx}", "coref", label=speaker.label))
    return sorted(result, key=lambda f: (f.start, f.end))


# _speaker's answer when the quote's speaker is named but no dictionary codes them.
UNCODED = Found(0, 0, 0, None, "uncoded-speaker", "none")


def _speaker(doc: Doc, qs: int, qe: int, found: list[Found]) -> Found | None:
    inside = doc.char_span(qs, qe, alignment_mode="expand")
    if inside is None:
        return None
    first, last = inside[0], inside[-1]
    sents = [last.sent]
    if first.sent != last.sent:
        sents.append(first.sent)
    if last.sent.end < len(doc):
        sents.append(doc[last.sent.end].sent)  # the following sentence
    for sent in sents:
        for tok in sent:
            if qs <= tok.idx < qe:
                continue
            subj = None
            if tok.lemma_.lower() in SAY_LEMMAS and tok.pos_ in ("VERB", "AUX"):
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            elif tok.lower_ == "according":
                to = next((c for c in tok.children if c.lower_ == "to"), None)
                subj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if subj is None or qs <= subj.idx < qe:
                continue
            for f in found:
                if f.head == subj.i and f.code is not None:
                    return f
            described = [c for c in subj.children if c.dep_ == "appos"]
            for f in found:  # "Ms X, a Kenyan official, said": as the apposition codes her
                if f.code is not None and any(f.head == c.i for c in described):
                    return f
            if subj.pos_ == "PROPN" or subj.pos_ == "NOUN" and subj.ent_type_ == "PERSON":
                return UNCODED  # a speaker named, whom no dictionary codes
    return None


def resolve_surnames(doc: Doc, found: list[Found]) -> list[Found]:
    """A person named again by surname alone ("Odinga said ...") after a fuller first mention
    ("opposition leader Raila Odinga", "John Mwangi, a Kenyan activist") takes its code."""
    covered = {i for f in found for i in range(f.start, f.end)}
    named: list[tuple[set[str], Found]] = []  # the name's words → the mention that bears it
    for f in sorted(found, key=lambda f: f.start):
        if f.code is None:
            continue
        people = _name_words(doc, f)
        if len(people) >= 2:
            named.append(({t.lower_ for t in people}, f))
    added: list[Found] = []
    found = [_renamed(doc, f, found) for f in found]
    for ent in _name_spans(doc):
        if any(i in covered for i in range(ent.start, ent.end)):
            continue
        words = {t.lower_ for t in ent}
        earlier = [f for names, f in named if f.end <= ent.start and words <= names
                   and doc[f.start:f.end].text != ent.text]
        if not earlier:
            continue
        ante = earlier[-1]
        added.append(Found(ent.start, ent.end, ent.root.i, ante.code,
                           f"coref:{doc[ante.start].idx}", "coref", label=ante.label))
    added += _described_surnames(doc, found + added)
    return sorted(found + added, key=lambda f: (f.start, f.end))


def _name_words(doc: Doc, f: Found) -> list[Token]:
    """The words of the person's name a coded mention bears or stands beside: its own words
    the recogniser tags a person's, else the name it is set beside ("X Y, a Kenyan
    activist", "the Director General of X, Adama Diarra,")."""
    head = doc[f.head]
    people = [t for t in doc[f.start:f.end] if t.ent_type_ == "PERSON"]
    if not people and head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
        people = _person_name(head.head)  # the name's own words, not a later name its
        # phrase holds ("X Y, a BBC correspondent, with the end of Z's troubles")
    if not people:  # "the Director General of X, Adama Diarra,": the name beside the office
        people = [t for c in head.children if c.dep_ == "appos" and c.i > head.i
                  for t in _person_name(c)]
    return people


def _described_surnames(doc: Doc, found: list[Found]) -> list[Found]:
    """An official the story described without a name ("Zambia's trade minister"), named in
    a later sentence by a title and surname alone ("Mr Banda said"): news style names a
    person in full, or describes them, at first mention, so a bare surname never named
    before, as the subject of its clause, is the one just described, and takes the
    description's code. Only where exactly one such official stands in the two sentences
    before and no one else unnamed or named in full and uncoded stands between (then the
    surname may be theirs); a title of the other sex rules an official out."""
    covered = {i for f in found for i in range(f.start, f.end)}
    sents = sentence_starts(doc)
    added: list[Found] = []
    for span in _bare_surnames(doc, covered):
        root = doc[span.end - 1]
        if root.dep_ not in ("nsubj", "nsubjpass") or \
                any(c.dep_ == "appos" for c in root.children):
            continue  # "Mr Banda, a Kenyan lawyer, said": described by their own words
        surname = root.lower_
        if any(t.lower_ == surname for t in doc[:span.start]):
            continue  # named before: not a first naming
        at = bisect_right(sents, span.start) - 1
        if at < 1:
            continue
        first = sents[max(0, at - 2)]
        window = doc[first:sents[at]]
        titles = {t.lower_ for t in span}
        described = [f for f in found if f.code and first <= f.start and f.end <= sents[at]
                     and _described_official(f, doc)]
        described = [f for f in described if not (
            titles & MALE_TITLES and _gender(f, doc) == "female"
            or titles & FEMALE_TITLES and _gender(f, doc) == "male")]
        if len({(f.code, doc[f.head].lemma_) for f in described}) != 1:
            continue  # none, or two officials the surname may be either of
        ante = described[-1]
        others = [t for t in window if t.i not in covered and (
            t.ent_type_ == "PERSON" or t.tag_ == "NN" and t.lemma_.lower() in PERSON_NOUNS)]
        if others:
            continue  # someone else, uncoded, whom the surname may name
        added.append(Found(span.start, span.end, root.i, ante.code,
                           f"coref:{doc[ante.start].idx}", "coref", label=ante.label))
        covered.update(range(span.start, span.end))
    return added


def _bare_surnames(doc: Doc, covered: set[int]) -> list:
    """One proper noun after a courtesy title ("Mr Banda", "Ms Phiri") that no mention
    covers: a person's surname (a proper noun alone the recogniser takes for a person's is
    as often a firm's: "Zamtel says")."""
    spans = []
    for tok in doc:
        if tok.i in covered or tok.pos_ != "PROPN" or tok.dep_ in ("compound", "flat"):
            continue
        if any(c.dep_ in ("compound", "flat", "amod", "det", "poss") and
               c.lower_ not in MALE_TITLES | FEMALE_TITLES for c in tok.children):
            continue  # "Joseph Banda", "the Banda family": a full name, or no person
        if tok.i > 0 and doc[tok.i - 1].lower_ in MALE_TITLES | FEMALE_TITLES:
            spans.append(doc[tok.i - 1:tok.i + 1])
    return spans


def _described_official(f: Found, doc: Doc) -> bool:
    """A coded mention of one official by their office alone ("Zambia's trade minister", "a
    senior Kenyan official", "the former envoy"), with no name in or beside it."""
    head = doc[f.head]
    if f.kind in ("coref", "person", UNCODED_PERSON) or _plural(f, doc) or \
            _predicate(head) or head.pos_ != "NOUN":
        return False
    if not (_human_word(head) or cameo.split(f.code)[1] in PERSON_SECTORS):
        return False
    if any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.ent_type_ not in (
            "GPE", "NORP", "LOC", "ORG") for t in doc[f.start:f.end]):
        return False
    return not any(c.dep_ == "appos" for c in head.children) and head.dep_ != "appos"


def _person_name(token: Token) -> list[Token]:
    """The words of the person's name ``token`` stands in (the recogniser's entity)."""
    if token.ent_type_ != "PERSON":
        return []
    return next((list(e) for e in token.doc.ents if e.start <= token.i < e.end), [])


def _renamed(doc: Doc, f: Found, found: list[Found]) -> Found:
    """A person the dictionary knows, named again by a part of their name alone ("Abdullah",
    "Rousseff"), is the one the story named in full before ("Jordan's King Abdullah II",
    "Brazil's President Dilma Rousseff"): the story's fuller mention, with its country and
    role, wins over the dictionary's reading of the bare name (another Abdullah, no role)."""
    if f.kind != "person" or "+" in f.entry:
        return f
    tokens = doc[f.start:f.end]
    if not all(t.pos_ == "PROPN" for t in tokens):
        return f  # "President Putin": the text gives its own title
    words = {t.lower_ for t in tokens}
    earlier = [g for g in found if g.end <= f.start and g.code and g.code != f.code
               and (g.kind == "person" or any(t.ent_type_ == "PERSON" for t in doc[g.start:g.end]))
               and words < {t.lower_ for t in doc[g.start:g.end] if t.pos_ == "PROPN"}]
    if not earlier:
        return f
    ante = max(earlier, key=lambda g: g.start)
    return replace(f, code=ante.code, kind="coref", entry=f"coref:{doc[ante.start].idx}",
                   label=ante.label)


def _name_spans(doc: Doc) -> list:
    """Person entities, other entities of proper nouns alone (a surname the model tags an
    organisation: "Asselborn met ..."; they match only the words of an earlier person's name),
    and runs of proper nouns the model gave no entity type ("Odinga said")."""
    spans = [e for e in doc.ents if e.label_ == "PERSON" or e.label_ in ("ORG", "GPE", "NORP")
             and all(t.pos_ == "PROPN" for t in e)]
    run: list[Token] = []
    for tok in [*doc, None]:
        if tok is not None and tok.pos_ == "PROPN" and not tok.ent_type_:
            run.append(tok)
            continue
        if run:
            spans.append(doc[run[0].i:run[-1].i + 1])
        run = []
    return sorted(spans, key=lambda s: s.start)

