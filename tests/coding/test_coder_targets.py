"""Where the target of an act is found when it is not the grammatical object."""

from __future__ import annotations

import pytest

from eventwire.actors import default_resolver
from eventwire.coding.coder import Coder
from eventwire.coding.patterns import load_patterns
from eventwire.records import Article


@pytest.fixture(scope="module")
def code(parser):
    coder = Coder(load_patterns())
    resolver = default_resolver()

    def run(text: str):
        doc = parser(text)
        mentions = resolver.resolve(doc, "2019-01-01", places=True)
        return coder.code(doc, mentions, Article(id="t", text=text, published="2019-01-01"))

    return run


def test_targets_the_country_an_act_went_to(code):
    events = code("Japan is sending troops to South Sudan.")
    assert any(e.source.code == "JPN" and e.target and e.target.code == "SSD" for e in events)


def test_targets_the_refused_acts_recipient(code):
    events = [e for e in code("Germany has refused to send peacekeepers to Iraq.") if e.is_fact]
    refusal = [e for e in events if e.cameo.root == "12"]
    assert refusal and refusal[0].target.code == "IRQ"
    assert refusal[0].evidence.rule.startswith("refuse/")


def test_targets_an_uncoded_object_when_no_actor(code):
    events = code("Zimbabwe's opposition rejected the election results.")
    reject = [e for e in events if e.cameo.root == "12"]
    assert reject and reject[0].target.text == "the election results"
    assert reject[0].target.code is None


def test_place_names_are_not_sources(code):
    events = code("BERLIN -- A court in Bavaria has convicted three men over the assault.")
    assert all(e.source is None or e.source.text != "BERLIN" for e in events)


def test_promise_is_coded_as_intent(code):
    events = [e for e in code("Russia will meet Turkey for talks next week.") if e.is_fact]
    assert [(e.source.code, e.cameo.root, e.target.code) for e in events] == [("RUS", "03", "TUR")]


def test_urging_is_coded_as_an_appeal_to_the_urged(code):
    events = [e for e in code("The United Nations urged Iran to release the sailors.")
              if e.is_fact]
    appeal = [e for e in events if e.cameo.code == "0253"]
    assert appeal and appeal[0].source.code.startswith("IGOUNO")
    assert appeal[0].target.code == "IRN"
