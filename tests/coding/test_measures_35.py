"""Round 35d: what authorities do and what parties give or say, named by a verb's object.

Questioning the legality, handling, wisdom, competence or fairness of what a party did, or
its use of a power or its conduct, takes it to task (CAMEO 111 Criticize or denounce), as
questioning its legitimacy does; questioning a suspect about them is none. Food, medicine or
blankets contributed, or money contributed to a relief or humanitarian effort, are
humanitarian aid (073), as donated ones are; debt relief is economic aid, and what
contributed to a crisis gave nothing. Officials, police or border guards who check
travellers' temperatures screen them by order (172 Impose administrative sanctions), as
screening passengers does; a doctor's check on a patient is none. A place sealed off by
health authorities is quarantined (172), not blockaded by armed forces (191). Patterns in
curated.jsonl (question) and measures.jsonl.
"""

from __future__ import annotations

import pytest
from coding_helpers import codes, resolved_and_coded, shown, sides


def facts(parser, coder, text):
    return [e for e in resolved_and_coded(parser, coder, text) if e.is_asserted]


@pytest.mark.parametrize(("text", "pair"), [
    ("Zambian lawmakers questioned the legality of Kenya's new tax.", ("ZMBLEG", "KEN")),
    ("The Kenyan opposition questioned the government's handling of the crisis.",
     ("KENOPP", "KENGOV")),
    ("Ghana's opposition questioned the wisdom of the government's loan from Kenya.",
     ("GHAOPP", None)),
    ("Malawian lawmakers questioned the fairness of the Zambian court's ruling.",
     ("MWILEG", None)),
    ("Zambian lawmakers questioned Kenya's use of the funds.", ("ZMBLEG", "KEN")),
    ("The Zambian opposition questioned the use of force by Kenyan police.",
     ("ZMBOPP", "KENCOP")),
    ("Zambian lawmakers questioned the minister's conduct during the crisis.",
     ("ZMBLEG", None)),
])
def test_questioning_the_legality_or_handling_of_an_act_criticises_it(parser, coder, text,
                                                                       pair):
    events = facts(parser, coder, text)
    assert "111" in codes(events), shown(events)
    source, target = pair
    assert any(s == source and (target is None or t == target)
               for s, t in sides(events, "111")), shown(events)


@pytest.mark.parametrize("text", [
    "Kenyan police questioned the suspect about the use of the car.",
    "The Kenyan ministry questioned three Zambian nationals.",
    "Lusaka police questioned Mr Banda about his handling of the cash.",
    "Lusaka police questioned Mr Banda over his conduct at the rally.",
    "Kenyan detectives questioned the Zambian driver on the use of the truck.",
])
def test_questioning_a_person_is_no_criticism(parser, coder, text):
    events = facts(parser, coder, text)
    assert "111" not in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "Ghana contributed $2 million to the relief effort in Malawi.",
    "Kenya contributed $5 million to the humanitarian appeal for Malawi.",
    "Kenya contributed blankets and tents to the relief operation in Malawi.",
    "Ghana contributed maize and medicine to the Malawian government.",
])
def test_money_or_goods_contributed_to_relief_are_humanitarian_aid(parser, coder, text):
    events = facts(parser, coder, text)
    assert "073" in codes(events), shown(events)
    assert all(t is None or t.startswith("MWI") for _, t in sides(events, "073")), shown(events)


@pytest.mark.parametrize("text", [
    "The Zambian minister said the drought contributed to food shortages in Malawi.",
    "Rising fuel costs contributed to the food crisis in Kenya, the Zambian minister said.",
    "Kenya contributed $3 billion to debt relief for Malawi.",
])
def test_debt_relief_or_what_contributed_to_a_crisis_is_no_humanitarian_aid(parser, coder, text):
    events = facts(parser, coder, text)
    assert "073" not in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "Kenyan health officials checked the temperatures of passengers arriving from Zambia.",
    "Zambian border guards checked the temperatures of Kenyan truck drivers.",
    "Ghanaian police checked the temperature of every traveller arriving from Kenya.",
])
def test_authorities_checking_travellers_temperatures_impose_a_restriction(parser, coder,
                                                                         text):
    events = facts(parser, coder, text)
    assert "172" in codes(events), shown(events)


def test_a_doctor_checking_a_patients_temperature_imposes_nothing(parser, coder):
    events = facts(parser, coder, "Kenyan doctors checked the temperature of the Zambian "
                                  "patient.")
    assert "172" not in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "Kenyan health officials sealed off the hotel where the Zambian tourists stayed.",
    "The hotel was sealed off by Kenyan health authorities after a Zambian guest fell ill.",
])
def test_a_place_sealed_off_by_health_authorities_is_quarantined(parser, coder, text):
    events = facts(parser, coder, text)
    assert "172" in codes(events) and "191" not in codes(events), shown(events)


def test_troops_sealing_off_a_town_still_blockade_it(parser, coder):
    events = facts(parser, coder, "Kenyan troops sealed off the border town.")
    assert "191" in codes(events) and "172" not in codes(events), shown(events)
