"""A fetched web response as articles, by its media type: the one reading that `watch`,
`POST /ingest` URL lists and `eventwire code URL` share (the fetching is watch/fetch.py's)."""

from __future__ import annotations

from eventwire.errors import InputError
from eventwire.ingest.feeds import feed_articles
from eventwire.ingest.html import article_from_html
from eventwire.ingest.sources import binary_reason, decode_utf8
from eventwire.ingest.text import article_from_text
from eventwire.records import Article

HTML_TYPES = ("text/html", "application/xhtml+xml", "")  # "": a server that names no type
TEXT_TYPES = ("text/plain",)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml")


def media_type(content_type: str | None) -> str:
    """"text/html" from "text/html; charset=utf-8"."""
    return (content_type or "").split(";")[0].strip().lower()


def articles_from_response(body: bytes, media: str, name: str, url: str,
                           default_date: str | None = None) -> list[Article | InputError]:
    """The article of a page (HTML or plain text), or one per item of a feed; an InputError
    naming the input when the response holds none."""
    if not body.strip():
        return [InputError(name, "empty response")]
    reason = binary_reason(body)
    if reason:
        return [InputError(name, reason)]
    try:
        if media in TEXT_TYPES:
            return [article_from_text(decode_utf8(body, name), name, default_date, url=url)]
        if media in FEED_TYPES:
            return list(feed_articles(body, name, default_date))
        if media not in HTML_TYPES:
            return [InputError(name, f"not an HTML page ({media})")]
        return [article_from_html(body, name, url=url, default_date=default_date)]
    except InputError as err:
        return [err]
