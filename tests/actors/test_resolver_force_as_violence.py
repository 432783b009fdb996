"""'Force' singular and bare is violence used ("military force", "excessive force"), no
actor; a force, the force, forces and a country's force are bodies."""

from __future__ import annotations

from actors_helpers import codes


def test_military_force_threatened_is_no_actor(resolve):
    ms = resolve("Beijing has repeatedly threatened military force against the island.")
    assert codes(ms, "military force") == []


def test_excessive_force_used_is_no_actor(resolve):
    ms = resolve("Witnesses said riot police used excessive force on the marchers.")
    assert codes(ms, "excessive force") == []


def test_a_force_and_forces_are_bodies(resolve):
    ms = resolve("A Kenyan force of 900 soldiers crossed the border on Monday.")
    assert codes(ms, "A Kenyan force") == ["KENMIL"]
    ms = resolve("Ethiopian forces shelled the town on Monday.")
    assert codes(ms, "Ethiopian forces") == ["ETHMIL"]
