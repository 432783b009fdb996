"""What the coder reads once per doc (its arrays) is what it would read token by token."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.coding.coder import Coder, trigger_pos
from eventwire.coding.syntax import lemma

TEXTS = [
    "Turkey's military shelled Kurdish militia positions near Azaz on Monday, and it said "
    "there were no civilian casualties. Russia denied the allegations.",
    "According to officials, the ministers met in Geneva and agreed to hold talks. Police "
    "arrested 12 protesters who had called for the release of the detained journalists.",
    "Israel threatened to attack Hezbollah if it did not withdraw. The army was on the "
    "offensive, and Iran urged restraint.\n\nThe weather was fine. Nothing happened.",
    "He said. They sat.",
]


def stock_can_code(coder: Coder, sentence: Span) -> bool:
    """``Coder.can_code`` as it read every token of the sentence."""
    words: set[str] | None = None
    for token in sentence:
        pos = trigger_pos(token)
        if pos is None:
            continue
        for pattern in coder.patterns.candidates(lemma(token), pos):
            codes = pattern.code is not None or pattern.announced is not None
            if not (pattern.object or pattern.particle or pattern.prep or pattern.subject):
                if not codes:
                    break
                return True
            if not codes:
                continue
            if words is None:
                words = {lemma(t) for t in sentence} | {t.lower_ for t in sentence}
            if all(w in words for w in (*pattern.object, *pattern.subject, pattern.particle,
                                        pattern.prep) if w):
                return True
    return False


def test_words_are_the_tokens(parser, coder):
    for doc in parser.pipe(TEXTS):
        read = coder.words(doc)
        assert coder.words(doc) is read  # read once per doc
        assert read.lowers == [t.lower_ for t in doc]
        assert read.lemmas == [lemma(t) for t in doc]
        expected = [t.i for t in doc
                    if trigger_pos(t) and coder.patterns.candidates(lemma(t), trigger_pos(t))]
        assert read.triggers == expected and expected
        assert read.trigger_pos == [trigger_pos(doc[i]) for i in expected]


def test_only_triggers_match(parser, coder):
    for doc in parser.pipe(TEXTS):
        for sentence in doc.sents:
            triggers = coder.trigger_tokens(sentence)
            assert [t.i for t in sentence if coder.match(t) is not None] == \
                   [t.i for t in triggers if coder.match(t) is not None]


def test_can_code_reads_as_every_token(parser, coder):
    answers = []
    for doc in parser.pipe(TEXTS):
        for sentence in doc.sents:
            answers.append(coder.can_code(sentence))
            assert answers[-1] == stock_can_code(coder, sentence), sentence.text
    assert True in answers and False in answers
