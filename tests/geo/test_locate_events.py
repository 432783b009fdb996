"""An event's location: its trigger's place, else its sentence's, else the article's."""

from eventwire.geo.resolve import km
from eventwire.records import Cameo, Event, Evidence, Plover


def _event(doc, trigger: str, occurrence: int = 0) -> Event:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(trigger, start + 1)
    end = start + len(trigger)
    sents = list(doc.sents)
    index = next(i for i, s in enumerate(sents) if s.start_char <= start < s.end_char)
    return Event("e1", "a1", None, sents[index].text, index, None, None,
                 Cameo("190", "19", "Use conventional military force", -10.0, 4),
                 Plover("ASSAULT"), evidence=Evidence(trigger, "test", None, start, end))


def test_locate_aleppo_offensive_at_aleppo(geoparser, canonical_doc):
    (event,) = geoparser.locate(canonical_doc, [_event(canonical_doc, "offensive")])
    loc = event.location
    assert loc.name == "Aleppo" and loc.country == "SYR" and loc.precision == "city"
    assert km(loc.lat, loc.lon, 36.202, 37.159) < 10


def test_locate_trigger_phrase_beats_the_sentence(nlp, geoparser):
    doc = nlp("Turkey said on Tuesday that its jets struck militants near Azaz.")
    (event,) = geoparser.locate(doc, [_event(doc, "struck")])
    assert event.location.name.endswith("z") and event.location.country == "SYR"


def test_locate_sentence_then_article_fallback(nlp, geoparser):
    doc = nlp("Protests spread across Kenya. Police fired tear gas at the crowds.")
    (event,) = geoparser.locate(doc, [_event(doc, "fired")])
    assert event.location.country == "KEN" and event.location.precision == "country"


def test_locate_without_any_place_says_why(nlp, geoparser):
    doc = nlp("Police fired tear gas at the crowds on Monday.")
    (event,) = geoparser.locate(doc, [_event(doc, "fired")])
    assert event.location.lat is None and event.location.reason == "no place mentioned"


def test_locate_keeps_every_other_field(nlp, geoparser):
    doc = nlp("Troops attacked rebels in Aleppo.")
    before = _event(doc, "attacked")
    (after,) = geoparser.locate(doc, [before])
    assert after.cameo == before.cameo and after.evidence == before.evidence
    assert after.to_dict()["location"]["name"] == "Aleppo"


def test_locate_no_events_is_no_work(nlp, geoparser):
    assert geoparser.locate(nlp("Aleppo."), []) == []


def test_locate_an_actor_country_is_not_the_place(nlp, geoparser):
    from eventwire.records import ActorMention

    doc = nlp("Russia denied the raids in Syria.")
    ev = _event(doc, "denied")
    start = doc.text.index("Russia")
    ev = ev.__class__(**{**ev.__dict__, "source": ActorMention(
        "Russia", start, start + 6, "RUS", "RUS", None, "Russia")})
    (located,) = geoparser.locate(doc, [ev])
    assert located.location.country == "SYR"
