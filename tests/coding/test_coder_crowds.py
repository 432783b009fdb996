"""A protest whose subject only counts people ("thousands marched") is done by protesters."""

from __future__ import annotations

from coding_helpers import resolved_and_coded


def protests(events):
    return [(e.source.text if e.source else None, e.source.code if e.source else None,
             e.cameo.code) for e in events if e.cameo.root in ("14", "10")]


def test_thousands_who_march_are_protesters_of_the_country(parser, coder):
    events = resolved_and_coded(parser, coder, "Thousands marched in Harare on Saturday.")
    assert [(t, c) for t, c, _ in protests(events)] == [("Thousands", "ZWEOPP")], \
        protests(events)
    events = resolved_and_coded(parser, coder,
                                "Hundreds of thousands rallied in Lima against the government.")
    assert protests(events) and protests(events)[0][:2] == ("Hundreds of thousands", "PEROPP")


def test_what_the_crowd_demands_is_what_it_protests_for(parser, coder):
    events = resolved_and_coded(parser, coder, "Thousands marched in Harare demanding the "
                                               "president's resignation.")
    assert ("Thousands", "ZWEOPP", "1411") in protests(events), protests(events)


def test_counted_people_named_by_their_noun_are_that_noun(parser, coder):
    events = resolved_and_coded(parser, coder, "Dozens of farmers protested in Lusaka.")
    assert [c for _, c, _ in protests(events)] == ["ZMBAGR"], protests(events)
