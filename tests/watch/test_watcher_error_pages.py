"""A bot wall or error page served with status 200 is a page error, not a stored article."""

from __future__ import annotations

from watch_helpers import FakeCoder, Route, rss, watcher

from eventwire.store import Store

DAY = "Tue, 16 Feb 2016 12:41:00 GMT"


def test_watcher_error_page_served_200_is_an_error_not_stored(feed_server, tmp_path):
    challenge = (b"<html><head><title>Just a moment...</title></head><body><h1>wire.example</h1>"
                 b"<p>Checking if the site connection is secure</p><p>Enable JavaScript and "
                 b"cookies to continue</p></body></html>")
    feed_server.routes["/cf.html"] = Route(challenge)
    feed_server.routes["/feed.xml"] = Route(rss(feed_server.base, ("/cf.html", "Azaz", DAY)),
                                            content_type="application/rss+xml")
    lines: list[str] = []
    with Store.open(tmp_path / "w.duckdb") as store:
        tally = watcher(store, [feed_server.url("/feed.xml")], FakeCoder(), lines).run(once=True)
        stored = store.cursor().execute("SELECT count(*) FROM articles").fetchone()[0]
    assert tally.stored == 0 and stored == 0 and tally.errors == 1
    assert lines == [f"error {feed_server.url('/cf.html')}: an error page ('Just a moment...'), "
                     "not an article"]
