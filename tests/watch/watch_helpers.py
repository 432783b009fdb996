"""Helpers of the watch tests: a feed server on 127.0.0.1, feeds, a fake coder."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from eventwire.records import ActorMention, Article, Cameo, Event, Evidence, Location, Plover
from eventwire.watch import Fetcher, Watcher
from eventwire.watch.watcher import MAX_ITEMS

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    modified: str | None = None  # Last-Modified, answered with 304 when sent back
    delay: float = 0.0
    location: str | None = None


@dataclass
class FeedServer:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    not_modified: int = 0

    def url(self, path: str) -> str:
        return self.base + path


def handler_for(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            path = self.path
            server.hits[path] = server.hits.get(path, 0) + 1
            route = server.routes.get(path) or server.routes.get(path.split("?", 1)[0])
            if route is None:
                self.send_error(404)
                return
            if route.delay:
                time.sleep(route.delay)
            if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                    route.modified and self.headers.get("If-Modified-Since") == route.modified):
                server.not_modified += 1
                self.send_response(304)
                self.send_header("ETag", route.etag)
                self.end_headers()
                return
            self.send_response(route.status)
            if route.location:
                self.send_header("Location", route.location)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.modified:
                self.send_header("Last-Modified", route.modified)
            self.end_headers()
            try:
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    return Handler



def rss(base: str, *items: tuple[str, str, str]) -> bytes:
    """An RSS 2.0 feed of (path, title, RFC 822 date) items."""
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link>"
        f"<pubDate>{date}</pubDate></item>"
        for path, title, date in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Test wire</title><link>{base}/</link><description>t</description>"
        f"{entries}</channel></rss>"
    ).encode()


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


class FakeCoder:
    """Codes every article into one TUR -> RUS accusation; counts what it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, articles):
        for article in articles:
            self.seen.append(article.id)
            yield article, [make_event(article)]


def make_event(article: Article, code: str = "112") -> Event:
    tur = ActorMention("Turkey", 0, 6, "TUR", "TUR", None, "Turkey")
    rus = ActorMention("Russia", 20, 26, "RUS", "RUS", None, "Russia")
    return Event(
        event_id=f"{article.id}-0", article_id=article.id, date=article.date,
        sentence="Turkey on Tuesday accused Russia of bombing civilians.", sentence_index=0,
        source=tur, target=rus,
        cameo=Cameo(code, code[:2], "Accuse", -2.0, 3), plover=Plover("ACCUSE"),
        location=Location("Azaz", "SYR", "Aleppo", 36.586, 37.044, 170017, "city"),
        evidence=Evidence("accused", "test#1"),
    )


def watcher(store, feeds, coder, lines=None, max_items: int = MAX_ITEMS, **fetch) -> Watcher:
    """A watcher of these feeds polling every minute, fetching private addresses (the test
    server is on 127.0.0.1), logging into ``lines``."""
    fetch.setdefault("allow_private", True)
    log = lines.append if lines is not None else (lambda line: None)
    return Watcher(store, feeds, interval=60, fetcher=Fetcher(**fetch), coder=coder, log=log,
                   max_items=max_items)
