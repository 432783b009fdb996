"""Exports of stored events: GDELT 2.0 TSV, ACLED-shaped CSV, POLECAT and ICEWS TSV, Parquet,
CSV, JSONL, GeoJSON."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import duckdb

from ..errors import EventwireError
from ..store.query import EVENT_COLUMNS, EventFilter, event_record
from .acled import acled_row
from .columns import clean_field, format_columns
from .gdelt import gdelt_mention_row, gdelt_row
from .polecat import icews_row, polecat_row

FORMATS = ("gdelt", "gdelt-mentions", "acled", "polecat", "icews", "parquet", "csv", "jsonl",
           "geojson")
EXTRA_FORMATS = ("gdelt", "acled", "polecat", "icews")  # rows with their mentions' facts
TSV_ROWS = {"polecat": polecat_row, "icews": icews_row}  # with a header row, unlike GDELT
CHUNK = 10_000

__all__ = ["FORMATS", "QUERY_FORMATS", "export", "formatted", "iter_mention_rows", "iter_rows",
           "query", "write_rows"]


def iter_rows(
    con: duckdb.DuckDBPyConnection, flt: EventFilter, extra: bool = False
) -> Iterator[dict[str, Any]]:
    """Matching events as flat rows, streamed in chunks. With extra: also the lead
    sentence index, the first sentence and side texts, and the outlets (EXTRA_FORMATS)."""
    where, params = flt.where()
    columns = ", ".join(f"e.{c.strip()}" for c in EVENT_COLUMNS.split(","))
    if extra:
        sql = f"""
            WITH m AS (
                SELECT mn.event_id, min(mn.sentence_index) AS lead_sentence,
                       arg_min(mn.sentence, mn.ingested_at) AS sentence,
                       arg_min(mn.source_text, mn.ingested_at) AS source_text,
                       arg_min(mn.target_text, mn.ingested_at) AS target_text,
                       string_agg(DISTINCT a.source_key, ';' ORDER BY a.source_key) AS sources
                FROM mentions mn JOIN articles a USING (article_id) GROUP BY mn.event_id)
            SELECT {columns}, m.lead_sentence, m.sentence, m.source_text, m.target_text,
                   m.sources
            FROM events e LEFT JOIN m USING (event_id)
            WHERE {where} ORDER BY e.date, e.event_id"""
    else:
        sql = f"SELECT {columns} FROM events e WHERE {where} ORDER BY e.date, e.event_id"
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    while chunk := cur.fetchmany(CHUNK):
        for values in chunk:
            yield dict(zip(names, values, strict=True))


def iter_mention_rows(con: duckdb.DuckDBPyConnection, flt: EventFilter
                      ) -> Iterator[dict[str, Any]]:
    """Every mention of the matching events, with its event's first sighting and its
    article's URL, outlet and length, in event order."""
    where, params = flt.where()
    cur = con.execute(f"""
        SELECT e.event_id, e.first_seen, mn.ingested_at, mn.article_id, mn.sentence_index,
               mn.source_start, mn.target_start, mn.trigger_start, mn.confidence,
               a.url, a.host, a.source_key, a.input_name, a.text_length
        FROM events e JOIN mentions mn USING (event_id) JOIN articles a USING (article_id)
        WHERE {where} ORDER BY e.date, e.event_id, mn.ingested_at, mn.mention_id""", params)
    names = [d[0] for d in cur.description]
    while chunk := cur.fetchmany(CHUNK):
        for values in chunk:
            yield dict(zip(names, values, strict=True))


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


TABLE_COLUMNS = (("date", 10), ("source", 10), ("target", 10), ("cameo", 5), ("name", 34),
                 ("plover", 10), ("place", 18), ("men", 4), ("art", 4), ("event_id", 19))


def table_line(row: dict[str, Any]) -> str:
    values = {
        "date": _plain(row["date"]) or "-", "source": row["source_code"] or "-",
        "target": row["target_code"] or "-", "cameo": row["cameo_code"],
        "name": row["cameo_name"] or "", "plover": row["plover_event"] or "-",
        "place": row["location_name"] or "-", "men": str(row["num_mentions"]),
        "art": str(row["num_articles"]), "event_id": row["event_id"],
    }
    return "  ".join(f"{values[c][:w]:<{w}}" for c, w in TABLE_COLUMNS).rstrip()


