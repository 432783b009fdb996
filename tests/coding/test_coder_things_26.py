"""A thing as a passive's agent does no act between parties, as a thing as subject does not."""

from __future__ import annotations

from coding_helpers import resolved_and_coded, root_sides, roots


def test_support_by_a_thing_is_no_endorsement(parser, coder):
    text = "The Kenyan market's high valuations are being supported by a mix of factors."
    assert "05" not in roots(resolved_and_coded(parser, coder, text))


def test_support_by_a_party_stays(parser, coder):
    text = "The Kenyan rebels were supported by Zambian troops."
    events = resolved_and_coded(parser, coder, text)
    assert ("ZMBMIL", "KENREB", "05") in root_sides(events), root_sides(events)
