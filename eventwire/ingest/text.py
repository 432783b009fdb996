"""Plain text as scraped: title, byline, page furniture, body paragraphs.

The layout this reads is what copying a news page as text gives: a headline on the first
line, a byline ("By Cheri Cheng - 16 Feb '16 12:41PM") or a date line near it, the body in
paragraphs, and page furniture around and between them. Furniture rules are in
:mod:`eventwire.ingest.furniture`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from eventwire.errors import InputError
from eventwire.ingest import furniture
from eventwire.ingest.dates import normalise_date, parse_when, reference_datetime
from eventwire.ingest.ids import article_id
from eventwire.records import Article

HEADER_WINDOW = 6  # the title and byline are looked for among this many first paragraphs
HEADLINE_MAX_WORDS = 25
BYLINE_MAX_WORDS = 16
NAME_MAX_WORDS = 6
DATE_LINE_MAX_WORDS = 10

_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Zero-width characters, soft hyphens and bidi marks, embeddings, overrides and isolates:
# glued to a word they hide it from the dictionaries ("\u202eKenya" is no Kenya).
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]")
_BYLINE = re.compile(
    r"^(?:by|written by|posted by|words by|story by|reported by|reporting by)\s*:?\s+(?P<rest>.+)$",
    re.I,
)
_BYLINE_SPLIT = re.compile(
    r"\s+[-–—|·•/]\s+|\s*\|\s*|,\s*|\s+(?=(?:published|updated|posted|last updated)\b)"
    r"|\s+(?:on|at)\s+(?=\d|\w+day\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)
_NAME_PARTICLES = {"de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "al",
                   "el", "bin", "ibn", "and", "&", "du", "dos", "das", "st.", "y"}
_NOT_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "january", "february", "march", "april", "june", "july", "august", "september",
              "october", "november", "december", "then", "now", "the", "that", "this",
              "far", "contrast", "comparison", "law", "nightfall", "noon", "midnight", "dawn"}
_HEADLINE_START = re.compile(r"^[\"'“‘(\[]?[A-Z0-9À-Ý]")
_HEADLINE_BAD_END = re.compile(r"[.,;:]$")
_SEGMENT_SPLIT = re.compile(r"\s+[-–—|·•]\s+|\s*\|\s*")


@dataclass(frozen=True)
class Header:
    title: str | None
    author: str | None
    published: str | None
    removed: frozenset[int]  # header paragraphs taken out (title, byline, date lines)


def normalise(text: str) -> str:
    """Unicode NFC, Unix newlines, plain spaces for exotic ones, no invisible characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    return "\n".join(re.sub(r" {2,}", " ", line).strip() for line in text.split("\n"))


def paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks; inside a block, one paragraph a line unless hard-wrapped."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if _hard_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines broken at a fixed width: each would not have fit the next word, most break
    mid-sentence, and none of the lines is a furniture prompt."""
    if len(lines) < 2:
        return False
    width = max(len(line) for line in lines)
    head = lines[:-1]
    if width > 100 or not all(40 <= len(line) for line in head):
        return False
    for line, after in zip(head, lines[1:], strict=True):
        if len(line) + 1 + len(after.split()[0]) <= width or furniture.prompt_rule(after):
            return False
    open_ended = sum(1 for line in head if not furniture.is_sentence_like(line))
    return open_ended * 2 >= len(head)


def looks_like_headline(text: str) -> bool:
    n = furniture.words(text)
    return (
        2 <= n <= HEADLINE_MAX_WORDS
        and len(text) <= 250
        and bool(_HEADLINE_START.match(text))
        and not _HEADLINE_BAD_END.search(text)
        and text.upper() != text.lower()  # has letters
    )


def _looks_like_name(text: str) -> bool:
    parts = text.split()
    if not 1 <= len(parts) <= NAME_MAX_WORDS:
        return False
    if parts[0].lower().rstrip(",") in _NOT_NAMES:
        return False
    return all(p[:1].isupper() or p.lower() in _NAME_PARTICLES for p in parts) and not any(
        ch.isdigit() for ch in text
    )


def parse_byline(text: str, reference_date: str | None = None) -> tuple[str | None, str | None]:
    """(author, published) from a byline or date line; (None, None) if it is neither."""
    if furniture.words(text) > BYLINE_MAX_WORDS or re.search(r"[.!?\"”]$", text):
        return None, None
    reference = reference_datetime(reference_date)
    match = _BYLINE.match(text)
    if match:
        name, _, remainder = _split_once(match.group("rest"))
        if not _looks_like_name(name) or parse_when(name, reference):
            return None, None
        published = _date_line(remainder, reference) if remainder else None
        if remainder and not published and not _looks_like_name(remainder):
            return None, None  # "By Tuesday, the troops had left": a sentence, not a byline
        return name, published
    return None, _date_line(text, reference)


def _date_line(text: str, reference: datetime) -> str | None:
    """The date of a line that is a date ("Published: 16 February 2016", "Reuters, January 23,
    2012"): the whole line parses, or a run of its parts does and the parts left are at most
    three words each (a place, an agency)."""
    published = parse_when(text, reference)
    if published or furniture.words(text) > DATE_LINE_MAX_WORDS:
        return published
    for splitter, joiner in ((_SEGMENT_SPLIT, " - "), (re.compile(r",\s*"), ", ")):
        parts = [part for part in splitter.split(text) if part.strip()]
        runs = sorted(((i, j) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)),
                      key=lambda run: run[0] - run[1])  # longest runs first
        for i, j in runs:
            if (i, j) == (0, len(parts)):
                continue
            if all(furniture.words(p) <= 3 for p in parts[:i] + parts[j:]):
                published = parse_when(joiner.join(parts[i:j]), reference)
                if published:
                    return published
    return None


def _split_once(text: str) -> tuple[str, str, str]:
    m = _BYLINE_SPLIT.search(text)
    if not m:
        return text.strip(), "", ""
    return text[: m.start()].strip(), m.group(0), text[m.end() :].strip()


def read_header(paras: list[str], title: str | None, default_date: str | None) -> Header:
    """Find the title and the byline/date lines among the first paragraphs.

    Bylines and date lines count before the second paragraph of prose (one standfirst may
    come first). The title is the first headline-like paragraph (of four words or more, not
    in capitals, when there is one: "WORLD NEWS" is a section label) before the first byline,
    or before the first prose when there is no byline.
    """
    window = range(min(len(paras), HEADER_WINDOW))
    candidates = [k for k in window
                  if not furniture.prompt_rule(paras[k]) and not furniture.is_link_row(paras[k])]
    prose = [k for k in candidates if _is_prose(paras[k])]
    byline_limit = prose[1] if len(prose) > 1 else len(paras)
    dated: dict[int, tuple[str | None, str | None]] = {}
    for k in candidates:
        if k >= byline_limit:
            break
        who, when = parse_byline(paras[k], default_date)
        if who or when:
            dated[k] = (who, when)
    removed = set(dated)
    found_title = title
    if title is not None:
        same = [k for k in candidates if _same_text(paras[k], title)]
        removed.update(same[:1])
    else:
        limit = min(dated) if dated else (prose[0] if prose else len(paras))
        heads = [k for k in candidates
                 if k < limit and k not in dated and k + 1 < len(paras)
                 and looks_like_headline(paras[k])]
        strong = [k for k in heads if furniture.words(paras[k]) >= 4 and not paras[k].isupper()]
        pick = (strong or heads or [None])[0]
        if pick is not None:
            found_title = paras[pick]
            removed.add(pick)
    author = next((who for who, _ in dated.values() if who), None)
    published = next((when for _, when in dated.values() if when), None)
    return Header(found_title, author, published, frozenset(removed))


def _is_prose(text: str) -> bool:
    return not furniture.is_bare(text) and not looks_like_headline(text)


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def article_from_text(
    text: str,
    input_name: str = "<text>",
    default_date: str | None = None,
    *,
    id: str | None = None,
    url: str | None = None,
    source: str | None = None,
    title: str | None = None,
) -> Article:
    """An Article from scraped plain text; InputError if nothing of an article is left."""
    if not isinstance(text, str):
        raise InputError(input_name, f"text must be a string, not {type(text).__name__}")
    default_date = normalise_date(default_date, "default date")
    clean = normalise(text)
    if not clean.strip():
        raise InputError(input_name, "empty text")
    if title is not None:
        title = " ".join(normalise(title).split()) or None
    paras = paragraphs(clean)
    header = read_header(paras, title, default_date)
    body = [p for k, p in enumerate(paras) if k not in header.removed]
    kept = [v.text for v in furniture.classify(body) if v.keep]
    if not kept:
        raise InputError(input_name, "no article text left after removing page furniture")
    body_text = "\n\n".join(kept)
    return Article(
        id=str(id) if id is not None else article_id(url, body_text),
        text=body_text,
        title=header.title,
        url=url,
        source=source,
        author=header.author,
        published=header.published or default_date,
        input_name=input_name,
    )
