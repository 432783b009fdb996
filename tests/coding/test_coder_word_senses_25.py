"""Round 25c: everyday senses of political verbs, and political senses that had no pattern."""

from __future__ import annotations

from coding_helpers import codes


def test_attending_a_grade_or_a_wedding_is_no_visit(code_sentence):
    text = "Ms Adeyemi attended grade 4 at the Lusaka school."
    events = code_sentence(text, {"Ms Adeyemi": "ZMBCVL", "the Lusaka school": "ZMBEDU"})
    assert "042" not in codes(events), codes(events)
    text = "The Zambian minister attended the wedding of a Lusaka banker."
    events = code_sentence(text, {"The Zambian minister": "ZMBGOV", "a Lusaka banker": "ZMBBUS"})
    assert "042" not in codes(events), codes(events)


def test_visiting_a_restaurant_or_relatives_is_no_visit_but_a_country_is(code_sentence):
    text = "Zambian police visited a Lusaka restaurant on Tuesday."
    events = code_sentence(text, {"Zambian police": "ZMBCOP", "Lusaka": "ZMB"})
    assert "042" not in codes(events), codes(events)
    text = "The Kenyan minister visited relatives in Ghana over the holiday."
    events = code_sentence(text, {"The Kenyan minister": "KENGOV", "Ghana": "GHA"})
    assert "042" not in codes(events), codes(events)
    text = "The Kenyan minister visited Ghana on Tuesday."
    events = code_sentence(text, {"The Kenyan minister": "KENGOV", "Ghana": "GHA"})
    assert "042" in codes(events), codes(events)


def test_calling_the_police_is_no_phone_diplomacy_calling_on_them_appeals(code_sentence):
    text = "Kenyan residents called the police after the shooting."
    events = code_sentence(text, {"Kenyan residents": "KENCVL", "the police": "KENCOP"})
    assert "041" not in codes(events), codes(events)
    text = "The Kenyan opposition called on the police to step up patrols in Mombasa."
    events = code_sentence(text, {"The Kenyan opposition": "KENOPP", "the police": "KENCOP"})
    assert "020" in codes(events), codes(events)


def test_going_to_the_police_consults_no_one(code_sentence):
    text = "Ms Adeyemi went to the police after the attack in Lusaka."
    events = code_sentence(text, {"Ms Adeyemi": "ZMBCVL", "the police": "ZMBCOP"})
    assert "040" not in codes(events), codes(events)


def test_monitoring_a_case_investigates_no_one(code_sentence):
    text = "The Kenyan president is monitoring the case of the jailed Ghanaian trader."
    events = code_sentence(text, {"The Kenyan president": "KENGOV",
                                  "the jailed Ghanaian trader": "GHABUS"})
    assert "090" not in codes(events), codes(events)


def test_restricting_dogs_coerces_no_one(code_sentence):
    text = "Zambian officials restricted dogs from the Lusaka park."
    events = code_sentence(text, {"Zambian officials": "ZMBGOV", "Lusaka": "ZMB"})
    assert "170" not in codes(events), codes(events)


def test_ejecting_diplomats_or_observers_expels_them(code_sentence):
    text = "Ghana ejected two Kenyan diplomats on Friday."
    events = code_sentence(text, {"Ghana": "GHA", "two Kenyan diplomats": "KENGOV"})
    assert "166" in codes(events), codes(events)
    text = "Ghana ejected the Kenyan observers on Friday."
    events = code_sentence(text, {"Ghana": "GHA", "the Kenyan observers": "KENGOV"})
    assert "1662" in codes(events), codes(events)


def test_recruiting_fighters_and_conscription_mobilize_forces(code_sentence):
    text = "The Ghanaian rebels recruited hundreds of fighters in the north."
    events = code_sentence(text, {"The Ghanaian rebels": "GHAREB"})
    assert "154" in codes(events), codes(events)
    text = "The Ghanaian government announced the conscription of young men."
    events = code_sentence(text, {"The Ghanaian government": "GHAGOV", "young men": "GHACVL"})
    assert "154" in codes(events), codes(events)
    text = "The Ghanaian bank recruited hundreds of clerks in the north."
    events = code_sentence(text, {"The Ghanaian bank": "GHABUS"})
    assert "154" not in codes(events), codes(events)


