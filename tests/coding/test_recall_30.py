"""Round 30g: recall of restrictions, legal steps and consultations stated with light verbs.

An authority that institutes, issues, introduces, orders, declares, announces or enforces a
quarantine, a lockdown, a travel ban or restrictions imposes an administrative sanction (CAMEO
172); a ban on gatherings, rallies or protests restricts the freedom of assembly (1721); a
curfew is 1723 and a state of emergency 1724, whatever light verb puts them in force. Fighting
a project in court is legal action (115); talking to a party consults it (040), as talking with
it does, while talking to reporters stays a statement (010); an appeal for aid, as a noun, is
the same request as the verb (0231), and one for food, medicine or tents asks for
humanitarian aid (0233). Restrictions or travel bans on animals or farms sanction no actor
(round 27a). Patterns in core.jsonl and curated.jsonl, documented in
their "source" fields and curated_SOURCE.txt.
"""

from __future__ import annotations

import pytest
from coding_helpers import codes, resolved_and_coded, shown


@pytest.mark.parametrize(("text", "code"), [
    # quarantines and lockdowns
    ("The Zambian government instituted a quarantine in two districts on Monday.", "172"),
    ("The Zambian health ministry extended the lockdown of Ndola by two weeks.", "172"),
    ("Kenya renewed the quarantine on the border town for another month.", "172"),
    # curfews and states of emergency
    ("The Ghanaian authorities instituted a curfew in the northern region.", "1723"),
    ("The Zambian cabinet introduced a state of emergency across the copper belt.", "1724"),
    ("Kenya's interior ministry ordered a state of emergency in three counties.", "1724"),
    # bans on assembly restrict a political freedom
    ("The Ghanaian police issued a ban on public gatherings in Accra.", "1721"),
    ("The Zambian government imposed a ban on opposition rallies before the vote.", "1721"),
    ("Kenya's interior minister announced a ban on street protests in Nairobi.", "1721"),
    ("The Zambian police declared a ban on demonstrations near parliament.", "1721"),
    # restrictions and travel bans
    ("The Ghanaian government introduced new restrictions on movement in Kumasi.", "172"),
    ("Kenya's health ministry ordered restrictions on travel to the coast.", "172"),
    ("The Zambian government issued a travel ban on its senior officials.", "172"),
    ("The Kenyan authorities imposed a ban on night markets in the capital.", "172"),
])
def test_restrictions_with_light_verbs(parser, coder, text, code):
    events = resolved_and_coded(parser, coder, text)
    assert code in codes(events), shown(events)


def test_fighting_a_project_in_court_is_legal_action(parser, coder):
    events = resolved_and_coded(
        parser, coder, "The Ghanaian opposition fought the new mining law in court.")
    assert codes(events) == ["115"], shown(events)


def test_talking_to_a_party_consults_it_and_to_reporters_states(parser, coder):
    events = resolved_and_coded(
        parser, coder, "The Zambian president talked to Kenyan leaders about the border.")
    assert [(e.source.code, e.target.code, e.cameo.code) for e in events] == \
        [("ZMBGOV", "KENGOV", "040")], shown(events)
    events = resolved_and_coded(
        parser, coder, "The Zambian president talked to reporters in Lusaka on Monday.")
    assert "040" not in codes(events), shown(events)
    assert "010" in codes(events), shown(events)


def test_joining_an_appeal_for_aid_asks_for_aid(parser, coder):
    events = resolved_and_coded(
        parser, coder, "Zambia joined an appeal for aid to Malawi after the floods.")
    assert "0231" in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "The Zambian agriculture ministry issued restrictions on poultry farms after the outbreak.",
    "The Kenyan veterinary office ordered restrictions on cattle markets in two counties.",
    "The Ghanaian minister introduced a travel ban on all horses in the north.",
    "The Ghanaian government imposed a ban on cattle sales near the border.",
])
def test_restrictions_on_animals_sanction_no_actor(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert not [c for c in codes(events) if c.startswith("17")], shown(events)


@pytest.mark.parametrize("text", [
    "Zambia joined the Malawian government's appeal for tents and medicine after the floods.",
    "Kenya appealed for blankets and clothing for the refugees from Somalia.",
])
def test_appeals_for_relief_goods_ask_for_humanitarian_aid(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "0233" in codes(events), shown(events)
