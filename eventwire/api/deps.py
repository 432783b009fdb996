"""Dependencies shared by the routers: the open store, a cursor per request, the token."""

from __future__ import annotations

import hmac
from collections.abc import Iterator

import duckdb
from fastapi import Header, HTTPException, Request

from ..store import Store
from .settings import Settings


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB cursor of its own for this request (handlers run in a thread pool)."""
    cursor = get_store(request).cursor()
    try:
        yield cursor
    finally:
        cursor.close()


def require_token(
    request: Request,
    authorization: str | None = Header(default=None),
    x_eventwire_token: str | None = Header(default=None),
) -> None:
    """Writes need `Authorization: Bearer <token>` (or `X-Eventwire-Token: <token>`)."""
    expected = get_settings(request).token
    if not expected:
        raise HTTPException(403, "ingest is disabled: start `eventwire serve` with --token "
                                 "or EVENTWIRE_TOKEN")
    given = x_eventwire_token
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong token (Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": "Bearer"})
