"""GET /export: the matching events in an analyst's format, streamed (a desk pulls GDELT,
POLECAT or ACLED rows from a running server without a copy of the database)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse

from ...export import FORMATS, formatted, iter_mention_rows, iter_rows
from ..deps import get_store, known_query
from .events import Filter

router = APIRouter(tags=["export"])
TEXT_FORMATS = tuple(f for f in FORMATS if f != "parquet")
MEDIA = {"acled": "text/csv", "csv": "text/csv", "jsonl": "application/x-ndjson",
         "geojson": "application/geo+json"}  # the tab-separated ones below
SUFFIX = {"acled": "csv", "csv": "csv", "jsonl": "jsonl", "geojson": "geojson"}
PIECE = 1 << 16  # bytes gathered before each write to the socket


@router.get("/export", summary="Matching events in GDELT, POLECAT, ICEWS, ACLED, CSV, JSONL or "
                               "GeoJSON, streamed", dependencies=[Depends(known_query)])
def export_events(
    request: Request,
    flt: Filter,
    format: Annotated[str, Query(description=" | ".join(TEXT_FORMATS))] = "gdelt",  # noqa: A002
) -> StreamingResponse:
    if format not in TEXT_FORMATS:
        raise HTTPException(422, f"format: {format!r} is not one of {', '.join(TEXT_FORMATS)}")
    flt.where()  # a bad filter is a 422 now, not a broken stream later
    cursor = get_store(request).cursor()
    rows = (iter_mention_rows(cursor, flt) if format == "gdelt-mentions"
            else iter_rows(cursor, flt, extra=True))
    name = f"eventwire-{format}.{SUFFIX.get(format, 'tsv')}"
    return StreamingResponse(
        _pieces(formatted(rows, format), cursor),
        media_type=MEDIA.get(format, "text/tab-separated-values"),
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _pieces(texts: Iterator[tuple[str, int]], cursor) -> Iterator[bytes]:
    """The export's text in pieces of about PIECE bytes; the cursor closed at the end."""
    try:
        gathered: list[str] = []
        size = 0
        for text, _ in texts:
            gathered.append(text)
            size += len(text)
            if size >= PIECE:
                yield "".join(gathered).encode("utf-8")
                gathered, size = [], 0
        if gathered:
            yield "".join(gathered).encode("utf-8")
    finally:
        cursor.close()
