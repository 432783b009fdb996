"""The watcher's memory, in two tables of its own in the event database.

``watch_feeds`` keeps each feed's ETag, Last-Modified and backoff; ``watch_seen`` every
entry URL (canonical) with what became of it and a hash of its text. Both live beside the
store's tables, so a restarted watcher neither re-fetches nor re-codes what it has.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import duckdb

from ..ingest.ids import canonical_url, normalised_text
from .feeds import FeedState

RETRIES = 3  # a page that failed this many times is not fetched again

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS watch_feeds (
        url VARCHAR PRIMARY KEY,
        etag VARCHAR,
        modified VARCHAR,
        failures INTEGER NOT NULL DEFAULT 0,
        next_poll DOUBLE NOT NULL DEFAULT 0,
        last_status VARCHAR,
        last_error VARCHAR,
        updated_at TIMESTAMP
    )""",
    """CREATE TABLE IF NOT EXISTS watch_seen (
        url_key VARCHAR PRIMARY KEY,
        feed_url VARCHAR,
        final_url VARCHAR,
        article_id VARCHAR,
        status VARCHAR NOT NULL,
        reason VARCHAR,
        events INTEGER,
        attempts INTEGER NOT NULL DEFAULT 1,
        text_hash VARCHAR,
        seen_at TIMESTAMP NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS watch_seen_text ON watch_seen (text_hash)",
)


def url_key(url: str) -> str:
    """The entry URL as the watcher remembers it (tracking parameters, fragment dropped)."""
    return canonical_url(url)


def text_hash(text: str) -> str:
    return hashlib.sha1(normalised_text(text).encode("utf-8")).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True)
class Seen:
    status: str  # stored | duplicate | error | skipped
    attempts: int

    @property
    def done(self) -> bool:
        return self.status != "error" or self.attempts >= RETRIES


class WatchState:
    """Reads and writes the two tables through a cursor of the store's connection."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        for statement in SCHEMA:
            con.execute(statement)

    def feed(self, url: str) -> FeedState:
        row = self.con.execute(
            "SELECT etag, modified, failures, next_poll, last_status, last_error "
            "FROM watch_feeds WHERE url = ?", [url]).fetchone()
        if row is None:
            return FeedState(url)
        return FeedState(url, *row)

    def save_feed(self, state: FeedState) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO watch_feeds VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [state.url, state.etag, state.modified, state.failures, state.next_poll,
             state.last_status, state.last_error, _now()],
        )

    def seen(self, url: str) -> Seen | None:
        row = self.con.execute(
            "SELECT status, attempts FROM watch_seen WHERE url_key = ?", [url_key(url)]
        ).fetchone()
        return Seen(*row) if row else None

    def stored_url(self, url: str) -> bool:
        """True when the store already holds an article from this URL (any watcher run)."""
        row = self.con.execute(
            "SELECT count(*) FROM articles WHERE url = ? OR canonical_url = ?",
            [url, _store_canonical(url)]).fetchone()
        return bool(row and row[0])

    def text_seen(self, digest: str) -> str | None:
        """The URL of an earlier entry with the same text, if any."""
        row = self.con.execute(
            "SELECT final_url FROM watch_seen WHERE text_hash = ? LIMIT 1", [digest]
        ).fetchone()
        return row[0] if row else None

    def mark(self, url: str, feed_url: str | None, status: str, *, final_url: str | None = None,
             article_id: str | None = None, reason: str | None = None,
             events: int | None = None, digest: str | None = None) -> None:
        key = url_key(url)
        previous = self.seen(url)
        attempts = previous.attempts + 1 if previous else 1
        self.con.execute(
            "INSERT OR REPLACE INTO watch_seen VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [key, feed_url, final_url, article_id, status, reason, events, attempts, digest,
             _now()],
        )

    def counts(self) -> dict[str, int]:
        return dict(self.con.execute(
            "SELECT status, count(*) FROM watch_seen GROUP BY status").fetchall())


def _store_canonical(url: str) -> str | None:
    from ..store.dedup import canonical_url as store_canonical

    return store_canonical(url)
