"""Feed parsing: RSS and Atom, relative links, dates, malformed input; backoff."""

from __future__ import annotations

import pytest

from eventwire.watch.feeds import MAX_BACKOFF, backoff, parse_feed

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:x</id>
<updated>2016-02-16T12:00:00Z</updated>
<entry><title>Azaz shelled</title><id>urn:1</id><link href="/news/azaz"/>
<updated>2016-02-16T12:41:00Z</updated></entry>
<entry><title>No link</title><id>urn:2</id><updated>2016-02-16T12:41:00Z</updated></entry>
</feed>"""


def test_feeds_parse_atom_relative_link_and_date():
    entries = parse_feed(ATOM, "https://wire.example/feeds/atom.xml")
    assert len(entries) == 1
    assert entries[0].link == "https://wire.example/news/azaz"
    assert entries[0].published == "2016-02-16" and entries[0].title == "Azaz shelled"


@pytest.mark.parametrize("body", [b"", b"<html><p>not a feed", b"\x00\x01\x02binary",
                                  b'{"json": true}'])
def test_feeds_parse_malformed(body):
    with pytest.raises(ValueError):
        parse_feed(body, "https://wire.example/feed")


def test_feeds_parse_backoff_doubles_and_caps():
    assert [backoff(300, n) for n in (1, 2, 3)] == [600, 1200, 2400]
    assert backoff(300, 50) == MAX_BACKOFF
    assert backoff(86_400, 3) == 86_400  # never more often than the interval
