"""Furniture rules on made-up scraped texts: prompts, link lists, edges; real paragraphs kept."""

import pytest

from eventwire.ingest import article_from_text
from eventwire.ingest.furniture import classify, is_bare, prompt_rule

LONG_1 = ("The defence minister said on Tuesday that the army would withdraw two brigades from "
          "the northern province by the end of the month.")
LONG_2 = ("Local officials welcomed the decision but warned that armed groups were still active "
          "in the mountains along the border.")


def _text(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_furniture_short_real_paragraph_kept():
    article = article_from_text(_text(LONG_1, "He declined to comment.", LONG_2))
    assert "He declined to comment." in article.text.split("\n\n")


def test_furniture_short_real_paragraph_kept_at_the_end():
    article = article_from_text(_text(LONG_1, LONG_2, "The talks resume on Monday."))
    assert article.text.split("\n\n")[-1] == "The talks resume on Monday."


def test_furniture_short_quote_paragraph_kept():
    article = article_from_text(_text(LONG_1, '"We will not retreat."', LONG_2))
    assert '"We will not retreat."' in article.text.split("\n\n")


@pytest.mark.parametrize(
    "prompt",
    [
        "Share this article",
        "Share this story on Facebook",
        "Sign up for our newsletter",
        "Subscribe to our daily briefing",
        "Join the discussion",
        "Leave a comment",
        "12 Comments",
        "Advertisement",
        "Story continues below advertisement",
        "Read more:",
        "Follow us on Twitter",
        "You may also like",
        "Close",
        "Skip to main content",
        "Reporting by Tulay Karadeniz; Editing by Dominic Evans.",
        "Additional reporting by Jane Doe in Beirut.",
        "Image caption Rescue workers search the rubble",
    ],
)
def test_furniture_prompt_dropped_in_the_middle(prompt):
    article = article_from_text(_text(LONG_1, prompt, LONG_2))
    assert article.text == _text(LONG_1, LONG_2)


def test_furniture_sentence_mentioning_a_prompt_word_kept():
    sentence = "Share prices fell sharply after the newsletter was published."
    article = article_from_text(_text(LONG_1, sentence, LONG_2))
    assert sentence in article.text


def test_furniture_sentence_about_reporting_kept():
    sentence = "Reporting by the state broadcaster has been suspended."
    assert sentence in article_from_text(_text(LONG_1, sentence, LONG_2)).text


def test_furniture_link_list_dropped():
    links = ["Minister faces no-confidence vote", "Unions threaten national strike",
             "Opposition leader arrested at rally"]
    article = article_from_text(_text(LONG_1, *links, LONG_2))
    assert article.text == _text(LONG_1, LONG_2)


def test_furniture_bulleted_link_list_dropped():
    article = article_from_text(_text(LONG_1, "• Storm hits coast", "• Football results", LONG_2))
    assert article.text == _text(LONG_1, LONG_2)


def test_furniture_link_row_dropped():
    article = article_from_text(_text(LONG_1, "Home | World | Politics | Sport", LONG_2))
    assert article.text == _text(LONG_1, LONG_2)


def test_furniture_single_subheading_in_body_kept():
    article = article_from_text(_text(LONG_1, "What happens next", LONG_2))
    assert "What happens next" in article.text


def test_furniture_bare_lines_at_the_edges_dropped():
    article = article_from_text(_text("Latest Videos", LONG_1, LONG_2, "Editors Picks Today",
                                      "Weekend Reading"))
    assert article.text == _text(LONG_1, LONG_2)


def test_furniture_cookie_and_copyright_notices_dropped():
    cookie = ("We use cookies to improve your experience on our site. By continuing to browse "
              "you agree to our use of cookies.")
    article = article_from_text(_text(LONG_1, LONG_2, cookie, "© 2019 Example Media Group"))
    assert article.text == _text(LONG_1, LONG_2)


def test_furniture_scraped_fixture(fixtures):
    article = article_from_text((fixtures / "scraped_ministry.txt").read_text("utf-8"))
    assert article.title == "Police Disperse Protesters Outside Parliament"
    assert article.author == "Jonas Meyer and Ana Lopes"
    assert article.published == "2019-03-03T18:05"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[1] == "The minister refused to step down."
    assert paragraphs[0].startswith("Police used tear gas")
    assert paragraphs[2].startswith("Organisers said")


def test_furniture_classify_names_the_rule():
    verdicts = classify(["Share this article", LONG_1, "Home | World | Sport", LONG_2, "Fun Stuff"])
    assert [v.rule for v in verdicts] == ["prompt:share", "", "link-row", "", "edge"]


def test_furniture_helpers():
    assert is_bare("Fun Stuff")
    assert not is_bare("He denied it.")
    assert prompt_rule("Sign up for our newsletter") == "newsletter"
    assert prompt_rule("They signed up for the army in large numbers.") is None


def test_furniture_cut_off_last_sentence_kept_but_labels_after_it_dropped():
    cut = "Demonstrators began marching towards the parliament building on"
    article = article_from_text(_text(LONG_1, LONG_2, cut, "Most Popular Stories Today"))
    assert article.text == _text(LONG_1, LONG_2, cut)


def test_furniture_photo_credit_at_the_edge_dropped():
    article = article_from_text(_text(LONG_1, LONG_2, "Photo: Alyssa Pointer / Example News"))
    assert article.text == _text(LONG_1, LONG_2)
