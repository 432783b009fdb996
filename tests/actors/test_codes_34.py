"""Session 30: a bare "carrier" is an airline or a phone company far more often than a warship
(Phoenix's agents file made it MIL); "aircraft carrier" stays military."""

from __future__ import annotations


def codes(resolve, text: str) -> dict[str, str | None]:
    return {m.text: m.code for m in resolve(text)}


def test_a_carrier_is_no_military(resolve):
    found = codes(resolve, "The Zambian carrier said flights to Nairobi would resume on Monday.")
    assert not any((code or "").endswith("MIL") for code in found.values()), found


def test_an_aircraft_carrier_stays_military(resolve):
    found = codes(resolve, "A Kenyan aircraft carrier sailed into the port on Monday.")
    assert any((code or "").endswith("MIL") for code in found.values()), found
