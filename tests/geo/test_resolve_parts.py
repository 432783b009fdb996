"""A named part of a place the gazetteer lacks ("North Dallas") is placed by its whole when
the whole is a city; a part of a province or country is not its centre."""


def test_resolve_part_of_a_city_is_the_city(places_of):
    places = places_of("Police in North Dallas arrested two men after a shooting.")
    assert places["North Dallas"].name == "Dallas" and places["North Dallas"].country == "USA"
    places = places_of("Heavy rain flooded homes across North-Western Sydney on Friday.")
    assert places["North-Western Sydney"].country == "AUS"
    assert abs(places["North-Western Sydney"].lat + 33.9) < 0.5
