"""The canonical article, end to end: the events a careful human coder expects (issue 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.pipeline import code_articles
from eventwire.records import Event

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "turkey-syria-2016-02-16.txt"


@pytest.fixture(scope="module")
def events() -> list[Event]:
    articles = list(read_inputs([str(EXAMPLE)]))
    assert len(articles) == 1
    return next(code_articles(articles))[1]


def facts(events: list[Event]) -> list[Event]:
    return [e for e in events if e.is_fact]


def find(events, source=None, root=None, target=None, code=None):
    return [
        e for e in facts(events)
        if (source is None or (e.source and e.source.code == source))
        and (root is None or e.cameo.root == root)
        and (code is None or e.cameo.code == code)
        and (target is None or (e.target and (e.target.code or "").startswith(target)))
    ]


def test_canonical_turkey_appeals_to_its_allies_for_military_cooperation(events):
    found = find(events, source="TUR", root="02")
    assert found and found[0].cameo.code == "0212"
    assert "allies" in found[0].target.text


def test_canonical_turkey_accuses_russia_of_war_crimes(events):
    assert find(events, source="TUR", code="1124", target="RUS")


def test_canonical_russia_denies_responsibility(events):
    assert find(events, source="RUS", code="016") or find(events, source="RUS", root="12")


def test_canonical_turkey_threatens_the_kurdish_ypg_militia(events):
    found = find(events, source="TUR", root="13")
    assert found and found[0].cameo.code == "138"
    assert "YPG" in found[0].target.text
    assert found[0].evidence.attributed_to == "VOA News"


def test_canonical_turkey_carries_out_airstrikes(events):
    assert find(events, source="TUR", code="195")


def test_canonical_government_forces_attack_rebels(events):
    found = find(events, source="SYRMIL", root="19", target="SYRREB")
    assert found
    assert any(e.location and e.location.name == "Aleppo" for e in found)


def test_canonical_every_event_dated_from_the_byline(events):
    assert events and {e.date for e in events} == {"2016-02-16"}


def test_canonical_no_event_has_one_actor_on_both_sides(events):
    for e in events:
        if e.source and e.target and e.source.code:
            assert e.source.code != e.target.code, e.sentence


def test_canonical_rising_tensions_are_not_force(events):
    tension = [e for e in events if "tensions" in e.sentence]
    assert not [e for e in tension if e.cameo.root in ("18", "19", "20")]


def test_canonical_negated_statement_is_kept_out_of_the_facts(events):
    accept = [e for e in events if "do not accept" in e.sentence and "accept" in e.evidence.trigger]
    assert accept and all(e.negated and not e.is_fact for e in accept)


def test_canonical_events_explain_themselves(events):
    for e in events:
        assert e.evidence.rule and e.evidence.trigger
        start, end = e.evidence.trigger_start, e.evidence.trigger_end
        assert e.sentence_index >= 0 and start is not None and end > start
