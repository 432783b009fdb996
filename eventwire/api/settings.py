"""The API's settings, built once: database path, ingest token, read-only mode."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..errors import MAX_INPUT_BYTES


@dataclass(frozen=True)
class Settings:
    db: str = "eventwire.duckdb"
    token: str | None = None  # POST /ingest needs it; None disables ingest over HTTP
    read_only: bool = False
    max_body_bytes: int = MAX_INPUT_BYTES
    fetch_timeout: float = 20.0
    allow_private: bool = False  # kind=urls may fetch from private/loopback/link-local hosts

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """EVENTWIRE_DB, EVENTWIRE_TOKEN, EVENTWIRE_READ_ONLY, EVENTWIRE_ALLOW_PRIVATE;
        explicit values win."""
        values: dict[str, object] = {
            "db": os.environ.get("EVENTWIRE_DB", cls.db),
            "token": os.environ.get("EVENTWIRE_TOKEN") or None,
            "read_only": os.environ.get("EVENTWIRE_READ_ONLY", "") in ("1", "true", "yes"),
            "allow_private": os.environ.get("EVENTWIRE_ALLOW_PRIVATE", "") in ("1", "true", "yes"),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
