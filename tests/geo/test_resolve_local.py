"""Local news: towns and the units they lie in, decided by the story's own places."""


def test_resolve_qualifier_is_the_towns_unit(places_of):
    places = places_of("He drove from Pullman, Washington, to Moscow, Idaho, for the game.")
    assert places["Washington"].feature == "admin1" and places["Washington"].country == "USA"
    assert places["Pullman"].admin1 == "Washington"
    places = places_of("Athens, Georgia, police said the student was found near the campus.")
    assert places["Georgia"].feature == "admin1" and places["Georgia"].country == "USA"
    places = places_of("The clinic in Queens, New York, treated two children.")
    assert places["New York"].feature == "city"


def test_resolve_a_states_own_bodies_name_the_state(places_of):
    places = places_of("The Georgia Bureau of Investigation said the shooting happened in "
                       "Rome on Saturday night.")
    assert places["Georgia"].feature == "admin1" and places["Georgia"].country == "USA"
    assert places["Rome"].country == "USA" and places["Rome"].admin1 == "Georgia"
    places = places_of("Students at the University of Georgia in Athens rallied on Monday.")
    assert places["Athens"].country == "USA"
    places = places_of("Researchers at the University of Manchester said the trial ended.")
    assert places["Manchester"].country == "GBR"


def test_resolve_a_town_said_to_lie_in_a_county(nlp, geoparser):
    text = ("Toledo is a small city in Lewis County, Washington, on the Cowlitz River. "
            "Toledo holds a cheese festival every summer.")
    toledo = [t for t in geoparser.toponyms(nlp(text)) if t.text == "Toledo"]
    assert len(toledo) == 2 and all(t.admin1 == "Washington" for t in toledo)
    text = ("Paris is a town in Henry County, Tennessee. Visitors to Paris pose by a small "
            "copy of the Eiffel Tower.")
    paris = [t for t in geoparser.toponyms(nlp(text)) if t.text == "Paris"]
    assert len(paris) == 2 and all(t.admin1 == "Tennessee" for t in paris)


def test_resolve_a_township_is_no_namesake_abroad(places_of):
    places = places_of("Police in Cheltenham Township arrested a man on Tuesday.")
    assert places["Cheltenham Township"].country == "USA"


def test_resolve_the_items_of_a_list_lie_where_the_last_does(places_of):
    places = places_of("Residents of Kensington and Chelsea in London protested on Sunday.")
    assert places["Kensington"].country == "GBR" and abs(places["Kensington"].lat - 51.5) < 0.1


def test_resolve_abbreviated_mount_and_fort(places_of):
    places = places_of("Police in Mt. Vernon, Ohio, said the suspect was caught in Newark.")
    assert places["Mt. Vernon"].name == "Mount Vernon" and places["Mt. Vernon"].admin1 == "Ohio"


def test_resolve_a_small_town_beside_its_neighbours(places_of):
    places = places_of("The Wadena County Board met Tuesday. Commissioners from Verndale and "
                       "Menahga attended.")
    assert places["Verndale"].admin1 == "Minnesota"


def test_resolve_a_neighbourhood_of_a_city(places_of):
    places = places_of("Residents of the Brooklyn neighborhood of Baltimore complained.")
    assert places["Brooklyn"].admin1 == "Maryland"
    places = places_of("The Highland Park area of Los Angeles saw a rise in crime.")
    assert places["Highland Park"].admin1 == "California"


def test_resolve_a_small_town_said_to_lie_in_its_county(places_of):
    places = places_of("Jackson is a small city in Breathitt County, Kentucky.")
    assert places["Jackson"].admin1 == "Kentucky"


def test_resolve_a_town_said_to_lie_somewhere_after_its_bracket(places_of):
    places = places_of("Kirovsk (Russian: Кировск) is a town in Murmansk Oblast, Russia.")
    assert places["Kirovsk"].country == "RUS" and places["Kirovsk"].admin1 == "Murmansk"
    places = places_of("Toledo (pronounced tuh-LEE-doh) is a small city in Lewis County, "
                       "Washington.")
    assert places["Toledo"].admin1 == "Washington"


def test_resolve_encyclopedia_openings(places_of):
    places = places_of("Florence is an unincorporated community in Boone County, Kentucky.")
    assert places["Florence"].admin1 == "Kentucky"
    places = places_of("Santiago is a town and municipality in the Norte de Santander "
                       "Department, Colombia.")
    assert places["Santiago"].country == "COL"
