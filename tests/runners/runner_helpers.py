"""Helpers for the runner tests: small inputs written on the fly, outputs read back."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pyarrow.parquet as pq

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles.jsonl"
WARC_DATE = "2020-01-02"  # the crawl date: the fallback for a page without a date


def fixture_records() -> list[dict]:
    return [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]


def page(record: dict) -> bytes:
    """A small news page around one fixture article."""
    date = f'<meta property="article:published_time" content="{record["date"]}">' if record.get(
        "date") else ""
    paras = "".join(f"<p>{s.strip()}.</p>" for s in record["text"].split(". ") if s.strip())
    html = (f"<html><head><title>{record['title']}</title>{date}</head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{record['title']}</h1>{paras}"
            f"</article><footer>Copyright</footer></body></html>")
    return html.replace("..", ".").encode("utf-8")


def write_warc(path: Path, records: list[dict], gz: bool = True) -> list[tuple[str, bytes]]:
    """A CC-NEWS style WARC: a warcinfo record, then one request and one response per page.
    Returns (url, html) of each response, in order."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = []
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for number, record in enumerate(records):
            url = f"https://news.example.org/{record['id']}-{number}"
            body = page(record)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            stamp = {"WARC-Date": WARC_DATE + "T08:00:00Z"}
            asked = StatusAndHeaders(f"GET /{record['id']} HTTP/1.1",
                                     [("Host", "news.example.org")], is_http_request=True)
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                http_headers=asked, warc_headers_dict=stamp)
            writer.write_record(request)
            response = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                 http_headers=headers, warc_headers_dict=stamp)
            writer.write_record(response)
            pages.append((url, body))
    return pages


def write_jsonl_gz_members(path: Path, records: list[dict], per_member: int) -> list[int]:
    """JSONL.gz as several gzip members; returns the byte offset of each member."""
    offsets, data = [], b""
    for start in range(0, len(records), per_member):
        chunk = "".join(json.dumps(r) + "\n" for r in records[start:start + per_member])
        offsets.append(len(data))
        data += gzip.compress(chunk.encode("utf-8"))
    path.write_bytes(data)
    return offsets


def read_events(out: Path) -> list[dict]:
    folder = out / "events"
    if not folder.exists():
        return []
    return pq.read_table(folder).to_pylist()


def read_articles(out: Path) -> list[dict]:
    return pq.read_table(out / "articles").to_pylist()


def event_key(row: dict) -> tuple:
    """What must match between the batch output and direct coding."""
    return (row["event_id"], row["article_id"], row["date"], row["sentence_index"],
            row["source_code"], row["target_code"], row["cameo_code"], row["source_start"],
            row["target_start"], row["trigger_start"], row["modality"], row["negated"])


def direct_keys(articles) -> list[tuple]:
    """The same keys from eventwire.pipeline.code_articles, the path `eventwire code` takes."""
    from eventwire.pipeline import code_articles
    from eventwire.runners.tables import event_row

    return sorted(event_key(event_row(e)) for _, events in code_articles(articles)
                  for e in events)
