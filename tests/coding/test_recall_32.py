"""Round 32e: recall of relief goods handed out, money set aside for relief, arraignments and
closures ordered by an authority.

Handing out or giving relief goods (masks, medicine, mosquito nets, drinking water, rations,
clothing, blankets, tents) to people is humanitarian aid (CAMEO 073), as handing out or giving
food or supplies already is; a firm handing things to its staff is business, no fact. Money
pledged, allocated or earmarked for relief is promised, not yet given (0333). To arraign is
to bring an accused before a court on a charge (173), the arraigned its target. An authority
(government, ministry, regulator, the authorities) that shuts or closes farms, factories, plants
or mines imposes an administrative sanction (172); a firm closing its own plant does not.
Patterns in core.jsonl, each documented in its "source" field.
"""

from __future__ import annotations

import pytest
from coding_helpers import resolved_and_coded, shown


@pytest.mark.parametrize(("text", "source"), [
    ("The Zambian government distributed two million face masks to pupils in Lusaka.", "ZMBGOV"),
    ("The Kenyan health ministry distributed medicine to villagers in the north.", "KENGOV"),
    ("The Ghanaian government has distributed mosquito nets to families in the north.",
     "GHAGOV"),
    ("Zambian soldiers distributed drinking water to flood victims near Lusaka.", "ZMBMIL"),
    ("The Kenyan government distributed rations to families displaced by the floods.", "KENGOV"),
    ("The Kenyan government handed out blankets to families displaced by the floods.", "KENGOV"),
    ("Zambian soldiers handed out tents to villagers near the river.", "ZMBMIL"),
    ("The Ghanaian health ministry gave masks to pupils in Accra.", "GHAGOV"),
    ("The Kenyan government gave mosquito nets to families in the west.", "KENGOV"),
])
def test_relief_goods_handed_out_are_humanitarian_aid(parser, coder, text, source):
    events = resolved_and_coded(parser, coder, text)
    found = [e for e in events if e.cameo.code == "073" and e.is_fact]
    assert found, shown(events)
    assert found[0].source.code == source, shown(events)


def test_a_firm_handing_masks_to_its_staff_is_no_fact(parser, coder):
    events = resolved_and_coded(
        parser, coder, "The Ghanaian government distributed masks to nurses in Accra.")
    assert any(e.cameo.code == "073" and e.is_fact for e in events), shown(events)
    events = resolved_and_coded(
        parser, coder, "A Ghanaian mining company distributed masks to its workers in Tarkwa.")
    assert not any(e.cameo.root == "07" and e.is_fact for e in events), shown(events)


@pytest.mark.parametrize(("text", "source"), [
    ("Kenyan authorities shut down two dairy farms after the milk scandal.", "KENGOV"),
    ("The Ghanaian government closed three gold mines in the west.", "GHAGOV"),
    ("Two cement factories were closed down by the Zambian government.", "ZMBGOV"),
    ("The Kenyan environment ministry shut down a chemical plant near Mombasa.", "KENGOV"),
])
def test_an_authority_closing_farms_plants_or_mines_sanctions_them(parser, coder, text, source):
    events = resolved_and_coded(parser, coder, text)
    found = [e for e in events if e.cameo.code == "172"]
    assert found, shown(events)
    assert found[0].source.code == source, shown(events)


def test_a_firm_closing_its_own_plant_is_no_sanction(parser, coder):
    events = resolved_and_coded(
        parser, coder, "The Ghanaian authorities shut down a cocoa factory near Kumasi.")
    assert any(e.cameo.code == "172" for e in events), shown(events)
    events = resolved_and_coded(
        parser, coder, "A Ghanaian cocoa firm shut down its factory near Kumasi.")
    assert not any(e.cameo.root == "17" for e in events), shown(events)


def test_the_arraigned_is_charged(parser, coder):
    events = resolved_and_coded(
        parser, coder, "The Kenyan governor was arraigned on corruption charges on Monday.")
    found = [e for e in events if e.cameo.code == "173"]
    assert found and found[0].target.code == "KENGOV", shown(events)
    events = resolved_and_coded(
        parser, coder, "A Lusaka magistrate arraigned the Zambian opposition leader on Friday.")
    found = [e for e in events if e.cameo.code == "173"]
    assert found and found[0].source.code == "ZMBJUD", shown(events)
    assert found[0].target.code == "ZMBOPP", shown(events)


@pytest.mark.parametrize("text", [
    "Ghana pledged $4 million for relief efforts after the floods in Malawi.",
    "The Zambian government allocated $3 million for flood relief in the south.",
    "The Kenyan government has earmarked $5 million for drought relief.",
])
def test_money_pledged_or_set_aside_for_relief_is_intent_to_aid(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "0333" in [e.cameo.code for e in events], shown(events)
