"""/events: the deduplicated events, filtered and paged; /events/{id} with its mentions."""

from __future__ import annotations

from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Query

from ...store import query
from ...store.query import EventFilter
from ..deps import get_cursor, known_query

router = APIRouter(prefix="/events", tags=["events"])
Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(get_cursor)]


def event_filter(
    start: Annotated[str | None, Query(description="first date, YYYY-MM-DD")] = None,
    end: Annotated[str | None, Query(description="last date, YYYY-MM-DD")] = None,
    actor: Annotated[str | None, Query(description="actor code prefix or name, either side")]
    = None,
    country: Annotated[str | None, Query(description="ISO3 of either actor or the place")]
    = None,
    source: Annotated[str | None, Query(description="source actor code prefix")] = None,
    target: Annotated[str | None, Query(description="target actor code prefix")] = None,
    cameo: Annotated[str | None, Query(description="CAMEO code or prefix")] = None,
    root: Annotated[str | None, Query(description="CAMEO root, 01-20")] = None,
    quad_class: Annotated[int | None, Query(description="1-4")] = None,
    plover: Annotated[str | None, Query(description="PLOVER event type")] = None,
    place: Annotated[str | None, Query(description="place name or its ISO3 country")] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    text: Annotated[str | None, Query(description="words in a mention's sentence")] = None,
    include_all: Annotated[bool, Query(
        description="also negated, modal, uncoded and plain statements (CAMEO 010)")] = False,
) -> EventFilter:
    return EventFilter(start=start, end=end, actor=actor, country=country, source=source,
                       target=target, cameo=cameo, root=root, quad_class=quad_class,
                       plover=plover, place=place, bbox=bbox, text=text,
                       include_all=include_all)


Filter = Annotated[EventFilter, Depends(event_filter)]


@router.get("", summary="Events matching the filters, paged",
            dependencies=[Depends(known_query)])
def list_events(
    cur: Cursor,
    flt: Filter,
    limit: Annotated[int, Query(ge=1, le=query.MAX_LIMIT)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    rows = query.query_rows(cur, flt, limit, offset)
    total = query.count(cur, flt)
    next_offset = offset + limit if offset + limit < total else None
    return {"total": total, "limit": limit, "offset": offset, "next_offset": next_offset,
            "events": [query.event_record(r) for r in rows]}


@router.get("/{event_id}", summary="One event with every mention and its sentence")
def get_event(event_id: str, cur: Cursor) -> dict[str, Any]:
    record = query.get_event(cur, event_id)
    if record is None:
        raise HTTPException(404, f"event {event_id!r} not found")
    return record
