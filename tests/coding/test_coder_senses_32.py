"""Round 32b: everyday senses of political verbs that a careful coder codes as nothing.

A source who asks not to be named, requests anonymity or declines to be identified sets the
terms of an interview: no appeal (020) and no rejection (12). Firing a minister, a judge or a
teacher dismisses them: no force (190); firing on or at them is force. Celebrating an
anniversary, a holiday or the new year praises no one (051). A country that hosts factories
hosts no visit (043); paying a tax is no economic cooperation (061); a bank rescued with money is
given economic aid (071), not humanitarian aid (073); campaigning on an issue or for reelection
demands nothing (100); a candidate's wide appeal asks nothing of anyone (020). The political
senses keep their codes (curated.jsonl, documented in curated_SOURCE.txt).
"""

from __future__ import annotations

import pytest
from coding_helpers import assert_only_the_political_sense_codes, codes, resolved_and_coded, shown

from eventwire import code_text


@pytest.mark.parametrize(("everyday", "political", "root"), [
    # a source's anonymity is no appeal and no rejection
    ("Ms Banda, a Zambian police officer, had asked not to be named by reporters in Lusaka.",
     "Kenya asked Ghana to name a new envoy.", "02"),
    ("A Kenyan diplomat who requested anonymity said the talks with Ghana had stalled.",
     "Kenya requested talks with Ghana on the border.", "02"),
    ("An official of the Ghanaian ministry had asked not to be identified in any report on the "
     "border.",
     "Zambia asked Kenya to reopen the border.", "02"),
    ("A Kenyan minister, who asked for anonymity, said the two states had talked.",
     "Kenya asked Zambia for help.", "02"),
    ("Mr Otieno, a Kenyan official, declined to be named in print.",
     "Kenya refused to withdraw its troops from Zambia.", "12"),
    ("Mr Phiri, a Zambian diplomat, refused to be identified in print.",
     "Kenya refused to withdraw its troops from Zambia.", "12"),
    # a dismissal from a post uses no force; shots at the holder of one do
    ("The Kenyan president fired his finance minister on Monday.",
     "Kenyan police fired on the finance minister's convoy.", "19"),
    ("The Zambian president fired the country's top diplomat and its chief justice.",
     # gunmen on a diplomat: unconventional violence, 18 (violence.py)
     "Zambian gunmen fired upon the diplomat's car near Lusaka.", "18"),
    ("Four Ghanaian teachers were fired on Monday.",
     "Ghanaian police fired on striking teachers in Accra.", "19"),
    ("The Kenyan police chief was fired after the protests.",
     "Kenyan soldiers fired at two officers near the border.", "19"),
    # marking an occasion praises no one; celebrating an attack does
    ("Kenyan officials celebrated the 50th anniversary of the university in Nairobi.",
     "Hamas celebrated the attack on Israeli soldiers.", "05"),
    ("Ghanaians celebrated the new year in Accra with the Ghanaian president.",
     "Hamas celebrated the attack on Israeli soldiers.", "05"),
    ("Zambians celebrated the holiday across the country with the Zambian president.",
     "Hamas celebrated the attack on Israeli soldiers.", "05"),
    # where firms stand is no visit; a delegation hosted is one
    ("Kenya hosts several Zambian manufacturers.",
     "Kenya hosted a Zambian business delegation in Nairobi.", "04"),
    # a legal charge paid is no economic cooperation; a payment for a good is
    ("Zambia paid taxes to Kenya on the exports.",
     "Zambia paid Kenya for the electricity.", "06"),
    ("The Ghanaian government paid customs duties to Zambia.",
     "Zambia paid Kenya for the electricity.", "06"),
    # campaigning for votes demands nothing; campaigning for a release does
    ("The Zambian president campaigned on lower taxes.",
     "Kenyan activists campaigned for the release of Zambian prisoners.", "10"),
    ("The Zambian president campaigned for reelection in Lusaka.",
     "Kenyan activists campaigned for the release of Zambian prisoners.", "10"),
    # attraction asks nothing; an appeal to voters to stay calm does
    ("The Kenyan candidate's message holds wide appeal to voters in Zambia.",
     "The Ghanaian president made an appeal to voters to stay calm.", "02"),
])
def test_everyday_sense_codes_nothing_political_sense_still_codes(parser, coder, everyday,
                                                                   political, root):
    assert_only_the_political_sense_codes(parser, coder, everyday, political, root)


def test_a_bank_rescued_with_money_is_given_economic_aid(parser, coder):
    events = resolved_and_coded(parser, coder, "The Zambian government rescued the state bank.")
    assert "071" in codes(events) and "073" not in codes(events), shown(events)
    events = resolved_and_coded(parser, coder, "Kenyan troops rescued Zambian hostages.")
    assert "073" in codes(events), shown(events)


def test_an_anniversary_of_relations_celebrated_is_a_symbolic_act(parser, coder):
    events = resolved_and_coded(
        parser, coder, "The presidents of Kenya and Zambia celebrated the tenth anniversary of "
        "diplomatic relations in Nairobi.")
    assert "017" in codes(events), shown(events)


def test_task_orders_awarded_praise_no_one_an_order_of_merit_does(parser, coder):
    events = resolved_and_coded(
        parser, coder, "In May, the Kenyan space agency awarded task orders to three Zambian "
        "firms.")
    assert "051" not in codes(events), shown(events)
    events = resolved_and_coded(
        parser, coder, "The Kenyan president awarded the Order of the Golden Heart to the Zambian "
        "president.")
    assert "051" in codes(events), shown(events)


@pytest.mark.parametrize(("text", "code"), [
    # Phoenix's 1621 is closing a trade office; announced results are a plain statement
    ("The electoral commission announced the results of the vote on Monday.", "010"),
    ("Zambia's president announced a resolution to the dispute.", "010"),
    ("Kenya announced the closure of its trade office in Accra.", "1621"),
])
def test_an_announced_result_cuts_no_aid(text, code):
    assert [c for c in codes(code_text(text)) if c.startswith(("01", "16"))] == [code]
