"""Page furniture: which paragraphs of scraped text are not part of the article.

The rules, in the order they are tried (the first that fires names the verdict):

1. ``prompt:<name>`` — the paragraph is a known prompt or control (share, comment, newsletter,
   follow, related/read-next, advertisement, UI control, cookie or copyright notice). The
   patterns are data: ``eventwire/data/ingest/furniture.tsv``. Line patterns must match the
   whole (short) paragraph, so a sentence that merely mentions "share" or "comment" is kept.
2. ``link-row`` — a short row of items separated by ``|``, ``·``, ``•``, ``»`` or ``›``
   (breadcrumbs, section menus).
3. ``link-list`` — three or more consecutive *bare* paragraphs (short, no sentence
   punctuation at the end), or two or more bare paragraphs that start with a bullet.
4. ``edge`` — bare paragraphs that read as labels (at most three words, or Title Case) at
   the start or the end of the text, before the first or after the last paragraph that reads
   as prose ("Fun Stuff", "Real Time Analytics", "Photo: Jane Doe / Reuters"). A
   cut-off sentence at the end ("Demonstrators began marching on the capital on") is kept.

A paragraph that ends with sentence punctuation is never bare, so a short real paragraph
("He declined to comment.") is kept wherever it is; only rule 1 can drop it, and only when
the whole paragraph is a prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.ingest.rules import furniture_rules

BARE_MAX_WORDS = 12  # a bare paragraph: at most this many words, no sentence punctuation at the end
PROMPT_MAX_WORDS = 15  # "line" prompt patterns are only tried on paragraphs this short
PREFIX_MAX_WORDS = 80
LINK_LIST_MIN_RUN = 3

_SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’»)\]」』]*$")
_LEAD = re.compile(r"^[\s•·*»›>→|–—\-]+")
_TAIL = re.compile(r"[\s•·*»›>→|–—:.!\-]+$")
_BULLET = re.compile(r"^\s*([•·*▪►‣◦]|-\s|\d{1,2}[.)]\s)")
_ROW_SEPARATOR = re.compile(r"\s[|·•»›]\s|\s?\|\s?")


@dataclass(frozen=True)
class Verdict:
    text: str
    keep: bool
    rule: str  # "" when kept, else the rule that dropped it


def words(text: str) -> int:
    return len(text.split())


def is_sentence_like(text: str) -> bool:
    """Ends with sentence punctuation (possibly inside closing quotes or brackets)."""
    return bool(_SENTENCE_END.search(text.strip()))


def is_bare(text: str) -> bool:
    """Short and without sentence punctuation at the end: a label, a link, a heading."""
    return words(text) <= BARE_MAX_WORDS and not is_sentence_like(text)


def is_label(text: str) -> bool:
    """A bare paragraph that reads as a label: at most three words, or Title Case (every word
    of four letters or more capitalised)."""
    if not is_bare(text):
        return False
    tokens = text.split()
    if len(tokens) <= 3:
        return True
    return all(t[:1].isupper() for t in tokens if len(t) > 3 and t[:1].isalpha())


@lru_cache(maxsize=4096)
def prompt_rule(text: str) -> str | None:
    """The name of the furniture prompt that the paragraph is, if any."""
    n = words(text)
    if n > PREFIX_MAX_WORDS:
        return None
    head = _LEAD.sub("", text)
    short = " ".join(_TAIL.sub("", head).split()) if n <= PROMPT_MAX_WORDS else ""
    for rule in furniture_rules():
        if rule.scope == "line":
            if short and rule.regex.fullmatch(short):
                return rule.name
        elif rule.regex.match(head):
            return rule.name
    return None


def is_link_row(text: str) -> bool:
    items = [item.strip() for item in _ROW_SEPARATOR.split(text) if item.strip()]
    return len(items) >= 3 and all(words(item) <= 4 for item in items) and words(text) <= 30


def classify(paragraphs: list[str]) -> list[Verdict]:
    """One verdict per paragraph, in order."""
    rules: list[str] = []
    for p in paragraphs:
        prompt = prompt_rule(p)
        if prompt:
            rules.append(f"prompt:{prompt}")
        elif is_link_row(p):
            rules.append("link-row")
        else:
            rules.append("")
    _mark_link_lists(paragraphs, rules)
    _mark_edges(paragraphs, rules)
    return [Verdict(p, not rule, rule) for p, rule in zip(paragraphs, rules, strict=True)]


def _mark_link_lists(paragraphs: list[str], rules: list[str]) -> None:
    i = 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and (rules[j] or is_bare(paragraphs[j])):
            j += 1
        run = [k for k in range(i, j) if not rules[k]]
        bulleted = sum(1 for k in run if _BULLET.match(paragraphs[k]))
        if len(run) >= LINK_LIST_MIN_RUN or (bulleted >= 2 and bulleted == len(run)):
            for k in run:
                rules[k] = "link-list"
        i = j + 1 if j == i else j


def _mark_edges(paragraphs: list[str], rules: list[str]) -> None:
    prose = [k for k, p in enumerate(paragraphs) if not rules[k] and not is_bare(p)]
    if not prose:
        return
    for k in list(range(prose[0])) + list(range(prose[-1] + 1, len(paragraphs))):
        if not rules[k] and is_label(paragraphs[k]):
            rules[k] = "edge"
