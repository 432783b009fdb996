"""Round 30b: everyday senses of 'submit', 'investigate', 'admit', 'offer', 'hold', 'launch',
'force', 'strike' and 'withhold' that coded political acts.

Handing a document to a court or a body yields nothing (080 is submitting to a demand or a
rule); tracing a disease accuses no one (09); a hospital taking in a patient acknowledges
nothing (015); a service sold or a reward offered promises no cooperation (03); a press
conference is a public statement (010) and consults no party (04); a rescue mission
launched mediates nothing (045), a bid for office reduces no relations (160), a disease
forces no one (170), a note struck or a remark that strikes one as odd uses no force (190),
and names withheld coerce no one (170). The political senses keep their codes
(curated.jsonl, documented in curated_SOURCE.txt).
"""

from __future__ import annotations

import pytest
from coding_helpers import assert_only_the_political_sense_codes, resolved_and_coded, roots, shown


@pytest.mark.parametrize(("everyday", "political", "root"), [
    # a filing handed to a court or a report to a commission yields nothing
    ("Mr Otieno submitted documents to the court in Nairobi.",
     "The rebels submitted to the demands of the Kenyan army.", "08"),
    ("Zambia submitted its annual report to the commission in May.",
     "Ghana finally submitted to pressure from Nigeria.", "08"),
    ("The Kenyan draft was submitted to parliament in March.",
     "Kenya agreed to submit to inspections by the Zambian army.", "08"),
    # tracing cases of a disease accuses no one
    ("Kenyan health officials are investigating cases of cholera in three provinces.",
     "Kenyan police are investigating the killing of two journalists.", "09"),
    ("The Kenyan investigation of the cholera cases ended in May.",
     "Ghana opened an investigation into the Zambian minister.", "09"),
    # a hospital admitting a patient acknowledges nothing
    ("A hospital in Nairobi admitted another patient with a fever.",
     "The Kenyan minister admitted that the police had shot two protesters.", "01"),
    # a service, a wider reach or a reward offered is no promise of cooperation
    ("Kenya's state telecom company has offered its mobile banking service to Ghanaians "
     "since 2015.",
     "Kenya offered Uganda talks on the border dispute.", "03"),
    ("The Kenyan army offered the villagers a reward for the rebels' names.",
     "Kenya offered help to Uganda after the floods.", "03"),
    ("Kenya's state airline offers an extension of its routes to Ghana.",
     "Nigeria offered Ghana aid after the floods.", "03"),
    # a press conference or a call with analysts consults no party; one held jointly does
    ("The Nairobi mayor said he plans to hold a press conference every week.",
     "Kenya and Uganda held a joint press conference in Nairobi.", "04"),
    ("Ghana's health ministry will hold a press conference on Friday.",
     "Ghana and Togo held a conference on border security.", "04"),
    ("Kenya's state telecom company will hold a conference call with analysts on Friday.",
     "Kenya and Uganda held a joint news conference on Monday.", "04"),
    # a rescue or a space mission launched mediates nothing; a peace mission does
    ("Kenyan commandos launched a rescue mission for two kidnapped engineers.",
     "The African Union launched a peace mission in Somalia.", "04"),
    ("The Kenyan space agency will launch its mission to the moon in 2030.",
     "The African Union launched a peace mission in Somalia.", "04"),
    # a disease forces no one: coercion is an actor's
    ("Recent cases of cholera have forced Kenyan schools to close.",
     "The Kenyan army forced the villagers to leave their homes.", "17"),
    # a tone taken or a remark judged odd uses no force; warplanes striking do
    ("The Kenyan president struck a conciliatory note on Monday.",
     "Kenyan warplanes struck rebel positions near the border.", "19"),
    ("That struck me as odd, the Kenyan minister said.",
     "Kenyan warplanes struck rebel positions as part of an offensive.", "19"),
])
def test_everyday_sense_codes_nothing_political_sense_still_codes(parser, coder, everyday,
                                                                   political, root):
    assert_only_the_political_sense_codes(parser, coder, everyday, political, root)


def test_a_bid_launched_for_office_reduces_no_relations(parser, coder):
    events = resolved_and_coded(
        parser, coder, "Kenya's opposition leader launched his bid for the presidency on Monday.")
    assert "16" not in roots(events), shown(events)


def test_names_withheld_coerce_no_one(parser, coder):
    events = resolved_and_coded(
        parser, coder, "The Kenyan army is withholding the names of the dead soldiers.")
    assert "17" not in roots(events), shown(events)
