"""Where the longest name at a word is not acceptable (Phoenix's "embassy in" ends on no
noun), a shorter one is tried ("embassy"), not the next word."""

from __future__ import annotations

from actors_helpers import codes


def test_embassy_in_a_city_is_its_country_s_government(resolve):
    ms = resolve("Gunmen attacked the Spanish embassy in Tripoli on Sunday.")
    assert codes(ms, "the Spanish embassy") == ["ESPGOV"]


def test_ambassador_to_a_country(resolve):
    ms = resolve("The Polish ambassador to Belarus was summoned on Friday.")
    assert codes(ms, "The Polish ambassador") == ["POLGOV"]
