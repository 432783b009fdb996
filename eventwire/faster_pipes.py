"""Two of spaCy's rule components made faster, with the same output.

**The attribute ruler, matched through an index.** The English pipelines' ``attribute_ruler``
holds about 180 one-token rules (TAG → POS and morphology, pronoun lemmas). spaCy's Matcher
tries every rule at every token, and that costs about a tenth of the whole pipeline. Here each
one-token rule whose conditions are plain values (or ``IN``/``NOT_IN`` lists) of TAG, LOWER,
DEP and IS_SPACE is looked up by the token's own values, and the answer is remembered per
combination of values; the few other rules (two-token ones, regular expressions) stay with a
Matcher of their own. The matches, and so every annotation the ruler sets, are spaCy's.

**The rule lemmatizer, remembered.** Its lemma is a function of the word, its part of speech
and its morphology, but spaCy caches only some of its answers (not base forms, which are most
words) and costs about a twentieth of the pipeline; every answer is remembered here. A word met
for the first time is looked up in spaCy's index of known lemmas, which is a list (57,000 nouns):
each test of a candidate form read the list from the start. The index lists are given a set to
answer ``in``, which made a first run over 400 stories 0.7 s of CPU shorter.

``tests/nlp/test_faster_pipes.py`` compares both with spaCy's own, token by token.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token

KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
KEY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
# What a rule may set for the annotations to be written through the doc's arrays: attributes of
# the token alone (spaCy's set_token_attrs also writes the lexeme's, which has none of these).
ARRAY_ATTRS = (POS, TAG, DEP, LEMMA, MORPH)


def _test(condition) -> tuple[bool, frozenset] | None:
    """(accept, values): the token's value must be in (or, accept=False, not in) the values.
    None when the condition is neither a plain value nor an IN or NOT_IN list."""
    if not isinstance(condition, dict):
        return True, frozenset((condition,))
    if set(condition) == {"IN"}:
        return True, frozenset(condition["IN"])
    if set(condition) == {"NOT_IN"}:
        return False, frozenset(condition["NOT_IN"])
    return None


class IndexedAttributeMatcher:
    """``AttributeRuler.match`` with the same result, found by lookup in the doc's arrays."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab = ruler.vocab
        # (attr_id, match_id, {key: test}) of the indexed rules, values as the arrays hold them
        self.rules: list[tuple[int, int, dict[str, tuple[bool, frozenset]]]] = []
        self.rest = Matcher(ruler.vocab, validate=False)
        rest_patterns = []
        for attr_id in range(len(ruler.attrs)):
            match_id = ruler.vocab.strings[str(attr_id)]
            for pattern in ruler.matcher.get(match_id)[1]:
                rule = self._compile(pattern)
                if rule is None:
                    self.rest.add(match_id, [pattern])
                    rest_patterns.append(pattern)
                else:
                    self.rules.append((attr_id, match_id, rule))
        # words no rule names share one cache entry, so the cache stays small
        self.named_words = frozenset().union(
            *(rule["LOWER"][1] for _, _, rule in self.rules if "LOWER" in rule))
        self.cache: dict[tuple, tuple[tuple[int, int], ...]] = {}
        self.starts = RuleStarts(rest_patterns, self.vocab.strings)

    def _compile(self, pattern: list[dict]) -> dict[str, tuple[bool, frozenset]] | None:
        if len(pattern) != 1 or not set(pattern[0]) <= set(KEYS):
            return None
        rule = {}
        for key, condition in pattern[0].items():
            test = _test(condition)
            if test is None:
                return None
            accept, values = test
            if key != "IS_SPACE":  # strings as their hashes (IS_SPACE: True == 1)
                values = frozenset(self.vocab.strings.add(v) if isinstance(v, str) else v
                                   for v in values)
            rule[key] = (accept, values)
        return rule

    def _rules_for(self, values: tuple) -> tuple[tuple[int, int], ...]:
        token = dict(zip(KEYS, values, strict=True))
        return tuple((attr_id, match_id) for attr_id, match_id, rule in self.rules
                     if all((token[key] in values) == accept
                            for key, (accept, values) in rule.items()))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        matches = []
        cache = self.cache
        named = self.named_words
        starts = []  # tokens a leftover rule may start at
        can_start = self.starts.can_start
        for i, (tag, lower, dep, space) in enumerate(doc.to_array(KEY_ATTRS).tolist()):
            values = (tag, lower if lower in named else None, dep, space)
            found = cache.get(values)
            if found is None:
                found = cache[values] = self._rules_for(values)
            matches += [(attr_id, match_id, i, i + 1) for attr_id, match_id in found]
            if can_start(tag, lower, dep):
                starts.append(i)
        if len(self.rest):
            matches += [(int(self.vocab.strings[match_id]), match_id, start, end)
                        for match_id, start, end in self._rest_matches(doc, starts)]
        matches.sort()
        return matches

    def _rest_matches(self, doc: Doc, starts: list[int]) -> list[tuple[int, int, int]]:
        """The leftover Matcher's matches: over the doc, or over a window at each token that
        can start a rule when the rules have a fixed length."""
        length = self.starts.length
        if length is None:
            return self.rest(doc, allow_missing=True)
        found = []
        for i in starts:
            found += [(match_id, i, i + end) for match_id, start, end
                      in self.rest(doc[i:i + length], allow_missing=True) if start == 0]
        return found


