"""Names that hold a country's name or demonym but are not that country: seas are no actor,
world regions take CAMEO's region codes, Northern Ireland is in the United Kingdom."""

from __future__ import annotations

from actors_helpers import codes


def test_sea_named_after_a_country_is_no_actor(nlp, resolver):
    ms = resolver.resolve(nlp("Vietnamese boats fished in the South China Sea on Monday."),
                          "2019-01-01", places=True)
    assert not [m for m in ms if m.code and m.code.startswith("CHN")]


def test_gulf_named_after_a_country_is_no_actor(nlp, resolver):
    ms = resolver.resolve(nlp("Two rigs in the Gulf of Mexico were evacuated."), "2019-01-01",
                          places=True)
    assert not [m for m in ms if m.code and m.code.startswith("MEX")]


def test_latin_america_is_a_region_not_the_united_states(resolve):
    ms = resolve("Leaders from Latin America met in Lima on Friday.")
    assert codes(ms, "Latin America") == ["LAM"]


def test_northern_ireland_is_in_the_united_kingdom(nlp, resolver):
    ms = resolver.resolve(nlp("Police in Northern Ireland arrested two men."), "2019-01-01",
                          places=True)
    assert [m.code for m in ms if m.text == "Northern Ireland"] == ["GBR"]
    assert codes(ms, "Police") == ["GBRCOP"]


def test_west_africa_is_a_region(nlp, resolver):
    ms = resolver.resolve(nlp("Germany sent doctors to West Africa."), "2019-01-01", places=True)
    assert [m.code for m in ms if m.text == "West Africa"] == ["WAF"]


def test_places_of_recent_wars_have_their_country(nlp, resolver):
    ms = resolver.resolve(nlp("Shelling hit Kherson and Mariupol overnight."), "2022-05-01",
                          places=True)
    assert {m.country for m in ms if m.text in ("Kherson", "Mariupol")} == {"UKR"}


def test_sector_noun_takes_the_country_of_a_region_it_is_in(resolve):
    ms = resolve("Rebels in Tigray said government forces had shelled Mekelle.")
    assert codes(ms, "Rebels") == ["ETHREB"]


def test_the_country_written_with_its_article_is_the_state_not_a_place_in_it(nlp, resolver):
    # Phoenix lists "the US" among the US's states and cities; as a place it could not own the
    # offer it modifies
    ms = resolver.resolve(nlp("Tehran rejected the US offer on Monday."), "2019-01-01",
                          places=True)
    us = [m for m in ms if m.code == "USA"]
    assert us and not (us[0].entry or "").startswith("place:"), us
