"""What no actor does: deaths from disease, and violence to animals, are no events."""

from __future__ import annotations

from coding_helpers import roots


def test_a_disease_that_kills_is_no_attacker(code_sentence):
    text = "The measles epidemic has killed 300 children in the Kasai region since March."
    events = code_sentence(text, {"300 children": "CODCVL", "Kasai": "COD"})
    assert not any(r in ("18", "19", "20") for r in roots(events)), roots(events)
    text = "Eleven miners were killed by cholera in the Katanga province this year."
    events = code_sentence(text, {"Eleven miners": "CODLAB", "Katanga": "COD"})
    assert not any(r in ("18", "19", "20") for r in roots(events)), roots(events)


def test_animals_slaughtered_are_no_victims(code_sentence):
    text = "Veterinary teams slaughtered 4,000 pigs near Kampala after the fever spread."
    events = code_sentence(text, {"Veterinary teams": "UGAHLH", "Kampala": "UGA"})
    assert not any(r in ("18", "19", "20") for r in roots(events)), roots(events)


def test_wild_animals_killed_with_another_verb_are_no_victims(code_sentence):
    text = "A trader who killed and ate a wild boar near Kampala has fallen ill with the fever."
    events = code_sentence(text, {"A trader": "UGABUS", "Kampala": "UGA"})
    assert not any(r in ("18", "19", "20") for r in roots(events)), roots(events)


def test_people_killed_are_still_victims(code_sentence):
    text = "Gunmen killed four herders and drove off their cattle near Kaduna on Sunday."
    events = code_sentence(text, {"Gunmen": "NGAREB", "four herders": "NGAAGR",
                                  "Kaduna": "NGA"})
    assert ("18", "NGAAGR") in [(e.cameo.root, e.target.code) for e in events if e.target], \
        roots(events)


def test_what_is_done_about_a_disease_is_no_act_toward_anyone(code_sentence):
    text = "The Zambian health minister said the government would fight the cholera outbreak."
    events = code_sentence(text, {"The Zambian health minister": "ZMBGOV",
                                  "the government": "ZMBGOV"}, facts_only=False)
    assert not any(r in ("03", "19") for r in roots(events)), roots(events)
    text = "Zambian officials caught the disease early."
    events = code_sentence(text, {"Zambian officials": "ZMBGOV"})
    assert not roots(events), roots(events)


def test_private_life_is_no_political_event(code_sentence):
    # help, talk, praise between private people is not coded; a crime among them still is
    text = "Her grandmother helped the young swimmers with their training in Mombasa."
    events = code_sentence(text, {"Her grandmother": "KENCVL", "the young swimmers": "KENCVL",
                                  "Mombasa": "KEN"})
    assert not roots(events), roots(events)
    text = "A shopkeeper stabbed two customers in Mombasa on Friday."
    events = code_sentence(text, {"A shopkeeper": "KENBUS", "two customers": "KENCVL",
                                  "Mombasa": "KEN"})
    assert "18" in roots(events), roots(events)
    text = "The Kenyan government helped the young swimmers with their training."
    events = code_sentence(text, {"The Kenyan government": "KENGOV",
                                  "the young swimmers": "KENCVL"})
    assert "07" in roots(events), roots(events)


def test_a_killing_by_a_thing_or_of_a_thing_is_no_violence(code_sentence):
    text = "Contaminated moonshine killed nineteen villagers near Kisumu last week."
    events = code_sentence(text, {"nineteen villagers": "KENCVL", "Kisumu": "KEN"})
    assert not any(r in ("18", "19", "20") for r in roots(events)), roots(events)
    text = "The Kenyan president killed the rail project with a single decree."
    events = code_sentence(text, {"The Kenyan president": "KENGOV"})
    assert not any(r in ("18", "19", "20") for r in roots(events)), roots(events)
    text = "A roadside bomb killed nine Kenyan police officers near Mandera."
    events = code_sentence(text, {"nine Kenyan police officers": "KENCOP", "Mandera": "KEN"})
    assert "19" in roots(events) or "18" in roots(events), roots(events)


def test_a_private_visit_to_a_country_is_no_event(code_sentence):
    text = "A Kenyan tourist visiting Tanzania fell ill with malaria."
    events = code_sentence(text, {"A Kenyan tourist": "KENCVL", "Tanzania": "TZA"})
    assert "04" not in roots(events), roots(events)
    text = "Thousands of Somali refugees have sought refuge in Kenya since the drought."
    events = code_sentence(text, {"Thousands of Somali refugees": "SOMREF", "Kenya": "KEN"})
    assert "02" in roots(events), roots(events)
