"""General news the tuning bench rarely shows: ordinary verbs of cooperating, asking, judging
and restricting, read as the CAMEO manual defines them.

Sentences written for these tests, in news style; actors given by hand.
"""

from __future__ import annotations


def kinds(events):
    return [(e.cameo.code, e.plover.event) for e in events]


def pairs(events, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.plover.event == root]


def test_working_with_another_party_is_cooperation(code_sentence):
    text = "The Kenyan health ministry is working with the World Health Organization on a vaccine."
    events = code_sentence(text, {"The Kenyan health ministry": "KENHLH",
                                  "the World Health Organization": "IGOWHO"})
    assert pairs(events, "COOPERATE") == [("KENHLH", "IGOWHO")], kinds(events)
