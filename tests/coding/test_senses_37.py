"""Round 37b: patterns that fire on the wrong sense.

"Striking" said of people of a trade (nurses, teachers, clinical officers, miners) tells that
they are on strike (CAMEO 143), never that someone struck them (190): the parser often reads
the participle as a verb with the workers as its object. Strikes by armed groups, and force on
people who are no workers, keep their codes.
"""

from __future__ import annotations

import pytest
from coding_helpers import resolved_and_coded, shown


@pytest.mark.parametrize("text", [
    "Church leaders in Zambia mediated between the labour ministry and striking clinical "
    "officers on Sunday.",
    "Bishops in Kenya mediated between the health ministry and striking doctors on Friday.",
    "The Zambian mediator met the labour ministry and striking teachers in Lusaka.",
])
def test_striking_workers_are_no_attack(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert not [e for e in events if e.cameo.code[:2] in ("18", "19")], shown(events)


@pytest.mark.parametrize("text", [
    "Rebels struck a Kenyan army base near the border on Monday.",
    "Zambian police began striking protesters with batons in Lusaka.",
])
def test_strikes_by_force_stay(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert [e for e in events if e.cameo.code[:2] in ("18", "19")], shown(events)


# Patterns whose object is a military strike ("launched strikes", "halted its strikes",
# "threatened them with air strikes") ask that the strike head the object: "suspended striking
# teachers" and "halted the striking nurses' march" de-escalate no military engagement (087).
@pytest.mark.parametrize("text", [
    "The Zambian education ministry suspended striking teachers on Monday.",
    "The Ghanaian court halted the striking nurses' march to parliament.",
])
def test_striking_in_an_object_is_no_military_strike(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert not [e for e in events if e.cameo.code == "087" or e.cameo.code[:2] == "19"], \
        shown(events)


@pytest.mark.parametrize(("text", "code"), [
    ("The Ghanaian army launched strikes on rebel positions.", "190"),
    ("Malawi's government halted its strikes on rebel camps.", "087"),
    ("Kenyan jets carried out strikes against militants.", "190"),
    ("The Zambian army threatened the rebels with air strikes.", "138"),
    ("Kenya warned Somalia of strikes on militant bases.", "138"),
])
def test_military_strikes_as_objects_stay(parser, coder, text, code):
    events = resolved_and_coded(parser, coder, text)
    assert code in [e.cameo.code for e in events], shown(events)


# Setting fire to or torching buildings, vehicles or homes destroys property (CAMEO 1712);
# rioters, protesters or a mob who do it riot (145), and so does one who sets fire to himself.
@pytest.mark.parametrize(("text", "code"), [
    ("Gunmen set fire to a district office in northern Kenya on Sunday.", "1712"),
    ("A gang torched two buses in the Ghanaian capital.", "1712"),
    ("Rebels torched dozens of homes near the Kenyan border.", "1712"),
    ("Protesters set fire to the district office in Lusaka.", "145"),
    ("Rioters torched a government office in Nairobi.", "145"),
    ("A Zambian student set fire to himself outside parliament in Lusaka.", "145"),
])
def test_fires_set_by_attackers_destroy_property(parser, coder, text, code):
    events = resolved_and_coded(parser, coder, text)
    assert code in [e.cameo.code for e in events], shown(events)


# What is handed over is returned property (0842) only when nothing says otherwise: records or
# documents handed over are information shared (064), a cheque or money is aid (071).
@pytest.mark.parametrize(("text", "code", "gone"), [
    ("The Kenyan embassy handed over documents on the case to Ghanaian investigators.",
     "064", "0842"),
    ("The Zambian envoy handed over a cheque for $1 million to the Malawian minister.",
     "071", "0842"),
])
def test_what_is_handed_over_says_the_act(parser, coder, text, code, gone):
    found = [e.cameo.code for e in resolved_and_coded(parser, coder, text)]
    assert code in found and gone not in found, found


def test_seized_goods_handed_over_stay_returned(parser, coder):
    text = "Zambia handed over the seized ivory to Kenyan authorities."
    events = resolved_and_coded(parser, coder, text)
    assert "0842" in [e.cameo.code for e in events], shown(events)
