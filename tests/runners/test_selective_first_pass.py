"""First-pass selection: fewer characters parsed, the same events, offsets into the full text."""

from __future__ import annotations

from runner_helpers import ARTICLES, direct_keys, event_key

from eventwire.ingest import read_inputs
from eventwire.records import Article
from eventwire.runners.selective import code_articles_selective, default_selector
from eventwire.runners.tables import event_row

FILLER = ("The weather was mild and sunny for most of the week. "
          "Tickets for the concert sold out within an hour. ")


def test_selection_gives_the_events_of_a_full_parse(tmp_path):
    articles = list(read_inputs([str(ARTICLES)]))
    # Padding that cannot hold an event, before and between the news, must not shift a thing.
    padded = [Article(id=a.id, text=FILLER + a.text.replace(". ", ". " + FILLER, 1),
                      title=a.title, published=a.published) for a in articles]
    stats: dict = {}
    got = [(a, ev) for a, ev in code_articles_selective(padded, stats=stats)]
    assert stats["chars_kept"] < stats["chars"] - len(padded) * len(FILLER)
    assert sorted(event_key(event_row(e)) for _, ev in got for e in ev) == direct_keys(padded)
    for article, events in got:
        for event in events:
            for actor in (event.source, event.target):
                if actor is not None:
                    assert article.text[actor.start:actor.end] == actor.text
            start, end = event.evidence.trigger_start, event.evidence.trigger_end
            assert article.text[start:end] in event.evidence.trigger


def test_an_article_without_any_actor_name_is_not_parsed():
    stats: dict = {}
    article = Article(id="x", text=FILLER * 3)
    assert list(code_articles_selective([article], stats=stats)) == [(article, [])]
    assert stats["articles"] == 1 and stats["articles_parsed"] == 0


def test_blanked_text_keeps_offsets_and_newlines():
    selector = default_selector()
    text = "Rain fell all day.\n\nTurkey accused Russia of war crimes.\nTickets sold out."
    plan = selector.plan(selector.first_pass(text))
    assert plan.parse and len(plan.text) == len(text)
    assert plan.text.index("Turkey accused Russia") == text.index("Turkey accused Russia")
    assert "Rain" not in plan.text and plan.text.count("\n") == text.count("\n")
    assert plan.dropped_starts and plan.dropped_starts[0] == 0


def test_batch_runs_with_selection(tmp_path):
    from runner_helpers import read_events

    from eventwire.runners import run_batch

    summary = run_batch([str(ARTICLES)], tmp_path / "out", workers=0, selective=True)
    assert summary.events == len(read_events(tmp_path / "out")) > 10
