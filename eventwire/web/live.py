"""The dashboard's reads: newest events with their evidence, map points, filter options.

The store's filters (:class:`eventwire.store.query.EventFilter`) select; these functions
only order and shape what the panels draw.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import duckdb

from ..store.query import MAX_LIMIT, EventFilter, QueryError

_WORD = re.compile(r"\w+", re.UNICODE)
STOPWORDS = frozenset({"of", "the", "a", "an", "to", "for", "with", "in", "on", "by", "at"})


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [{k: _iso(v) for k, v in zip(names, row, strict=True)} for row in cur.fetchall()]


def change_token(con: duckdb.DuckDBPyConnection) -> str:
    """Changes whenever an ingest adds mentions: the polling client refetches on change."""
    n, last = con.execute("SELECT count(*), max(ingested_at) FROM mentions").fetchone()
    return f"{n}:{_iso(last) or ''}"


def highlight(sentence: str, trigger: str | None, trigger_start: int | None,
              trigger_end: int | None, sentence_start: int | None) -> list[list[int]]:
    """Character ranges of the trigger inside the sentence, in order.

    The coder's offsets mark the head word when the sentence's place in the article is
    known; the trigger's other content words are found after it (triggers like "accused
    ... of war crime" are not contiguous).
    """
    ranges: list[list[int]] = []
    if (trigger_start is not None and trigger_end is not None and sentence_start is not None
            and sentence_start >= 0):
        s, e = trigger_start - sentence_start, trigger_end - sentence_start
        if 0 <= s < e <= len(sentence):
            ranges.append([s, e])
    if not trigger:
        return ranges
    lower = sentence.lower()
    whole = lower.find(trigger.lower())
    if whole >= 0 and not ranges:
        return [[whole, whole + len(trigger)]]
    at = ranges[0][0] if ranges else 0
    for word in _WORD.findall(trigger.lower()):
        if word in STOPWORDS:
            continue
        found = re.search(rf"\b{re.escape(word)}", lower[at:])
        if found is None:
            continue
        start = at + found.start()
        end = start + len(word)
        while end < len(lower) and lower[end].isalnum():  # "crime" inside "crimes"
            end += 1
        if not any(r[0] < end and start < r[1] for r in ranges):
            ranges.append([start, end])
        at = end
    return sorted(ranges)


LIVE_COLUMNS = (
    "e.event_id, e.date, e.source_code, e.source_name, e.source_country, e.target_code, "
    "e.target_name, e.target_country, e.cameo_code, e.cameo_root, e.cameo_name, e.goldstein, "
    "e.quad_class, e.plover_event, e.location_name, e.location_country, e.lat, e.lon, "
    "e.location_precision, e.modality, e.negated, e.confidence, e.num_mentions, e.num_sources, "
    "e.num_articles, e.first_seen, e.last_seen"
)


def latest_events(con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int = 100,
                  offset: int = 0) -> list[dict[str, Any]]:
    """Matching events, most recently seen first, each with its first mention's evidence."""
    if not 0 < limit <= MAX_LIMIT or offset < 0:
        raise QueryError(f"limit/offset: {limit}/{offset} out of range (1..{MAX_LIMIT}, >= 0)")
    where, params = flt.where()
    events = _rows(con.execute(
        f"""SELECT {LIVE_COLUMNS} FROM events e WHERE {where}
            ORDER BY e.last_seen DESC, e.date DESC NULLS LAST, e.event_id
            LIMIT {int(limit)} OFFSET {int(offset)}""", params))
    if not events:
        return []
    ids = [e["event_id"] for e in events]
    mentions = {m["event_id"]: m for m in _rows(con.execute(
        """SELECT DISTINCT ON (m.event_id) m.event_id, m.sentence, m.trigger, m.trigger_start,
                  m.trigger_end, m.rule, m.article_id, a.url, a.title,
                  instr(a.text, m.sentence) - 1 AS sentence_start
           FROM mentions m JOIN articles a USING (article_id)
           WHERE m.event_id IN (SELECT unnest(?))
           ORDER BY m.event_id, m.ingested_at, m.article_id, m.sentence_index""", [ids]))}
    for event in events:
        m = mentions.get(event["event_id"], {})
        sentence = m.get("sentence") or ""
        event.update(
            sentence=sentence, trigger=m.get("trigger"), rule=m.get("rule"),
            article_id=m.get("article_id"), url=m.get("url"), title=m.get("title"),
            highlight=highlight(sentence, m.get("trigger"), m.get("trigger_start"),
                                m.get("trigger_end"), m.get("sentence_start")),
        )
    return events


def map_points(con: duckdb.DuckDBPyConnection, flt: EventFilter,
               limit: int = 5000) -> list[dict[str, Any]]:
    """Events grouped by place and quad class: one circle each, sized by mentions."""
    where, params = flt.where()
    return _rows(con.execute(
        f"""SELECT e.location_name AS place, e.location_country AS country,
                   round(e.lat, 5) AS lat, round(e.lon, 5) AS lon,
                   any_value(e.location_precision) AS precision, e.quad_class,
                   count(*) AS events, sum(e.num_mentions)::INTEGER AS mentions,
                   round(avg(e.goldstein), 2) AS mean_goldstein,
                   min(e.date) AS first_date, max(e.date) AS last_date
            FROM events e WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL
            GROUP BY 1, 2, 3, 4, e.quad_class
            ORDER BY mentions DESC, place LIMIT {int(limit)}""", params))


def options(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What the filter menus offer: values present in the store, and the date range."""
    from ..coding.cameo import code_table

    table = code_table()
    first, last = con.execute("SELECT min(date), max(date) FROM events").fetchone()
    countries = [r[0] for r in con.execute(
        """SELECT c FROM (SELECT source_country AS c FROM events UNION ALL
                          SELECT target_country FROM events UNION ALL
                          SELECT location_country FROM events)
           WHERE c IS NOT NULL GROUP BY c ORDER BY count(*) DESC, c""").fetchall()]
    plover = sorted({info.plover.event for info in table.values() if info.plover.event})
    return {
        "first_date": _iso(first),
        "last_date": _iso(last),
        "countries": countries,
        "roots": [{"root": code, "name": info.cameo.name}
                  for code, info in sorted(table.items()) if len(code) == 2],
        "plover": plover,
        "quad_classes": {"1": "Verbal cooperation", "2": "Material cooperation",
                         "3": "Verbal conflict", "4": "Material conflict"},
    }
