"""Round 28c: more everyday senses of Phoenix and core verbs that coded political acts.

Each test pairs the everyday sense, which codes no longer, with the political sense of the same
trigger, which still codes (curated.jsonl, documented in curated_SOURCE.txt).
"""

from __future__ import annotations

import pytest
from coding_helpers import assert_only_the_political_sense_codes, resolved_and_coded, roots, shown


@pytest.mark.parametrize(("everyday", "political", "root"), [
    # health and scientific research investigates no party (09)
    ("An epidemiological investigation by the Zambian health ministry found no new cases.",
     "An investigation by the Zambian police found that the minister took bribes.", "09"),
    ("The Zambian health ministry launched an epidemiological investigation in Lusaka.",
     "Zambia launched an investigation into the opposition leader.", "09"),
    # rescuers searching for bodies investigate no one (09)
    ("Kenyan rescuers searched for bodies in Ghana.",
     "Kenyan troops searched for rebels in Ghana.", "09"),
    # fees paid for a service are no economic cooperation (06)
    ("Kenya paid the licence fees to Ghana.", "Kenya paid Ghana for the grain.", "06"),
    # a concert tour is no visit between actors (04)
    ("The Kenyan singer and the Ghanaian rapper will tour together next year.",
     "The Kenyan president will tour Ghana next spring.", "04"),
    # contact information made public consults no one (04)
    ("Kenya made its contact information public.", "Kenya made contact with Ghana.", "04"),
    # an awareness campaign appeals to no actor (02)
    ("Kenya launched an awareness campaign in Ghana.",
     "Kenya launched a campaign against Ghana.", "02"),
    # an outbreak or a case of a disease investigated is no party's conduct (09)
    ("The Zambian health ministry is investigating an outbreak of cholera in Kenya.",
     "Zambian police investigated the opposition leader.", "09"),
    ("Zambian officials are investigating a possible case of measles disease in Ghana.",
     "Zambian police investigated the opposition leader.", "09"),
    # an actress working with children cooperates with no actor (06)
    ("The Kenyan actress works with children in Ghana.",
     "Kenya worked with Uganda to fight the rebels.", "06"),
    # efforts called for to combat a disease threaten no military force (13)
    ("Ghana's health minister called for fresh efforts to combat cholera.",
     "Kenya called for combat against the Ugandan rebels.", "13"),
    # earnings or a gas released free no person (08)
    ("The Kenyan company released its earnings in Ghana.",
     "Kenya released three Ugandan soldiers.", "08"),
    ("Kenyan factories release methane near the border with Uganda.",
     "Kenya released three Ugandan soldiers.", "08"),
    # a problem or an addiction combated by policy is no use of force (19)
    ("To combat this, the Kenyan government passed a new water law.",
     "Kenyan troops combated Somali militants near the border.", "19"),
    ("The Zambian governor vowed to combat addiction in Lusaka.",
     "Kenyan troops combated Somali militants near the border.", "19"),
    # protests exploding to new levels are no bombing (18)
    ("With Zambian protests exploding to new levels, Kenya closed the border.",
     "A car bomb exploded in Nairobi, killing six Kenyan soldiers.", "18"),
])
def test_everyday_sense_codes_nothing_political_sense_stays(parser, coder, everyday, political,
                                                            root):
    assert_only_the_political_sense_codes(parser, coder, everyday, political, root)


def test_a_concert_tour_states_no_intent_to_meet(parser, coder):
    text = "The Kenyan singer and the Ghanaian rapper will tour together next year."
    events = resolved_and_coded(parser, coder, text)
    assert "03" not in roots(events), shown(events)


def test_anger_exploding_to_a_new_level_is_no_bombing(parser, coder):
    text = "Kenyan anger at Zambia has exploded to a new level."
    events = resolved_and_coded(parser, coder, text)
    assert "18" not in roots(events), shown(events)
