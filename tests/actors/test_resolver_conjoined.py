"""Conjoined sides of one phrase are one mention each, however the parser joins them."""

from __future__ import annotations

from actors_helpers import by_text


def test_and_hung_on_the_first_of_two_modifiers(resolve):
    # the parser makes "EU" a sibling modifier of "negotiators", not a conjunct of "UK"
    ms = resolve("UK and EU negotiators have agreed a new trade deal.")
    both = by_text(ms, "UK and EU negotiators")
    assert sorted(m.code for m in both) == ["GBRGOV", "IGOEUREEC"]


def test_a_plural_noun_joined_before_another_is_a_side_of_its_own(resolve):
    # the parser makes "Rebels" a modifier of "troops"; a plural noun modifies nothing
    ms = resolve("Rebels and government troops fought in Homs.")
    assert by_text(ms, "Rebels and government troops") == []
    assert [m.code for m in by_text(ms, "government troops")] == ["SYRMIL"]
