"""Filter words are matched as written. Before, LIKE's wildcards went through: text=% or
place=_ matched every event (GET /events?text=%25 answered all of them), and text=100% could
not ask for the words "100%"."""

from __future__ import annotations

import pytest
from store_helpers import ALEPPO, RUS, TUR, wire_article

from eventwire.store.query import EventFilter, count
from eventwire.store.synthetic import event


@pytest.fixture
def two(store):
    a = wire_article("a1", "https://apnews.com/a", "apnews.com")
    b = wire_article("b1", "https://voanews.com/b", "voanews.com", text="Other words entirely.")
    store.add_batch([
        (a, [event("a1", "2016-02-16", TUR, RUS, place=ALEPPO,
                   sentence="Turkey said it was 100% sure, in a_b terms.")]),
        (b, [event("b1", "2016-02-17", RUS, TUR, place=ALEPPO,
                   sentence="Russia denied it.")]),
    ])
    return store


@pytest.mark.parametrize(("flt", "expected"), [
    (EventFilter(text="%"), 1), (EventFilter(text="_"), 1), (EventFilter(text="100%"), 1),
    (EventFilter(text="a_b"), 1), (EventFilter(text="a%b"), 0), (EventFilter(text="\\"), 0),
    (EventFilter(text="%%%_"), 0), (EventFilter(place="%"), 0), (EventFilter(place="_lepp_"), 0),
    (EventFilter(place="aleppo"), 2), (EventFilter(actor="%"), 0),
    (EventFilter(text="' OR 1=1 --"), 0), (EventFilter(text="russia"), 1),
])
def test_store_query_wildcards_are_literal(two, flt, expected):
    assert count(two.con, flt) == expected
