"""The canonical scraped article: title, byline, furniture, every body paragraph."""

from eventwire.ingest import article_from_text

FURNITURE = ["Close", "Fun Stuff", "Join the Conversation", "The Next Read", "Real Time Analytics"]


def _article(example_path):
    return article_from_text(example_path.read_text("utf-8"), str(example_path))


def test_text_canonical_title_author_published(example_path):
    article = _article(example_path)
    assert article.title == "Turkey asks Allies for Ground Troop Support in Syria"
    assert article.author == "Cheri Cheng"
    assert article.published == "2016-02-16T12:41"
    assert article.date == "2016-02-16"


def test_text_canonical_furniture_removed(example_path):
    lines = {line.strip() for line in _article(example_path).text.split("\n")}
    for furniture in FURNITURE:
        assert furniture not in lines


def test_text_canonical_title_and_byline_not_in_text(example_path):
    text = _article(example_path).text
    assert not text.startswith("Turkey asks Allies")
    assert "Cheri Cheng" not in text
    assert "12:41PM" not in text


def test_text_canonical_every_body_paragraph_present(example_path):
    raw = [" ".join(line.split()) for line in example_path.read_text("utf-8").split("\n")]
    body = [line for line in raw[3:] if line and line not in FURNITURE]  # after title, byline
    assert len(body) == 9
    assert _article(example_path).text.split("\n\n") == body


def test_text_canonical_id_is_stable(example_path):
    assert _article(example_path).id == _article(example_path).id
    assert len(_article(example_path).id) == 16


def test_text_canonical_default_date_does_not_override_byline(example_path):
    article = article_from_text(example_path.read_text("utf-8"), default_date="2020-01-01")
    assert article.published == "2016-02-16T12:41"
