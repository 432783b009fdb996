"""The article's other places weigh a name's senses by how much the article says of them."""


def test_resolve_the_article_state_mentioned_most_wins(places_of):
    places = places_of("A man who grew up in Illinois was arrested in Springfield on Monday. "
                       "Ohio police said the Ohio man had fled across Ohio.")
    assert places["Springfield"].admin1 == "Ohio"


def test_resolve_a_state_centre_is_no_neighbour_of_its_towns(places_of):
    # New York (the state) says little of where in it a small Boston lies: the big city stays
    places = places_of("The mayor of Boston declared a flu emergency as 700 cases were "
                       "reported, and hospitals across New York were also full.")
    assert places["Boston"].admin1 == "Massachusetts"


def test_resolve_names_that_lie_together_are_read_together(places_of):
    # each name alone leans elsewhere (Edmonton, Alberta; Enfield, Connecticut or Nova Scotia);
    # the two in north London lie together
    places = places_of("Volunteers at a church in Edmonton opened a night shelter this winter, "
                       "one of seven churches in Enfield to do so.")
    assert places["Edmonton"].country == "GBR" and places["Enfield"].country == "GBR"


def test_resolve_a_name_tagged_a_person_once_keeps_all_its_senses(places_of):
    # the first "Austin" is tagged a person, the second a place: the small Indiana town,
    # under the size a town found only by the gazetteer needs, stays a candidate for both
    places = places_of("An HIV outbreak spread across rural southern Indiana last spring. "
                       "Austin, a town in Scott County, Indiana, was at its centre. Clinics in "
                       "Austin handed out clean needles, and Indiana officials praised the work.")
    assert places["Austin"].admin1 == "Indiana"


def test_resolve_a_plural_level_word_after_a_list(places_of):
    places = places_of("The storm knocked out power in Lancaster, York and Dauphin counties.")
    for name in ("Lancaster", "York", "Dauphin"):
        assert places[name].feature == "admin2" and places[name].admin1 == "Pennsylvania"
    places = places_of("Officials in Orleans and Jefferson parishes opened shelters.")
    assert places["Orleans"].feature == "admin2" and places["Orleans"].admin1 == "Louisiana"


def test_resolve_the_one_in_the_state_named_after_in(places_of):
    # Marion County of Indiana is the largest; "in Illinois" says which one
    places = places_of("Floods closed roads in Marion County in Illinois on Monday.")
    assert places["Marion County"].admin1 == "Illinois"


def test_resolve_a_county_abbreviated_co(places_of):
    places = places_of("A barn burned in Marshall Co., Iowa, on Sunday.")
    assert places["Marshall"].feature == "admin2" and places["Marshall"].admin1 == "Iowa"
    places = places_of("WARREN CO. - A man was arrested after a chase near Indianola, "
                       "deputies said.")
    assert places["WARREN"].name == "Warren County" and places["WARREN"].admin1 == "Iowa"
