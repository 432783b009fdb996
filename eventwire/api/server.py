"""`eventwire serve`: uvicorn on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import uvicorn

from .app import create_app
from .settings import Settings


def serve(
    db: str = "eventwire.duckdb",
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    read_only: bool = False,
    log_level: str = "info",
) -> None:
    """Serve the API over db until interrupted. This process owns the database writer."""
    settings = Settings.from_env(db=db, token=token, read_only=read_only)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level)
