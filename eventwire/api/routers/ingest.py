"""POST /ingest: text, HTML, JSONL, an RSS/Atom feed or a URL list in; coded and stored in one
transaction."""

from __future__ import annotations

import io
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from starlette.concurrency import run_in_threadpool

from ...errors import InputError
from ...records import Article
from ..deps import get_settings, require_token
from ..settings import Settings

router = APIRouter(tags=["ingest"])
KINDS = ("text", "html", "jsonl", "json", "feed", "urls")
NAME = "POST /ingest"


def kind_of(content_type: str | None, body: bytes) -> str:
    from ...ingest.pages import media_type
    from ...ingest.sources import settle_json, sniff

    media = media_type(content_type)
    if media in ("application/x-ndjson", "application/jsonl", "application/json-lines",
                 "application/jsonlines"):
        return "jsonl"
    if media == "application/json":  # JSON lines, or one document: a record or an array
        return settle_json("jsonl", body)
    if media == "text/uri-list":
        return "urls"
    if media in ("text/html", "application/xhtml+xml"):
        return "html"
    if media == "text/plain":
        return "text"
    # a feed (application/rss+xml …) is told from other XML by its root
    return settle_json(sniff(body[:8192]), body)


def fetch(url: str, settings: Settings, date: str | None) -> list[Article | InputError]:
    """One URL fetched and read as its media type says (a page, or a feed's items).

    Fetched with the feed watcher's careful GET: every redirect checked again, no private,
    loopback or link-local address unless settings.allow_private (a posted URL list must not
    reach the cloud metadata service or the machine's own ports), the body capped as it
    streams in and bounded in time.
    """
    from ...watch.fetch import Fetcher, fetch_articles

    with Fetcher(allow_private=settings.allow_private, timeout=settings.fetch_timeout,
                 max_bytes=settings.max_body_bytes) as fetcher:
        return fetch_articles(fetcher, url, date)


def read_body(body: bytes, kind: str, date: str | None, settings: Settings) -> list:
    """Articles and InputErrors from the request body."""
    from ...ingest.sources import articles_from_bytes, read_jsonl

    if kind == "jsonl":
        return list(read_jsonl(io.BufferedReader(io.BytesIO(body)), NAME, date,
                               settings.max_body_bytes))
    if kind == "urls":
        urls = [line.strip() for line in body.decode("utf-8", "replace").splitlines()]
        urls = [u for u in urls if u and not u.startswith("#")]
        if not urls:
            return [InputError(NAME, "empty URL list")]
        return [found for u in urls for found in fetch(u, settings, date)]
    return list(articles_from_bytes(body, NAME, kind, date))


async def read_capped(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to be over limit: from its
    Content-Length before reading, or as a chunked body streams in (never held whole)."""
    too_big = HTTPException(413, f"body over the limit of {limit:,} bytes")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


_INGEST_LOCK = threading.Lock()  # one ingest at a time: the coder is not shared by threads


def code_and_store(request: Request, articles: list[Article]) -> dict[str, Any]:
    state = request.app.state
    coder = state.coder
    if coder is None:
        from ...pipeline import code_articles as coder
    with _INGEST_LOCK:
        pairs = list(coder(articles))
        summary = state.store.add_batch(pairs)
    return {**summary.__dict__, "events_coded": sum(len(events) for _, events in pairs)}


@router.post("/ingest", dependencies=[Depends(require_token)],
             summary="Code and store articles (needs the token)")
async def ingest(
    request: Request,
    settings: Annotated[Settings, Depends(get_settings)],
    kind: Annotated[str | None, Query(description="text | html | jsonl | json | feed | urls; "
                                                  "default: from Content-Type")] = None,
    date: Annotated[str | None, Query(description="date for articles without one")] = None,
) -> dict[str, Any]:
    if settings.read_only:
        raise HTTPException(409, f"{settings.db}: served read-only; ingest is off")
    if kind is not None and kind not in KINDS:
        raise HTTPException(422, f"kind: {kind!r} is not one of {', '.join(KINDS)}")
    body = await read_capped(request, settings.max_body_bytes)
    if not body.strip():
        raise HTTPException(400, "empty body: send text, HTML, JSONL, a feed or a URL list")
    if date is not None:
        from ...ingest.dates import normalise_date

        try:
            date = normalise_date(date, "date")
        except ValueError as err:
            raise HTTPException(422, str(err)) from None
    kind = kind or kind_of(request.headers.get("content-type"), body)
    results = await run_in_threadpool(read_body, body, kind, date, settings)
    articles = [r for r in results if isinstance(r, Article)]
    errors = [{"input": e.input_name, "reason": e.reason} for e in results
              if isinstance(e, InputError)]
    if not articles:
        raise HTTPException(422, {"message": "no article could be read", "errors": errors})
    stored = await run_in_threadpool(code_and_store, request, articles)
    return {**stored, "errors": errors}
