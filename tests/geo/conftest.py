"""Shared fixtures of the geo tests: the parser, the geoparser, the canonical article."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "turkey-syria-2016-02-16.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp import load

    return load()


@pytest.fixture(scope="session")
def geoparser():
    from eventwire.geo import default_geoparser

    return default_geoparser()


@pytest.fixture(scope="session")
def canonical_body() -> str:
    """The article body: the scraped text after its title, byline and "Close" lines."""
    text = EXAMPLE.read_text(encoding="utf-8")
    return text.split("\nClose\n", 1)[1].strip()


@pytest.fixture(scope="session")
def canonical_doc(nlp, canonical_body):
    return nlp(canonical_body)


@pytest.fixture(scope="session")
def places_of(nlp, geoparser):
    """Toponyms of a text by their surface text (the last mention wins)."""

    def places(text: str) -> dict:
        return {t.text: t for t in geoparser.toponyms(nlp(text))}

    return places
