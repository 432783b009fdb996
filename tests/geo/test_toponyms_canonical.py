"""The canonical article: Azaz, the Idlib province and Aleppo resolve in Syria."""

from eventwire.geo.resolve import km


def _find(toponyms, text):
    found = [t for t in toponyms if t.text == text]
    assert found, f"{text} not found among {[t.text for t in toponyms]}"
    return found[0]


def test_toponyms_canonical_syrian_places_within_10_km(geoparser, canonical_doc):
    toponyms = geoparser.toponyms(canonical_doc)
    azaz = _find(toponyms, "Azaz")
    assert azaz.country == "SYR" and azaz.feature == "city"
    assert km(azaz.lat, azaz.lon, 36.586, 37.048) < 10
    idlib = _find(toponyms, "Idlib")
    assert idlib.country == "SYR" and idlib.feature == "admin1"
    assert km(idlib.lat, idlib.lon, 35.8, 36.6) < 10
    aleppo = _find(toponyms, "Aleppo")
    assert aleppo.country == "SYR" and aleppo.feature == "city"
    assert km(aleppo.lat, aleppo.lon, 36.202, 37.159) < 10


def test_toponyms_canonical_istanbul_in_turkey(geoparser, canonical_doc):
    istanbul = _find(geoparser.toponyms(canonical_doc), "Istanbul")
    assert istanbul.country == "TUR" and istanbul.feature == "city"


def test_toponyms_canonical_offsets_point_into_the_text(geoparser, canonical_doc):
    for t in geoparser.toponyms(canonical_doc):
        assert canonical_doc.text[t.start:t.end] == t.text


def test_toponyms_canonical_demonyms_and_furniture_are_not_places(geoparser, canonical_doc):
    texts = {t.text for t in geoparser.toponyms(canonical_doc)}
    assert "Turkish" not in texts
    assert not any("border" in t for t in texts)
    assert not texts & {"Real", "Time", "Close", "Fun", "Stuff"}
