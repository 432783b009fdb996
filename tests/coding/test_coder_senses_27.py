"""Round 27a: everyday senses of Phoenix verbs that coded political acts on real news.

Each test pairs the everyday sense, which codes no longer, with the political sense of the same
verb, which still codes (curated.jsonl, documented in curated_SOURCE.txt).
"""

from __future__ import annotations

import pytest
from coding_helpers import assert_only_the_political_sense_codes, resolved_and_coded, roots, shown


@pytest.mark.parametrize(("everyday", "political", "root"), [
    # goods and prices offered for sale are no intent to cooperate (03)
    ("The Kenyan retailer is offering a discount on Zambian phones.",
     "Zambia offered an end to the curfew on the Malawian border.", "03"),
    ("A Kenyan shop is offering the Zambian phone for $99.",
     "Zambia offered an end to the curfew on the Malawian border.", "03"),
    # a doctor ordering an X-ray, or a lab ordering mice, demands nothing (10)
    ("A Ghanaian doctor ordered a chest X-ray for the Zambian minister.",
     "Kenya's president ordered the Zambian police to free the journalists.", "10"),
    ("The Kenyan institute ordered mice from a Zambian breeder.",
     "Kenya's president ordered the Zambian police to free the journalists.", "10"),
    # dirty air and a pipeline fought in court are no use of force (19)
    ("Accra has been fighting dirty air for decades.",
     "Zambian troops fought rebels near the border with Congo.", "19"),
    ("Kenyan farmers fought the Ugandan pipeline in court.",
     "Zambian troops fought rebels near the border with Congo.", "19"),
    # a town hall meeting with voters consults no actor (04)
    ("Zambian senator Mwale held a town hall meeting in Lusaka.",
     "Zambia's foreign minister held a meeting with Kenyan officials.", "04"),
    # products, habits and animal movements banned sanction no actor (17)
    ("Kenya banned plastic bags.", "Kenya banned the Zambian opposition party.", "17"),
    ("Kenya prohibited cattle feed made in Uganda.",
     "Kenya banned the Zambian opposition party.", "17"),
    ("Kenya extended its ban on the movement of cattle.",
     "Kenya extended its ban on the Zambian opposition party.", "17"),
    # a phone's support for a feature or an app endorses no one (05)
    ("The Kenyan phone supports wireless charging.",
     "Kenya supports the Zambian government.", "05"),
    ("The Kenyan phone has support for Zambian apps.",
     "Kenya's support for the Zambian government is strong.", "05"),
    # watching a video states nothing (01)
    ("Zambia's minister viewed the Kenyan video.",
     "Zambia's minister views the Kenyan proposal as a threat.", "01"),
    # cases of a disease carried in are no trade; wages paid are no economic cooperation (06)
    ("Measles cases were imported to Kenya from Uganda.", "Kenya imported maize from Uganda.",
     "06"),
    ("The Zambian minister paid his Kenyan drivers less.", "Kenya imported maize from Uganda.",
     "06"),
    ("The Kenyan agent worked with Zambian musicians.",
     "Kenya worked with Uganda to fight the rebels.", "06"),
    # routine inspections and research investigate no party (09)
    ("Kenyan firefighters inspected the chemical.",
     "Kenyan police investigated the Ugandan minister.", "09"),
    ("Zambian scientists investigated the impact of the drought on Kenya.",
     "Kenyan police investigated the Ugandan minister.", "09"),
    # a visit to one's dentist is private (04)
    ("The Zambian minister's visit to his Kenyan dentist was brief.",
     "The Zambian president's visit to Kenya was brief.", "04"),
    # a ban on people's doings stays: 'from fishing' names what the banned may not do (17)
    ("Kenya banned plastic bags.",
     "Kenya banned Somali boats from fishing.", "17"),
    # a state supports a peaceful resolution, not a display resolution (05)
    ("The Kenyan phone supports wireless charging.",
     "Zambia supported a peaceful resolution of the crisis with Malawi.", "05"),
    # tickets or a company purchased are no trade; wheat and arms purchased are (06)
    ("Ms Adeyemi purchased plane tickets to Kenya.", "Zambia purchased wheat from Kenya.", "06"),
    ("The Zambian firm purchased a Kenyan record label.", "Kenya purchased missiles from Russia.",
     "06"),
    # an airline's jets purchased are no military cooperation, nor trade between actors (06)
    ("Kenya Airways purchased ten jets from Airbus.", "Kenya purchased missiles from Russia.",
     "06"),
    # the threat of a disease threatens no one with an act (13)
    ("Kenyan officials saw a threat of cholera in the Somali refugee camps.",
     "Ugandan officials received threats from Kenyan police.", "13"),
    # a specimen examined is research; a minister's accounts examined are investigated (09)
    ("Kenyan researchers examined a specimen from Uganda.",
     "Kenyan prosecutors examined the Ugandan minister's accounts.", "09"),
    # room in a car promised is no intent to cooperate (03)
    ("The Kenyan car maker is promising more space for five passengers in Zambia.",
     "Kenya promised Zambia more aid.", "03"),
    # people monitored for a virus are not investigated (09)
    ("Ugandan officials monitored 900 Kenyans for the virus.",
     "Kenyan police monitored the Ugandan opposition.", "09"),
])
def test_everyday_sense_codes_nothing_political_sense_stays(parser, coder, everyday, political,
                                                            root):
    assert_only_the_political_sense_codes(parser, coder, everyday, political, root)


@pytest.mark.parametrize("everyday", [
    "The Kenyan weather service warned of heavy rain in Nairobi.",
    "The Kenya Meteorological Department warned Nairobi of a storm.",
    "Kenya's weather service warned Ugandan farmers that frost would damage their crops.",
])
def test_a_weather_warning_is_no_threat_or_comment(parser, coder, everyday):
    events = resolved_and_coded(parser, coder, everyday)
    assert not {"01", "13"} & set(roots(events)), shown(events)
    political = "Ghana's army warned Togo against crossing the border."
    assert "13" in roots(resolved_and_coded(parser, coder, political))


def test_a_product_banned_is_no_sanction_its_import_banned_stays_an_embargo(parser, coder):
    events = resolved_and_coded(parser, coder, "Kenya banned plastic bags.")
    assert not {"16", "17"} & set(roots(events)), shown(events)
    text = "Kenya banned the import of plastic bags from Uganda."
    events = resolved_and_coded(parser, coder, text)
    assert "16" in roots(events), shown(events)


def test_a_laptop_unveiled_is_no_diplomacy_a_plan_unveiled_is_a_statement(parser, coder):
    text = "The Kenyan company unveiled its new laptop in Zambia."
    events = resolved_and_coded(parser, coder, text)
    assert "05" not in roots(events), shown(events)
    text = "Kenya unveiled a plan to end the war with Somalia."
    events = resolved_and_coded(parser, coder, text)
    assert "01" in roots(events), shown(events)


