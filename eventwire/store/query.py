"""Reading events back: filters as a dataclass, turned into one parameterised SQL query."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, fields
from typing import Any

import duckdb

from ..errors import EventwireError

MAX_LIMIT = 10_000


ESCAPE = "ESCAPE '\\'"


def _literal(value: str) -> str:
    """A filter's words matched as written: LIKE's % and _ (and the escape) escaped, so that
    text=% or place=_ does not match every row."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class QueryError(EventwireError, ValueError):
    """A filter value that cannot be used; the message names the filter and why."""


@dataclass
class EventFilter:
    """What `eventwire query`, exports and GET /events select. Empty means everything.

    Actor values are CAMEO codes or their prefixes ("TUR" matches TURGOV); `actor`
    matches either side, `source`/`target` one side each (a dyad when both are given).
    """

    start: str | None = None  # YYYY-MM-DD, inclusive
    end: str | None = None  # YYYY-MM-DD, inclusive
    actor: str | None = None
    country: str | None = None  # ISO3 country of either actor or of the place
    source: str | None = None
    target: str | None = None
    cameo: str | None = None  # code or prefix: "112" matches 1121..1125
    root: str | None = None  # two-digit CAMEO root
    quad_class: int | None = None  # 1..4
    plover: str | None = None  # PLOVER event type, e.g. ASSAULT
    place: str | None = None  # place name (case-insensitive) or its ISO3 country
    bbox: str | None = None  # "min_lon,min_lat,max_lon,max_lat"
    text: str | None = None  # words in a mention's sentence
    article_id: str | None = None
    include_all: bool = False  # also negated, non-asserted (future, denied...) and uncoded events

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause and its parameters (validating every value)."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.start:
            clauses.append("e.date >= ?")
            params.append(_date("start", self.start))
        if self.end:
            clauses.append("e.date <= ?")
            params.append(_date("end", self.end))
        if self.start and self.end and _date("start", self.start) > _date("end", self.end):
            raise QueryError(f"start: {self.start} is after end {self.end}")
        if self.actor:
            if not 0 < len(self.actor.strip()) <= 80:
                raise QueryError(f"actor: {self.actor!r} is not an actor code or name")
            code = self.actor.strip().upper()
            clauses.append(
                "(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?)"
                f" OR e.source_name ILIKE ? {ESCAPE} OR e.target_name ILIKE ? {ESCAPE})"
            )
            name = f"%{_literal(self.actor.strip())}%"
            params += [code, code, name, name]
        if self.country:
            c = _country("country", self.country)
            clauses.append(
                "(e.source_country = ? OR e.target_country = ? OR e.location_country = ?)"
            )
            params += [c, c, c]
        if self.source:
            clauses.append("starts_with(e.source_code, ?)")
            params.append(_code("source", self.source))
        if self.target:
            clauses.append("starts_with(e.target_code, ?)")
            params.append(_code("target", self.target))
        if self.cameo:
            if not re.fullmatch(r"\d{2,4}", self.cameo.strip()):
                raise QueryError(f"cameo: {self.cameo!r} is not a CAMEO code (2-4 digits)")
            clauses.append("starts_with(e.cameo_code, ?)")
            params.append(self.cameo.strip())
        if self.root:
            if not re.fullmatch(r"\d{2}", self.root.strip()):
                raise QueryError(f"root: {self.root!r} is not a CAMEO root (01-20)")
            clauses.append("e.cameo_root = ?")
            params.append(self.root.strip())
        if self.quad_class is not None:
            if self.quad_class not in (1, 2, 3, 4):
                raise QueryError(f"quad_class: {self.quad_class} is not 1, 2, 3 or 4")
            clauses.append("e.quad_class = ?")
            params.append(self.quad_class)
        if self.plover:
            clauses.append("e.plover_event = ?")
            params.append(self.plover.strip().upper())
        if self.place:
            clauses.append(f"(e.location_name ILIKE ? {ESCAPE} OR e.location_country = ?)")
            params += [_literal(self.place.strip()), self.place.strip().upper()]
        if self.bbox:
            min_lon, min_lat, max_lon, max_lat = _bbox(self.bbox)
            clauses.append("e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?")
            params += [min_lon, max_lon, min_lat, max_lat]
        if self.text:
            clauses.append(
                f"e.event_id IN (SELECT event_id FROM mentions WHERE sentence ILIKE ? {ESCAPE})"
            )
            params.append(f"%{_literal(self.text)}%")
        if self.article_id:
            clauses.append(
                "e.event_id IN (SELECT event_id FROM mentions WHERE article_id = ?)"
            )
            params.append(self.article_id)
        if not self.include_all:
            clauses.append("e.is_fact")
        return (" AND ".join(clauses) or "TRUE"), params

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


