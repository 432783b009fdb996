from __future__ import annotations

from store_helpers import WIRE, accuse, wire_article

from eventwire.store import IngestSummary, Store


def counts(store: Store) -> tuple[int, int, int, int]:
    return tuple(
        store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "stories", "events", "mentions")
    )


def test_store_ingest_adds_articles_and_events(store):
    a = wire_article("a1", "https://www.reuters.com/x?utm_source=tw", "reuters.com")
    summary = store.add_batch([(a, [accuse("a1")])])
    assert summary == IngestSummary(1, 0, 1, 0)
    assert counts(store) == (1, 1, 1, 1)


def test_store_ingest_twice_stores_nothing_new(store):
    batch = [(wire_article("a1", "https://reuters.com/x", "reuters.com"), [accuse("a1")])]
    store.add_batch(batch)
    again = store.add_batch(batch)
    assert again == IngestSummary(0, 1, 0, 0)
    assert counts(store) == (1, 1, 1, 1)


def test_store_ingest_same_canonical_url_is_duplicate(store):
    store.add_batch([(wire_article("a1", "https://www.reuters.com/x/", "reuters.com"), [])])
    other = wire_article("a2", "http://reuters.com/x?utm_medium=rss#top", "reuters.com",
                         text="A different extraction of the same page.")
    assert store.add_batch([(other, [])]).articles_duplicate == 1


def test_store_ingest_near_identical_text_same_outlet_is_duplicate(store):
    store.add_batch([(wire_article("a1", None, None), [accuse("a1")])])
    edited = wire_article("a2", None, None, text=WIRE.replace("Tuesday", "Tuesday,"))
    assert store.add_batch([(edited, [accuse("a2")])]) == IngestSummary(0, 1, 0, 0)


def test_store_ingest_syndicated_copies_form_one_story(store):
    batch = [
        (wire_article("a1", "https://apnews.com/a", "apnews.com"), [accuse("a1")]),
        (wire_article("a2", "https://voanews.com/b", "voanews.com",
                      text=WIRE + " Copyright VOA."), [accuse("a2")]),
    ]
    summary = store.add_batch(batch)
    assert summary == IngestSummary(2, 0, 1, 1)
    assert store.con.execute("SELECT count(DISTINCT story_id) FROM articles").fetchone()[0] == 1
    row = store.con.execute(
        "SELECT num_mentions, num_articles, num_sources FROM events"
    ).fetchone()
    assert row == (2, 2, 2)


def test_store_ingest_merges_same_event_reported_later(store):
    store.add_batch([(wire_article("a1", "https://apnews.com/a", "apnews.com"), [accuse("a1")])])
    later = wire_article("b1", "https://apnews.com/b", "apnews.com",
                         text="A follow-up report on the accusation, entirely new words here.")
    summary = store.add_batch([(later, [accuse("b1"), accuse("b1", index=1)])])
    assert summary == IngestSummary(1, 0, 0, 2)
    assert store.con.execute(
        "SELECT num_mentions, num_articles, num_sources FROM events"
    ).fetchone() == (3, 2, 1)


def test_store_ingest_keeps_denied_apart_from_asserted(store):
    a = wire_article("a1", None, None)
    summary = store.add_batch([(a, [accuse("a1"), accuse("a1", index=1, negated=True)])])
    assert summary.events_new == 2


def test_store_event_ids_are_stable_across_databases(tmp_path):
    ids = []
    for name in ("one", "two"):
        with Store.open(tmp_path / f"{name}.duckdb") as s:
            s.add_batch([(wire_article("a1", None, None), [accuse("a1")])])
            ids.append(s.con.execute("SELECT event_id FROM events").fetchall())
    assert ids[0] == ids[1]


def test_store_records_versions(store):
    import eventwire

    store.add_batch([(wire_article("a1", None, None), [accuse("a1")])])
    row = store.con.execute(
        "SELECT eventwire_version, model, model_version, dictionary_version FROM events"
    ).fetchone()
    assert row[0] == eventwire.__version__
    assert all(row)
