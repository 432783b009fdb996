"""Stable article ids: a hash of the canonical URL, else of the normalised text."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from eventwire.ingest.rules import tracking_params

_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE = re.compile(r"\s+")


def canonical_url(url: str) -> str:
    """Lowercase scheme and host, drop fragment, tracking params, default port, trailing slash.

    The remaining query parameters are sorted so that their order does not change the id.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:  # a non-numeric port: keep the netloc as written
        port = None
        host = parts.netloc.lower()
    if ":" in host and not host.startswith("["):  # IPv6 literal
        host = f"[{host}]"
    if port and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    exact, prefixes = tracking_params()
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in exact and not k.lower().startswith(prefixes)
    )
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def normalised_text(text: str) -> str:
    return _SPACE.sub(" ", text.casefold()).strip()


def article_id(url: str | None, text: str) -> str:
    """16 hex chars of sha1 over the canonical URL when there is one, else the normalised text."""
    key = canonical_url(url) if url and url.strip() else normalised_text(text)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
