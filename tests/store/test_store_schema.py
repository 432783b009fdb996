from __future__ import annotations

import pytest
from store_helpers import RUS, TUR, accuse, wire_article

from eventwire.errors import EventwireError
from eventwire.store import IngestSummary, Store, schema
from eventwire.store.synthetic import event


def test_store_schema_new_database_is_current(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        assert schema.version(store.con) == schema.SCHEMA_VERSION


def test_store_schema_migration_is_applied_in_order_and_keeps_data(tmp_path, monkeypatch):
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.add_batch([(wire_article("a1", None, None), [accuse("a1")])])

    def add_note(con):
        con.execute("ALTER TABLE events ADD COLUMN note VARCHAR DEFAULT 'kept'")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_note])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    with Store.open(path) as store:
        assert schema.version(store.con) == len(schema.MIGRATIONS)
        assert store.con.execute("SELECT note FROM events").fetchall() == [("kept",)]


def test_store_schema_refuses_a_newer_database(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.con.execute("INSERT INTO schema_version VALUES (99, now()::TIMESTAMP)")
    with pytest.raises(EventwireError, match="schema version 99 is newer"):
        Store.open(path)
    with pytest.raises(EventwireError, match="schema version 99"):
        Store.open(path, read_only=True)


def test_store_read_only_cannot_ingest(tmp_path):
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    with Store.open(path, read_only=True) as store, pytest.raises(EventwireError,
                                                                  match="read-only"):
        store.add_batch([(wire_article("a1", None, None), [])])


def test_store_summaries_add_up():
    total = IngestSummary(1, 2, 3, 4) + IngestSummary(1, 1, 1, 1)
    assert total == IngestSummary(2, 3, 4, 5)


def test_store_schema_v3_recomputes_is_fact_of_plain_statements(tmp_path):
    """A store written while plain statements (010) counted as facts: opening it for writing
    clears their flag, and leaves every other event's as it was."""
    path = tmp_path / "s.duckdb"
    statement = ("010", "01", "Make statement", 0.0, 1, "")
    with Store.open(path) as store:
        store.add_batch([(wire_article("a1", None, None),
                          [accuse("a1"), event("a1", "2016-02-16", TUR, RUS, statement,
                                               index=1)])])
        store.con.execute("UPDATE events SET is_fact = true")  # as the old coder stored it
        store.con.execute("DELETE FROM schema_version WHERE version = 3")
    with Store.open(path) as store:
        flags = dict(store.con.execute("SELECT cameo_code, is_fact FROM events").fetchall())
    assert flags == {"1124": True, "010": False}