def write_rows(rows: Iterator[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write rows to a text stream in one of the text formats; returns the number of events
    written."""
    n = 0
    for text, events in formatted(rows, fmt):
        out.write(text)
        n += events
    return n


def formatted(rows: Iterator[dict[str, Any]], fmt: str) -> Iterator[tuple[str, int]]:
    """The rows as text in table | gdelt | gdelt-mentions | acled | polecat | icews | csv |
    jsonl | geojson, piece by piece, each piece with the number of events it holds (0 or 1),
    so a file and an HTTP response are written alike."""
    if fmt not in FORMATS + ("table",) or fmt == "parquet":
        raise EventwireError(f"format: {fmt!r} is not one of {', '.join(FORMATS)}")
    if fmt == "table":
        yield "  ".join(f"{c:<{w}}" for c, w in TABLE_COLUMNS).rstrip() + "\n", 0
        for row in rows:
            yield table_line(row) + "\n", 1
    elif fmt == "gdelt":
        for row in rows:
            yield "\t".join(gdelt_row(row)) + "\n", 1
    elif fmt == "gdelt-mentions":
        for row in rows:
            yield "\t".join(gdelt_mention_row(row)) + "\n", 1
    elif fmt in TSV_ROWS:
        yield "\t".join(format_columns(fmt)) + "\n", 0
        for row in rows:
            yield "\t".join(clean_field(v) for v in TSV_ROWS[fmt](row)) + "\n", 1
    elif fmt in ("acled", "csv"):
        yield from _csv_pieces(rows, fmt)
    elif fmt == "jsonl":
        for row in rows:
            yield json.dumps(event_record(row), ensure_ascii=False) + "\n", 1
    else:  # geojson
        yield '{"type": "FeatureCollection", "features": [\n', 0
        first = True
        for row in rows:
            if row["lat"] is None or row["lon"] is None:
                continue
            props = {k: _plain(v) for k, v in row.items() if k not in ("lat", "lon")}
            feature = {"type": "Feature",
                       "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                       "properties": props}
            yield ("" if first else ",\n") + json.dumps(feature, ensure_ascii=False), 1
            first = False
        yield "\n]}\n", 0


def _csv_pieces(rows: Iterator[dict[str, Any]], fmt: str) -> Iterator[tuple[str, int]]:
    """ACLED-shaped or plain CSV, its header first (a plain CSV's from its first row)."""
    buffer = io.StringIO()
    writer = None
    if fmt == "acled":
        writer = csv.DictWriter(buffer, fieldnames=list(format_columns("acled")),
                                lineterminator="\n")
        writer.writeheader()
    for row in rows:
        record = acled_row(row) if fmt == "acled" else {k: _plain(v) for k, v in row.items()}
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(record), lineterminator="\n")
            writer.writeheader()
        writer.writerow(record)
        yield buffer.getvalue(), 1
        buffer.seek(0)
        buffer.truncate()
    if buffer.getvalue():  # an ACLED header with no rows under it
        yield buffer.getvalue(), 0


def export_parquet(con: duckdb.DuckDBPyConnection, flt: EventFilter, out: Path) -> int:
    """Parquet files partitioned by event date (hive style: out/date=2016-02-16/…)."""
    where, params = flt.where()
    columns = ", ".join(f"e.{c.strip()}" for c in EVENT_COLUMNS.split(","))
    n = con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]
    target = str(out).replace("'", "''")
    try:
        con.execute(
            f"COPY (SELECT {columns} FROM events e WHERE {where} ORDER BY e.date, e.event_id) "
            f"TO '{target}' (FORMAT parquet, PARTITION_BY (date), OVERWRITE_OR_IGNORE)",
            params,
        )
    except duckdb.IOException as err:
        raise EventwireError(f"{out}: cannot write ({str(err).splitlines()[0]})") from None
    return n


def export(
    con: duckdb.DuckDBPyConnection, flt: EventFilter, fmt: str, out: str | Path | None = None
) -> int:
    """Export matching events to out (a file; a directory for parquet; None = stdout)."""
    if fmt not in FORMATS:
        raise EventwireError(f"format: {fmt!r} is not one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None:
            raise EventwireError("parquet: needs an output directory (--output DIR)")
        return export_parquet(con, flt, Path(out))
    rows = (iter_mention_rows(con, flt) if fmt == "gdelt-mentions"
            else iter_rows(con, flt, extra=fmt in EXTRA_FORMATS))
    if out is None or str(out) == "-":
        return write_rows(rows, fmt, sys.stdout)
    return _write_file(Path(out), rows, fmt)


def _write_file(out: Path, rows: Iterator[dict[str, Any]], fmt: str) -> int:
    """Rows written to a temporary file beside out, renamed over it when complete: an export
    that fails half way leaves the earlier file as it was, not half of a new one."""
    if out.is_dir():
        raise EventwireError(f"{out}: is a directory")
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as stream:
            n = write_rows(rows, fmt, stream)
        os.replace(tmp, out)
    except OSError as err:
        raise EventwireError(f"{out}: cannot write ({err.strerror or err})") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return n


QUERY_FORMATS = ("table", "jsonl", "csv")


def query(
    con: duckdb.DuckDBPyConnection,
    flt: EventFilter,
    fmt: str = "table",
    out: IO[str] | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> int:
    """Print matching events (table, jsonl or csv) to out (stdout by default)."""
    from ..store.query import query_rows

    if fmt not in QUERY_FORMATS:
        raise EventwireError(f"format: {fmt!r} is not one of {', '.join(QUERY_FORMATS)}")
    rows = query_rows(con, flt, limit, offset) if limit else iter_rows(con, flt)
    return write_rows(iter(rows), fmt, out or sys.stdout)
