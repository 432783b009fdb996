"""Session 30: a bare "carrier" is an airline or a phone company far more often than a warship
(Phoenix's agents file made it MIL); "aircraft carrier" stays military."""

from __future__ import annotations


def military(resolve, text: str) -> list[str]:
    return [m.code for m in resolve(text) if (m.code or "").endswith("MIL")]


def test_a_carrier_is_no_military(resolve):
    assert not military(resolve, "The Zambian carrier said flights to Nairobi would resume.")


def test_an_aircraft_carrier_stays_military(resolve):
    assert military(resolve, "A Kenyan aircraft carrier sailed into the port on Monday.")
