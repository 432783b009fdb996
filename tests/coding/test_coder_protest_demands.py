"""A protest's demand joined to a protest of no sub-kind (CAMEO 140) stays 140."""

from __future__ import annotations


def test_dissent_demanding_a_resignation_keeps_its_code(code_sentence):
    text = "The opposition protested on Friday to demand the minister's resignation."
    events = code_sentence(text, {"The opposition": "OPP", "the minister": "GOV"})
    assert [e.cameo.code for e in events] == ["140"]
