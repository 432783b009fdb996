"""Round 36d: the everyday news wording of acts that matched no pattern.

Police sent, flown or posted somewhere raise police power (CAMEO 153), naval units and
battalions moved raise armed forces (154); aid, lending and budget support frozen or paused
reduce assistance (162, 1621, 1623); imports halted are an embargo (163), visas stopped an
administrative sanction (172), an embassy
downgraded or an envoy recalled reduced diplomatic relations (161); missiles and air defence
delivered are military aid (072); refusing food is a hunger strike (142) and protesters
chained to gates obstruct (144). The lookalikes (lending rates cut, food aid refused, people
chained by others) code none of these. Patterns in curated.jsonl
and measures.jsonl.
"""

from __future__ import annotations

import pytest
from coding_helpers import codes, resolved_and_coded, shown, sides


def facts(parser, coder, text):
    return [e for e in resolved_and_coded(parser, coder, text) if e.is_asserted]


@pytest.mark.parametrize("text", [
    "Kenya sent 300 extra police officers to the border with Somalia on Monday.",
    "Zambia deployed extra riot police around the stadium in Lusaka on Saturday.",
    "Ghana flew 200 additional gendarmes to the northern region after the clashes.",
    "Malawi rushed police reinforcements to the town of Mzuzu on Friday.",
    "Zambian riot police massed outside parliament in Lusaka on Thursday.",
])
def test_police_sent_or_posted_somewhere_raise_police_power(parser, coder, text):
    events = facts(parser, coder, text)
    assert "153" in codes(events), shown(events)
    assert "175" not in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "Zambia dispatched two coast guard vessels to the lake after a Malawian boat was seen.",
    "Kenya moved extra naval units into the Indian Ocean approaches to Mombasa.",
    "Ghana flew 500 additional troops to the northern region on Tuesday.",
    "Malawi stationed two battalions along its border with Zambia.",
])
def test_naval_units_and_troops_moved_raise_armed_forces(parser, coder, text):
    events = facts(parser, coder, text)
    assert "154" in codes(events), shown(events)


@pytest.mark.parametrize("text, code", [
    ("The World Bank froze new lending to Zambia over the law.", "1621"),
    ("Britain halted budget support to Ghana's government on Friday.", "1621"),
    ("Sweden has scrapped its development aid to Malawi.", "1621"),
    ("The United States paused funding for the Kenyan agency on Friday.", "162"),
    ("The UN suspended all aid convoys in Zambia after the attack.", "1623"),
    ("The World Food Programme cut rations for refugees in Kenya by half.", "1623"),
])
def test_aid_and_lending_frozen_or_paused_reduce_assistance(parser, coder, text, code):
    events = facts(parser, coder, text)
    assert code in codes(events), shown(events)


def test_lending_rates_cut_cut_no_lending(parser, coder):
    events = facts(parser, coder, "The Zambian central bank cut lending rates by half a point.")
    assert not any(c.startswith("16") for c in codes(events)), shown(events)


@pytest.mark.parametrize("text, code", [
    ("Zambia halted all imports of Kenyan maize on Tuesday.", "163"),
    ("Kenya suspended grain exports to Zambia on Monday.", "163"),
    ("Zambia stopped issuing visas to citizens of Kenya.", "172"),
    ("Zambia downgraded its embassy in Nairobi to the level of a charge d'affaires.", "161"),
    ("Ghana recalled its trade commissioner from Lusaka on Monday.", "161"),
])
def test_trade_halted_visas_stopped_and_ties_downgraded_are_sanctions(parser, coder, text,
                                                                      code):
    events = facts(parser, coder, text)
    assert code in codes(events), shown(events)


def test_imports_halted_name_the_exporter_as_target(parser, coder):
    events = facts(parser, coder, "Zambia halted all imports of Kenyan maize on Tuesday.")
    assert ("ZMB", "KEN") in sides(events, "163"), shown(events)


@pytest.mark.parametrize("text", [
    "Germany delivered another batch of air defence systems to Kenya.",
    "Britain sent anti-tank missiles to Ghana's army last month.",
    "Malawi provided artillery and ammunition to the Zambian army.",
])
def test_weapons_delivered_are_military_aid(parser, coder, text):
    events = facts(parser, coder, text)
    assert "072" in codes(events), shown(events)


@pytest.mark.parametrize("text, code", [
    ("Malawian asylum seekers refused food for 11 days in protest at their detention.", "142"),
    ("Zambian activists chained themselves to the gates of the Kenyan embassy.", "144"),
    ("Ghanaian protesters handcuffed themselves to the railings outside the Zambian "
     "parliament.", "144"),
])
def test_hunger_strikes_and_protesters_chained_to_gates(parser, coder, text, code):
    events = facts(parser, coder, text)
    assert code in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "The Zambian prisoners refused food aid from the Kenyan charity.",
    "The hostages were chained to a radiator by the Zambian gunmen.",
])
def test_food_aid_refused_and_people_chained_by_others_are_no_protest(parser, coder, text):
    events = facts(parser, coder, text)
    assert not {"142", "144"} & set(codes(events)), shown(events)


@pytest.mark.parametrize("text, code", [
    ("Kenya expelled a Zambian television correspondent on Tuesday.", "174"),
    ("Ghana's immigration service expelled two Malawian executives on Thursday.", "174"),
    ("Zambia's election commission disqualified opposition leader Mr Banda from the "
     "presidential vote.", "1722"),
    ("Malawi's parliament approved a six-month state of emergency in the north.", "1724"),
])
def test_persons_expelled_candidates_disqualified_and_emergencies_approved(parser, coder, text,
                                                                           code):
    events = facts(parser, coder, text)
    assert code in codes(events), shown(events)


def test_a_border_reopened_eases_a_restriction(parser, coder):
    events = facts(parser, coder, "Kenya reopened its border crossing with Zambia on Friday.")
    assert "081" in codes(events), shown(events)


@pytest.mark.parametrize("text, code", [
    ("Kenya rescheduled repayments on the railway loan, giving Zambia three more years.", "071"),
    ("Zambian soldiers distributed rice and cooking oil to families in Malawi.", "073"),
    ("Malawi's army put up heated tents for refugees from Zambia.", "073"),
    ("Kenya set up a field hospital for Zambian refugees in Lusaka.", "073"),
    ("Kenya issued humanitarian visas to 60 Zambian activists.", "075"),
])
def test_debt_relief_relief_goods_shelter_and_humanitarian_visas_are_aid(parser, coder, text,
                                                                          code):
    events = facts(parser, coder, text)
    assert code in codes(events), shown(events)


@pytest.mark.parametrize("text, code", [
    ("Kenyan and Zambian diplomats wrapped up three days of negotiations in Lusaka.", "046"),
    ("Ghanaian mediators shuttled between Kenyan and Zambian delegations in Accra.", "045"),
    ("Kenya and Zambia set up a joint task force to track cattle smugglers.", "060"),
    ("Kenyan and Zambian coastguards carried out a joint search on the lake.", "060"),
    ("The United States shared satellite imagery with Kenya.", "064"),
])
def test_negotiations_mediation_and_joint_work(parser, coder, text, code):
    events = facts(parser, coder, text)
    assert code in codes(events), shown(events)


def test_a_joint_offensive_against_rebels_stays_an_attack_on_them(parser, coder):
    events = facts(parser, coder,
                   "Kenyan and Zambian troops carried out a joint offensive against the rebels.")
    assert "190" in codes(events), shown(events)
