"""/dyads, /actors, /articles, /stats and /health."""

from __future__ import annotations

from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Query

from ... import __version__
from ...store import query
from ...store.query import EventFilter
from ..deps import get_cursor, get_settings, known_query
from ..settings import Settings

Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(get_cursor)]

dyads = APIRouter(prefix="/dyads", tags=["dyads"])
actors = APIRouter(prefix="/actors", tags=["actors"])
articles = APIRouter(prefix="/articles", tags=["articles"])
meta = APIRouter(tags=["meta"])


@dyads.get("/{a}/{b}/timeline", summary="Daily counts and mean Goldstein from a to b",
           dependencies=[Depends(known_query)])
def dyad_timeline(
    a: str,
    b: str,
    cur: Cursor,
    start: str | None = None,
    end: str | None = None,
    include_all: bool = False,
) -> dict[str, Any]:
    flt = EventFilter(start=start, end=end, include_all=include_all)
    days = query.dyad_timeline(cur, a, b, flt)
    return {"source": a.upper(), "target": b.upper(), "days": days}


@actors.get("", summary="Actor codes by number of events", dependencies=[Depends(known_query)])
def list_actors(
    cur: Cursor,
    limit: Annotated[int, Query(ge=1, le=query.MAX_LIMIT)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    return {"actors": query.actors(cur, limit, offset)}


@articles.get("/{article_id}", summary="One article, its events and its story")
def get_article(article_id: str, cur: Cursor) -> dict[str, Any]:
    found = query.get_article(cur, article_id)
    if found is None:
        raise HTTPException(404, f"article {article_id!r} not found")
    return found


@meta.get("/stats", summary="What the database holds")
def stats(cur: Cursor) -> dict[str, Any]:
    return query.stats(cur)


@meta.get("/health", summary="Liveness: the database answers")
def health(cur: Cursor, settings: Annotated[Settings, Depends(get_settings)]) -> dict[str, Any]:
    cur.execute("SELECT 1").fetchone()
    return {"status": "ok", "version": __version__, "db": settings.db,
            "read_only": settings.read_only, "ingest": bool(settings.token)}
