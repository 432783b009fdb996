"""The event database: one DuckDB file, written one transaction per ingest batch."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from ..errors import EventwireError
from ..records import Article, Event
from . import dedup, rows, schema
from .versions import Versions, current


class StoreError(EventwireError):
    """The database could not be opened or written."""


class StoreLockedError(StoreError):
    """Another process holds the database (DuckDB allows one writer process)."""


@dataclass
class IngestSummary:
    articles_new: int = 0
    articles_duplicate: int = 0
    events_new: int = 0
    events_merged: int = 0

    def __add__(self, other: IngestSummary) -> IngestSummary:
        return IngestSummary(
            self.articles_new + other.articles_new,
            self.articles_duplicate + other.articles_duplicate,
            self.events_new + other.events_new,
            self.events_merged + other.events_merged,
        )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"{path}: no such database (ingest something first)")
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        message = str(exc)
        if "lock" in message.lower():
            holder = message.split("Conflicting lock is held in", 1)[-1].strip()
            raise StoreLockedError(
                f"{path}: database is in use by another process ({holder.splitlines()[0]}); "
                "DuckDB allows one writer: send ingests to the running `eventwire serve` "
                "(POST /ingest) or stop it first"
            ) from None
        raise StoreError(f"{path}: cannot open database: {message.splitlines()[0]}") from None


class Store:
    """Articles, stories, events and their mentions in one DuckDB file.

    Open with :meth:`open`; use as a context manager or call :meth:`close`.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only
        self._write_lock = threading.Lock()

    @classmethod
    def open(cls, path: str | Path = "eventwire.duckdb", read_only: bool = False) -> Store:
        """Open (and create or migrate, unless read_only) the database at path."""
        name = str(path)
        con = _connect(name, read_only)
        try:
            if read_only:
                found = schema.version(con)
                if found != schema.SCHEMA_VERSION:
                    raise StoreError(
                        f"{name}: schema version {found}, this eventwire needs "
                        f"{schema.SCHEMA_VERSION}; open it once for writing to migrate"
                    )
            else:
                schema.migrate(con, name)
        except BaseException:
            con.close()
            raise
        return cls(con, name, read_only)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own for one thread (DuckDB connections are not shared)."""
        return self.con.cursor()

    # -- writing ---------------------------------------------------------------

    def add_batch(
        self,
        batch: Sequence[tuple[Article, list[Event]]],
        versions: Versions | None = None,
    ) -> IngestSummary:
        """Store coded articles in ONE transaction: all of the batch or nothing.

        Duplicate articles (same id, same canonical URL, or near-identical text from the
        same outlet) are skipped with their events; syndicated copies join the story of
        the first copy. Events with the same key are merged into one event row.
        """
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; cannot ingest")
        versions = versions or current()
        with self._write_lock:
            con = self.con
            con.begin()
            try:
                summary = _Batch(con, versions, _now()).run(batch)
                con.commit()
            except BaseException:
                con.rollback()
                raise
        return summary


class _Batch:
    """One ingest transaction's work (kept apart so add_batch reads in one screen)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, versions: Versions, now: dt.datetime):
        self.con = con
        self.versions = versions
        self.now = now
        self.summary = IngestSummary()

    def run(self, batch: Sequence[tuple[Article, list[Event]]]) -> IngestSummary:
        kept = self._new_articles([article for article, _ in batch])
        mentions: list[dict] = []
        new_events: dict[str, dict] = {}
        actors: dict[tuple[str, int, int], dict] = {}
        mention_events: list[str] = []
        for position, (article, events) in enumerate(batch):
            if position not in kept:
                self.summary.articles_duplicate += 1
                continue
            self.summary.articles_new += 1
            for index, event in enumerate(events):
                if event.article_id != article.id:
                    event = _with_article(event, article.id)
                key = rows.event_key(event, article)
                eid = rows.event_id(key)
                if eid not in new_events:
                    new_events[eid] = rows.event_row(
                        event, article, eid, key, self.versions, self.now
                    )
                mid = rows.mention_id(article.id, index, event)
                mentions.append(rows.mention_row(event, eid, mid, self.versions, self.now))
                mention_events.append(eid)
                for mention in (event.source, event.target):
                    if mention is not None:
                        actors.setdefault((article.id, mention.start, mention.end), {
                            "article_id": article.id,
                            "start_char": mention.start,
                            "end_char": mention.end,
                            "text": mention.text,
                            "code": mention.code,
                            "country": mention.country,
                            "sector": mention.sector,
                            "name": mention.name,
                            "entry": mention.entry,
                            "plover_actor": mention.plover_actor,
                        })
        if not mentions:
            return self.summary
        existing = self._existing_events(list(new_events))
        created: set[str] = set()
        for eid in mention_events:
            if eid in existing or eid in created:
                self.summary.events_merged += 1
            else:
                created.add(eid)
                self.summary.events_new += 1
        self._insert("events", [row for eid, row in new_events.items() if eid not in existing])
        self._insert("mentions", mentions)
        self._insert("actor_mentions", list(actors.values()))
        self._refresh_counts(list(new_events))
        return self.summary

    def _new_articles(self, articles: list[Article]) -> set[int]:
        """Insert the articles that are not duplicates (of stored ones or of each other);
        return their positions in the batch."""
        infos = []
        for article in articles:
            if not article.id:
                raise StoreError(f"{article.input_name}: article has no id")
            canonical = dedup.canonical_url(article.url)
            host = dedup.url_host(article.url)
            fingerprint = dedup.simhash(article.text or "")
            infos.append(_Fingerprint(article.id, canonical, host,
                                      (article.source or host or "unknown").lower(),
                                      fingerprint, dedup.bands(fingerprint)))
        seen = _Seen()
        for info, story in self._stored_candidates(infos):
            seen.add(info, story)
        kept: set[int] = set()
        story_rows, article_rows = [], []
        for position, (article, info) in enumerate(zip(articles, infos, strict=True)):
            duplicate, story = seen.match(info)
            if duplicate:
                continue
            if story is None:
                story = rows.story_id(article.id)
                story_rows.append({"story_id": story, "first_article_id": article.id,
                                   "title": article.title, "simhash": info.simhash,
                                   "created_at": self.now})
            text = article.text or ""
            article_rows.append({
                "article_id": article.id, "story_id": story, "url": article.url,
                "canonical_url": info.canonical_url, "host": info.host,
                "source": article.source, "source_key": info.source_key,
                "title": article.title, "author": article.author,
                "published": article.published, "date": rows.parse_date(article.published),
                "text": text, "text_length": len(text), "simhash": info.simhash,
                **{f"band{i}": b for i, b in enumerate(info.bands)},
                "input_name": article.input_name, "ingested_at": self.now,
            })
            seen.add(info, story)
            kept.add(position)
        self._insert("stories", story_rows)
        self._insert("articles", article_rows)
        return kept

    def _stored_candidates(self, infos: list[_Fingerprint]) -> list[tuple[_Fingerprint, str]]:
        """Stored articles that share an id, a canonical URL or a SimHash band with the batch."""
        if not infos:
            return []
        probe = pa.table({
            "article_id": [i.article_id for i in infos],
            "canonical_url": pa.array([i.canonical_url for i in infos], pa.string()),
            **{f"b{n}": pa.array([i.bands[n] for i in infos], pa.int64())
               for n in range(dedup.BANDS)},
        })
        self.con.register("_probe", probe)
        try:
            found = self.con.execute(
                """SELECT article_id, canonical_url, host, source_key, simhash, story_id
                   FROM articles
                   WHERE article_id IN (SELECT article_id FROM _probe)
                      OR canonical_url IN (SELECT canonical_url FROM _probe)
                      OR band0 IN (SELECT b0 FROM _probe) OR band1 IN (SELECT b1 FROM _probe)
                      OR band2 IN (SELECT b2 FROM _probe) OR band3 IN (SELECT b3 FROM _probe)"""
            ).fetchall()
        finally:
            self.con.unregister("_probe")
        return [
            (_Fingerprint(aid, url, host, key, fp, dedup.bands(fp)), story)
            for aid, url, host, key, fp, story in found
        ]

    def _existing_events(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        table = pa.table({"event_id": pa.array(ids, pa.string())})
        self.con.register("_ids", table)
        try:
            found = self.con.execute(
                "SELECT e.event_id FROM events e JOIN _ids USING (event_id)"
            ).fetchall()
        finally:
            self.con.unregister("_ids")
        return {r[0] for r in found}

    def _insert(self, table: str, records: list[dict]) -> None:
        if not records:
            return
        columns = [
            r[0]
            for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position",
                [table],
            ).fetchall()
        ]
        data = pa.Table.from_pylist(records)
        self.con.register("_rows", data)
        try:
            select = ", ".join(f'"{c}"' for c in columns if c in data.column_names)
            self.con.execute(f"INSERT INTO {table} ({select}) SELECT {select} FROM _rows")
        finally:
            self.con.unregister("_rows")

    def _refresh_counts(self, ids: list[str]) -> None:
        """Recount NumMentions/NumArticles/NumSources and first/last seen from mentions."""
        table = pa.table({"event_id": pa.array(ids, pa.string())})
        self.con.register("_touched", table)
        try:
            self.con.execute(
                """UPDATE events SET num_mentions = a.n, num_articles = a.na,
                       num_sources = a.ns, first_seen = a.fs, last_seen = a.ls,
                       confidence = a.conf
                   FROM (SELECT m.event_id, count(*) AS n,
                                count(DISTINCT m.article_id) AS na,
                                count(DISTINCT ar.source_key) AS ns,
                                min(m.ingested_at) AS fs, max(m.ingested_at) AS ls,
                                max(m.confidence) AS conf
                         FROM mentions m JOIN articles ar USING (article_id)
                         WHERE m.event_id IN (SELECT event_id FROM _touched)
                         GROUP BY m.event_id) a
                   WHERE events.event_id = a.event_id"""
            )
        finally:
            self.con.unregister("_touched")


