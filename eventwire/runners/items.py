"""Raw input items: what the reading process hands to the workers.

The reading process only splits inputs into records (JSONL lines, WARC responses, files);
turning a record into an :class:`Article` (JSON parsing, HTML extraction) happens in the
workers, so it runs in parallel and a resumed run skips it for finished shards.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..records import Article


@dataclass(frozen=True)
class RawItem:
    kind: str  # "jsonl" (one line) | "html" (a page, e.g. a WARC response) | "file" (a path)
    name: str  # the input name for messages: "file:LINE", "file@OFFSET", or the path
    data: bytes = b""
    url: str | None = None
    date: str | None = None  # a fallback date known from the container (WARC-Date)


def to_articles(item: RawItem, default_date: str | None) -> list[Article | InputError]:
    """The article(s) of one raw item, or the InputError saying why there is none."""
    from ..ingest import article_from_html, read_inputs
    from ..ingest.sources import jsonl_record

    try:
        if item.kind == "jsonl":
            if not item.data.strip():
                return []
            return [jsonl_record(item.data, item.name, default_date)]
        if item.kind == "html":
            return [article_from_html(item.data, item.name, url=item.url,
                                      default_date=default_date or item.date)]
        return list(read_inputs([item.name], default_date))
    except InputError as err:
        return [err]
    except Exception as err:  # an extractor bug must not end the batch: name the input
        return [InputError(item.name, f"cannot read: {type(err).__name__}: {err}")]
