"""The canonical article (examples/turkey-syria-2016-02-16.txt): the actors a reader expects."""

from __future__ import annotations

import pytest
from actors_helpers import REPO, by_text, codes

ARTICLE = REPO / "examples" / "turkey-syria-2016-02-16.txt"


@pytest.fixture(scope="module")
def mentions(resolve):
    return resolve(ARTICLE.read_text(encoding="utf-8"), "2016-02-16")


@pytest.fixture(scope="module")
def text():
    return ARTICLE.read_text(encoding="utf-8")


def first_after(mentions, text, anchor, words):
    at = text.index(anchor)
    return next(m for m in mentions if m.start >= at and m.text == words)


def test_countries(mentions):
    assert set(codes(mentions, "Turkey")) == {"TUR"}
    assert set(codes(mentions, "Russia")) == {"RUS"}


def test_its_allies_is_an_actor_without_code(mentions):
    allies = by_text(mentions, "its allies")
    assert allies and all(m.code is None for m in allies)


def test_compound_mentions(mentions):
    assert codes(mentions, "a Turkish official") == ["TURGOV"]
    assert codes(mentions, "the Kurdish YPG militia") == ["SYRREBYPG"]
    assert codes(mentions, "President Vladimir Putin's spokesman Dmitry Peskov") == ["RUSGOV"]
    assert set(codes(mentions, "Kurdish fighters")) <= {"KURREB", "SYRREBYPG"}


def test_focus_country_for_bare_sector_nouns(mentions, text):
    assert first_after(mentions, text, "Over the past", "government forces").code == "SYRMIL"
    assert codes(mentions, "pro-government forces") == ["SYRMIL"]
    rebel = first_after(mentions, text, "rebel-controlled", "rebel")
    assert rebel.code == "SYRREB"


def test_coreference(mentions, text):
    assert first_after(mentions, text, "The country has also", "The country").code == "TUR"
    assert first_after(mentions, text, "the country sees", "the country").code == "TUR"
    assert first_after(mentions, text, "believes the militia", "the militia").code == "SYRREBYPG"
    assert first_after(mentions, text, "if they do not", "they").code == "SYRREBYPG"


def test_we_in_quotes_is_the_speaker(mentions, text):
    assert first_after(mentions, text, '"We want', "We").code == "TURGOV"
    assert first_after(mentions, text, '"We categorically', "We").code == "RUSGOV"
    assert first_after(mentions, text, '"Our relations', "Our").code == "RUSGOV"


def test_metonymy_and_places(mentions, text):
    assert first_after(mentions, text, "support from Moscow", "Moscow").code == "RUSGOV"
    assert not by_text(mentions, "Istanbul")
    syria_places = [m for m in by_text(mentions, "Syria")]
    assert not syria_places  # "in Syria", "in northern Syria" are places


def test_offsets_align_with_tokens(mentions, nlp, text):
    doc = nlp(text)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert doc.char_span(m.start, m.end) is not None, m
