"""The dashboard: its page, its static files and the /live reads its panels poll."""

from __future__ import annotations

from importlib import resources
from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Depends, FastAPI, Query
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from ..api.deps import get_cursor, known_query
from ..api.routers.events import Filter
from ..store.query import MAX_LIMIT
from . import live

Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(get_cursor)]
router = APIRouter(prefix="/live", tags=["dashboard"])


@router.get("/version", summary="A token that changes when new events are stored")
def version(cur: Cursor) -> dict[str, str]:
    return {"token": live.change_token(cur)}


@router.get("/events", summary="Events, most recently seen first, with evidence",
            dependencies=[Depends(known_query)])
def events(
    cur: Cursor,
    flt: Filter,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 200,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    return {"token": live.change_token(cur),
            "events": live.latest_events(cur, flt, limit, offset)}


@router.get("/map", summary="Events by place and quad class, for the map",
            dependencies=[Depends(known_query)])
def map_points(cur: Cursor, flt: Filter) -> dict[str, Any]:
    return {"points": live.map_points(cur, flt)}


@router.get("/options", summary="Values for the dashboard's filter menus")
def options(cur: Cursor) -> dict[str, Any]:
    return live.options(cur)


def index_html() -> str:
    return (resources.files("eventwire.web") / "static" / "index.html").read_text("utf-8")


def mount_dashboard(app: FastAPI) -> None:
    """Serve the dashboard at / (static files under /static) and its /live reads."""
    app.include_router(router)
    app.mount("/static", StaticFiles(packages=[("eventwire.web", "static")]), name="static")

    @app.get("/", include_in_schema=False, response_class=HTMLResponse)
    def dashboard() -> str:
        return index_html()
