"""Dependencies shared by the routers: the open store, a cursor per request, the token."""

from __future__ import annotations

import hmac
from collections.abc import Iterator

import duckdb
from fastapi import Header, HTTPException, Request
from fastapi.dependencies.models import Dependant

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


def known_query(request: Request) -> None:
    """422 for a query parameter the endpoint does not know.

    FastAPI ignores unknown ones, so a misspelt or invented filter (?dyad=TUR:RUS, ?contry=)
    answered every event as if unfiltered; an analyst could not tell. The known names are
    the route's own declared query parameters, its dependencies' included.
    """
    given = request.query_params.keys()
    if not given:
        return
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = list(dict.fromkeys(_query_names(dependant)))
    unknown = sorted(set(given) - set(known))
    if unknown:
        plural = "s" if len(unknown) > 1 else ""
        named = ", ".join(n if n.isidentifier() and len(n) <= 40 else repr(n[:40])
                          for n in unknown[:10])
        more = f" and {len(unknown) - 10} more" if len(unknown) > 10 else ""
        takes = ", ".join(known) or "none"
        raise HTTPException(422, f"unknown query parameter{plural}: {named}{more} "
                                 f"(known: {takes})")


def _query_names(dependant: Dependant) -> Iterator[str]:
    for param in dependant.query_params:
        yield param.alias
    for sub in dependant.dependencies:
        yield from _query_names(sub)


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
