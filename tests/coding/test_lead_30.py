"""Session 26, lead: a pattern's subject restriction sees the subject of "be ready to V", and a
place is no side beside a doer no dictionary knows."""

from __future__ import annotations

import pytest

from eventwire import code_text


def test_a_subject_restriction_sees_the_subject_of_ready_to():
    # "strike" by a union is a labour strike (143), and standing ready to do it threatens one
    # (133); before, the restriction saw no subject and the military sense (190) fired
    codes = {e.cameo.code for e in code_text("The Zambian miners' union is ready to strike "
                                             "over pay.")}
    assert "190" not in codes and "133" in codes, codes


@pytest.mark.parametrize("text", [
    "The Tembo Brothers announced a tour to Mombasa on Monday.",
    "Ms Adeyemi flew to Kisumu for a family wedding last week.",
])
def test_a_place_beside_an_unknown_doer_is_no_fact(text):
    assert not [e for e in code_text(text) if e.is_fact], text


def test_a_place_struck_is_still_a_target():
    events = code_text("Kenyan jets bombed Kismayo on Monday.")
    assert [e for e in events if e.is_fact and e.cameo.root in ("18", "19")]


@pytest.mark.parametrize("text", [
    # firms are coded (MNC, BUS) and their events kept, but a firm's own act is trade, not a
    # political event: the default table shows it only beside another coded actor
    "Toyota accused Honda of copying its engine.",
    "Toyota promised a refund on Monday.",
    # CAMEO roots 01-08 need a coded doer to be shown: who cooperated is the news
    "Kenya was praised for its reforms on Monday.",
    "Relief supplies were sent to Kenya on Monday.",
    # a plain statement (CAMEO 010) is coded and stored, but not shown by default
    "Kenya's foreign minister stated on Monday that the talks had been useful.",
    "Zambia's government noted that the border would stay open.",
])
def test_a_firm_alone_cooperation_by_no_one_named_or_a_plain_statement_is_no_fact(text):
    events = code_text(text)
    assert events and not [e for e in events if e.is_fact], [e.cameo.code for e in events]


@pytest.mark.parametrize("text, code", [
    ("The Kenyan government fined Toyota on Monday.", "172"),
    ("The Kenyan minister was arrested on Monday.", "173"),
    ("The Kenyan government praised Ghana on Monday.", "051"),
    # a statement that says more than that it was made keeps its code and is shown
    ("Kenya denied sending troops into Somalia.", "016"),
])
def test_a_state_on_a_firm_conflict_on_a_target_and_cooperation_by_a_doer_stay_facts(
        text, code):
    assert [e.cameo.code for e in code_text(text) if e.is_fact] == [code]