class RuleStarts:
    """Which tokens can start one of some token patterns, told by one condition of each
    pattern's first token (LOWER, DEP or TAG values, or a LOWER regular expression).

    ``length`` is the patterns' common maximum length when each has a fixed length (no
    operators), else None: a pattern then matches at a token if and only if it matches in the
    window of that many tokens starting there.
    """

    def __init__(self, patterns: list[list[dict]], strings) -> None:
        self.strings = strings
        self.lowers: set[int] = set()
        self.deps: set[int] = set()
        self.tags: set[int] = set()
        self.regexes: list[re.Pattern] = []
        self.regex_hits: dict[int, bool] = {}
        fixed = all(not any("OP" in token for token in p) for p in patterns)
        self.length = max((len(p) for p in patterns), default=0) if fixed else None
        for pattern in patterns:
            if not (pattern and self._add(pattern[0])):
                self.length = None  # some pattern can start anywhere: match the whole doc

    def _add(self, first: dict) -> bool:
        for key, where in (("LOWER", self.lowers), ("DEP", self.deps), ("TAG", self.tags)):
            test = _test(first[key]) if key in first else None
            if test is not None and test[0]:
                where.update(self.strings.add(v) for v in test[1])
                return True
        lower = first.get("LOWER")
        if isinstance(lower, dict) and set(lower) == {"REGEX"}:
            self.regexes.append(re.compile(lower["REGEX"]))
            return True
        return False

    def can_start(self, tag: int, lower: int, dep: int) -> bool:
        if lower in self.lowers or dep in self.deps or tag in self.tags:
            return True
        if not self.regexes:
            return False
        hit = self.regex_hits.get(lower)
        if hit is None:
            if len(self.regex_hits) > 200_000:
                self.regex_hits.clear()
            word = self.strings[lower]
            hit = self.regex_hits[lower] = any(r.search(word) for r in self.regexes)
        return hit


class ArrayAnnotations:
    """``AttributeRuler.set_annotations`` written through the doc's arrays: each match's
    attributes set on its token in match order (later rules win), as spaCy does token by
    token. Only for rules that set POS, TAG, DEP, LEMMA and MORPH (``usable``)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.indices = list(ruler.indices)
        self.columns = sorted({attr for attrs in ruler.attrs for attr in attrs})
        where = {attr: col for col, attr in enumerate(self.columns)}
        self.writes = [[(where[attr], value) for attr, value in attrs.items()]
                       for attrs in ruler.attrs]

    @staticmethod
    def usable(ruler: AttributeRuler) -> bool:
        return all(attr in ARRAY_ATTRS and isinstance(value, int)
                   for attrs in ruler.attrs for attr, value in attrs.items())

    def __call__(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        if not matches or not self.columns:
            return
        rows = doc.to_array(self.columns).tolist()
        for attr_id, _, start, end in matches:
            index = self.indices[attr_id]
            i = (start if index >= 0 else end) + index
            if not start <= i < end:
                raise ValueError(f"attribute ruler: index {index} outside the match "
                                 f"{doc[start:end].text!r}")
            row = rows[i]
            for col, value in self.writes[attr_id]:
                row[col] = value
        doc.from_array(self.columns, numpy.array(rows, dtype=numpy.uint64))


class RememberedLemmas:
    """``Lemmatizer.rule_lemmatize`` with every answer remembered."""

    LIMIT = 200_000  # entries; the memory starts afresh past it (a long run meets rare words)

    def __init__(self, lemmatize) -> None:
        self.lemmatize = lemmatize
        self.cache: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        lemmas = self.cache.get(key)
        if lemmas is None:
            if len(self.cache) >= self.LIMIT:
                self.cache.clear()
            lemmas = self.cache[key] = self.lemmatize(token)
        return lemmas


class IndexWords(list):
    """A list of words (one of spaCy's lemma index tables) whose ``in`` is a set lookup."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self.known = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self.known


def index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Give each list of the lemmatizer's ``lemma_index`` table a set for ``in``."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, IndexWords):
            table[key] = IndexWords(words)


def speed_up(nlp: Language) -> None:
    """Give the pipeline's attribute ruler the index, and its rule lemmatizer the memory and a
    set for its index of lemmas."""
    for _, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            component.match = IndexedAttributeMatcher(component)
            if ArrayAnnotations.usable(component):
                component.set_annotations = ArrayAnnotations(component)
        elif isinstance(component, Lemmatizer) and component.mode == "rule":
            component.lemmatize = RememberedLemmas(component.rule_lemmatize)
            index_as_sets(component)