def test_demobilising_a_militia_in_british_spelling(code_sentence):
    text = "The Kenyan government demobilised the militia in the north."
    events = code_sentence(text, {"The Kenyan government": "KENGOV", "the militia": "KENREB"})
    assert "0873" in codes(events), codes(events)
    text = "The Kenyan government announced the demobilisation of the militia."
    events = code_sentence(text, {"The Kenyan government": "KENGOV", "the militia": "KENREB"})
    assert "0873" in codes(events), codes(events)


def test_annexation_and_confiscation_nouns_code_as_their_verbs(code_sentence):
    text = "Ghana completed the annexation of the Kenyan island."
    events = code_sentence(text, {"Ghana": "GHA", "the Kenyan island": "KEN"})
    assert "192" in codes(events), codes(events)
    text = "Ghana began the confiscation of Kenyan farms."
    events = code_sentence(text, {"Ghana": "GHA", "Kenyan": "KEN"})
    assert "1711" in codes(events), codes(events)


def test_releasing_photos_or_a_survey_frees_no_one(code_sentence):
    text = "The Ghanaian rebels released photos of the Kenyan hostages."
    events = code_sentence(text, {"The Ghanaian rebels": "GHAREB", "the Kenyan hostages": "KENCVL"})
    assert "0841" not in codes(events), codes(events)
    text = "The Kenyan ministry released a survey of Ghanaian voters."
    events = code_sentence(text, {"The Kenyan ministry": "KENGOV", "Ghanaian voters": "GHACVL"})
    assert "0841" not in codes(events), codes(events)
    text = "The Ghanaian rebels released the Kenyan hostages on Friday."
    events = code_sentence(text, {"The Ghanaian rebels": "GHAREB", "the Kenyan hostages": "KENCVL"})
    assert "0841" in codes(events), codes(events)


def test_executing_a_search_warrant_kills_no_one(code_sentence):
    text = "Kenyan police executed a search warrant at the Ghanaian trader's shop."
    events = code_sentence(text, {"Kenyan police": "KENCOP", "the Ghanaian trader": "GHABUS"})
    assert "180" not in codes(events), codes(events)
    text = "The Ghanaian rebels executed two Kenyan soldiers."
    events = code_sentence(text, {"The Ghanaian rebels": "GHAREB", "two Kenyan soldiers": "KENMIL"})
    assert "180" in codes(events), codes(events)


def test_demonstrating_a_commitment_is_no_protest(code_sentence):
    text = "Kenyan troops demonstrated their commitment to the Ghanaian people."
    events = code_sentence(text, {"Kenyan troops": "KENMIL", "the Ghanaian people": "GHA"})
    assert "141" not in codes(events), codes(events)
    text = "Thousands of Kenyans demonstrated against the Ghanaian government."
    events = code_sentence(text, {"Kenyans": "KEN", "the Ghanaian government": "GHAGOV"})
    assert "141" in codes(events), codes(events)


def test_markets_rallying_or_declining_are_no_acts(code_sentence):
    text = "Kenyan shares rallied against the Ghanaian cedi on Monday."
    events = code_sentence(text, {"Kenyan shares": "KENBUS", "the Ghanaian cedi": "GHA"})
    assert not {"141", "113", "150"} & set(codes(events)), codes(events)
    text = "Ghanaian exports to Kenya declined sharply in May."
    events = code_sentence(text, {"Ghanaian exports": "GHABUS", "Kenya": "KEN"})
    assert "120" not in codes(events), codes(events)
    text = "The rally in Kenyan bank stocks cheered Nairobi."
    events = code_sentence(text, {"Kenyan bank stocks": "KENBUS", "Nairobi": "KENGOV"})
    assert "141" not in codes(events), codes(events)


def test_blood_donors_and_exploring_for_oil_are_no_political_acts(code_sentence):
    text = "Kenyan blood donors gave to the Ghanaian hospital."
    events = code_sentence(text, {"Kenyan": "KEN", "the Ghanaian hospital": "GHAHLH"})
    assert "070" not in codes(events), codes(events)
    text = "Kenyan firms will explore for oil in Ghana."
    events = code_sentence(text, {"Kenyan firms": "KENBUS", "Ghana": "GHA"}, facts_only=False)
    assert "090" not in codes(events), codes(events)
