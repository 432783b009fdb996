"""Round 33d: everyday senses VII, what is no political event.

A health agency's warning against eating a food, or about fruit from a foreign firm, is a
public notice: no threat (13). Health officials tracing where tainted food came from, or
probing an outbreak, accuse no one (09). Phoenix's 'issue ... border' (046) was the border
issue between two states, not any verb 'issue' near a border. Watching a new flu strain, and
evidence of water found on a moon, investigate no party (09); a minister back from a holiday
made no visit (04). An order to slaughter or cull farm animals demands nothing of a party
(10), and traffic police sent out to direct cars raise no police power (15). The
political senses keep their codes (curated.jsonl, documented in curated_SOURCE.txt).
"""

from __future__ import annotations

import pytest
from coding_helpers import assert_only_the_political_sense_codes, codes, resolved_and_coded, shown


@pytest.mark.parametrize(("everyday", "political", "root"), [
    # a food or product notice threatens no one; a warning to a state does
    ("The Zambian health ministry issued a warning against eating raw pork from Kenya.",
     "Zambia issued a warning to Kenya over its troops.", "13"),
    ("The Ghanaian food authority issued a warning on melons from a Kenyan firm.",
     "Zambia issued a warning to Kenya over its troops.", "13"),
    ("The warning about Kenyan melons was issued on Monday by the Zambian health ministry.",
     "The warning from Kenya to Zambia about its troops was issued on Monday.", "13"),
    # tracing tainted food accuses no one; a police inquiry into a killing does
    ("Zambian health officials investigated where the contaminated beef had come from.",
     "Zambian police investigated the killing of a Kenyan trader.", "09"),
    ("The Kenyan health ministry's investigation into tainted milk from Zambia found no fault.",
     "Kenya's investigation into the Zambian ambassador found no fault.", "09"),
    ("Kenyan health officials probed an outbreak of disease among cattle in Zambia.",
     "Zambian police probed the bombing of the Kenyan embassy.", "09"),
    ("Kenya's probe of the cholera outbreak in Zambia found no new cases.",
     "Kenya's probe of the Zambian ambassador found no new evidence.", "09"),
    # watching a disease investigates no party; observing an election does
    ("The Ghanaian health ministry monitored the new flu strain in Kenya.",
     "Kenyan observers monitored the Zambian election.", "09"),
    # what science finds accuses no one; evidence of a party's acts does
    ("Kenyan scientists found evidence of water on the moon.",
     "Kenyan investigators found evidence that Zambia had armed the rebels.", "09"),
    # a private holiday is no visit; a state visit is one
    ("The Zambian finance minister returned from holiday in Kenya.",
     "The Zambian president returned from a state visit to Kenya.", "04"),
    # culling animals demands nothing of a party; an order to a state does
    ("The Zambian agriculture ministry ordered the slaughter of 600 pigs at a farm near Lusaka.",
     "Zambia ordered Kenya to withdraw its troops.", "10"),
    ("The Kenyan government ordered the culling of all poultry in the district.",
     "Zambia ordered Kenya to withdraw its troops.", "10"),
    # routine traffic policing raises no police power; police sent out for a visit do
    ("Kenya deployed 300 traffic police to direct cars around the new bus lanes in Nairobi.",
     "Kenya deployed extra police in Nairobi ahead of the Zambian president's visit.", "15"),
])
def test_everyday_sense_codes_nothing_political_sense_still_codes(parser, coder, everyday,
                                                                   political, root):
    assert_only_the_political_sense_codes(parser, coder, everyday, political, root)


@pytest.mark.parametrize("text", [
    "Zambia issued a warning to Kenya about troops massing on the border.",
    "Kenya issued new border passes to Zambian traders.",
])
def test_issuing_something_near_a_border_is_no_negotiation(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "046" not in codes(events), shown(events)
    if "warning" in text:  # the warning itself still threatens
        assert "130" in codes(events), shown(events)
