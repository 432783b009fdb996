"""Send articles to a running `eventwire serve` (the process that owns the database)."""

from __future__ import annotations

import json
from collections.abc import Iterable

import httpx

from ..errors import EventwireError
from ..records import Article
from ..store import IngestSummary


def post_articles(
    url: str, token: str, articles: Iterable[Article], batch_size: int = 100,
    timeout: float = 600.0,
) -> IngestSummary:
    """POST the articles as JSONL to url/ingest in batches; the server codes and stores them
    (one transaction per batch). Raises EventwireError with the server's reason."""
    total = IngestSummary()
    batch: list[Article] = []

    def send(chunk: list[Article]) -> IngestSummary:
        body = "\n".join(
            json.dumps({"id": a.id, "text": a.text, "title": a.title, "url": a.url,
                        "source": a.source, "date": a.published}, ensure_ascii=False)
            for a in chunk
        )
        try:
            response = httpx.post(
                url.rstrip("/") + "/ingest", content=body.encode(), timeout=timeout,
                headers={"Authorization": f"Bearer {token}",
                         "Content-Type": "application/x-ndjson"},
            )
        except httpx.HTTPError as err:
            raise EventwireError(f"{url}: cannot reach the server ({type(err).__name__})") from None
        if response.status_code != 200:
            try:
                detail = response.json().get("detail")
            except ValueError:
                detail = response.text[:200]
            raise EventwireError(f"{url}: HTTP {response.status_code}: {detail}")
        got = response.json()
        return IngestSummary(got["articles_new"], got["articles_duplicate"], got["events_new"],
                             got["events_merged"])

    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            total = total + send(batch)
            batch = []
    if batch:
        total = total + send(batch)
    return total
