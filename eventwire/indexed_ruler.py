"""spaCy's attribute ruler, matched through an index instead of its Matcher.

The English pipelines' ``attribute_ruler`` holds about 180 one-token rules (TAG → POS and
morphology, pronoun lemmas). spaCy's Matcher tries every rule at every token, and that costs
about a tenth of the whole pipeline. Here each one-token rule whose conditions are plain
values (or ``IN`` lists) of TAG, LOWER, DEP and IS_SPACE is looked up by the token's own
values, and the answer is remembered per combination of values; the few other rules (two-token
ones) stay with a Matcher of their own. The matches, and so every annotation the ruler sets,
are the same as spaCy's: ``tests/test_indexed_ruler.py`` compares them token by token.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

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


def index_attribute_ruler(nlp: Language) -> None:
    """Give the pipeline's attribute ruler (if any) the indexed matcher."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if isinstance(ruler, AttributeRuler):
            ruler.match = IndexedAttributeMatcher(ruler)

