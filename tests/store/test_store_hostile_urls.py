"""Article URLs that urllib cannot split (a bad port, a broken IPv6 literal) are stored as
written: before, add_batch raised ValueError and the whole batch was lost."""

from __future__ import annotations

import pytest
from store_helpers import accuse, wire_article

from eventwire.store.dedup import canonical_url, url_host


@pytest.mark.parametrize("url", ["http://example.org:1x/a", "http://example.org:99999/a",
                                 "http://[::1/a"])
def test_store_hostile_url_is_stored_with_the_batch(store, url):
    batch = [(wire_article("bad", url, "example.org"), [accuse("bad")]),
             (wire_article("good", "https://example.com/b", "example.com",
                           text="Another story entirely, about Ankara and Moscow."), [])]
    summary = store.add_batch(batch)
    assert summary.articles_new == 2
    stored = dict(store.con.execute("SELECT article_id, url FROM articles").fetchall())
    assert stored == {"bad": url, "good": "https://example.com/b"}
    assert store.add_batch(batch).articles_duplicate == 2  # and found again as itself


def test_store_hostile_url_canonical_forms():
    assert canonical_url("http://www.Example.org:1x/a/") == "https://www.example.org:1x/a"
    assert canonical_url("http://[::1/a") == "http://[::1/a"
    assert url_host("http://[::1/a") is None
