"""Round 34c: everyday senses VIII, the rules that showed the most wrong facts.

A doctor certified by a medical board has promised nothing (Phoenix files CERTIFY with
PROMISE, 030). Blessing or 'pardoning' a turkey at a holiday rite, and a holiday kept with a
dinner, praise or yield to no party (05, 08). A leader pressing his own team demands nothing
of another party (10). A policy that 'holds appeal' for voters asks nothing of anyone (02).
A cabinet meeting is one government meeting itself (04 needs two parties); 'all of us working
with' the government, or a ministry paying an advertising agency, is no party cooperating
(06); staff returning to duty hand nothing back (08); a dam that 'threatens the future' of
fishermen, and a storm warning, threaten no one (13); a party caught up in a controversy, or
stalled in an effort, rejects nothing (12), and one that bothered to act dissents from
nothing (14); a country 'heading for' its worst drought goes nowhere (04). Comfort offered
to the bereaved 'through this painful time' gives no aid (07). An offer only named inside
another phrase ('made Kenya cautious about offering new terms') is no offer made (03). A
promised retaliation threatens (13), it offers nothing (03). The political senses keep their
codes (curated.jsonl, core.jsonl, documented in curated_SOURCE.txt).
"""

from __future__ import annotations

import pytest
from coding_helpers import assert_only_the_political_sense_codes, codes, resolved_and_coded, shown


@pytest.mark.parametrize(("everyday", "political", "root"), [
    # a professional credential promises nothing; a promise to another party does
    ("Kenyan doctors are certified by the Zambian Medical Board after two years of training.",
     "Zambia promised to reopen the border with Kenya.", "03"),
    ("Dr Banda is certified by the Kenyan Board of Surgery.",
     "Zambia promised to reopen the border with Kenya.", "03"),
    # a rite over an animal or a car endorses no one; blessing an agreement does
    ("The Zambian president blessed two turkeys at the ceremony in Lusaka.",
     "The Pope blessed the peace agreement between Zambia and Kenya.", "05"),
    ("The Kenyan archbishop blessed the new police cars in Nairobi.",
     "The Pope blessed the peace agreement between Zambia and Kenya.", "05"),
    # the holiday pardon of a turkey frees no prisoner
    ("The Zambian president granted the turkey a pardon from the holiday dinner table.",
     "The Zambian president granted a pardon to 200 Kenyan prisoners.", "08"),
    # a holiday kept with a dinner praises no one; celebrating a party's act does
    ("Most Zambian families celebrate the new harvest with a big dinner.",
     "Kenyans celebrated the Zambian president's visit.", "05"),
    # pressing one's own team is no demand on another party
    ("The Zambian president pressed his own team for a better deal with Kenya.",
     "The Zambian president pressed Kenya's team to agree to a ceasefire.", "10"),
    ("The Zambian president pressed his staff to finish the deal with Kenya.",
     "The Zambian president pressed Kenya's team to agree to a ceasefire.", "10"),
    # appeal as attractiveness requests nothing; an appeal issued to a party does
    ("The Zambian president's hard line on Kenya holds great appeal for rural farmers.",
     "Zambia issued an appeal to Kenya for food aid.", "02"),
    # a cabinet meeting is a government meeting itself; a meeting with another's cabinet is not
    ('"The deal is nearly finished," the Zambian president said in a cabinet meeting on '
     "Monday.",
     "After a meeting with the Zambian cabinet, the Kenyan president left Lusaka.", "04"),
    # comfort offered to the bereaved is no aid; support given with food and shelter is
    ("\"The ministry continues to support the wounded soldiers' families through this painful "
     "time,\" the Zambian defence minister said.",
     "The Zambian government supported the displaced families with food and shelter.", "07"),
    # all of us at once is no party; one police force working with another is
    ('"All of us working closely with the Zambian government, the churches and the unions can '
     'beat this disease," he said.',
     "The Zambian police worked with Kenyan police to arrest the smugglers.", "06"),
    # going back to duty hands nothing back; returning seized boats does
    ("Kenyan soldiers returning to duty were welcomed by the Zambian president.",
     "Zambia returned the seized Kenyan fishing boats to their owners.", "08"),
    # a thing that endangers a future threatens no one; a party's threat does
    ("Zambian officials said the new dam threatens the future of Kenyan fishermen.",
     "The Zambian president threatened the Kenyan ambassador.", "13"),
    # a hazard warning is a public notice; a warning to a party threatens
    ("The Kenyan meteorological department issued a storm warning for Zambia.",
     "Zambia issued a warning to Kenya over its troops.", "13"),
    # caught up in a controversy rejects nothing; parties embroiled in a dispute do
    ("The Zambian ruling party became embroiled in controversy this month after it posted a "
     "doctored video.",
     "Zambia and Kenya became embroiled in a dispute over the border.", "12"),
    # stalling in an effort is no progress made, no rejection; stalling talks is one
    ("The Kenyan health ministry has stalled in its effort to end cholera.",
     "Zambia stalled the talks with Kenya.", "12"),
    ("Kenyan parliament's reform bill has stalled in the Senate.",
     "Zambia stalled the talks with Kenya.", "12"),
    # taking the trouble to act is no dissent
    ("One critic asked why the Zambian government bothered to register the slogan.",
     "The Zambian government was bothered by Kenya's decision.", "14"),
    # heading for the worst of something is a trend (the parser takes the superlative for
    # the object); heading for a capital for talks is a journey
    ('"Kenya is now heading for its worst ever drought, and the rains are late," the Zambian '
     "minister said.",
     "The Zambian president is heading for Nairobi for talks with Kenya.", "04"),
    # paying a firm for its work buys a service; a state paying another cooperates
    ("The Zambian health ministry paid a Kenyan advertising agency 400,000 kwacha for the "
     "campaign.",
     "Zambia paid Kenya 5 million dollars in compensation.", "06"),
    ("The Zambian health ministry paid the Kenyan contractor for the new clinic.",
     "Zambia paid Kenya 5 million dollars in compensation.", "06"),
])
def test_everyday_sense_codes_nothing_political_sense_still_codes(parser, coder, everyday,
                                                                   political, root):
    assert_only_the_political_sense_codes(parser, coder, everyday, political, root)


def test_an_offer_named_inside_another_phrase_is_no_offer_made(parser, coder):
    events = resolved_and_coded(
        parser, coder,
        "The Zambian president's threats have made Kenya cautious about offering new terms.")
    assert "030" not in codes(events), shown(events)
    for text in ("Zambia made an offer of talks to Kenya.",
                 "Zambia made Kenya a generous offer on the border dispute."):
        events = resolved_and_coded(parser, coder, text)
        assert "030" in codes(events), shown(events)


@pytest.mark.parametrize("text", [
    "The Zambian president promised retaliation against Kenya.",
    "The Zambian president promised a proportionate response to Kenya's raid.",
])
def test_a_promised_retaliation_is_a_threat(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert "130" in codes(events), shown(events)
    assert "030" not in codes(events), shown(events)
