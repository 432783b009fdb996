"""Round 36f: constructions — nominal events, light verbs, chains and conjunctions.

An act named as a noun and measured by the time it took ("carried out a week of joint
exercises", "wrapped up three days of negotiations") is done by the verb's subject, as when the
act is the verb's object itself ("held talks") or counted as a run of acts ("launched a series
of raids"). An act that names its own doer ("a week of attacks by rebels") keeps that doer.

Two states acting together on each other (CAMEO's mutual acts: consult, cooperate, exchange,
trade fire) make one event per source-target pair: each acts on the other. A target that is
one of the two again (its forces, its guns, its prisoners, its land) is no third party and
neither side acts on itself; a third party of either country (its rebels) stays one.
"""

from __future__ import annotations

import pytest

from eventwire import code_text


def dyads(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(e.source and e.source.code, e.target and e.target.code)
            for e in code_text(text) if e.is_fact and e.cameo.root == root}


@pytest.mark.parametrize("text, root, pairs", [
    ("Kenyan and Ugandan troops carried out a week of joint exercises near the border.",
     "06", {("KENMIL", "UGAMIL"), ("UGAMIL", "KENMIL")}),
    ("Ghanaian and Nigerian diplomats wrapped up three days of negotiations in Accra.",
     "04", {("GHAGOV", "NGAGOV"), ("NGAGOV", "GHAGOV")}),
    ("Zambian and Malawian officials concluded two weeks of talks in Lusaka on Friday.",
     "04", {("ZMBGOV", "MWIGOV"), ("MWIGOV", "ZMBGOV")}),
])
def test_an_act_measured_by_its_length_is_done_by_the_subject(text, root, pairs):
    assert pairs <= dyads(text, root), dyads(text, root)


@pytest.mark.parametrize("text, doer", [
    ("Kenya suffered three days of attacks by Ugandan rebels.", "UGAREB"),
    ("Kenya suffered a series of attacks by Ugandan rebels.", "UGAREB"),
])
def test_an_act_with_its_own_doer_keeps_it(text, doer):
    found = dyads(text, "19")
    assert found and all(source == doer for source, _ in found), found


@pytest.mark.parametrize("text, root, pairs", [
    ("Zambia and Malawi exchanged prisoners of war on Saturday.", "08",
     {("ZMB", "MWI"), ("MWI", "ZMB")}),
    ("Zambian and Malawian forces traded artillery fire along the border.", "19",
     {("ZMBMIL", "MWIMIL"), ("MWIMIL", "ZMBMIL")}),
    ("Kenya and Uganda signed a trade deal that will cut fees for Kenyan freight.", "05",
     {("KEN", "UGA"), ("UGA", "KEN")}),
])
def test_two_states_acting_on_each_other_do_not_act_on_themselves(text, root, pairs):
    assert dyads(text, root) == pairs


@pytest.mark.parametrize("text, root, pair", [
    ("Kenyan and Ugandan troops clashed with Kenyan rebels near the border.", "19",
     ("UGAMIL", "KENREB")),
    ("Zambia and Malawi held talks with Kenya in Lusaka.", "04", ("ZMB", "KEN")),
])
def test_a_third_party_of_either_country_stays_one(text, root, pair):
    assert pair in dyads(text, root), dyads(text, root)


# Two parties doing one deed together cooperate materially with each other (CAMEO 06: 062
# military, 061 economic, 060 otherwise), beside whatever the deed does to anyone else.

@pytest.mark.parametrize("text, code, pairs", [
    ("Kenyan and Ugandan police jointly ran a checkpoint near the border on Monday.", "060",
     {("KENCOP", "UGACOP"), ("UGACOP", "KENCOP")}),
    ("Kenyan and Somali troops carried out a joint offensive against rebel positions.", "062",
     {("KENMIL", "SOMMIL"), ("SOMMIL", "KENMIL")}),
    ("Ghanaian and Ivorian regulators jointly imposed a levy on cocoa exports.", "060",
     {("GHAGOV", "CIVGOV"), ("CIVGOV", "GHAGOV")}),
    ("Zambia launched a joint venture with Malawi to build a power plant.", "061",
     {("ZMB", "MWI")}),
])
def test_a_deed_done_together_is_cooperation(text, code, pairs):
    found = {(e.source and e.source.code, e.target and e.target.code)
             for e in code_text(text) if e.is_fact and e.cameo.code == code}
    assert pairs <= found, found


@pytest.mark.parametrize("text", [
    "Ghana and Nigeria issued a joint statement on the election.",
    "Kenya and Uganda held a joint news conference in Nairobi.",
    "Kenya and Uganda signed an accord to jointly monitor the border crossings.",
    "The hospital was jointly run by Kenyan and Ugandan doctors.",
    "Kenyan police jointly ran the checkpoint.",
])
def test_words_said_together_or_deeds_not_done_are_no_cooperation(text):
    found = [(e.cameo.code, e.evidence.rule) for e in code_text(text)
             if e.is_fact and e.evidence.rule.startswith("joint/")]
    assert not found, found


# ", killing nine people": a participle telling the dead, the wounded or the damage of a coded
# violent act is that act's result, one event (the bombing, the shelling), as CAMEO counts it.

@pytest.mark.parametrize("text, kept", [
    ("Kenyan warplanes bombed rebel hideouts in Somalia, killing eight people.", "195"),
    ("Ugandan troops shelled rebel positions in Kenya overnight, wounding seven civilians "
     "and damaging a clinic.", "194"),
    ("Kenyan soldiers opened fire on protesters in Nairobi, killing four people.", "193"),
])
def test_the_dead_of_an_act_are_its_result(text, kept):
    codes = [e.cameo.code for e in code_text(text) if e.is_fact]
    assert codes == [kept], codes


@pytest.mark.parametrize("text, root", [
    ("Ugandan police arrested the opposition leader, injuring two of his aides.", "18"),
    ("Kenyan troops killed five rebels in Somalia, the army said.", "19"),
])
def test_harm_told_beside_no_violent_act_stays(text, root):
    assert [e for e in code_text(text) if e.is_fact and e.cameo.root == root]


def test_the_dead_of_an_act_on_no_one_named_are_whom_it_was_done_to():
    text = "Gunmen mounted a series of raids in western Kenya, killing four police officers."
    assert [e for e in code_text(text) if e.is_fact and e.cameo.root in ("18", "19")
            and e.target is not None], [(e.cameo.code, e.target) for e in code_text(text)]
