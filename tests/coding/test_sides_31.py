"""Round 31c: acts the sentence does not assert, and sides that are no party.

A state, or one of its organs, speaking of its own bare country speaks to no second party:
the target of the statement is left open (rebels or protesters keep it)."""

from __future__ import annotations

from eventwire import code_text


def sides(events, root=None):
    return [(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo.code, e.modality) for e in events if root is None or e.cameo.root == root]


def test_a_state_speaking_of_its_own_country_speaks_to_no_one():
    for text in ("The Zambian health ministry noted that Zambia had few cases.",
                 "Kenyan officials described Kenya as safe for tourists.",
                 "Nigeria's president stated that Nigeria would not pay."):
        said = [e for e in code_text(text) if e.cameo.root == "01"]
        assert said and all(e.source is not None and e.target is None for e in said), \
            sides(said)

    # a group that is no organ of the state keeps its country, and so does an act that is no
    # statement (a warning to its people)
    events = code_text("Kenyan rebels described Kenya as a failed state.")
    assert ("KENREB", "KEN") in [s[:2] for s in sides(events, "01")], sides(events)
    events = code_text("The Ghanaian minister warned Ghanaians about the floods.")
    assert ("GHAGOV", "GHA") in [s[:2] for s in sides(events, "13")], sides(events)
