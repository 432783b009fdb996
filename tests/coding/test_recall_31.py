"""Round 31d: recall of court rulings, court challenges, restrictions, charges and protests.

A court or judge that rules an act, law or order illegal, unlawful, unconstitutional, invalid
or void finds in law against whoever did or made it (CAMEO 116, as a ruling against a party
already is); the court is the source, the act's maker the target when the sentence names it.
Challenging a law or a result in court, or before a court, is a lawsuit against its maker
(115), not a disapproval aimed at the court. People kept, held, put or placed in quarantine
are restricted by the authority (172), and so are passengers, travellers or pilgrims it screens
for a disease (NEWS_GOLD.md); a town put under curfew is 1723. A charge that
names an offence (crimes against humanity, war crimes, money laundering, incitement ...) is a
charge with legal action (173), the charged its target. Protesters or demonstrators who
gather, chant, shout or converge on a place demonstrate (141), no meeting (040), and so do
people burning tyres (as Phoenix codes burning flags or effigies). Patterns in
core.jsonl, each documented in its "source" field.
"""

from __future__ import annotations

import pytest
from coding_helpers import codes, resolved_and_coded, shown


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Zambian High Court on Tuesday ruled the night curfew illegal.", "ZMBJUD", None),
    ("Kenya's Supreme Court ruled the government's ban unconstitutional.", "KENJUD", "KENGOV"),
    ("The Ghanaian decree was ruled invalid by the Supreme Court in Accra.", "GHAJUD", None),
    ("A Zambian judge ruled that the police order was illegal.", "ZMBJUD", None),
])
def test_court_ruling_an_act_unlawful_finds_against_its_maker(parser, coder, text, source,
                                                              target):
    events = resolved_and_coded(parser, coder, text)
    found = [e for e in events if e.cameo.code == "116"]
    assert found, shown(events)
    assert found[0].source.code == source, shown(events)
    if target is not None:
        assert found[0].target is not None and found[0].target.code == target, shown(events)


def test_ruling_an_arrest_unlawful_is_not_against_the_arrested(parser, coder):
    events = resolved_and_coded(
        parser, coder, "A Zambian judge ruled that the police ban was illegal.")
    assert "116" in codes(events), shown(events)
    events = resolved_and_coded(
        parser, coder, "A Zambian judge ruled that the arrest of the Kenyan activist was illegal.")
    assert "116" not in codes(events), shown(events)  # rule#judged-illegal alone: 116 -> KEN
    events = resolved_and_coded(
        parser, coder, "The Zambian president ruled the country for twelve years.")
    assert "116" not in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "The Kenyan opposition challenged the government's tax law in court.",
    "The Zambian opposition challenged the election result before the Constitutional Court.",
])
def test_challenging_in_court_is_a_lawsuit_not_aimed_at_the_court(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert codes(events) == ["115"], shown(events)
    assert all(e.target is None or e.target.code is None or not e.target.code.endswith("JUD")
               for e in events), shown(events)


@pytest.mark.parametrize(("text", "code"), [
    ("Kenyan health officials kept the Zambian sailors in quarantine for two weeks.", "172"),
    ("Ghanaian port officials began screening passengers arriving from Zambia.", "172"),
    ("Kenya's health ministry ordered the screening of all pilgrims from Ghana.", "172"),
    ("The Ghanaian traders were held in quarantine by Kenyan officials.", "172"),
    ("The Zambian miners were placed in quarantine by the health ministry.", "172"),
    ("The Zambian district was put under curfew by the army on Friday.", "1723"),
])
def test_quarantine_and_curfew_with_light_verbs(parser, coder, text, code):
    events = resolved_and_coded(parser, coder, text)
    assert code in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "The former Zambian army commander faces two charges of crimes against humanity.",
    "The retired Kenyan colonel is facing war crimes charges in The Hague.",
    "The Kenyan opposition leader faces charges of incitement after the rally.",
    "Two Ghanaian customs officials face charges of money laundering.",
])
def test_charges_naming_an_offence(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "173" in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "Hundreds of Zambian protesters gathered outside parliament in Lusaka on Friday.",
    "Kenyan demonstrators chanted outside the Ghanaian embassy in Nairobi.",
    "Zambian protesters converged on the Kenyan high commission in Lusaka.",
    "Ghanaian protesters shouted at the minister's motorcade in Accra.",
    "Ghanaian youths burned tyres on the main road into Tamale.",
])
def test_protesters_acts_and_burning_tyres_demonstrate(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "141" in codes(events), shown(events)
    assert "040" not in codes(events), shown(events)
    events = resolved_and_coded(
        parser, coder, "The Zambian minister in charge of the anti-crime unit gathered evidence.")
    assert "141" not in codes(events) and "173" not in codes(events), shown(events)
