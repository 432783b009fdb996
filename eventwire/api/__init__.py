"""The REST API (FastAPI): events, dyads, actors, articles, stats, health, ingest."""

from .app import create_app
from .server import serve
from .settings import Settings

__all__ = ["Settings", "create_app", "serve"]
