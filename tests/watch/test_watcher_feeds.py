"""The watch loop against a feed server on 127.0.0.1, into a real DuckDB file."""

from __future__ import annotations

import pytest
from watch_helpers import FakeCoder, Route, fixture_bytes, rss, watcher

from eventwire.store import Store
from eventwire.watch import Watcher
from eventwire.watch.feeds import backoff

DAY = "Tue, 16 Feb 2016 12:41:00 GMT"


def serve_feed(server, etag: str | None = '"v1"') -> str:
    server.routes["/a1.html"] = Route(fixture_bytes("article1.html"))
    server.routes["/a2.html"] = Route(fixture_bytes("article2.html"))
    server.routes["/feed.xml"] = Route(
        rss(server.base, ("/a1.html?utm_source=rss", "Turkey accuses Russia", DAY),
            ("/a2.html", "Germany and France", DAY)),
        content_type="application/rss+xml", etag=etag)
    return server.url("/feed.xml")


def test_watcher_feeds_stores_new_articles_one_line_each(feed_server, tmp_path):
    feed = serve_feed(feed_server)
    coder, lines = FakeCoder(), []
    with Store.open(tmp_path / "w.duckdb") as store:
        tally = watcher(store, [feed], coder, lines).run(once=True)
        stored = store.cursor().execute("SELECT url, published FROM articles ORDER BY url")
        rows = stored.fetchall()
    assert tally.stored == 2 and tally.events == 2
    assert [line.split()[0] for line in lines] == ["stored", "stored"]
    assert rows[0][0].endswith("/a1.html?utm_source=rss") and rows[0][1].startswith("2016-02-16")


def test_watcher_feeds_conditional_get_304(feed_server, tmp_path):
    feed = serve_feed(feed_server)
    coder = FakeCoder()
    with Store.open(tmp_path / "w.duckdb") as store:
        w = watcher(store, [feed], coder)
        w.run_once(force=True)
        second = w.run_once(force=True)
    assert feed_server.not_modified == 1
    assert second.feeds_not_modified == 1 and second.stored == 0
    assert feed_server.hits["/a1.html?utm_source=rss"] == 1


def test_watcher_feeds_conditional_get_last_modified(feed_server, tmp_path):
    serve_feed(feed_server, etag=None)
    feed_server.routes["/feed.xml"].modified = DAY
    with Store.open(tmp_path / "w.duckdb") as store:
        w = watcher(store, [feed_server.url("/feed.xml")], FakeCoder())
        w.run_once(force=True)
        second = w.run_once(force=True)
    assert second.feeds_not_modified == 1 and feed_server.not_modified == 1


def test_watcher_feeds_restart_does_not_recode(feed_server, tmp_path):
    feed = serve_feed(feed_server, etag=None)  # no ETag: the feed is fetched again in full
    db = tmp_path / "w.duckdb"
    first, second = FakeCoder(), FakeCoder()
    with Store.open(db) as store:
        watcher(store, [feed], first).run(once=True)
    with Store.open(db) as store:
        tally = watcher(store, [feed], second).run(once=True)
        n = store.cursor().execute("SELECT count(*) FROM articles").fetchone()[0]
    assert len(first.seen) == 2 and second.seen == [] and tally.stored == 0
    assert feed_server.hits["/a2.html"] == 1 and n == 2


def test_watcher_feeds_restart_keeps_etag(feed_server, tmp_path):
    feed = serve_feed(feed_server)
    db = tmp_path / "w.duckdb"
    with Store.open(db) as store:
        watcher(store, [feed], FakeCoder()).run(once=True)
    with Store.open(db) as store:
        tally = watcher(store, [feed], FakeCoder()).run(once=True)
    assert tally.feeds_not_modified == 1 and feed_server.not_modified == 1


