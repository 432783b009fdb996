"""A named part of a place the gazetteer lacks ("North Dallas") is placed by its whole when
the whole is a city; a part of a province or country is not its centre."""


def test_resolve_part_of_a_city_is_the_city(places_of):
    places = places_of("Police in North Dallas arrested two men after a shooting.")
    assert places["North Dallas"].name == "Dallas" and places["North Dallas"].country == "USA"
    places = places_of("Heavy rain flooded homes across North-Western Sydney on Friday.")
    assert places["North-Western Sydney"].country == "AUS"
    assert abs(places["North-Western Sydney"].lat + 33.9) < 0.5


def test_resolve_a_place_entity_that_runs_on_past_a_known_name(nlp, geoparser):
    from spacy.tokens import Span

    doc = nlp("Members of the Bakersfield City Council toured the Indian Ocean coast and "
              "the Salinas Valley in May.")
    words = [t.text for t in doc]
    spans = [(words.index("Bakersfield"), 3, "GPE"), (words.index("Indian"), 3, "LOC"),
             (words.index("Salinas"), 2, "LOC")]
    doc.ents = [Span(doc, s, s + n, label=label) for s, n, label in spans]
    found = {t.text: t for t in geoparser.toponyms(doc)}
    council = found["Bakersfield City Council"]
    assert council.name == "Bakersfield" and council.admin1 == "California"
    assert found["Indian Ocean coast"].feature == "region"
    # a valley is another place than its namesake town: left unresolved
    assert found["Salinas Valley"].lat is None


def test_resolve_a_part_of_a_province_is_no_foreign_city_of_its_name(places_of):
    places = places_of("Aurora is a town in the Regional Municipality of York in Southern "
                       "Ontario, north of Toronto.")
    assert places["Southern Ontario"].country != "USA"
