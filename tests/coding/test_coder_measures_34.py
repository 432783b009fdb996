"""Round 34e: restrictions imposed and eased, and acts set as conditions.

A court's injunction against an activity restricts it (CAMEO 172 Impose administrative
sanctions), as a regulator's recall of a firm's goods does; a firm's or shop's own recall, an
injunction only sought, or a ban in sport is no such act. A general licence or a sanctions
or tariff waiver granted or extended eases economic sanctions (085), as exempting a party
from tariffs does; a licence for a car or a mine eases nothing. What a party names as a
condition for a deal or talks it demands (10, the act's parallel code: 1054 for sanctions
eased), and the act itself is not done. Patterns in measures.jsonl.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
from coding_helpers import codes, resolved_and_coded, shown, sides


def facts(parser, coder, text):
    return [e for e in resolved_and_coded(parser, coder, text) if e.is_asserted]


@pytest.mark.parametrize("text", [
    "Zambia's Supreme Court issued an injunction halting the strike by Kenyan miners.",
    "A Kenyan court granted an injunction against the opposition march in Nairobi.",
    "The Zambian high court on Monday imposed an injunction on the Kenyan firm's mine.",
])
def test_a_court_injunction_against_an_activity_imposes_a_restriction(parser, coder, text):
    events = facts(parser, coder, text)
    assert "172" in codes(events), shown(events)
    assert all(s in ("ZMBJUD", "KENJUD") for s, _ in sides(events, "172")), shown(events)


@pytest.mark.parametrize("text", [
    "The Zambian miners sought an injunction against the Kenyan firm.",
    "The Kenyan union won an injunction against the Zambian firm's plan.",
])
def test_an_injunction_sought_or_won_by_a_party_imposes_nothing(parser, coder, text):
    events = facts(parser, coder, text)
    assert "172" not in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "The Zambian food agency recalled 300 tonnes of beef from a Kenyan firm.",
    "The Kenyan drug regulator recalled a batch of vaccines made in Zambia.",
    "The Zambian food agency issued a recall of milk made by a Kenyan dairy.",
    "Ghana's health ministry ordered a recall of the Kenyan firm's infant formula.",
])
def test_a_regulators_recall_of_goods_is_an_administrative_sanction(parser, coder, text):
    events = facts(parser, coder, text)
    assert "172" in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "A Lusaka bakery recalled its own bread after complaints from Zambian customers.",
    "The Kenyan carmaker issued a recall of 2,000 vehicles sold in Zambia.",
    "The Zambian ministry recalled that Kenya had signed the deal in 2010.",
    "The Zambian transport authority recalled that the Kenyan car had failed its tests.",
])
def test_a_firms_own_recall_or_remembering_is_no_sanction(parser, coder, text):
    events = facts(parser, coder, text)
    assert "172" not in codes(events), shown(events)


def test_recalling_an_ambassador_still_reduces_relations(parser, coder):
    events = facts(parser, coder, "The Zambian foreign ministry recalled its ambassador "
                                  "from Kenya.")
    assert "161" in codes(events) and "172" not in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "The Zambian commerce ministry renewed a general licence for copper sales to a Kenyan firm.",
    "Zambia granted Kenya a waiver from its sanctions on oil.",
    "The Zambian government issued tariff exemptions for Kenyan maize.",
    "Zambia exempted Kenya from its new tariffs on steel.",
])
def test_a_general_licence_waiver_or_exemption_eases_economic_sanctions(parser, coder, text):
    events = facts(parser, coder, text)
    assert "085" in codes(events), shown(events)
    assert all(s and s.startswith("ZMB") for s, _ in sides(events, "085")), shown(events)


@pytest.mark.parametrize("text", [
    "Mr Banda was granted a licence for his new car in Lusaka.",
    "Zambia granted a Kenyan firm a mining licence near Ndola.",
    "The Zambian army exempted Kenyan students from military duty.",
])
def test_an_everyday_licence_or_exemption_eases_no_sanctions(parser, coder, text):
    events = facts(parser, coder, text)
    assert "085" not in codes(events), shown(events)


@pytest.mark.parametrize(("text", "code"), [
    ("Zambia's trade minister said scrapping the tariffs on Kenyan maize was the first "
     "condition for a trade pact.", "1054"),
    ("Zambia said the withdrawal of Kenyan troops is a precondition for any talks.", "1056"),
    ("Zambia has made the withdrawal of Kenyan troops a condition for talks.", "1056"),
    ("Zambia said that releasing the Kenyan prisoners remains a condition for peace talks.",
     "1053"),
])
def test_an_act_named_as_a_condition_is_demanded_by_who_names_it(parser, coder, text, code):
    events = resolved_and_coded(parser, coder, text)
    demanded = [e for e in events if e.is_asserted and e.cameo.code == code]
    assert demanded and all(e.source.code.startswith("ZMB") for e in demanded), shown(events)
    assert not any(e.is_asserted and e.cameo.root == "08" for e in events), shown(events)


@pytest.mark.parametrize(("text", "code", "sides_"), [
    ("Kenya agreed to hold talks on condition that Zambia lifts its sanctions.", "1054",
     ("KEN", "ZMB")),
    ("Kenya will resume talks on the condition that Zambia releases the prisoners.", "1053",
     ("KEN", "ZMB")),
    ("Kenya conditioned its support on the release of the prisoners by Zambia.", "1053",
     ("KEN", "ZMB")),
    ("Kenya made its aid conditional upon the release of the prisoners by Zambia.", "1053",
     ("KEN", "ZMB")),
    ("Kenya set the lifting of Zambian sanctions as a condition for talks.", "1054",
     ("KEN", None)),
])
def test_an_act_a_party_sets_as_its_condition_is_demanded_not_done(parser, coder, text, code,
                                                                    sides_):
    events = resolved_and_coded(parser, coder, text)
    demanded = [(e.source.code if e.source else None, e.target.code if e.target else None)
                for e in events if e.is_asserted and e.cameo.code == code]
    assert demanded == [sides_], shown(events)
    assert not any(e.is_asserted and e.cameo.root == "08" for e in events), shown(events)


@pytest.mark.parametrize("text", [
    "Zambia said lifting sanctions on Kenya was not a condition for talks.",
    "Releasing the prisoners is a condition for the deal.",
])
def test_an_act_named_no_condition_or_by_no_one_is_neither_done_nor_demanded(parser, coder,
                                                                            text):
    events = resolved_and_coded(parser, coder, text)
    assert not any(e.is_asserted for e in events), shown(events)


def test_an_act_done_or_enjoyed_is_still_done(parser, coder):
    events = facts(parser, coder, "Kenya removed tariffs on Zambian goods.")
    assert "085" in codes(events), shown(events)
    events = facts(parser, coder, "Mr Banda said meeting the Kenyan president was the "
                                  "highlight of his trip.")
    assert not any(e.cameo.root == "10" for e in events), shown(events)


@pytest.mark.parametrize(("text", "code"), [
    ("Zambia unfroze the assets of the Kenyan minister.", "085"),
    ("Zambia lifted the freeze on Kenyan assets.", "085"),
    ("Zambia removed the Kenyan firm from its blacklist.", "085"),
    ("Zambia suspended the tariffs on Kenyan steel.", "085"),
    ("Zambia granted the Kenyan bank a reprieve from sanctions.", "085"),
    ("The Zambian government relaxed the restrictions on Kenyan traders.", "081"),
    ("Zambia's lifting of the ban on Kenyan newspapers was welcomed in Nairobi.", "081"),
])
def test_sanctions_and_restrictions_eased(parser, coder, text, code):
    events = facts(parser, coder, text)
    assert code in codes(events), shown(events)
    assert all(s and s.startswith("ZMB") for s, _ in sides(events, code)), shown(events)
    assert not any(e.cameo.root in ("16", "17") for e in events), shown(events)


@pytest.mark.parametrize(("text", "code"), [
    ("Kenya demanded an end to the Zambian embargo.", "1054"),
    ("Kenya demanded the lifting of the Zambian embargo.", "1054"),
    ("Kenya insisted on the removal of Zambian tariffs.", "1054"),
    ("Kenya called for the lifting of sanctions on Zambia.", "0254"),
    ("Kenya urged the easing of Zambian restrictions on traders.", "0251"),
    ("The Kenyan opposition called for an end to the state of emergency.", "0251"),
])
def test_an_easing_asked_for_is_a_demand_or_appeal_for_it(parser, coder, text, code):
    events = resolved_and_coded(parser, coder, text)
    asked = [e for e in events if e.is_asserted and e.cameo.code == code]
    assert asked and all(e.source.code.startswith("KEN") for e in asked), shown(events)
    assert not any(e.is_asserted and e.cameo.root in ("08", "16") for e in events), \
        shown(events)


@pytest.mark.parametrize("text", [
    "Kenya placed the coastal region under a state of emergency.",
    "Kenya imposed emergency rule on the coastal region.",
])
def test_emergency_rule_imposed(parser, coder, text):
    events = facts(parser, coder, text)
    assert "1724" in codes(events), shown(events)


def test_measures_file_loads_and_never_codes_one_match_two_ways():
    path = resources.files("eventwire") / "data" / "patterns" / "measures.jsonl"
    seen: dict[tuple, str | None] = {}
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        assert p["id"].startswith("measures/") and p["id"] not in ids, p["id"]
        ids.add(p["id"])
        key = (p["trigger"], p["pos"], p.get("particle"), p.get("prep"),
               tuple(p.get("object") or ()), tuple(p.get("subject") or ()))
        assert seen.setdefault(key, p["code"]) == p["code"], p["id"]
    from eventwire.coding.patterns import load_patterns
    assert any(p.id == "measures/issue#injunction"
               for p in load_patterns().candidates("issue", "VERB"))
