"""Round 29b: everyday senses of Phoenix and core verbs that still coded political acts.

Each test pairs the everyday sense, which codes no longer, with the political sense of the same
trigger, which still codes (curated.jsonl, documented in curated_SOURCE.txt).
"""

from __future__ import annotations

import pytest
from coding_helpers import (
    assert_only_the_political_sense_codes,
    codes,
    resolved_and_coded,
    roots,
    shown,
)


@pytest.mark.parametrize(("everyday", "political", "root"), [
    # a fight in court or against a charge or an illness uses no force (19)
    ("Mr Banda is battling extradition to Kenya.",
     "Zambia's army battled the rebels near the border.", "19"),
    ("Ms Adeyemi battled charges of fraud in Zambia.",
     "Zambia's army battled the rebels near the border.", "19"),
    ("Ghana's ruling party faces a legal battle with Togo over the port.",
     "Kenyan soldiers died in a battle with Somali militants.", "19"),
    # a police search of a house is no battle (19); the raid codes 175 instead
    ("Kenyan police raided the house of Ms Adeyemi.",
     "Zambian troops raided a rebel base near the border.", "19"),
    # a door rammed to enter a house is no use of force against an actor (19)
    ("Armed Kenyan officers rammed the door, and Mr Otieno came out.",
     "A Kenyan patrol boat rammed a Somali fishing vessel.", "19"),
    # a scene cordoned off by investigators coerces no one (17)
    ("The shop in Nairobi remained cordoned off by Kenyan investigators.",
     "Zambian police cordoned off the district before the protest.", "17"),
    # animals kept in or kept from moving during an outbreak are no actors sanctioned (17)
    ("Kenyan officials confined all the birds to their cages.",
     "Kenyan officials confined the Ghanaian envoy to his hotel.", "17"),
    ("Poultry movement has been restricted by the Kenyan ministry around the farm.",
     "Kenya restricted the movement of Ghanaian diplomats.", "17"),
    # a death from an illness yields to no actor (08)
    ("Three Kenyan children succumbed to food poisoning.",
     "Kenya succumbed to pressure from Ghana.", "08"),
    # a policy preference for free trade endorses no actor (05)
    ("Breaking with a Kenyan policy favoring free trade, Nairobi raised its duties.",
     "Ghana favors Kenya's bid for the seat.", "05"),
    # departing from a council's resolutions threatens no one (13)
    ("Kenya broke with two Security Council resolutions on Togo.",
     "Ghana broke with Kenya over the border dispute.", "13"),
    # a lab analysis, a flu's spread watched or a ticket scanned investigates no party (09)
    ("The Kenyan board analysed a specimen from a cow in Ghana.",
     "Kenyan police analysed the conduct of the Ghanaian envoy.", "09"),
    ("Kenyan health officials will monitor the spread of the flu in Ghana.",
     "Kenyan officials monitored the opposition leader in Ghana.", "09"),
    ("Kenyan staff scanned the ticket of a Ghanaian woman.",
     "Kenyan police investigated the Ghanaian envoy.", "09"),
    ("Zambian scientists in Kenya are researching the brain cells of mice.",
     "Zambian police in Kenya are investigating the opposition leader.", "09"),
    # a visit to a hospital, or a doctor's visit to a patient, is no visit between actors (04)
    ("A Kenyan aid worker visited the hospital in Ghana.",
     "The Kenyan president visited Ghana.", "04"),
    ("A Kenyan doctor visited Ms Adeyemi in a Ghanaian prison.",
     "Kenyan officials visited Ms Adeyemi in a Ghanaian prison.", "04"),
    # a warning of a storm threatens no actor (13)
    ("Kenya's storm warnings for Ghanaian fishermen came late.",
     "Kenya's warning to Ghana angered Accra.", "13"),
    # being told of a death consults no one (04)
    ("Kenyan officials were notified of a Ghanaian child's death.",
     "Kenya notified Ghana of its decision to close the border.", "04"),
])
def test_everyday_sense_codes_nothing_political_sense_stays(parser, coder, everyday, political,
                                                            root):
    assert_only_the_political_sense_codes(parser, coder, everyday, political, root)


def test_a_police_raid_on_a_house_is_repression_as_phoenix_codes_a_raided_home(parser, coder):
    text = "Zambian police raided the offices of Ghana's embassy."
    events = resolved_and_coded(parser, coder, text)
    assert "175" in codes(events), shown(events)


def test_a_drug_mimicking_a_hormone_states_nothing(parser, coder):
    text = "Kenya's new painkiller works by mimicking the hormones of Zambian patients."
    events = resolved_and_coded(parser, coder, text)
    assert "01" not in roots(events), shown(events)