def test_watcher_feeds_same_text_at_two_urls_coded_once(feed_server, tmp_path):
    feed_server.routes["/a1.html"] = Route(fixture_bytes("article1.html"))
    feed_server.routes["/copy/a1.html"] = Route(fixture_bytes("article1.html"))
    feed_server.routes["/feed.xml"] = Route(
        rss(feed_server.base, ("/a1.html", "one", DAY), ("/copy/a1.html", "two", DAY)),
        content_type="application/rss+xml")
    coder, lines = FakeCoder(), []
    with Store.open(tmp_path / "w.duckdb") as store:
        w = watcher(store, [feed_server.url("/feed.xml")], coder, lines)
        w.run_once(force=True)
        # a later poll finds the copy again: it is neither fetched nor coded again
        w.run_once(force=True)
    assert len(coder.seen) == 1
    assert feed_server.hits["/copy/a1.html"] == 1
    assert sorted(line.split()[0] for line in lines) == ["duplicate", "stored"]


def test_watcher_feeds_malformed_feed_backs_off(feed_server, tmp_path):
    feed_server.routes["/bad.xml"] = Route(b"<html><body>this is <b>not a feed",
                                           content_type="application/rss+xml")
    lines: list[str] = []
    clock = [1000.0]
    with Store.open(tmp_path / "w.duckdb") as store:
        w = watcher(store, [feed_server.url("/bad.xml")], FakeCoder(), lines)
        w.clock = lambda: clock[0]
        tally = w.run_once()
        state = w.state.feed(feed_server.url("/bad.xml"))
        assert w.run_once().feeds_polled == 0  # backing off: not due yet
        clock[0] += backoff(60, 1) + 1
        assert w.run_once().feeds_polled == 1
        state2 = w.state.feed(feed_server.url("/bad.xml"))
    assert tally.feed_errors == 1 and "feed error" in lines[0] and "malformed" in lines[0]
    assert state.failures == 1 and state.next_poll == 1000.0 + backoff(60, 1)
    assert state2.failures == 2


def test_watcher_feeds_bad_pages_logged_and_others_stored(feed_server, tmp_path):
    feed_server.routes["/a1.html"] = Route(fixture_bytes("article1.html"))
    feed_server.routes["/big.html"] = Route(b"<p>" + b"word " * 40_000 + b"</p>")
    feed_server.routes["/slow.html"] = Route(fixture_bytes("article2.html"), delay=2.0)
    feed_server.routes["/gone.html"] = Route(b"gone", status=404)
    feed_server.routes["/feed.xml"] = Route(
        rss(feed_server.base, ("/big.html", "big", DAY), ("/slow.html", "slow", DAY),
            ("/gone.html", "gone", DAY), ("/a1.html", "good", DAY)),
        content_type="application/rss+xml")
    lines: list[str] = []
    with Store.open(tmp_path / "w.duckdb") as store:
        w = watcher(store, [feed_server.url("/feed.xml")], FakeCoder(), lines,
                    timeout=0.3, max_bytes=50_000)
        tally = w.run(once=True)
    assert tally.stored == 1 and tally.errors == 3
    by_path = {line.split()[1].rsplit("/", 1)[-1].rstrip(":"): line for line in lines}
    assert "cap" in by_path["big.html"]
    assert "timed out" in by_path["slow.html"]
    assert "HTTP 404" in by_path["gone.html"]
    assert by_path["a1.html"].startswith("stored")


def test_watcher_feeds_private_feed_refused_without_flag(feed_server, tmp_path):
    feed = serve_feed(feed_server)
    lines: list[str] = []
    with Store.open(tmp_path / "w.duckdb") as store:
        tally = watcher(store, [feed], FakeCoder(), lines, allow_private=False).run(once=True)
    assert tally.feed_errors == 1 and tally.stored == 0
    assert "private" in lines[0] and feed_server.hits == {}


def test_watcher_feeds_no_feeds_is_an_error(tmp_path):
    with Store.open(tmp_path / "w.duckdb") as store, pytest.raises(ValueError):
        Watcher(store, [], coder=FakeCoder())
