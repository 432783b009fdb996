"""News media with their country (Phoenix codes them MED alone); a place whose name holds
another country's name is in its own country."""

from __future__ import annotations

from actors_helpers import codes


def test_state_news_agency_is_its_country_s_media(resolve):
    ms = resolve("Xinhua said the delegation would arrive in Nairobi on Monday.")
    assert codes(ms, "Xinhua") == ["CHNMED"]


def test_broadcaster_reporters_are_its_country_s_media(resolve):
    ms = resolve("Police in Cairo detained two Al Jazeera reporters on Sunday.")
    assert codes(ms, "two Al Jazeera reporters") == ["QATMED"]


def test_wire_agencies_stay_international(resolve):
    ms = resolve("Reuters could not independently verify the report.")
    assert codes(ms, "Reuters") == ["MED"]


def test_niger_delta_is_in_nigeria(nlp, resolver):
    ms = resolver.resolve(nlp("Gunmen kidnapped two engineers in the Niger Delta."),
                          "2016-02-16", places=True)
    assert [m.country for m in ms if m.text.endswith("Niger Delta")] == ["NGA"]
    assert [m.code for m in ms if m.text == "Gunmen"] == ["NGAREB"]
