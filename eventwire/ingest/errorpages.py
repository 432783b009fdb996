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
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TAGS = re.compile(r"<[^>]*>")
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|·|::)\s+")
_TRIM = " \t\r\n.…!"


def _clean(fragment: str) -> str:
    return " ".join(html_lib.unescape(_TAGS.sub(" ", fragment)).split())


def headings(html: str | bytes) -> list[str]:
    """The page's <title> and first <h1>, as text."""
    head = html[:HEAD_BYTES]
    if isinstance(head, bytes):
        head = head.decode("utf-8", "replace")
    found = []
    for pattern in (_TITLE, _H1):
        match = pattern.search(head)
        if match:
            found.append(_clean(match.group(1)))
    return [text for text in found if text]


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
            if cue and any(rule.regex.fullmatch(cue) for rule in rules):
                return title
    return None
