"""Error pages read as articles: a 404, 403 or 5xx page, or a CDN's bot wall ("Just a
moment..."), served with status 200, saved to disk or kept in a WARC.

The cues are data (``eventwire/data/ingest/error_pages.tsv``): a title or first heading that
is an error's wording, and a body at most a rule's number of words. Both are needed, so an
article that mentions a 404, or is titled "Not found" over a story of its own, is kept.
"""

from __future__ import annotations

import html as html_lib
import re

from eventwire.ingest.rules import error_page_rules

HEAD_BYTES = 200_000  # <title> and the first <h1> are looked for this far into the page
HEADING_CHARS = 2_000  # of a title or heading read; an error's is a few words
CUE_CHARS = 200  # a longer title or part of one is no error's wording
_TAGS = re.compile(r"<[^<>]*>")
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|·|::)\s+")
_TRIM = " \t\r\n.…!"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _clean(fragment: str) -> str:
    return " ".join(html_lib.unescape(_TAGS.sub(" ", fragment)).split())


def _element(head: str, lower: str, tag: str) -> str | None:
    """The content of the first <tag> (plain finds, each from where the last one stopped: no
    regex backtracking over a page of unclosed tags)."""
    at = lower.find(f"<{tag}")
    while at >= 0 and lower[at + len(tag) + 1:at + len(tag) + 2] not in (">", " ", "\t", "\n",
                                                                          "\r", "/"):
        at = lower.find(f"<{tag}", at + 1)
    if at < 0:
        return None
    start = lower.find(">", at)
    if start < 0:
        return None
    end = lower.find(f"</{tag}", start)
    return head[start + 1:end if end >= 0 else len(head)][:HEADING_CHARS]


def headings(html: str | bytes) -> list[str]:
    """The page's <title> and first <h1>, as text."""
    head = html[:HEAD_BYTES]
    if isinstance(head, bytes):
        head = head.decode("utf-8", "replace")
    lower = head.translate(_ASCII_LOWER)  # str.lower can change the length ('İ')
    found = (_element(head, lower, tag) for tag in ("title", "h1"))
    return [text for text in (_clean(f) for f in found if f) if text]


def error_page(titles: list[str | None], text: str) -> str | None:
    """The title or heading that makes this an error page (as written), else None."""
    words = len(text.split())
    rules = [rule for rule in error_page_rules() if words <= rule.max_words]
    if not rules:
        return None
    for title in titles:
        if not title:
            continue
        title = " ".join(title.split())
        parts = [title, *_SEPARATORS.split(title)]
        for part in parts:
            cue = part.strip(_TRIM)
            if cue and len(cue) <= CUE_CHARS and any(rule.regex.fullmatch(cue) for rule in rules):
                return title
    return None
