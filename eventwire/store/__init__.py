"""The store: articles, stories, deduplicated events and their mentions in DuckDB."""

from .db import IngestSummary, Store, StoreError, StoreLockedError

__all__ = ["IngestSummary", "Store", "StoreError", "StoreLockedError"]
