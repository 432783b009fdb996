"""Datelines ("WASHINGTON (AP) --", "NAIROBI, Kenya --"): where a story was filed, no actor and no
part of the phrase after it. Read by the actors and the coding stages, found once per doc."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .nlp import text_of

# "WASHINGTON (AP) --", "GAZA CITY, Gaza Strip --", "Bogota, March 8 (IANS)", "Lucknow:"
DATELINE = re.compile(r"""
    [A-Z][\w.'-]*(?:[ ,]+[A-Z][\w.'-]*){0,3}     # the place, capitalised words
    (?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?         # a date: "March 8"
    \s*(?:\([A-Z][A-Za-z]{1,8}\))?                 # the agency: "(AP)"
    \s*(?:--|—|–|:|\s-\s|(?<=\))\s)                # the separator
""", re.X)


def datelines(text: str) -> list[tuple[int, int]]:
    """Character spans of datelines at the start of the text and of its paragraphs.

    A dateline names where the story was filed; "BERLIN --" is not the German government.
    """
    spans = []
    for start in [0, *(m.end() for m in re.finditer(r"\n\s*\n", text))]:
        while start < len(text) and text[start].isspace():
            start += 1
        found = DATELINE.match(text, start)
        if found and not plain_name(found.group()) and not aside(found.group(),
                                                                  text[found.end():]):
            spans.append((found.start(), found.end()))
    return spans


def aside(matched: str, rest: str) -> bool:
    """"The farmers' union - which has ... - urged": a name the writer breaks off with
    a dash to say something of it in lower case is the sentence's subject, no dateline ("GAZA
    CITY -- the police said" is one: its place is in capitals)."""
    if not re.search(r"(--|—|–|\s-)\s*$", matched) or not rest[:1].islower():
        return False
    place = re.split(r"[(,]", matched)[0]
    return not place.strip().replace(" ", "").strip("-—–").isupper()


def plain_name(matched: str) -> bool:
    """"Transparency International (TI) has ...": a name with its acronym, not "LONDON (Reuters)
    The ..." nor "Bogota, March 8 (IANS)": no separator, no date and no capitals-only place."""
    if re.search(r"(--|—|–|:|\s-\s)\s*$", matched) or re.search(r"\d", matched):
        return False
    place = matched.split("(")[0]
    return not place.strip().replace(" ", "").replace(",", "").isupper()


def doc_datelines(doc: Doc) -> list[tuple[int, int]]:
    """``datelines`` of the doc's text, found once per doc."""
    spans = doc.user_data.get("eventwire.datelines")
    if spans is None:
        spans = doc.user_data["eventwire.datelines"] = datelines(text_of(doc))
    return spans
