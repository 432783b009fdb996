"""'Intelligence' as what is known ("shared intelligence on X") is no actor; a country's or
the definite intelligence services are."""

from __future__ import annotations

from actors_helpers import codes


def test_shared_intelligence_is_information(resolve):
    ms = resolve("Jordan and Iraq agreed to share intelligence on smuggling networks.")
    assert codes(ms, "intelligence") == []


def test_requested_intelligence_from_a_country_is_information(resolve):
    ms = resolve("The Danish police requested intelligence from Sweden about the suspects.")
    assert codes(ms, "intelligence") == []


def test_a_country_s_intelligence_is_an_actor(resolve):
    ms = resolve("Turkish intelligence believes the attackers came from the south.")
    assert codes(ms, "Turkish intelligence") == ["TURSPY"]
