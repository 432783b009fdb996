"""A feed of thousands of items, or of elements nested 100,000 deep, against a real server."""

from __future__ import annotations

import time

import pytest
from watch_helpers import FakeCoder, Route, rss, watcher

from eventwire.store import Store
from eventwire.watch.feeds import parse_feed


def day(n: int) -> str:
    """An RFC 822 date n minutes after 2016-02-16 00:00 (n < 1440)."""
    return f"Tue, 16 Feb 2016 {n // 60:02d}:{n % 60:02d}:00 GMT"


def test_feeds_huge_watch_takes_newest_items_and_says_how_many_skipped(feed_server, tmp_path):
    # oldest first in the feed, as some feeds are: the newest are at its end
    items = [(f"/a{n}.html", f"Story {n}", day(n)) for n in range(1000)]
    feed_server.routes["/feed.xml"] = Route(rss(feed_server.base, *items),
                                            content_type="application/rss+xml")
    page = b"<html><head><title>Story</title></head><body><p>%d Turkey accused Russia.</p>"
    for n in range(1000):
        feed_server.routes[f"/a{n}.html"] = Route(page % n + b"</body></html>")
    lines: list[str] = []
    with Store.open(tmp_path / "w.duckdb") as store:
        tally = watcher(store, [feed_server.url("/feed.xml")], FakeCoder(), lines,
                        max_items=5).run(once=True)
    fetched = sorted(path for path in feed_server.hits if path != "/feed.xml")
    assert fetched == [f"/a{n}.html" for n in (995, 996, 997, 998, 999)]
    assert tally.stored == 5 and tally.items_skipped == 995
    skipped = [line for line in lines if "skipped" in line]
    assert skipped == [f"feed {feed_server.url('/feed.xml')}: 1000 items, took the newest 5, "
                       "skipped 995 (--max-items 5)"]


def test_feeds_huge_default_cap_is_200(feed_server, tmp_path):
    items = [(f"/a{n}.html", f"Story {n}", day(n)) for n in range(300)]
    feed_server.routes["/feed.xml"] = Route(rss(feed_server.base, *items),
                                            content_type="application/rss+xml")
    with Store.open(tmp_path / "w.duckdb") as store:
        tally = watcher(store, [feed_server.url("/feed.xml")], FakeCoder()).run(once=True)
    assert tally.items_skipped == 100 and tally.errors == 200  # the pages are 404s here
    assert sum(1 for path in feed_server.hits if path != "/feed.xml") == 200


def test_feeds_huge_undated_items_keep_feed_order_after_dated():
    body = rss("http://x.org", ("/old", "o", day(1)), ("/u1", "u", ""), ("/new", "n", day(2)),
               ("/u2", "u", ""))
    links = [e.link for e in parse_feed(body, "http://x.org/feed", max_items=3)]
    assert links == ["http://x.org/new", "http://x.org/old", "http://x.org/u1"]


@pytest.mark.parametrize("close", [True, False])
def test_feeds_huge_deep_nesting_fails_fast(close):
    body = (b'<rss version="2.0"><channel>' + b"<x>" * 100_000
            + (b"</x>" * 100_000 if close else b"") + b"</channel></rss>")
    start = time.monotonic()
    with pytest.raises(ValueError, match="nested over 256 deep"):
        parse_feed(body, "http://x.org/feed")
    assert time.monotonic() - start < 0.5


def test_feeds_huge_cdata_html_does_not_count_as_depth():
    junk = "<![CDATA[" + "<p><br>" * 1000 + "]]>"
    body = rss("http://x.org", *[(f"/a{n}", f"t{n}", day(n)) for n in range(3)])
    body = body.replace(b"<title>t0</title>", f"<description>{junk}</description>".encode()
                        + b"<title>t0</title>")
    assert len(parse_feed(body, "http://x.org/feed")) == 3


@pytest.mark.parametrize(
    "body",
    [b"<a" + b"b" * 200_000, b"<a " + b"b" * 200_000, b"<![CDATA[" * 20_000, b"<?" * 50_000,
     b"<!--" * 50_000, b"<rss><channel>" + b"<x" * 50_000],
)
def test_feeds_huge_depth_scan_is_linear_on_junk(body):
    from eventwire.ingest.feeds import check_depth

    start = time.monotonic()
    try:
        check_depth(body)
    except ValueError:
        pass
    assert time.monotonic() - start < 1.0
