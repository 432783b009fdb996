from __future__ import annotations

import pytest
from store_helpers import ACCUSE, ALEPPO, RUS, TUR, wire_article

from eventwire.store.query import (
    EventFilter,
    QueryError,
    actors,
    count,
    dyad_timeline,
    get_article,
    get_event,
    query_rows,
    stats,
)
from eventwire.store.synthetic import ACTORS, CODES, PLACES, event

SYR_MIL, SYR_REB = ACTORS[2], ACTORS[3]
FORCE = CODES[10]
MOSCOW = PLACES[2]


@pytest.fixture
def filled(store):
    a = wire_article("a1", "https://apnews.com/a", "apnews.com")
    b = wire_article("b1", "https://reuters.com/b", "reuters.com",
                     text="Government forces attacked rebels in Aleppo; Moscow talks went on.")
    store.add_batch([
        (a, [event("a1", "2016-02-16", TUR, RUS, ACCUSE, ALEPPO, index=0),
             event("a1", "2016-02-16", TUR, RUS, ACCUSE, ALEPPO, index=1, modality="future")]),
        (b, [event("b1", "2016-02-17", SYR_MIL, SYR_REB, FORCE, ALEPPO, index=0,
                   sentence="Government forces attacked rebels in Aleppo."),
             event("b1", "2016-03-01", RUS, TUR, CODES[2], MOSCOW, index=1)]),
    ])
    return store


@pytest.mark.parametrize(
    ("flt", "n"),
    [
        (EventFilter(), 3),
        (EventFilter(include_all=True), 4),
        (EventFilter(start="2016-02-17"), 2),
        (EventFilter(start="2016-02-16", end="2016-02-16"), 1),
        (EventFilter(actor="TUR"), 2),
        (EventFilter(actor="syria"), 1),
        (EventFilter(country="SYR"), 2),
        (EventFilter(source="TUR", target="RUS"), 1),
        (EventFilter(cameo="112"), 1),
        (EventFilter(root="19"), 1),
        (EventFilter(quad_class=4), 1),
        (EventFilter(plover="assault"), 1),
        (EventFilter(place="aleppo"), 2),
        (EventFilter(bbox="36,35,38,37"), 2),
        (EventFilter(text="rebels in Aleppo"), 1),
        (EventFilter(article_id="b1"), 2),
    ],
)
def test_store_query_filters(filled, flt, n):
    assert count(filled.con, flt) == n
    assert len(query_rows(filled.con, flt)) == n


@pytest.mark.parametrize(
    ("flt", "message"),
    [
        (EventFilter(start="16 Feb"), "start: '16 Feb' is not a date"),
        (EventFilter(start="2016-03-01", end="2016-02-01"), "is after end"),
        (EventFilter(country="Syria"), "country: 'Syria' is not a three-letter"),
        (EventFilter(cameo="abc"), "cameo: 'abc'"),
        (EventFilter(quad_class=7), "quad_class: 7"),
        (EventFilter(bbox="1,2,3"), "bbox: '1,2,3'"),
        (EventFilter(source="TUR;DROP"), "source: 'TUR;DROP'"),
    ],
)
def test_store_query_rejects_bad_filters(filled, flt, message):
    with pytest.raises(QueryError, match=message):
        query_rows(filled.con, flt)


def test_store_query_event_has_mentions_and_sentences(filled):
    (row,) = query_rows(filled.con, EventFilter(plover="ASSAULT"))
    record = get_event(filled.con, row["event_id"])
    assert record["num_mentions"] == 1
    (mention,) = record["mentions"]
    assert mention["sentence"] == "Government forces attacked rebels in Aleppo."
    assert mention["record"]["cameo"]["code"] == "190"
    assert get_event(filled.con, "ev-nope") is None


def test_store_query_article_stats_actors_timeline(filled):
    article = get_article(filled.con, "a1")
    assert article["url"] == "https://apnews.com/a" and len(article["event_ids"]) == 2
    s = stats(filled.con)
    assert (s["articles"], s["events"], s["fact_events"], s["mentions"]) == (2, 4, 3, 4)
    codes = {a["code"] for a in actors(filled.con)}
    assert {"TURGOV", "RUSMIL", "SYRMIL", "SYRREB"} <= codes
    timeline = dyad_timeline(filled.con, "TUR", "RUS")
    assert timeline == [
        {"date": "2016-02-16", "events": 1, "mentions": 1, "mean_goldstein": -2.0}
    ]
