"""An act only hoped, waited for or expected ("hopes for a deal", "expectations of a trade deal")
has not happened: it is no fact. A deal signed still is."""

from __future__ import annotations


def facts(events):
    return [(e.cameo.code, e.source.code if e.source else None,
             e.target.code if e.target else None) for e in events if e.is_fact]


def test_hoped_and_expected_deals_are_no_facts(code_sentence):
    for text in ("Kenya hopes for a deal with Ghana.",
                 "Markets rose on expectations of a trade deal between Kenya and Ghana."):
        events = code_sentence(text, {"Kenya": "KEN", "Ghana": "GHA"}, facts_only=False)
        assert not [f for f in facts(events) if f[0] == "057"], text


def test_a_deal_signed_is_a_fact(code_sentence):
    events = code_sentence("Kenya signed a trade deal with Ghana.",
                           {"Kenya": "KEN", "Ghana": "GHA"}, facts_only=False)
    assert ("057", "KEN", "GHA") in facts(events)
