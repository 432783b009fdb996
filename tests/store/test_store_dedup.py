from __future__ import annotations

import pytest
from store_helpers import WIRE

from eventwire.store.dedup import bands, canonical_url, distance, simhash


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://www.Reuters.com/world/x/?utm_source=tw&b=2&a=1#top",
         "https://reuters.com/world/x?a=1&b=2"),
        ("http://reuters.com/world/x", "https://reuters.com/world/x"),
        ("https://example.org/story/index.html?fbclid=abc", "https://example.org/story"),
        ("https://example.org:8080/a", "https://example.org:8080/a"),
        ("", None),
        (None, None),
    ],
)
def test_store_dedup_canonical_url(url, canonical):
    assert canonical_url(url) == canonical


def test_store_dedup_simhash_near_and_far():
    base = simhash(WIRE)
    assert distance(base, simhash(WIRE)) == 0
    assert distance(base, simhash(WIRE.replace("Tuesday", "Tuesday,"))) <= 3
    other = simhash("The central bank raised interest rates by half a point to curb inflation.")
    assert distance(base, other) > 10
    assert -(2**63) <= base < 2**63
    assert len(bands(base)) == 4 and all(0 <= b < 2**16 for b in bands(base))
