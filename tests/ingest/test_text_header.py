"""Title and byline detection on plain text, and what happens without them."""

import pytest

from eventwire.errors import InputError
from eventwire.ingest import article_from_text
from eventwire.ingest.text import parse_byline

BODY = ("Rebels shelled the eastern suburbs of the city overnight, killing at least four people, "
        "a monitoring group said on Wednesday.")


def test_text_header_no_title_when_first_line_is_a_sentence():
    article = article_from_text(BODY + "\n\nThe army did not comment.")
    assert article.title is None
    assert article.text.startswith("Rebels shelled")


def test_text_header_date_line_without_author():
    article = article_from_text(f"Rebels Shell City Suburbs\n\nFebruary 17, 2016\n\n{BODY}")
    assert article.title == "Rebels Shell City Suburbs"
    assert article.published == "2016-02-17"
    assert article.author is None
    assert article.text == BODY


def test_text_header_relative_date_uses_default_date_as_reference():
    article = article_from_text(f"Rebels Shell City Suburbs\n\nBy Ana Lopes - 2 days ago\n\n{BODY}",
                                default_date="2016-02-20")
    assert article.published.startswith("2016-02-18")


def test_text_header_default_date_when_no_byline():
    assert article_from_text(BODY, default_date="2016-02-16").published == "2016-02-16"
    assert article_from_text(BODY).published is None


def test_text_header_given_title_is_not_repeated_in_text():
    article = article_from_text(f"Rebels Shell City Suburbs\n\n{BODY}",
                                title="Rebels Shell City Suburbs")
    assert article.title == "Rebels Shell City Suburbs"
    assert article.text == BODY


def test_text_header_explicit_id_url_source():
    article = article_from_text(BODY, id="a-1", url="https://x.example/a", source="X")
    assert (article.id, article.url, article.source) == ("a-1", "https://x.example/a", "X")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Cheri Cheng - 16 Feb '16 12:41PM", ("Cheri Cheng", "2016-02-16T12:41")),
        ("By Jane Doe, Reuters", ("Jane Doe", None)),
        ("By Jane Doe on Feb 16, 2016", ("Jane Doe", "2016-02-16")),
        ("Updated: February 16, 2016 3:20 pm ET", (None, "2016-02-16T15:20")),
        ("By the time the troops arrived the town was empty", (None, None)),
        ("By Tuesday, the troops had left", (None, None)),
        ("Close", (None, None)),
        ("By Jane Doe | Reuters, January 23, 2012", ("Jane Doe", "2012-01-23")),
        ("Reuters, January 23, 2012", (None, "2012-01-23")),
        ("By Kari Lønen, 18.03.2011", ("Kari Lønen", "2011-03-18")),
        ("Tuesday 16 February 2016 08.00 GMT", (None, "2016-02-16T08:00")),
        ("August 6, 2009 -- Indian Ocean Islands President visits Sri Lanka", (None, None)),
    ],
)
def test_text_header_parse_byline(line, expected):
    assert parse_byline(line, "2016-02-20") == expected


def test_text_header_hard_wrapped_paragraphs_are_joined():
    wrapped = ("The minister said on Tuesday that the government would not\n"
               "raise taxes this year, despite pressure from the opposition and\n"
               "from its own backbenchers.")
    article = article_from_text(wrapped + "\n\nHe denied it.")
    assert article.text.split("\n\n")[0] == " ".join(wrapped.split())


def test_text_header_nbsp_becomes_space():
    assert article_from_text("VOA\u00a0News reported the attack.").text == \
        "VOA News reported the attack."


def test_text_header_empty_and_furniture_only_text_raise():
    with pytest.raises(InputError, match="x.txt: empty text"):
        article_from_text("  \n\n ", "x.txt")
    with pytest.raises(InputError, match="no article text left"):
        article_from_text("Share this article\n\nSign up for our newsletter", "y.txt")


def test_text_header_bad_default_date_is_a_clear_error():
    with pytest.raises(ValueError, match="default date 'soon' is not a date"):
        article_from_text(BODY, default_date="soon")


def test_text_header_section_label_before_title():
    article = article_from_text(
        f"WORLD NEWS\n\nRebels Shell City Suburbs\n\nBy Ana Lopes - 17 Feb 2016 08:00\n\n{BODY}")
    assert article.title == "Rebels Shell City Suburbs"
    assert article.author == "Ana Lopes"
    assert article.published == "2016-02-17T08:00"
    assert article.text == BODY


def test_text_header_standfirst_before_byline_is_kept():
    standfirst = "The attack is the third on the city this month, residents say."
    article = article_from_text(
        f"Rebels Shell City Suburbs\n\n{standfirst}\n\nBy Ana Lopes | 17 February 2016\n\n{BODY}")
    assert article.title == "Rebels Shell City Suburbs"
    assert article.author == "Ana Lopes"
    assert article.published == "2016-02-17"
    assert article.text == f"{standfirst}\n\n{BODY}"


def test_text_header_byline_late_in_the_body_is_not_taken():
    body = "\n\n".join([BODY, BODY.replace("four", "five"), "By Ana Lopes"])
    article = article_from_text(body)
    assert article.author is None
