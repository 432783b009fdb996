"""Vehicles an actor holds ("a Kenyan school bus", "an army bus", "a Red Crescent ambulance"):
what is done to them is done to their holder, as for an army camp."""

from __future__ import annotations


def test_a_national_school_bus_is_the_schools(resolve):
    found = [(m.text, m.code) for m in resolve("An airstrike hit a Kenyan school bus on Monday.")]
    assert found == [("a Kenyan school bus", "KENEDU")]


def test_an_army_bus_is_the_armys(resolve):
    found = [(m.text, m.code) for m in resolve("Gunmen stopped a Kenyan army bus at dawn.")]
    assert ("a Kenyan army bus", "KENMIL") in found
