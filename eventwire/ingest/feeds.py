"""RSS and Atom feeds: the checks every feed gets, and a saved feed read as articles.

`eventwire watch` fetches the page of each item; a feed saved to disk is read offline, so each
item is coded from the text the feed itself carries: its content (Atom ``content``, RSS
``content:encoded``), else its summary or description.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re
from collections.abc import Iterator
from dataclasses import replace

import feedparser
from lxml import etree
from lxml import html as lxml_html

from eventwire.errors import InputError
from eventwire.ingest.text import article_from_text
from eventwire.records import Article

FEED_SUFFIXES = (".rss", ".atom")
MAX_DEPTH = 256  # elements nested deeper than this are no feed (a real one nests < 10)
_ANGLE = re.compile(rb"[<>]")
# The start of an XML document whose root is a feed: declaration, comments and a doctype
# (with its internal subset) may come first.
_PROLOGUE = rb"(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*"
_FEED_ROOT = re.compile(_PROLOGUE + rb"<(?:rss|feed|rdf:RDF)\b", re.S | re.I)
# Elements after which the text of an item's HTML breaks into a new paragraph.
BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre",
          "section", "article", "figcaption", "dd", "dt")


def looks_like_feed(head: bytes) -> bool:
    return _FEED_ROOT.match(head.lstrip(b"\xef\xbb\xbf")) is not None


def looks_like_xml(head: bytes) -> bool:
    """An XML declaration first: a text or an HTML fragment that opens with a tag is no XML."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml")


def check_depth(body: bytes, limit: int = MAX_DEPTH) -> None:
    """ValueError when elements nest deeper than limit.

    feedparser (expat, or its sgmllib-style loose parser for broken XML) takes seconds over a
    feed of 100,000 nested elements and then finds no items in it; this scan of the tags
    (CDATA, comments and declarations left out) stops at the first one too deep. Every search
    starts where the last one ended, so the scan is linear in the body whatever it holds.
    """
    depth = 0
    pos = body.find(b"<")
    while pos >= 0:
        for opener, closer in ((b"<![CDATA[", b"]]>"), (b"<!--", b"-->"), (b"<?", b"?>"),
                               (b"<!", b">")):
            if body.startswith(opener, pos):
                end = body.find(closer, pos + len(opener))
                if end < 0:
                    return
                pos = body.find(b"<", end + len(closer))
                break
        else:
            mark = _ANGLE.search(body, pos + 1)
            name = body[pos + 1:pos + 2]
            closed = mark is not None and body[mark.start():mark.start() + 1] == b">"
            if name == b"/":
                depth = max(depth - 1, 0)
            elif (name.isalpha() or name == b"_") and not (
                    closed and body[mark.start() - 1:mark.start()] == b"/"):
                depth += 1
                if depth > limit:
                    raise ValueError(f"malformed feed (elements nested over {limit} deep)")
            if mark is None:
                return
            pos = mark.start() if not closed else body.find(b"<", mark.start() + 1)


def parse(body: bytes) -> feedparser.FeedParserDict:
    """The parsed feed; ValueError saying why when the body is no usable feed."""
    check_depth(body)
    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None) or "not a feed"
        raise ValueError(f"malformed feed ({str(reason).splitlines()[0][:120]})")
    if not parsed.get("version") and not parsed.entries:
        raise ValueError("not an RSS or Atom feed")
    return parsed


def entry_stamp(item: feedparser.FeedParserDict) -> float | None:
    """The entry's publication (else update) time, seconds since the epoch, UTC."""
    for key in ("published_parsed", "updated_parsed"):
        value = item.get(key)
        if value:
            try:
                return float(calendar.timegm(value))
            except (TypeError, ValueError, OverflowError):
                return None
    return None


def entry_date(item: feedparser.FeedParserDict) -> str | None:
    """YYYY-MM-DD of the entry when the feed dates it."""
    stamp = entry_stamp(item)
    if stamp is None:
        return None
    try:
        return dt.datetime.fromtimestamp(stamp, dt.UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):  # a year the calendar cannot hold
        return None


def html_text(fragment: str) -> str:
    """The text of an item's HTML, one paragraph per block element."""
    if "<" not in fragment:  # plain text, still escaped as HTML ("Zambia &amp; Kenya")
        return html.unescape(fragment)
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for element in root.iter(*BLOCKS, "br"):
        element.tail = ("\n" if element.tag == "br" else "\n\n") + (element.tail or "")
    return root.text_content()


def item_html(item: feedparser.FeedParserDict) -> str:
    """The fullest text the item carries: its content, else its summary."""
    for content in item.get("content") or ():
        value = content.get("value") or ""
        if value.strip():
            return value
    return item.get("summary") or ""


def feed_articles(body: bytes, input_name: str, default_date: str | None
                  ) -> Iterator[Article | InputError]:
    """One Article per item of a saved feed (named ``file#N``), or an InputError per item with
    no text; one InputError for the file when it is no usable feed."""
    try:
        parsed = parse(body)
    except ValueError as err:
        yield InputError(input_name, str(err))
        return
    if not parsed.entries:
        yield InputError(input_name, "feed holds no items")
        return
    source = parsed.feed.get("title") or None
    for number, item in enumerate(parsed.entries, 1):
        name = f"{input_name}#{number}"
        link = (item.get("link") or "").strip()
        url = link if link.lower().startswith(("http://", "https://")) else None
        try:
            article = article_from_text(html_text(item_html(item)), name, default_date,
                                        url=url, source=source, title=item.get("title"))
        except InputError as err:
            yield InputError(name, "feed item holds no text" if "empty" in err.reason
                             else err.reason)
            continue
        published = entry_date(item)
        yield replace(article, published=published) if published else article
