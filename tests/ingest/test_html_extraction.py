"""HTML pages through trafilatura: body, title, author, date, canonical URL."""

import pytest

from eventwire.errors import InputError
from eventwire.ingest import article_from_html, read_inputs


def test_html_extraction_small_page(fixtures):
    article = article_from_html((fixtures / "page.html").read_text("utf-8"), "page.html")
    assert article.title == "Ministers agree on border talks"
    assert article.author == "Amira Haddad"
    assert article.published == "2019-03-04T09:15"
    assert article.url == "https://gazette.example.org/world/ministers-agree-border-talks/"
    assert article.source == "The Example Gazette"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("The foreign ministers of the two neighbouring countries")
    assert "Traders welcomed the news." in paragraphs
    for furniture in ("Home", "Most read", "Storm hits coast", "Sign up for our newsletter",
                      "All rights reserved"):
        assert furniture not in article.text


def test_html_extraction_id_from_canonical_url(fixtures):
    html = (fixtures / "page.html").read_text("utf-8")
    from_page = article_from_html(html)
    given = article_from_html(
        html, url="HTTPS://Gazette.Example.org/world/ministers-agree-border-talks?utm_source=rss#x")
    assert from_page.id == given.id


def test_html_extraction_bytes_and_file(fixtures):
    data = (fixtures / "page.html").read_bytes()
    assert article_from_html(data).title == "Ministers agree on border talks"
    (article,) = read_inputs([str(fixtures / "page.html")])
    assert article.input_name == str(fixtures / "page.html")


def test_html_extraction_declared_charset(tmp_path, fixtures):
    html = (fixtures / "page.html").read_text("utf-8").replace('charset="utf-8"', "")
    html = html.replace("<head>", '<head><meta charset="iso-8859-1">').replace(
        "Traders welcomed", "Traders in Zürich welcomed")
    path = tmp_path / "latin.html"
    path.write_bytes(html.encode("iso-8859-1"))
    (article,) = read_inputs([str(path)])
    assert "Traders in Zürich welcomed the news." in article.text


def test_html_extraction_default_date_when_page_has_none():
    html = ("<html><head><title>Talks</title></head><body><article><p>"
            + "The two delegations met for a third round of talks and agreed to meet again. " * 4
            + "</p></article></body></html>")
    assert article_from_html(html, default_date="2016-02-16").published == "2016-02-16"


def test_html_extraction_page_without_article():
    with pytest.raises(InputError, match="empty.html: no article text found"):
        article_from_html("<html><body><nav><a href='/'>Home</a></nav></body></html>",
                          "empty.html")
    with pytest.raises(InputError, match="empty HTML"):
        article_from_html("  ")


def test_html_extraction_date_only_page_keeps_date_precision():
    html = ('<html><head><title>Talks</title><meta name="date" content="2016-02-16"></head>'
            "<body><article><p>"
            + "The two delegations met for a third round of talks and agreed to meet again. " * 4
            + "</p></article></body></html>")
    assert article_from_html(html).published == "2016-02-16"
