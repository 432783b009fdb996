"""The database schema, as numbered migrations applied in order (as sqlite-utils does).

Add a migration by appending a function to MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from ..errors import EventwireError


def _v1(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """
        CREATE TABLE stories (
            story_id VARCHAR PRIMARY KEY,
            first_article_id VARCHAR NOT NULL,
            title VARCHAR,
            simhash BIGINT NOT NULL,
            created_at TIMESTAMP NOT NULL
        )"""
    )
    con.execute(
        """
        CREATE TABLE articles (
            article_id VARCHAR PRIMARY KEY,
            story_id VARCHAR NOT NULL,
            url VARCHAR,
            canonical_url VARCHAR,
            host VARCHAR,
            source VARCHAR,
            source_key VARCHAR NOT NULL,
            title VARCHAR,
            author VARCHAR,
            published VARCHAR,
            date DATE,
            text VARCHAR NOT NULL,
            text_length INTEGER NOT NULL,
            simhash BIGINT NOT NULL,
            band0 INTEGER NOT NULL,
            band1 INTEGER NOT NULL,
            band2 INTEGER NOT NULL,
            band3 INTEGER NOT NULL,
            input_name VARCHAR,
            ingested_at TIMESTAMP NOT NULL
        )"""
    )
    con.execute(
        """
        CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY,
            date DATE,
            source_code VARCHAR, source_name VARCHAR,
            source_country VARCHAR, source_sector VARCHAR,
            target_code VARCHAR, target_name VARCHAR,
            target_country VARCHAR, target_sector VARCHAR,
            cameo_code VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, cameo_name VARCHAR,
            goldstein DOUBLE, quad_class INTEGER,
            plover_event VARCHAR, plover_mode VARCHAR,
            place_key VARCHAR NOT NULL,
            location_name VARCHAR, location_country VARCHAR, location_admin1 VARCHAR,
            lat DOUBLE, lon DOUBLE, geonameid BIGINT, location_precision VARCHAR,
            negated BOOLEAN NOT NULL, modality VARCHAR NOT NULL, is_fact BOOLEAN NOT NULL,
            confidence DOUBLE,
            num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL,
            num_articles INTEGER NOT NULL,
            first_seen TIMESTAMP NOT NULL, last_seen TIMESTAMP NOT NULL,
            first_article_id VARCHAR NOT NULL, source_url VARCHAR,
            eventwire_version VARCHAR NOT NULL, model VARCHAR NOT NULL,
            model_version VARCHAR NOT NULL, dictionary_version VARCHAR NOT NULL
        )"""
    )
    con.execute(
        """
        CREATE TABLE mentions (
            mention_id VARCHAR PRIMARY KEY,
            event_id VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            coder_event_id VARCHAR,
            sentence_index INTEGER,
            sentence VARCHAR,
            source_text VARCHAR, source_start INTEGER, source_end INTEGER,
            target_text VARCHAR, target_start INTEGER, target_end INTEGER,
            trigger VARCHAR, rule VARCHAR, attributed_to VARCHAR,
            trigger_start INTEGER, trigger_end INTEGER,
            confidence DOUBLE, negated BOOLEAN, modality VARCHAR,
            plover_context VARCHAR[],
            record JSON NOT NULL,
            eventwire_version VARCHAR NOT NULL, model VARCHAR NOT NULL,
            model_version VARCHAR NOT NULL, dictionary_version VARCHAR NOT NULL,
            ingested_at TIMESTAMP NOT NULL
        )"""
    )
    con.execute(
        """
        CREATE TABLE actor_mentions (
            article_id VARCHAR NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            text VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, name VARCHAR,
            entry VARCHAR, plover_actor VARCHAR,
            PRIMARY KEY (article_id, start_char, end_char)
        )"""
    )


def _v2(con: duckdb.DuckDBPyConnection) -> None:
    """Point lookups of an event's mentions (GET /events/{id}) without a full scan."""
    con.execute("CREATE INDEX mentions_event_id ON mentions (event_id)")


def _v3(con: duckdb.DuckDBPyConnection) -> None:
    """Plain statements (CAMEO 010) are no longer facts (`Event.is_fact`): stores
    written before kept them with ``is_fact`` true, and re-ingesting skips stored duplicates, so
    the stored flag is recomputed here."""
    con.execute("UPDATE events SET is_fact = false WHERE cameo_code = '010' AND is_fact")


Migration = Callable[[duckdb.DuckDBPyConnection], None]
MIGRATIONS: list[Migration] = [_v1, _v2, _v3]
SCHEMA_VERSION = len(MIGRATIONS)


def version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open database; 0 for an empty one."""
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not row or not row[0]:
        return 0
    got = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(got[0] or 0) if got else 0


def migrate(con: duckdb.DuckDBPyConnection, name: str) -> int:
    """Bring the database up to SCHEMA_VERSION, each migration in its own transaction."""
    current = version(con)
    if current > SCHEMA_VERSION:
        raise EventwireError(
            f"{name}: database schema version {current} is newer than this eventwire "
            f"({SCHEMA_VERSION}); upgrade eventwire"
        )
    if current == 0:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
        )
    for number in range(current + 1, SCHEMA_VERSION + 1):
        con.begin()
        try:
            MIGRATIONS[number - 1](con)
            con.execute("INSERT INTO schema_version VALUES (?, now()::TIMESTAMP)", [number])
            con.commit()
        except BaseException:
            con.rollback()
            raise
    return SCHEMA_VERSION
