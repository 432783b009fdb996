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

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token

KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")


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
    """``AttributeRuler.match`` with the same result, found by lookup."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab = ruler.vocab
        # (attr_id, match_id, {key: test}) of the indexed rules
        self.rules: list[tuple[int, int, dict[str, tuple[bool, frozenset]]]] = []
        self.rest = Matcher(ruler.vocab, validate=False)
        for attr_id in range(len(ruler.attrs)):
            match_id = ruler.vocab.strings[str(attr_id)]
            for pattern in ruler.matcher.get(match_id)[1]:
                rule = self._compile(pattern)
                if rule is None:
                    self.rest.add(match_id, [pattern])
                else:
                    self.rules.append((attr_id, match_id, rule))
        # words no rule names share one cache entry, so the cache stays small
        self.named_words = frozenset().union(
            *(rule["LOWER"][1] for _, _, rule in self.rules if "LOWER" in rule))
        self.cache: dict[tuple, tuple[tuple[int, int], ...]] = {}

    @staticmethod
    def _compile(pattern: list[dict]) -> dict[str, tuple[bool, frozenset]] | None:
        if len(pattern) != 1 or not set(pattern[0]) <= set(KEYS):
            return None
        rule = {}
        for key, condition in pattern[0].items():
            test = _test(condition)
            if test is None:
                return None
            rule[key] = test
        return rule

    def _rules_for(self, values: tuple) -> tuple[tuple[int, int], ...]:
        token = dict(zip(KEYS, values, strict=True))
        return tuple((attr_id, match_id) for attr_id, match_id, rule in self.rules
                     if all((token[key] in values) == accept
                            for key, (accept, values) in rule.items()))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        matches = []
        cache = self.cache
        for token in doc:
            lower = token.lower_
            values = (token.tag_, lower if lower in self.named_words else None, token.dep_,
                      token.is_space)
            found = cache.get(values)
            if found is None:
                found = cache[values] = self._rules_for(values)
            i = token.i
            matches += [(attr_id, match_id, i, i + 1) for attr_id, match_id in found]
        if len(self.rest):
            matches += [(int(self.vocab.strings[match_id]), match_id, start, end)
                        for match_id, start, end in self.rest(doc, allow_missing=True)]
        matches.sort()
        return matches


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
        elif isinstance(component, Lemmatizer) and component.mode == "rule":
            component.lemmatize = RememberedLemmas(component.rule_lemmatize)
            index_as_sets(component)

