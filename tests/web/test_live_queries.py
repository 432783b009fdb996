"""The dashboard's reads on a real DuckDB file (no browser)."""

from __future__ import annotations

import dataclasses

import pytest
from web_helpers import new_article

from eventwire.store import Store
from eventwire.store.query import EventFilter, QueryError
from eventwire.web import live
from eventwire.web.live import highlight


def test_live_queries_highlight_from_offsets_and_words():
    sentence = "Turkey has accused Russia of an obvious war crime on Tuesday."
    head = sentence.index("accused")
    ranges = highlight(sentence, "accused of war crime", 100 + head, 100 + head + 7, 100)
    assert [sentence[s:e] for s, e in ranges] == ["accused", "war", "crime"]


def test_live_queries_highlight_without_offsets():
    sentence = "Moscow denied the allegations and called them lies."
    assert [sentence[s:e] for s, e in highlight(sentence, "denied allegations", None, None,
                                                None)] == ["denied", "allegations"]
    assert highlight(sentence, "Denied the", None, None, -1) == [[7, 17]]
    assert highlight(sentence, "", None, None, None) == []
    assert highlight(sentence, "bombed", None, None, None) == []


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "live.duckdb") as store:
        yield store


def test_live_queries_newest_first_with_evidence(store):
    article, events = new_article()
    store.add_batch([(article, events)])
    token = live.change_token(store.cursor())
    later = dataclasses.replace(article, id="second", url="https://example.org/second",
                                text=article.text.replace("Wednesday", "Thursday"),
                                published="2016-02-18")
    second = [dataclasses.replace(events[0], article_id="second", date="2016-02-18",
                                  sentence=later.text)]
    store.add_batch([(later, second)])
    assert live.change_token(store.cursor()) != token
    rows = live.latest_events(store.cursor(), EventFilter(), limit=10)
    assert [r["date"] for r in rows] == ["2016-02-18", "2016-02-17"]
    assert rows[0]["sentence"] == later.text and rows[0]["url"] == "https://example.org/second"
    s, e = rows[0]["highlight"][0]
    assert rows[0]["sentence"][s:e] == "met"


def test_live_queries_map_points_and_filters(store):
    store.add_batch([new_article()])
    cur = store.cursor()
    points = live.map_points(cur, EventFilter())
    assert points == [dict(points[0], place="Berlin", quad_class=1, events=1, mentions=1)]
    assert live.map_points(cur, EventFilter(quad_class=4)) == []
    assert live.latest_events(cur, EventFilter(country="FRA"))[0]["target_code"] == "FRAGOV"
    with pytest.raises(QueryError):
        live.latest_events(cur, EventFilter(), limit=0)


def test_live_queries_options(store):
    store.add_batch([new_article()])
    opts = live.options(store.cursor())
    assert opts["countries"][:1] in (["DEU"], ["FRA"]) and set(opts["countries"]) == {"DEU",
                                                                                      "FRA"}
    assert len(opts["roots"]) == 20 and opts["roots"][18] == {"root": "19", "name": "FIGHT"}
    assert "ASSAULT" in opts["plover"]
    assert opts["first_date"] == opts["last_date"] == "2016-02-17"
