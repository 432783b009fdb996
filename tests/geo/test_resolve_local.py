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


def test_resolve_a_home_town_named_like_a_foreign_country(places_of):
    places = places_of("Police in Indiana said a woman was arrested in Lebanon on Tuesday "
                       "after a chase down the interstate.")
    assert places["Lebanon"].country == "USA" and places["Lebanon"].admin1 == "Indiana"
    places = places_of("The Indiana State Police said the crash happened in Peru on Friday. "
                       "Two riders from Kokomo were hurt.")
    assert places["Peru"].country == "USA"
    places = places_of("Missouri troopers closed a road near Mexico on Monday, and deputies "
                       "from Audrain County helped.")
    assert places["Mexico"].country == "USA"
    # world news keeps the country: another country or its demonym is named
    places = places_of("Israel and Lebanon traded fire on Tuesday, officials in Beirut said.")
    assert places["Lebanon"].feature == "country"
    places = places_of("Lebanese troops moved into Lebanon's south, an Indiana senator said.")
    assert places["Lebanon"].feature == "country"
    places = places_of("An Indiana senator said Mexico must do more to stop the drug trade.")
    assert places["Mexico"].feature == "country"
    # … and so does a story of the state that is not local news
    places = places_of("A Missouri farmer said his corn exports to Mexico fell this year.")
    assert places["Mexico"].feature == "country"
    places = places_of("Missouri officials said the flu strain was first seen in Mexico.")
    assert places["Mexico"].feature == "country"


def test_resolve_a_place_qualified_by_its_own_name_is_the_city(places_of):
    places = places_of("The bank, based in New York, N.Y., said it would cut 200 jobs.")
    assert places["New York"].feature == "city"


def test_resolve_a_saint_county_spelled_st(places_of):
    places = places_of("Crews in St. Louis County and St. Charles Parish cleared the roads.")
    assert places["St. Louis County"].feature == "admin2"
    assert places["St. Louis County"].admin1 == "Missouri"
    assert places["St. Charles Parish"].admin1 == "Louisiana"


def test_resolve_village_of_and_a_feature_words_area(places_of):
    places = places_of("The Village of Oak Park raised fees, and Cicero trustees objected.")
    assert places["Village of Oak Park"].admin1 == "Illinois"
    places = places_of("The Bay Area braced for rain as San Jose and Oakland opened shelters.")
    assert places["Bay Area"].country != "SOM"


def test_resolve_a_compass_word_starting_an_unknown_qualifier_qualifies_nothing(places_of):
    places = places_of("Police in Wakefield, West Yorkshire, said a man was arrested.")
    assert places["Wakefield"].country == "GBR"


def test_resolve_a_world_city_over_a_small_namesake_nothing_local_supports(places_of):
    places = places_of("The Texas delegation flew to Paris for the climate talks, the "
                       "governor said.")
    assert places["Paris"].country == "FRA"
    places = places_of("An Ohio student studying in London was hurt in the attack.")
    assert places["London"].country == "GBR"
    # … but local news, or a town of the story nearby, keeps the namesake
    places = places_of("The Texas band will play in Paris next week, then in Dallas.")
    assert places["Paris"].country == "USA"
    places = places_of("Ohio police said a London man was arrested after the crash.")
    assert places["London"].country == "USA"


def test_resolve_a_world_city_whose_country_the_story_names(places_of):
    places = places_of("FRANKFORT, Ky. (AP) - A Frankfort teacher on a school trip to France "
                       "was safe, her family said. Police in Paris closed the streets near "
                       "the museum after the attack.")
    assert places["Paris"].country == "FRA"
