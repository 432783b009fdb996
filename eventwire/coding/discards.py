"""Sentences and stories not to code: sport, entertainment, history (data/coding/discards.tsv).

"Turkey beat Russia two goals to one in a friendly match" is no use of force. A sentence with
a sentence-level phrase is skipped; a story with a story-level phrase ("World Cup") is skipped
whole. Neither is skipped when it tells of a criminal or corruption case ("prosecutors",
"bribery"): that is news whatever sport it is about. Phrases match whole lowercase words.

A sentence-level phrase of one word ("soccer") that only modifies a noun that is no part of
play ("a soccer corruption inquiry", "the football federation's accounts") names the subject
matter of a news story, not a game: such a sentence is coded. Words of play (scope "game":
"match", "team", "player") keep "a soccer match" discarded.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from .tables import packaged_rows

# Words of a criminal or corruption case, or of deadly violence, rioting or arrests around
# a game ("fans rioted after the match", "two people were killed outside the stadium"): a
# story holding one is news, not sport.
LEGAL_CASE_WORDS = frozenset(
    "corruption bribery bribe bribes indicted indictment indictments prosecutor prosecutors "
    "fbi extradition extradited racketeering laundering fraud embezzlement "
    "killed killing riot riots rioting rioted rioters hooligans hooliganism stabbed stabbing "
    "stabbings teargas "
    "arrested detained".split())
# Words that make a one-word phrase of play something else: a "hunger striker" is no footballer.
NOT_PLAY_MODIFIERS = frozenset(("hunger",))


@dataclass
class Discards:
    # first word → the phrases (as word tuples) it starts, with their scope
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(
        default_factory=lambda: defaultdict(list))

    def add(self, phrase: str, scope: str) -> None:
        words = tuple(phrase.lower().split())
        if words:
            self.phrases[words[0]].append((words, scope))

    def find(self, words: list[str], scope: str) -> str | None:
        """The first phrase of the given scope in these lowercase words, or None.

        A story that tells of a case of crime or corruption ("prosecutors", "bribery") is
        news whatever sport it is about: no story-level phrase discards it (its sentences of
        play are still skipped one by one).
        """
        if scope == "story" and not LEGAL_CASE_WORDS.isdisjoint(words):
            return None
        for i, word in enumerate(words):
            for phrase, phrase_scope in self.phrases.get(word, ()):
                if phrase_scope == scope and tuple(words[i:i + len(phrase)]) == phrase:
                    return " ".join(phrase)
        return None

    def skips(self, sentence: Span, words: list[str] | None = None) -> bool:
        """Whether this parsed sentence is sport or entertainment, not to be coded.

        A one-word phrase counts only where it stands on its own or modifies a word of play;
        a sentence that tells of a criminal or corruption case is never sport.
        ``words``: the sentence's lowercase words, when the caller has them.
        """
        if words is None:
            words = [t.lower_ for t in sentence]
        if not LEGAL_CASE_WORDS.isdisjoint(words):
            return False  # "an inquiry into bribery at the tournament": a case, no play
        for i, word in enumerate(words):
            for phrase, scope in self.phrases.get(word, ()):
                if scope != "sentence" or tuple(words[i:i + len(phrase)]) != phrase:
                    continue
                if len(phrase) > 1 or not self._modifies_news(sentence[i]):
                    return True
        return False

    def _modifies_news(self, token: Token) -> bool:
        """'soccer' in 'a soccer corruption inquiry': it modifies a noun that is no play; and
        'striker' in 'a hunger striker' is no word of play."""
        if any(c.lower_ in NOT_PLAY_MODIFIERS for c in token.children):
            return True
        if token.dep_ not in ("compound", "amod") or token.head.pos_ not in ("NOUN", "PROPN"):
            return False
        head = token.head.lower_
        return not any(scope in ("game", "sentence", "story") and len(phrase) == 1
                       for phrase, scope in self.phrases.get(head, ()))


@lru_cache(maxsize=1)
def default_discards() -> Discards:
    discards = Discards()
    for row in packaged_rows("coding", "discards.tsv"):
        discards.add(row["phrase"], row["scope"])
    return discards


# -- statements that are only the voice of another act ---------------------------------------

# The comments of CAMEO 01 that say only that something was said: 010 make a statement, 012 a
# pessimistic and 013 an optimistic comment. Denials, apologies, admissions, condolences (016,
# 055, 015, 018) are acts of their own wherever they stand.
VOICING_CODES = frozenset(("010", "012", "013"))
# CAMEO 112 accuse (and its leaves): an accusation made as the ground of the act it hangs on
# ("expelled the charity, accusing it of meddling", "cut rations, blaming a lack of funds")
# justifies that act, the event the sentence reports; on its own ("spoke to reporters,
# accusing X of fraud") it is the act.
JUSTIFYING_CODE = "112"
ACCUSING_ROOT = "11"
# Links of a clause the statement verb reports ("the ministry announced [it closed the border]")
REPORTED_DEPS = frozenset(("ccomp", "parataxis"))
# Verbs that make an act known, whichever side of them it is told on ("announced that it had
# closed the border"); any other statement verb reports an act only told before it ("X closed
# the border, the ministry said"): "argued that the offer would leave them worse off" states
# a view of what may come, which is its own statement.
ANNOUNCING_VERBS = frozenset(("announce",))


def voicing_only(trigger: Token, code: str, acts: dict[int, str]) -> bool:
    """Whether a bare statement is no event beside the act it gives voice to.

    "Lithuania suspended the accord, citing the flow of migrants", "Ghana asked Malawi to
    reopen the border, arguing that ...": a subjectless participle of saying after a comma
    gives the reason or the manner of the act its clause tells of; that act is the event
    (CAMEO codes what was done, not the words said while doing it). "Kenya closed its
    embassy, the ministry announced": the statement reports an act the sentence codes
    (``acts``: the tokens of the other coded triggers, with their codes), and is no statement
    of its own. An accusation as such a participle ("suspended the group, accusing it of
    lies") is the ground given for the coded act it hangs on, no accusation of its own.
    """
    aside = trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and \
        trigger.head is not trigger and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in trigger.children)
    if code.startswith(JUSTIFYING_CODE):  # (an accusation grounding a complaint or a lawsuit,
        # root 11 itself, says what it accuses of: it stays)
        return aside and trigger.head.i in acts and \
            not acts[trigger.head.i].startswith(ACCUSING_ROOT)
    if code not in VOICING_CODES:
        return False
    if aside:
        return True
    announcing = trigger.lemma_.lower() in ANNOUNCING_VERBS
    return any(c.dep_ in REPORTED_DEPS and (c.i < trigger.i or announcing)
               and any(t.i in acts for t in c.subtree) for c in trigger.children)
