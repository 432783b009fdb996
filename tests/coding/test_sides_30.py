"""Round 30c: real acts with the wrong sides or the wrong root.

One sentenced or deported after a passive ("was evicted and sentenced to a year in jail") is
the one acted on, not the sentencer; the possessor of an arrest or an abduction ("the
senator's arrest") is the one arrested; force by a person or a criminal on civilians is CAMEO
18 (unconventional violence), not 19 (military force); a clause with a subject of its own
names no one an act was for; a "who" clause after a place phrase has no doer there."""

from __future__ import annotations

from eventwire import code_text


def coded(events, root):
    return [(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo.code) for e in events if e.cameo.root == root]


def test_assault_by_a_man_on_a_woman_is_physical_assault():
    events = code_text("A Kenyan man who carried out a brutal assault on a woman was jailed "
                       "for ten years.")
    assert ("KENPPL", "KENCVL", "182") in coded(events, "18"), coded(events, "19")


def test_a_man_killing_villagers_is_unconventional_violence():
    events = code_text("A Ghanaian man killed two Ghanaian villagers in Accra on Sunday.")
    assert coded(events, "18") and not coded(events, "19"), coded(events, "19")
    # a state's forces or police, a state, and anyone striking soldiers keep military force
    for text in ("Kenyan troops killed twenty rebels near the border.",
                 "Rebels attacked a Kenyan army base on Monday.",
                 "Zambian police shot and killed two protesters.",
                 "A Kenyan man attacked two Kenyan soldiers on Monday.",
                 "Kenya attacked Somalia."):
        events = code_text(text)
        assert coded(events, "19") and not coded(events, "18"), (text, coded(events, "18"))

