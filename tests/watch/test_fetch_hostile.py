"""Hostile pages and links against the fetcher and the feed parser, with a real server on
127.0.0.1: each is one reason for one URL, and the pass goes on."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from watch_helpers import Route, rss

from eventwire.store import Store
from eventwire.watch.feeds import parse_feed
from eventwire.watch.fetch import Fetcher, FetchError
from eventwire.watch.watcher import Watcher


class _Dribble(BaseHTTPRequestHandler):
    """A page whose body comes one byte every 50 ms: no single read ever times out."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        try:
            for _ in range(1000):
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def dribble_url():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Dribble)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/page.html"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetch_hostile_dribbling_body_times_out(dribble_url):
    start = time.monotonic()
    with Fetcher(allow_private=True, timeout=0.5) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(dribble_url)
    assert err.value.reason == "timed out (body not read in 0.5 s)"
    assert time.monotonic() - start < 3  # before: 50 s, a byte at a time


@pytest.mark.parametrize("url", ["http://[::1/a", "http://127.0.0.1:99999/a",
                                 "http://127.0.0.1:8x/a"])
@pytest.mark.parametrize("allow_private", [True, False])
def test_fetch_hostile_malformed_url_is_a_fetch_error(url, allow_private):
    with Fetcher(allow_private=allow_private) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(url)
    assert err.value.url == url
    assert err.value.reason.startswith(("malformed URL", "bad port in URL"))


def test_fetch_hostile_feed_item_with_malformed_link_is_skipped_not_the_feed():
    body = rss("http://example.org", ("/a", "A", "Mon, 15 Feb 2016 10:00:00 GMT"))
    body = body.replace(b"</channel>", b"<item><title>B</title><link>http://[::1</link></item>"
                                       b"</channel>")
    entries = parse_feed(body, "http://example.org/feed.xml")
    assert [e.link for e in entries] == ["http://example.org/a"]


def test_fetch_hostile_links_do_not_stop_the_pass(feed_server, tmp_path):
    page = (b"<html><head><title>Ankara blames Moscow</title></head><body><article><p>"
            + b"Turkey accused Russia of war crimes in Syria on Tuesday, officials said. " * 8
            + b"</p></article></body></html>")
    feed_server.routes["/good.html"] = Route(page)
    feed = rss(feed_server.base, ("/good.html", "Good", "Mon, 15 Feb 2016 10:00:00 GMT"))
    bad = "".join(f"<item><title>bad</title><link>{link}</link></item>"
                  for link in (f"{feed_server.base}:1x/a", "http://127.0.0.1:99999/b"))
    feed_server.routes["/feed.xml"] = Route(feed.replace(b"<item>", bad.encode() + b"<item>", 1),
                                            content_type="application/rss+xml")
    lines: list[str] = []

    def coder(articles):
        for article in articles:
            yield article, []

    with Store.open(tmp_path / "w.duckdb") as store:
        watcher = Watcher(store, [feed_server.url("/feed.xml")], coder=coder, log=lines.append,
                          fetcher=Fetcher(allow_private=True, timeout=5))
        tally = watcher.run_once(force=True)
    assert tally.stored == 1 and tally.errors == 2, lines
    assert any(line.startswith("error http://127.0.0.1:99999/b: bad port in URL")
               for line in lines), lines
