"""Events and articles as Arrow tables, flattened for Parquet, DuckDB and pandas.

Files are Hive-partitioned by day (``events/date=2016-02-16/shard-000012.parquet``); as in
Spark, the ``date`` column lives in the directory name, and readers (pyarrow, pandas, DuckDB)
give it back as a column. Articles without a date go to ``date=__HIVE_DEFAULT_PARTITION__``,
which the same readers read as null.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..records import Article, Event

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"


def event_row(event: Event) -> dict:
    return event.flat()


def article_row(article: Article, n_events: int) -> dict:
    return {
        "article_id": article.id,
        "date": article.date,
        "published": article.published,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "author": article.author,
        "input_name": article.input_name,
        "chars": len(article.text),
        "events": n_events,
        "text": article.text,
    }


_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
_ACTOR = [("text", _S), ("start", _I), ("end", _I), ("code", _S), ("country", _S),
          ("sector", _S), ("name", _S)]
EVENT_SCHEMA = pa.schema(
    [("event_id", _S), ("article_id", _S), ("date", _S), ("sentence_index", _I),
     ("sentence", _S)]
    + [(f"source_{k}", t) for k, t in _ACTOR] + [(f"target_{k}", t) for k, t in _ACTOR]
    + [("cameo_code", _S), ("cameo_root", _S), ("cameo_name", _S), ("goldstein", _F),
       ("quad_class", _I), ("plover_event", _S), ("plover_mode", _S),
       ("plover_context", pa.list_(_S)), ("location_name", _S), ("location_country", _S),
       ("location_admin1", _S), ("lat", _F), ("lon", _F), ("geonameid", _I),
       ("location_precision", _S), ("negated", _B), ("modality", _S), ("confidence", _F),
       ("trigger", _S), ("rule", _S), ("attributed_to", _S), ("trigger_start", _I),
       ("trigger_end", _I)]
)
ARTICLE_SCHEMA = pa.schema(
    [("article_id", _S), ("date", _S), ("published", _S), ("title", _S), ("url", _S),
     ("source", _S), ("author", _S), ("input_name", _S), ("chars", _I), ("events", _I),
     ("text", _S)]
)


def events_table(events: Iterable[Event]) -> pa.Table:
    return pa.Table.from_pylist([event_row(e) for e in events], schema=EVENT_SCHEMA)


def articles_table(pairs: Iterable[tuple[Article, list[Event]]]) -> pa.Table:
    return pa.Table.from_pylist([article_row(a, len(ev)) for a, ev in pairs],
                                schema=ARTICLE_SCHEMA)


def write_partitioned(table: pa.Table, folder: Path, filename: str) -> list[Path]:
    """One Parquet file per day under ``folder/date=DAY/``, each written to a temporary name
    and renamed into place, so a reader or a resumed run never sees half a file."""
    written = []
    if table.num_rows == 0:
        return written
    dates = table.column("date").to_pylist()
    for day in sorted({d or NULL_PARTITION for d in dates}):
        mask = pa.array([(d or NULL_PARTITION) == day for d in dates])
        part = table.filter(mask).drop_columns(["date"])
        target = folder / f"date={day}" / filename
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{filename}.tmp-{os.getpid()}")
        pq.write_table(part, temp, compression="zstd")
        os.replace(temp, target)
        written.append(target)
    return written
