"""Error pages (404, 403, a Cloudflare challenge, a site's own 'Page not found') are one
error each, not articles; real articles that mention 404 or 'not found', or are titled like an
error over a story of their own, are kept."""

from __future__ import annotations

import shutil

import pytest

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.ingest.errorpages import error_page
from eventwire.records import Article


@pytest.fixture
def pages(fixtures, tmp_path):
    folder = tmp_path / "pages"
    shutil.copytree(fixtures / "error_pages", folder)
    return folder


@pytest.mark.parametrize(
    ("name", "cue"),
    [("nginx404.html", "404 Not Found"), ("akamai.html", "Access Denied"),
     ("cf.html", "Just a moment..."), ("soft404.html", "Page not found | The Daily Example")],
)
def test_error_pages_are_one_error_naming_the_cue(pages, name, cue):
    path = pages / name
    [result] = list(read_inputs([str(path)]))
    assert isinstance(result, InputError)
    assert str(result) == f"{path}: an error page ({cue!r}), not an article"


@pytest.mark.parametrize("name", ["article_404.html", "article_titled.html"])
def test_error_pages_real_articles_mentioning_errors_are_kept(pages, name):
    [result] = list(read_inputs([str(pages / name)]))
    assert isinstance(result, Article), result
    assert len(result.text.split()) > 150


def test_error_pages_batch_goes_on(pages):
    results = list(read_inputs([str(pages)]))
    kinds = sorted((p.input_name.rsplit("/", 1)[-1], type(p).__name__) for p in results)
    assert kinds == [("akamai.html", "InputError"), ("article_404.html", "Article"),
                     ("article_titled.html", "Article"), ("cf.html", "InputError"),
                     ("nginx404.html", "InputError"), ("soft404.html", "InputError")]


@pytest.mark.parametrize(
    ("titles", "words", "expected"),
    [(["Attention Required! | Cloudflare"], 40, "Attention Required! | Cloudflare"),
     (["503 Service Temporarily Unavailable"], 5, "503 Service Temporarily Unavailable"),
     (["Error 404 - Example News"], 60, "Error 404 - Example News"),
     (["Access Denied"], 301, None),  # a story titled so, long enough to be one
     (["404 pages rise as link rot spreads"], 20, None),
     (["Not found: the missing of Aleppo"], 120, None),
     ([None, "Turkey shells Azaz"], 10, None)],
)
def test_error_pages_cues(titles, words, expected):
    assert error_page(titles, "word " * words) == expected


@pytest.mark.parametrize(
    "head",
    ["<title>" * 28_000, "<h1>" * 50_000, "<title " + "x" * 199_000,
     "<title>" + "<" * 199_000, "<TITLE>İİ 404 Not Found</TITLE>" + "<h1" * 60_000],
)
def test_error_pages_headings_are_linear_on_junk(head):
    import time

    from eventwire.ingest.errorpages import headings

    start = time.monotonic()
    headings(head)
    assert time.monotonic() - start < 1.0


def test_error_pages_headings_mixed_case_and_entities():
    from eventwire.ingest.errorpages import headings

    page = "<HTML><Title lang=en>İ 404 &ndash; <b>Not</b> Found</Title><H1 class=x>Oops</H1>"
    assert headings(page) == ["İ 404 – Not Found", "Oops"]
