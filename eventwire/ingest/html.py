"""HTML pages: trafilatura for body, title, author and date; htmldate as the date fallback
and for the time of day, which trafilatura does not keep.

trafilatura runs with ``favor_precision=True``. When that leaves a very short body (under
``SHORT_BODY_CHARS``), the page is extracted again in recall mode and the longer body is kept:
on the article-extraction benchmark this rescues pages whose precision body is a fragment
(see ``bench/extraction.py`` for the figures).
"""

from __future__ import annotations

import warnings

import htmldate
import trafilatura

from eventwire.errors import InputError
from eventwire.ingest.dates import normalise_date
from eventwire.ingest.errorpages import error_page, headings
from eventwire.ingest.furniture import prompt_rule
from eventwire.ingest.ids import article_id
from eventwire.records import Article

SHORT_BODY_CHARS = 500


def _extract(html: str | bytes, url: str | None, **mode: bool):
    with warnings.catch_warnings():  # lxml's FutureWarning about element truth-testing
        warnings.simplefilter("ignore", FutureWarning)
        return trafilatura.bare_extraction(
            html, url=url, include_comments=False, with_metadata=True, **mode
        )


def extract_body(html: str | bytes, url: str | None = None):
    """trafilatura's Document for the page (precision mode, recall when that is too short)."""
    doc = _extract(html, url, favor_precision=True)
    if doc is None or len(doc.text or "") < SHORT_BODY_CHARS:
        recall = _extract(html, url, favor_recall=True)
        if recall is not None and len(recall.text or "") > len((doc and doc.text) or ""):
            doc = recall
    return doc


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _paragraphs(text: str, title: str | None) -> str:
    """trafilatura's one-paragraph-a-line text as "\n\n"-joined paragraphs, without the title
    and without whole-paragraph furniture prompts. (The other furniture rules are for plain
    text: on the extraction benchmark they cost recall on trafilatura's output.)"""
    paras = [line.strip() for line in text.splitlines() if line.strip()]
    if paras and title and _same(paras[0], title):
        paras = paras[1:]
    return "\n\n".join(p for p in paras if not prompt_rule(p))


def _htmldate(html: str | bytes, extensive: bool) -> str | None:
    """htmldate's publication date, with the time when the page states one. Without
    ``extensive`` only the page's metadata is read (fast); with it, the text too."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = htmldate.find_date(html, original_date=True, extensive_search=extensive,
                                       outputformat="%Y-%m-%dT%H:%M")
    except Exception:  # htmldate raises on some malformed pages; the date is then unknown
        return None
    if not found:
        return None
    return found[:10] if found.endswith("T00:00") else found


def publication_date(html: str | bytes, trafilatura_date: str | None) -> str | None:
    """trafilatura's date, made a date-time when htmldate finds the same day with a time;
    htmldate's alone when trafilatura found none."""
    found = _htmldate(html, extensive=not trafilatura_date)
    if not trafilatura_date:
        return found
    if found and len(found) > 10 and found[:10] == trafilatura_date[:10]:
        return found
    return trafilatura_date


def article_from_html(
    html: str | bytes,
    input_name: str = "<html>",
    url: str | None = None,
    default_date: str | None = None,
) -> Article:
    """An Article from an HTML page; InputError if the page holds no article text or is an
    error page (a 404, 403, 5xx or bot-wall page: see errorpages.py)."""
    default_date = normalise_date(default_date, "default date")
    if not html or not (html.strip() if isinstance(html, (str, bytes)) else html):
        raise InputError(input_name, "empty HTML")
    doc = extract_body(html, url)
    text = _paragraphs(doc.text or "", doc.title) if doc is not None else ""
    cue = error_page([*headings(html), doc.title if doc is not None else None], text)
    if cue is not None:
        raise InputError(input_name, f"an error page ({cue[:80]!r}), not an article")
    if not text:
        raise InputError(input_name, "no article text found in the HTML")
    page_url = url or doc.url or None
    published = publication_date(html, doc.date)
    try:
        published = normalise_date(published) if published else default_date
    except ValueError:
        published = default_date
    return Article(
        id=article_id(page_url, text),
        text=text,
        title=doc.title or None,
        url=page_url,
        source=doc.sitename or doc.hostname or None,
        author=doc.author or None,
        published=published,
        input_name=input_name,
    )
