"""'Officers' named alone are the story's police in a police story, soldiers in a war story."""

from __future__ import annotations

from actors_helpers import codes


def test_officers_in_a_police_story_are_police(resolve):
    ms = resolve("Police in Mombasa said officers stopped a van and arrested the driver.")
    assert codes(ms, "officers") == ["KENCOP"] or codes(ms, "officers") == ["COP"], \
        codes(ms, "officers")


def test_officers_beside_soldiers_stay_military(resolve):
    ms = resolve("Soldiers and officers of the Kenyan army stormed the camp near Mandera.")
    assert all(code.endswith("MIL") for code in codes(ms, "officers")), codes(ms, "officers")


def test_army_officers_keep_their_sector(resolve):
    ms = resolve("Police said army officers had detained two protesters in Nairobi.")
    assert all(code.endswith("MIL") for code in codes(ms, "army officers")), \
        codes(ms, "army officers")
