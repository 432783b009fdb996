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

from ..records import ActorMention, Article, Event

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"


def _actor(prefix: str, mention: ActorMention | None) -> dict:
    fields = ("text", "start", "end", "code", "country", "sector", "name")
    return {f"{prefix}_{f}": getattr(mention, f) if mention else None for f in fields}


def event_row(event: Event) -> dict:
    loc = event.location
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "date": event.date,
        "sentence_index": event.sentence_index,
        "sentence": event.sentence,
        **_actor("source", event.source),
        **_actor("target", event.target),
        "cameo_code": event.cameo.code,
        "root": event.cameo.root,
        "cameo_name": event.cameo.name,
        "goldstein": event.cameo.goldstein,
        "quad_class": event.cameo.quad_class,
        "plover_event": event.plover.event,
        "plover_mode": event.plover.mode,
        "plover_context": list(event.plover.context),
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_admin1": loc.admin1 if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "location_precision": loc.precision if loc else None,
        "negated": event.negated,
        "modality": event.modality,
        "confidence": round(event.confidence, 3),
        "trigger": event.evidence.trigger,
        "rule": event.evidence.rule,
        "attributed_to": event.evidence.attributed_to,
        "trigger_start": event.evidence.trigger_start,
        "trigger_end": event.evidence.trigger_end,
    }


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
    + [("cameo_code", _S), ("root", _S), ("cameo_name", _S), ("goldstein", _F),
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
