"""Invisible characters of web text are dropped before coding: zero-width spaces, soft hyphens,
byte-order marks and bidi controls glued to a name hid it from the dictionaries. Before, the
bidi marks, embeddings, overrides and isolates were kept: "\\u202eKenya" had no code."""

from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.ingest.text import normalise


@pytest.mark.parametrize("mark", ["\u200b", "\u00ad", "\ufeff", "\u200e", "\u200f", "\u202a",
                                  "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
                                  "\u2068", "\u2069"])
def test_text_invisible_marks_are_dropped(mark):
    assert normalise(f"{mark}Kenya con{mark}demned Zambia{mark}.") == "Kenya condemned Zambia."


def test_text_invisible_bidi_marks_do_not_hide_an_actor():
    (event,) = code_text("\u202bKenya\u202c condemned \u2067Zambia\u2069 on Monday.",
                         facts_only=True)
    assert (event.source.code, event.cameo.code, event.target.code) == ("KEN", "110", "ZMB")
