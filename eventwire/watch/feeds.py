"""Polling one RSS/Atom feed: conditional GET, parsing, and backoff after errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urljoin

from ..ingest.feeds import entry_date, entry_stamp, parse
from .fetch import Fetcher, FetchError

MAX_BACKOFF = 6 * 3600.0  # seconds: a feed that keeps failing is tried at least this often
MAX_ITEMS = 200  # items taken from one feed per poll, newest first


@dataclass(frozen=True)
class FeedState:
    """What we remember about a feed between polls (and across restarts)."""

    url: str
    etag: str | None = None
    modified: str | None = None
    failures: int = 0  # consecutive
    next_poll: float = 0.0  # unix time
    last_status: str | None = None  # "200", "304", "error"
    last_error: str | None = None


@dataclass(frozen=True)
class Entry:
    """One feed item: where its page is and what the feed says about it."""

    link: str
    title: str | None
    published: str | None  # YYYY-MM-DD when the feed dates it
    feed_url: str


@dataclass(frozen=True)
class PollResult:
    state: FeedState
    entries: tuple[Entry, ...] = ()
    error: str | None = None
    skipped: int = 0  # items past max_items, not taken this poll

    @property
    def not_modified(self) -> bool:
        return self.state.last_status == "304"


def backoff(interval: float, failures: int) -> float:
    """Seconds to wait after the nth consecutive failure: doubling, capped."""
    return min(interval * (2 ** max(failures, 0)), max(MAX_BACKOFF, interval))


def newest(entries: list[tuple[float | None, Entry]], max_items: int) -> tuple[Entry, ...]:
    """The max_items newest entries: dated ones newest first, then undated in feed order."""
    order = sorted(range(len(entries)), key=lambda i: (
        entries[i][0] is None, -(entries[i][0] or 0.0), i))
    return tuple(entries[i][1] for i in order[:max(max_items, 0)])


def parse_feed(body: bytes, feed_url: str, max_items: int | None = None) -> tuple[Entry, ...]:
    """The entries with a link (the max_items newest when given); ValueError when the body
    is not a usable feed."""
    entries = _entries(body, feed_url)
    if max_items is None:
        return tuple(entry for _, entry in entries)
    return newest(entries, max_items)


def _entries(body: bytes, feed_url: str) -> list[tuple[float | None, Entry]]:
    parsed = parse(body)
    entries: list[tuple[float | None, Entry]] = []
    for item in parsed.entries:
        link = (item.get("link") or "").strip()
        if not link:
            continue
        try:
            link = urljoin(feed_url, link)  # a relative link is relative to the feed
        except ValueError:  # "http://[::1": this item has no usable link, the others may
            continue
        if not link.lower().startswith(("http://", "https://")):
            continue  # a urn: id standing in for a missing link is no page
        entries.append((entry_stamp(item), Entry(link=link, title=item.get("title") or None,
                                                 published=entry_date(item),
                                                 feed_url=feed_url)))
    return entries


def poll(fetcher: Fetcher, state: FeedState, interval: float, now: float,
         max_items: int = MAX_ITEMS) -> PollResult:
    """Fetch the feed if modified (ETag / Last-Modified) and parse it; the max_items newest
    entries are taken, the number of the others is PollResult.skipped.

    Never raises for the feed's faults: an error is returned with the state backed off.
    """
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.modified:
        headers["If-Modified-Since"] = state.modified
    try:
        response = fetcher.get(state.url, headers)
        if response.status == 304:
            return PollResult(replace(state, failures=0, next_poll=now + interval,
                                      last_status="304", last_error=None))
        if response.status != 200:
            raise ValueError(f"HTTP {response.status}")
        found = _entries(response.body, state.url)
        entries = newest(found, max_items)
    except (FetchError, ValueError) as exc:
        reason = exc.reason if isinstance(exc, FetchError) else str(exc)
        failures = state.failures + 1
        return PollResult(
            replace(state, failures=failures, next_poll=now + backoff(interval, failures),
                    last_status="error", last_error=reason),
            error=reason,
        )
    return PollResult(
        replace(state, etag=response.headers.get("etag"),
                modified=response.headers.get("last-modified"), failures=0,
                next_poll=now + interval, last_status="200", last_error=None),
        entries=entries, skipped=len(found) - len(entries),
    )


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs from a file, one a line; blank lines and # comments skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read feed list ({exc})") from None
    urls = (re.sub(r"(^|\s)#.*$", "", line).strip() for line in lines)
    return [url for url in urls if url]
