"""Bare sector nouns take the country the story is set in."""

from __future__ import annotations

from actors_helpers import codes

SYRIA_STORY = (
    "Turkey said on Monday it was alarmed by the fighting in Syria. "
    "Government forces advanced on rebels near Aleppo, in northern Syria. "
    "Pro-government forces took two villages, and rebels retreated."
)


def test_government_forces_in_a_syria_story(resolve):
    ms = resolve(SYRIA_STORY)
    assert set(codes(ms, "Government forces")) == {"SYRMIL"}
    assert set(codes(ms, "Pro-government forces")) == {"SYRMIL"}
    assert set(codes(ms, "rebels")) == {"SYRREB"}


def test_no_place_falls_back_to_most_named_country(resolve):
    ms = resolve("Kenya's president spoke. Kenya and the police clashed with protesters.")
    assert set(codes(ms, "protesters")) == {"KENOPP"}


def test_no_country_at_all(resolve):
    ms = resolve("Police fired tear gas at protesters.")
    assert codes(ms, "Police") == ["COP"] and codes(ms, "protesters") == ["OPP"]
