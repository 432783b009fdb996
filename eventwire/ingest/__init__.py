"""The ingest stage: inputs (text, HTML, JSONL, directories, stdin) -> Article records.

Bad input becomes an :class:`eventwire.errors.InputError` naming the input and the reason;
``read_inputs`` yields it in place of the article and goes on with the rest.
"""

from __future__ import annotations

from eventwire.ingest.html import article_from_html
from eventwire.ingest.ids import article_id, canonical_url
from eventwire.ingest.sources import read_inputs
from eventwire.ingest.text import article_from_text

__all__ = ["read_inputs", "article_from_text", "article_from_html", "article_id", "canonical_url"]
