"""`eventwire code URL...` fetches each URL as `watch` does and reads it by its media type: a
page, a plain text, or a feed's items; a URL that fails is one line naming it and the reason,
and the rest goes on. Private addresses (this test's 127.0.0.1 server) only with
--allow-private. Before: a URL argument was "no such file or directory"."""

from __future__ import annotations

import json

from typer.testing import CliRunner
from watch_helpers import Route, fixture_bytes

from eventwire.cli import app

FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
        b"<title>One</title><link>https://wire.example.org/1</link>"
        b"<pubDate>Tue, 16 Feb 2016 09:00:00 GMT</pubDate><description>Kenya condemned Zambia "
        b"on Monday over the border closure.</description></item></channel></rss>")


def code(*args: str):
    result = CliRunner().invoke(app, ["code", *args, "--format", "jsonl"])
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    errors = [line for line in result.stderr.splitlines() if line.startswith("eventwire: error")]
    return result, events, errors


def test_code_urls_page_text_and_feed(feed_server):
    feed_server.routes["/a.html"] = Route(fixture_bytes("article1.html"))
    feed_server.routes["/b.txt"] = Route(b"Ghana praised Togo on Tuesday for its help.",
                                         content_type="text/plain; charset=utf-8")
    feed_server.routes["/feed"] = Route(FEED, content_type="application/rss+xml")
    result, events, errors = code(feed_server.url("/a.html"), feed_server.url("/b.txt"),
                                  feed_server.url("/feed"), "--allow-private")
    assert result.exit_code == 0 and not errors, result.output
    urls = {e["article_id"] for e in events}
    assert len(urls) == 3
    coded = {(e["source"]["code"], e["cameo"]["code"], e["target"]["code"]) for e in events
             if e["source"] and e["target"]}
    assert {("GHA", "051", "TGO"), ("KEN", "110", "ZMB")} <= coded


def test_code_urls_bad_ones_are_one_line_each(feed_server):
    feed_server.routes["/a.html"] = Route(fixture_bytes("article1.html"))
    feed_server.routes["/bin"] = Route(b"\x00\x01\x02" * 100,
                                       content_type="application/octet-stream")
    result, events, errors = code(feed_server.url("/missing"), feed_server.url("/bin"),
                                  "ftp://example.org/x", feed_server.url("/a.html"),
                                  "--allow-private")
    assert result.exit_code == 1 and events
    assert len(errors) == 3
    assert "/missing: HTTP 404" in errors[0]
    assert "/bin: " in errors[1] and ("binary" in errors[1] or "not an HTML page" in errors[1])
    assert "ftp://example.org/x: no such file or directory" in errors[2]


def test_code_urls_private_address_refused_by_default(feed_server):
    feed_server.routes["/a.html"] = Route(fixture_bytes("article1.html"))
    result, events, errors = code(feed_server.url("/a.html"))
    assert result.exit_code == 2 and not events
    assert len(errors) == 1 and "cannot fetch" in errors[0] and "127.0.0.1" in errors[0]
    assert feed_server.hits.get("/a.html") is None  # refused before connecting
