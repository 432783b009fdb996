"""The watch loop: poll due feeds, fetch new pages, extract, code, store; one line each."""

from __future__ import annotations

import datetime as dt
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from ..errors import InputError
from ..ingest.pages import FEED_TYPES, articles_from_response, media_type
from ..records import Article, Event
from ..store import Store
from .feeds import MAX_ITEMS, Entry, FeedState, poll
from .fetch import Fetcher, FetchError
from .state import WatchState, text_hash

Coder = Callable[[Iterable[Article]], Iterator[tuple[Article, list[Event]]]]
Log = Callable[[str], None]


def stderr_log(line: str) -> None:
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    print(f"{stamp} {line}", file=sys.stderr, flush=True)


@dataclass
class Tally:
    """What one pass did, for the caller and the tests."""

    feeds_polled: int = 0
    feeds_not_modified: int = 0
    feed_errors: int = 0
    items_skipped: int = 0  # past max_items in a feed
    stored: int = 0
    duplicates: int = 0
    errors: int = 0
    events: int = 0
    lines: list[str] = field(default_factory=list)


class Watcher:
    """Watches feeds into a Store. Call :meth:`run_once` or :meth:`run`."""

    def __init__(
        self,
        store: Store,
        feeds: list[str],
        *,
        interval: float = 300.0,
        fetcher: Fetcher | None = None,
        coder: Coder | None = None,
        log: Log = stderr_log,
        clock: Callable[[], float] = time.time,
        max_items: int = MAX_ITEMS,
    ) -> None:
        if not feeds:
            raise ValueError("no feeds to watch")
        if interval <= 0:
            raise ValueError(f"interval: {interval} is not a positive number of seconds")
        if max_items < 1:
            raise ValueError(f"max items: {max_items} is not a positive number")
        self.max_items = max_items
        self.store = store
        self.feeds = list(dict.fromkeys(feeds))
        self.interval = float(interval)
        self.fetcher = fetcher or Fetcher()
        self.coder = coder
        self.log = log
        self.clock = clock
        self.state = WatchState(store.cursor())
        self.stop = threading.Event()
        self._texts: dict[str, str] = {}

    # -- one pass ----------------------------------------------------------------

    def run_once(self, force: bool = False) -> Tally:
        """Poll every feed that is due (every feed when force) and handle new entries."""
        tally = Tally()
        for url in self.feeds:
            if self.stop.is_set():
                break
            state = self.state.feed(url)
            if not force and state.next_poll > self.clock():
                continue
            self._poll_feed(state, tally)
        return tally

    def _poll_feed(self, state: FeedState, tally: Tally) -> None:
        result = poll(self.fetcher, state, self.interval, self.clock(), self.max_items)
        self.state.save_feed(result.state)
        tally.feeds_polled += 1
        if result.error:
            tally.feed_errors += 1
            wait = int(result.state.next_poll - self.clock())
            self._say(tally, f"feed error {state.url}: {result.error} "
                             f"(failure {result.state.failures}, next try in {wait}s)")
            return
        if result.not_modified:
            tally.feeds_not_modified += 1
            return
        if result.skipped:
            tally.items_skipped += result.skipped
            self._say(tally, f"feed {state.url}: {len(result.entries) + result.skipped} items, "
                             f"took the newest {len(result.entries)}, skipped {result.skipped} "
                             f"(--max-items {self.max_items})")
        new = [e for e in result.entries if self._is_new(e)]
        self._texts = {}  # text hash -> URL, for copies within one poll
        articles = [a for a in (self._fetch(e, tally) for e in new) if a is not None]
        if articles:
            self._code_and_store(articles, tally)

    def _is_new(self, entry: Entry) -> bool:
        seen = self.state.seen(entry.link)
        if seen is not None and seen.done:
            return False
        if self.state.stored_url(entry.link):
            self.state.mark(entry.link, entry.feed_url, "duplicate", reason="already stored")
            return False
        return True

    def _fetch(self, entry: Entry, tally: Tally) -> tuple[Entry, Article] | None:
        try:
            response = self.fetcher.get(entry.link)
            if response.status != 200:
                raise FetchError(response.url, f"HTTP {response.status}")
            article = self._article(entry, response.url, response.body,
                                    media_type(response.headers.get("content-type")))
        except (FetchError, InputError) as exc:
            reason = exc.reason
            self.state.mark(entry.link, entry.feed_url, "error", reason=reason)
            tally.errors += 1
            self._say(tally, f"error {entry.link}: {reason}")
            return None
        digest = text_hash(article.text)
        earlier = self._texts.get(digest) or self.state.text_seen(digest)
        if earlier is not None or self.state.stored_url(response.url):
            self.state.mark(entry.link, entry.feed_url, "duplicate", final_url=response.url,
                            article_id=article.id, digest=digest,
                            reason=f"same text as {earlier}" if earlier else "already stored")
            tally.duplicates += 1
            self._say(tally, f"duplicate {entry.link}: "
                             f"{'same text as ' + earlier if earlier else 'already stored'}")
            return None
        self._texts[digest] = response.url
        return entry, article

    @staticmethod
    def _article(entry: Entry, url: str, body: bytes, media: str) -> Article:
        if media in FEED_TYPES:  # an item links to a page, not to another feed
            raise InputError(entry.link, f"not an HTML page ({media})")
        (found,) = articles_from_response(body, media, entry.link, url, entry.published)
        if isinstance(found, InputError):
            raise found
        return replace(found, title=found.title or entry.title)

    def _code_and_store(self, fetched: list[tuple[Entry, Article]], tally: Tally) -> None:
        coder = self.coder or _default_coder()
        by_id = {article.id: entry for entry, article in fetched}
        for article, events in coder(a for _, a in fetched):
            entry = by_id[article.id]
            summary = self.store.add_batch([(article, events)])
            digest = text_hash(article.text)
            if summary.articles_new:
                facts = sum(1 for e in events if e.is_fact)
                self.state.mark(entry.link, entry.feed_url, "stored", final_url=article.url,
                                article_id=article.id, events=len(events), digest=digest)
                tally.stored += 1
                tally.events += len(events)
                self._say(tally, f"stored {article.url} ({article.id}, {article.date or 'no date'},"
                                 f" {len(events)} events, {facts} facts): {article.title or ''}")
            else:
                self.state.mark(entry.link, entry.feed_url, "duplicate", final_url=article.url,
                                article_id=article.id, digest=digest,
                                reason="near-duplicate text in the store")
                tally.duplicates += 1
                self._say(tally, f"duplicate {article.url}: near-duplicate text in the store")

    def _say(self, tally: Tally, line: str) -> None:
        tally.lines.append(line)
        self.log(line)

    # -- forever -----------------------------------------------------------------

    def seconds_to_next(self) -> float:
        due = min(self.state.feed(url).next_poll for url in self.feeds)
        return max(0.0, due - self.clock())

    def run(self, once: bool = False) -> Tally:
        """Poll until stopped (stop.set() or Ctrl-C); once: a single forced pass."""
        if once:
            return self.run_once(force=True)
        total = Tally()
        while not self.stop.is_set():
            tally = self.run_once()
            for name in ("stored", "duplicates", "errors", "events"):
                setattr(total, name, getattr(total, name) + getattr(tally, name))
            self.stop.wait(min(max(self.seconds_to_next(), 1.0), self.interval))
        return total


def _default_coder() -> Coder:
    from ..pipeline import code_articles

    return code_articles