@dataclass(frozen=True)
class _Fingerprint:
    article_id: str
    canonical_url: str | None
    host: str | None
    source_key: str
    simhash: int
    bands: tuple[int, ...]


class _Seen:
    """Articles known so far (stored candidates and the batch's own), by id, URL and band."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.urls: set[str] = set()
        self.bands: list[dict[int, list[tuple[_Fingerprint, str]]]] = [
            {} for _ in range(dedup.BANDS)
        ]

    def add(self, info: _Fingerprint, story: str) -> None:
        self.ids.add(info.article_id)
        if info.canonical_url:
            self.urls.add(info.canonical_url)
        for n, band in enumerate(info.bands):
            self.bands[n].setdefault(band, []).append((info, story))

    def match(self, info: _Fingerprint) -> tuple[bool, str | None]:
        """(is a duplicate, story of a syndicated copy or None)."""
        if info.article_id in self.ids or (info.canonical_url and info.canonical_url in self.urls):
            return True, None
        story = None
        for n, band in enumerate(info.bands):
            for other, other_story in self.bands[n].get(band, ()):
                if dedup.distance(info.simhash, other.simhash) <= dedup.NEAR_DUPLICATE_BITS:
                    if other.source_key == info.source_key:
                        return True, None
                    story = story or other_story
        return False, story


def _with_article(event: Event, article_id: str) -> Event:
    from dataclasses import replace

    return replace(event, article_id=article_id)
