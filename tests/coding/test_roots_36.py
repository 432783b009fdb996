"""Round 36c: the wrong root, where the coder codes another act than the one done.

A statement made only as the voice of another act is no event of its own (CAMEO codes what
was done, not the words said while doing it): a subjectless participle of saying after a
comma ("suspended the accord, citing ...", "asked X to reopen the border, arguing that ...")
gives the reason or manner of its clause's act, and a statement verb reporting an act the
sentence codes ("Kenya closed its embassy, the ministry announced") is only its channel. A
statement that reports no coded act, and one whose participle has a subject of its own, stays.
"""

from __future__ import annotations

import pytest
from coding_helpers import codes, resolved_and_coded, shown


@pytest.mark.parametrize("text", [
    "Zambia suspended its police cooperation agreement with Malawi on Tuesday, citing the "
    "detention of its citizens at the border.",
    "Ghana asked Kenya to reopen its land border, arguing that the closure was hurting "
    "traders in the north.",
    "The African Union praised Malawi for a peaceful election, describing the vote as a model "
    "for the region.",
    "Kenya expelled two Zambian diplomats on Friday, the foreign ministry announced.",
    "Zambia will send 200 doctors to Malawi next month, the health minister announced.",
])
def test_a_statement_voicing_another_act_is_no_statement(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "010" not in codes(events), shown(events)
    assert events, "the act itself is still coded"


@pytest.mark.parametrize("text", [
    "Zambia's president announced a new cabinet on Monday.",
    "The Kenyan ministers argue that Lusaka's offer would leave their budgets worse off.",
    "The Kenyan minister described the situation in the camps on Tuesday.",
])
def test_a_statement_of_its_own_stays(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "010" in codes(events), shown(events)


# -- expelled people are individuals deported (CAMEO 174), an aid group is 1663 -----------------

@pytest.mark.parametrize(("text", "code"), [
    ("Zambia expelled two Kenyan journalists on Tuesday.", "174"),
    ("Malawi expelled 40 Zambian traders working without permits.", "174"),
    ("Ghana expelled three Kenyan executives of a mining company.", "174"),
    ("Zambia expelled a Kenyan aid agency from the refugee camps.", "1663"),
])
def test_people_expelled_are_deported_individuals(parser, coder, text, code):
    events = resolved_and_coded(parser, coder, text)
    assert codes(events) == [code], shown(events)


def test_a_mission_expelled_stays_an_expulsion(parser, coder):
    events = resolved_and_coded(parser, coder, "Kenya expelled two Zambian diplomats.")
    assert [c[:2] for c in codes(events)] == ["16"], shown(events)


# -- an accusation given as the ground of a coded act is that act's reason, no accusation ----

@pytest.mark.parametrize("text", [
    "Zambia suspended the broadcasts of a Kenyan radio station on Monday, accusing it of "
    "spreading false news.",
    "Malawi severed diplomatic relations with Ghana on Sunday, accusing Accra of backing the "
    "rebels.",
])
def test_an_accusation_grounding_a_coded_act_is_no_accusation(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert events and not any(c.startswith("112") for c in codes(events)), shown(events)


def test_an_accusation_on_its_own_stays(parser, coder):
    events = resolved_and_coded(
        parser, coder, "Zambia's foreign minister spoke to reporters in Lusaka, accusing Kenya "
        "of backing the rebels.")
    assert any(c.startswith("112") for c in codes(events)), shown(events)


# -- ransacking wrecks property (CAMEO 1712), no military force; a riot's stays 145 ---------

@pytest.mark.parametrize(("text", "code"), [
    ("Angry relatives ransacked a public clinic in Lusaka on Sunday, Zambian police said.",
     "1712"),
    ("Rioters ransacked shops in central Lusaka on Friday night.", "145"),
])
def test_ransacking_destroys_property(parser, coder, text, code):
    events = resolved_and_coded(parser, coder, text)
    assert code in codes(events) and not any(c.startswith("19") for c in codes(events)), \
        shown(events)
