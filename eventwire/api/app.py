"""The FastAPI app: one process owns the DuckDB writer and serves reads from it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .. import __version__
from ..errors import EventwireError
from ..records import Article, Event
from ..store import Store
from ..store.query import QueryError
from .routers import events, export, ingest, resources
from .settings import Settings

Coder = Callable[[Iterable[Article]], Iterator[tuple[Article, list[Event]]]]


def create_app(
    settings: Settings | None = None, store: Store | None = None, coder: Coder | None = None
) -> FastAPI:
    """The app over settings.db (opened on startup unless a store is given).

    coder defaults to eventwire.pipeline.code_articles (loaded on the first ingest).
    """
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = store is None
        app.state.store = store or Store.open(settings.db, read_only=settings.read_only)
        try:
            yield
        finally:
            if owned:
                app.state.store.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Political event data (CAMEO, PLOVER) coded from news: query the "
        "deduplicated events, their mentions and sentences; POST /ingest needs the token.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.coder = coder
    app.state.store = store
    for router in (events.router, resources.dyads, resources.actors, resources.articles,
                   resources.meta, ingest.router, export.router):
        app.include_router(router)

    @app.exception_handler(QueryError)
    async def bad_filter(request: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(EventwireError)
    async def eventwire_error(request: Request, exc: EventwireError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    from ..web import mount_dashboard  # the dashboard at / and its /live reads (issue 8)

    mount_dashboard(app)
    return app