def _date(name: str, value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise QueryError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def _code(name: str, value: str) -> str:
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{1,40}", code):
        raise QueryError(f"{name}: {value!r} is not a CAMEO actor code (e.g. TUR, SYRMIL)")
    return code


def _country(name: str, value: str) -> str:
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise QueryError(f"{name}: {value!r} is not a three-letter country code (e.g. SYR)")
    return code


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        parts = [float(p) for p in value.split(",")]
    except ValueError:
        parts = []
    if len(parts) != 4:
        raise QueryError(f"bbox: {value!r} is not min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = parts
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise QueryError(f"bbox: {value!r} is not a valid box (lon -180..180, lat -90..90)")
    return min_lon, min_lat, max_lon, max_lat


EVENT_COLUMNS = (
    "event_id, date, source_code, source_name, source_country, source_sector, target_code, "
    "target_name, target_country, target_sector, cameo_code, cameo_root, cameo_name, "
    "goldstein, quad_class, plover_event, plover_mode, location_name, location_country, "
    "location_admin1, lat, lon, geonameid, location_precision, negated, modality, is_fact, "
    "confidence, num_mentions, num_sources, num_articles, first_seen, last_seen, "
    "first_article_id, source_url, eventwire_version, model, model_version, dictionary_version"
)


def select_sql(flt: EventFilter, limit: int | None = None, offset: int = 0) -> tuple[str, list]:
    """The SELECT for matching events, ordered by date then id (stable paging)."""
    where, params = flt.where()
    sql = f"SELECT {EVENT_COLUMNS} FROM events e WHERE {where} ORDER BY e.date, e.event_id"
    if limit is not None:
        if not 0 < limit <= MAX_LIMIT:
            raise QueryError(f"limit: {limit} is not between 1 and {MAX_LIMIT}")
        if offset < 0:
            raise QueryError(f"offset: {offset} is negative")
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return sql, params


def query_rows(
    con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int | None = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Matching events as flat rows (column name -> value)."""
    sql, params = select_sql(flt, limit, offset)
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def count(con: duckdb.DuckDBPyConnection, flt: EventFilter) -> int:
    where, params = flt.where()
    return con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _actor(row: dict, side: str) -> dict | None:
    if row[f"{side}_code"] is None and row[f"{side}_name"] is None:
        return None
    return {k: row[f"{side}_{k}"] for k in ("code", "name", "country", "sector")}


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored (deduplicated) event as nested JSON, shaped like the event record."""
    location = None
    if row["location_name"] is not None:
        location = {
            "name": row["location_name"], "country": row["location_country"],
            "admin1": row["location_admin1"], "lat": row["lat"], "lon": row["lon"],
            "geonameid": row["geonameid"], "precision": row["location_precision"],
        }
    return {
        "event_id": row["event_id"],
        "date": _iso(row["date"]),
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "cameo": {
            "code": row["cameo_code"], "root": row["cameo_root"], "name": row["cameo_name"],
            "goldstein": row["goldstein"], "quad_class": row["quad_class"],
        },
        "plover": {"event": row["plover_event"], "mode": row["plover_mode"]},
        "location": location,
        "negated": row["negated"],
        "modality": row["modality"],
        "confidence": row["confidence"],
        "num_mentions": row["num_mentions"],
        "num_sources": row["num_sources"],
        "num_articles": row["num_articles"],
        "first_seen": _iso(row["first_seen"]),
        "last_seen": _iso(row["last_seen"]),
        "first_article_id": row["first_article_id"],
        "source_url": row["source_url"],
        "versions": {
            "eventwire": row["eventwire_version"], "model": row["model"],
            "model_version": row["model_version"], "dictionaries": row["dictionary_version"],
        },
    }


def get_event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """One event with every mention: its sentence, article and the coder's record."""
    cur = con.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE event_id = ?", [event_id])
    names = [d[0] for d in cur.description]
    found = cur.fetchone()
    if found is None:
        return None
    record = event_record(dict(zip(names, found, strict=True)))
    mentions = con.execute(
        """SELECT m.mention_id, m.article_id, a.url, a.title, a.source_key, m.sentence_index,
                  m.sentence, m.trigger, m.rule, m.ingested_at, m.record
           FROM mentions m JOIN articles a USING (article_id)
           WHERE m.event_id = ? ORDER BY m.ingested_at, m.article_id, m.sentence_index""",
        [event_id],
    ).fetchall()
    record["mentions"] = [
        {
            "mention_id": m[0], "article_id": m[1], "url": m[2], "title": m[3],
            "source": m[4], "sentence_index": m[5], "sentence": m[6], "trigger": m[7],
            "rule": m[8], "ingested_at": _iso(m[9]), "record": json.loads(m[10]),
        }
        for m in mentions
    ]
    return record


def get_article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    cur = con.execute(
        """SELECT article_id, story_id, url, canonical_url, source, title, author, published,
                  text, ingested_at FROM articles WHERE article_id = ?""",
        [article_id],
    )
    names = [d[0] for d in cur.description]
    found = cur.fetchone()
    if found is None:
        return None
    article = {k: _iso(v) for k, v in zip(names, found, strict=True)}
    article["event_ids"] = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT event_id FROM mentions WHERE article_id = ? ORDER BY event_id",
            [article_id],
        ).fetchall()
    ]
    article["story_articles"] = [
        r[0]
        for r in con.execute(
            "SELECT article_id FROM articles WHERE story_id = ? ORDER BY ingested_at, article_id",
            [article["story_id"]],
        ).fetchall()
    ]
    return article


def dyad_timeline(
    con: duckdb.DuckDBPyConnection, a: str, b: str, flt: EventFilter | None = None
) -> list[dict[str, Any]]:
    """Daily event counts and mean Goldstein from actor a to actor b."""
    flt = flt or EventFilter()
    flt.source, flt.target = a, b
    where, params = flt.where()
    rows = con.execute(
        f"""SELECT e.date, count(*) AS events, sum(e.num_mentions) AS mentions,
                   avg(e.goldstein) AS mean_goldstein
            FROM events e WHERE {where} AND e.date IS NOT NULL
            GROUP BY e.date ORDER BY e.date""",
        params,
    ).fetchall()
    return [
        {"date": _iso(d), "events": n, "mentions": int(m), "mean_goldstein": round(g, 3)}
        for d, n, m, g in rows
    ]


def actors(con: duckdb.DuckDBPyConnection, limit: int = 100, offset: int = 0) -> list[dict]:
    """Actor codes with how many (fact) events they are source or target of."""
    if not 0 < limit <= MAX_LIMIT or offset < 0:
        raise QueryError(f"limit/offset: {limit}/{offset} out of range (1..{MAX_LIMIT}, >= 0)")
    rows = con.execute(
        """SELECT code, any_value(name), any_value(country), any_value(sector),
                  sum(as_source)::INTEGER, sum(as_target)::INTEGER
           FROM (SELECT source_code AS code, source_name AS name, source_country AS country,
                        source_sector AS sector, 1 AS as_source, 0 AS as_target
                 FROM events WHERE source_code IS NOT NULL AND is_fact
                 UNION ALL
                 SELECT target_code, target_name, target_country, target_sector, 0, 1
                 FROM events WHERE target_code IS NOT NULL AND is_fact)
           GROUP BY code ORDER BY sum(as_source) + sum(as_target) DESC, code
           LIMIT ? OFFSET ?""",
        [limit, offset],
    ).fetchall()
    return [
        {"code": r[0], "name": r[1], "country": r[2], "sector": r[3],
         "events_as_source": r[4], "events_as_target": r[5]}
        for r in rows
    ]


def stats(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts and date range of what is stored."""
    articles, stories = con.execute(
        "SELECT count(*), count(DISTINCT story_id) FROM articles"
    ).fetchone()
    events, facts, first, last = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE is_fact), min(date), max(date) FROM events"
    ).fetchone()
    mentions = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    by_quad = dict(
        con.execute(
            "SELECT quad_class, count(*) FROM events WHERE is_fact GROUP BY 1 ORDER BY 1"
        ).fetchall()
    )
    from .schema import version

    return {
        "articles": articles, "stories": stories, "events": events, "fact_events": facts,
        "mentions": mentions, "first_date": _iso(first), "last_date": _iso(last),
        "events_by_quad_class": {str(k): v for k, v in by_quad.items()},
        "schema_version": version(con),
    }
