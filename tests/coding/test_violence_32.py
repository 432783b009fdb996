"""A general use of force (CAMEO 190) takes its kind from the means and the doer its own clause
names (eventwire/coding/violence.py, data/coding/violence_means.tsv): weapons of war, combat or
a state's forces keep 19x; a bomb is 183 (1831-1833), a blade or a blow 182 (1823 when it
kills), terror or an unnamed gunman 180, violence by no one named on civilians alone 180; a
hazard or a word that is force in one sense only, with no means or armed doer, codes nothing."""

from __future__ import annotations

import pytest


def force(events):
    """(code, source, target, rule) of every assault (18-20) coded."""
    return [(e.cameo.code, e.source.code if e.source else None,
             e.target.code if e.target else None, e.evidence.rule)
            for e in events if e.cameo.root in ("18", "19", "20")]


def codes(events):
    return {code for code, *_ in force(events)}


@pytest.mark.parametrize("text, actors, expected", [
    ("Two Zambians were killed in a knife attack in a shop in Ndola on Monday.",
     {"Two Zambians": "ZMBPPL"}, "1823"),
    ("The brawl in Kumasi ended in a stabbing which killed a Ghanaian trader.",
     {"a Ghanaian trader": "GHAPPL"}, "1823"),
    ("Three Kenyan soldiers were killed when their truck hit a roadside bomb.",
     {"Three Kenyan soldiers": "KENMIL"}, "1833"),
    ("The explosion destroyed a bus carrying Zambian pilgrims.",
     {"Zambian pilgrims": "ZMBREL"}, "183"),
    ("Nine Ghanaians were killed and dozens hurt in separate knife and bomb attacks.",
     {"Nine Ghanaians": "GHAPPL"}, "180"),
    ("Six Kenyan aid workers were killed in Turkana on Saturday.",
     {"Six Kenyan aid workers": "KENNGO"}, "180"),
    ("Four Ghanaian worshippers were wounded in the attack, officials said.",
     {"Four Ghanaian worshippers": "GHAREL"}, "180"),
])
def test_violence_by_others_than_armed_forces_is_18(code_sentence, text, actors, expected):
    events = code_sentence(text, actors)
    assert expected in codes(events), force(events)
    assert "190" not in codes(events), force(events)
    assert any(">violence:" in rule for *_, rule in force(events)), force(events)


def test_an_unnamed_gunman_is_unconventional(code_sentence):
    text = "The gunman killed three Kenyan tourists at the hotel."
    events = code_sentence(text, {"The gunman": "KENREB", "three Kenyan tourists": "KENCVL"})
    assert ("180", "KENREB", "KENCVL") in [f[:3] for f in force(events)], force(events)


@pytest.mark.parametrize("text, actors", [
    ("Ms Adeyemi was struck by a car in Accra on Friday.", {"Ms Adeyemi": "GHACVL"}),
    ("The new vaccination drive is targeting more Zambian children this year.",
     {"Zambian children": "ZMBCVL"}),
    ("A Kenyan woman was killed when a large tree fell on a crowd at a park.",
     {"A Kenyan woman": "KENCVL"}),
    ("The Ghanaian minister was later fired.", {"The Ghanaian minister": "GHAGOV"}),
])
def test_harm_by_no_one_or_a_figure_of_speech_is_no_event(code_sentence, text, actors):
    events = code_sentence(text, actors)
    assert not [f for f in force(events) if f[0][:2] in ("18", "19")], force(events)


@pytest.mark.parametrize("by_others, by_war, actors", [
    ("Twelve Kenyans were killed in a knife attack in the village.",
     "Twelve Kenyans were killed by troops in the village.", {"Twelve Kenyans": "KENPPL"}),
    ("Two Zambian farmers were killed in a bomb blast on Monday.",
     "Two Zambian farmers were killed in an airstrike on Monday.",
     {"Two Zambian farmers": "ZMBAGR"}),
    ("Four Ghanaian villagers were killed in the violence near the border.",
     "Four Ghanaian villagers were killed in the fighting near the border.",
     {"Four Ghanaian villagers": "GHACVL"}),
    ("Three Kenyans were killed in a knife attack in the town.",
     "Three Kenyans were killed in heavy shelling of the town.", {"Three Kenyans": "KENPPL"}),
])
def test_war_and_armed_forces_stay_military_force(code_sentence, by_others, by_war, actors):
    """The same act is 18x by a bomb, a blade or violence, and stays 19x by weapons of war,
    in combat, or by armed forces."""
    events = code_sentence(by_others, actors)
    assert codes(events) and all(c[:2] == "18" for c in codes(events)), force(events)
    events = code_sentence(by_war, actors)
    assert "190" in codes(events) or {"194", "195"} & codes(events), force(events)
    assert not [f for f in force(events) if f[0][:2] == "18"], force(events)


def test_attacks_on_hospitals_and_schools_stay_190(code_sentence):
    """Places struck are no civilians struck alone (an attack on hospitals may be an air
    force's); attacks on people by no one named are unconventional violence."""
    text = "Ghana spoke after the recent attacks in Tamale on two hospitals and a school."
    events = code_sentence(text, {"Ghana": "GHA", "two hospitals": "GHAHLH", "a school": "GHAEDU"})
    assert {"190"} == {f[0] for f in force(events) if f[2] in ("GHAHLH", "GHAEDU")}, force(events)
    text = "Two Ghanaian nurses were wounded in attacks in Tamale."
    events = code_sentence(text, {"Two Ghanaian nurses": "GHAHLH"})
    assert ("180", None, "GHAHLH") in [f[:3] for f in force(events)], force(events)


def test_a_sexual_assault_is_1821_and_a_charge_of_assault_is_no_act(code_sentence):
    text = "Zambian police are investigating the sexual assault of a Kenyan student."
    events = code_sentence(text, {"Zambian police": "ZMBCOP", "a Kenyan student": "KENEDU"})
    assert ("1821", None, "KENEDU") in [f[:3] for f in force(events)], force(events)
    text = "Mr Otieno still faces four charges of aggravated assault of a Kenyan child."
    events = code_sentence(text, {"Mr Otieno": "KENCVL", "a Kenyan child": "KENCVL"})
    assert not force(events), force(events)
