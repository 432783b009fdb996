"""Helpers shared by the coding tests."""

from __future__ import annotations

from eventwire.actors import default_resolver
from eventwire.records import Article


def resolved_and_coded(parser, coder, text: str):
    """Code a text with the packaged actor dictionaries (not actors given by hand)."""
    doc = parser(text)
    mentions = default_resolver().resolve(doc, "2019-01-01", places=True)
    return coder.code(doc, mentions, Article(id="t", text=text, published="2019-01-01"))
