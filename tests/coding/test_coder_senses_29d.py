"""Round 29d: verbal attacks and everyday senses of 'support' that coded force or endorsement.

A verbal attack is CAMEO 111 (criticize or denounce), not 190 (use of force): the words of
the text say which it is (an attack on a quality or a record, one made in a tweet or a speech,
one by a lawmaker or a party's members). Armed attacks keep 190. 'Support' of a claim, a
currency, pupils or a study's funders endorses no party (05); supporting a resolution or a
candidate still does (curated.jsonl, documented in curated_SOURCE.txt).
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


@pytest.mark.parametrize("text", [
    "Zambia's ruling party attacked the Kenyan president's record on jobs.",
    "The Ghanaian minister attacked the Kenyan president in a tweet on Monday.",
    "A Zambian columnist attacked the Kenyan president.",
    "Republicans attacked the Kenyan president and his family for a year.",
    "Zambia's attacks on the Kenyan leader's credibility angered Nairobi.",
])
def test_a_verbal_attack_is_criticism_not_force(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "19" not in roots(events), shown(events)
    assert "111" in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a Kenyan army convoy near the border.",
    "Zambian rebels attacked the army base near Lusaka.",
    "The attack on the Kenyan embassy in Accra killed two guards.",
    "Militants attacked Kenyan soldiers near the border on Monday.",
])
def test_an_armed_attack_still_uses_force(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "19" in roots(events), shown(events)


@pytest.mark.parametrize(("everyday", "political"), [
    # evidence for a claim, and data lifting a currency, endorse no party
    ("Recent Kenyan data supported the shilling.",
     "Kenya supported the resolution on Ghana."),
    ("The Kenyan analysts cited reports to support their claim about Ms Adeyemi.",
     "Kenya supported the opposition candidate in Ghana."),
    # a teacher's work for pupils and staff endorses no party
    ("For a decade Mr Mensah supported the pupils and teachers of an Accra school.",
     "Ghana's government supported Kenya's bid for the seat."),
    # a criminal charge of 'material support' of a group is no endorsement
    ("Mr Otieno was charged with material support of a terrorist group in Kenya.",
     "Ghana voiced support for Kenya's bid for the seat."),
])
def test_everyday_support_endorses_no_one_political_support_does(parser, coder, everyday,
                                                                 political):
    events = resolved_and_coded(parser, coder, everyday)
    assert "05" not in roots(events), shown(events)
    events = resolved_and_coded(parser, coder, political)
    assert "05" in roots(events), shown(events)


@pytest.mark.parametrize(("everyday", "political", "root"), [
    # a doubt about a candidate's chances disapproves of no party (11)
    ("Kenyan officials remain skeptical of Ms Adeyemi's chances in the race.",
     "Kenya remains skeptical of Ghana's proposal.", "11"),
    # what written guidelines advise is no appeal by an actor (02)
    ("The Kenyan ministry's guidelines recommend testing all travellers.",
     "Kenya recommended sanctions against Zambia.", "02"),
])
def test_doubt_and_written_advice_code_nothing(parser, coder, everyday, political, root):
    assert_only_the_political_sense_codes(parser, coder, everyday, political, root)
