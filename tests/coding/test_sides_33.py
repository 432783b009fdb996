"""Round 33e: who did it to whom in violent and legal acts, and the dead of a war.

A killing with no doer named, of civilians, is unconventional violence (CAMEO 180) unless the
sentence or the one before names combat (fighting, clashes, an offensive, airstrikes,
shelling): the dead of a war keep the manual's 19x (violence.war_setting).
A crime named as what a plea or a verdict is to or for ("pleaded guilty to threatening to
beat", "upheld the convictions of two men for assaulting") is read as "convicted of
assaulting" is: a belief, no act the sentence tells as done; the plea or verdict codes itself.
Whom a suit or an act was done "on behalf of" is the side acting through its agent, never
its target. A quantifier ("all of the crew", "many") stands for no speaker: "'all of the
crew were killed,' X said" does not kill X. A bare participle of violence with no auxiliary and no
object ("three soldiers killed in an ambush") is a passive: its subject was struck.
"""

from __future__ import annotations

import pytest
from coding_helpers import resolved_and_coded, shown


def facts(events, root: str):
    return [e for e in events if e.is_fact and e.cameo.root == root]


def test_villagers_killed_after_fighting_named_keep_military_force(parser, coder):
    events = resolved_and_coded(
        parser, coder, "Fighting between the Zambian army and rebels raged near Kasama on "
        "Tuesday. Twelve villagers were killed, local officials said.")
    killed = [e for e in events if e.evidence.trigger == "killed"]
    assert killed, shown(events)
    assert all(e.cameo.code.startswith("19") for e in killed), shown(events)
    # with no war named (a legal battle is none), the same killing stays unconventional
    events = resolved_and_coded(
        parser, coder, "Ms Adeyemi won a long legal battle against the Zambian tax office. "
        "Twelve villagers were killed near Kasama on Tuesday, local officials said.")
    killed = [e for e in events if e.evidence.trigger == "killed"]
    assert killed, shown(events)
    assert all(e.cameo.code == "180" for e in killed), shown(events)


@pytest.mark.parametrize("text", [
    "Mr Banda pleaded guilty on Monday to threatening to attack and kill a Kenyan magistrate.",
    "Mr Banda was found guilty on Monday of attacking a Kenyan magistrate.",
    "Mr Banda pleaded guilty to threatening to kill a Kenyan judge.",
    "The high court upheld the convictions of two Zambian men for assaulting a police officer.",
])
def test_a_crime_named_in_a_plea_or_verdict_is_no_act_done(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    hostile = [e for e in events if e.is_fact and e.cameo.root in ("13", "18", "19")]
    assert not hostile, shown(events)


def test_the_verdict_codes_and_no_crime_it_names(parser, coder):
    events = resolved_and_coded(
        parser, coder,
        "The high court upheld the convictions of two Zambian men for assaulting a police officer.")
    assert [e for e in facts(events, "11") if e.source.code == "ZMBJUD"], shown(events)
    assert not facts(events, "18"), shown(events)
    # a crime named as what a term of jail is for is no act told either (reading.judged_crime)
    events = resolved_and_coded(
        parser, coder, "Mr Banda was jailed for assaulting a Zambian police officer.")
    assert not facts(events, "18"), shown(events)


def test_a_suit_on_behalf_of_lawmakers_is_theirs(parser, coder):
    events = resolved_and_coded(
        parser, coder,
        "The suit was filed by a Lagos lawyer on behalf of the Nigerian lawmakers.")
    suits = [e for e in events if e.cameo.code == "115"]
    assert suits, shown(events)
    assert all(e.target is None or e.target.code != "NGALEG" for e in suits), shown(events)
    assert suits[0].source is not None and suits[0].source.code == "NGALEG", shown(events)


def test_a_suit_on_behalf_of_farmers_targets_the_one_sued(parser, coder):
    events = resolved_and_coded(
        parser, coder,
        "A lawyer filed a suit against the Kenyan police on behalf of the Kenyan farmers.")
    suits = [e for e in events if e.cameo.code == "115"]
    assert suits, shown(events)
    assert [e.target.code for e in suits if e.target] == ["KENCOP"], shown(events)
    assert suits[0].source is not None and suits[0].source.code == "KENAGR", shown(events)


def test_all_of_the_crew_killed_does_not_kill_the_speaker(parser, coder):
    events = resolved_and_coded(
        parser, coder, "\"A Zambian army plane came down near Kasama on Monday,\" Zambian army "
        "spokesman Paul Banda wrote online. \"The plane hit a hill near the river. All of the "
        "crew were killed,\" Banda said.")
    killed = [e for e in events if e.evidence.trigger == "killed"]
    assert not [e for e in killed if e.target is not None and "Banda" in e.target.text], \
        shown(events)


def test_soldiers_killed_in_a_headline_passive_are_struck(parser, coder):
    events = resolved_and_coded(
        parser, coder, "Three Zambian soldiers killed in ambush near the border, army says.")
    killed = [e for e in events if e.evidence.trigger == "killed"]
    assert killed, shown(events)
    assert all(e.source is None or e.source.code != "ZMBMIL" for e in killed), shown(events)
    assert any(e.target is not None and e.target.code == "ZMBMIL" for e in killed), \
        shown(events)
