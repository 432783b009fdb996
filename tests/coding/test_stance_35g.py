"""Round 35g: one who would not be drawn on a matter declines to comment (CAMEO 011).

To be drawn on a matter, or into a debate or speculation, is to be led to speak of it; one who
would not, could not or was not drawn on it declined comment, said of the one not drawn. Only
the passive: "drew on its reserves" uses them, and "drawn into the war" is no talk.
"""

from __future__ import annotations

import pytest
from coding_helpers import resolved_and_coded, roots, shown, sides

MINISTER = {"The Zambian foreign minister": "ZMBGOV", "Kenya": "KEN"}


@pytest.mark.parametrize("text", [
    "The Zambian foreign minister would not be drawn on the dispute with Kenya.",
    "The Zambian foreign minister could not be drawn on whether Kenya would lift the tariffs.",
    "The Zambian foreign minister was not drawn on the border dispute with Kenya.",
    "The Zambian foreign minister would not be drawn into speculation about talks with Kenya.",
    "The Zambian foreign minister was not drawn into the debate over Kenya's tariffs.",
])
def test_one_not_drawn_on_a_matter_declines_comment(code_sentence, text):
    events = code_sentence(text, MINISTER)
    assert sides(events, "011") == [("ZMBGOV", None)], shown(events)


def test_refusing_or_declining_to_be_drawn_still_declines_comment(code_sentence):
    for verb in ("refused", "declined"):
        text = f"The Zambian foreign minister {verb} to be drawn on the talks with Kenya."
        events = code_sentence(text, MINISTER)
        assert sides(events, "011") == [("ZMBGOV", None)], shown(events)


@pytest.mark.parametrize("text", [
    "Zambia drew on its reserves to pay the debt.",
    "Zambia will not draw on its reserves to pay the debt.",
    "The Zambian army was not drawn into the war with Kenya.",
    "The Zambian army was drawn into the war with Kenya.",
    "The Zambian foreign minister drew up a plan for the talks.",
    "The report was drawn from Kenyan police records.",
    "If the Zambian foreign minister is not drawn on the dispute, Kenya will be angry.",
])
def test_other_senses_of_draw_decline_nothing(code_sentence, text):
    events = code_sentence(text, {**MINISTER, "Zambia": "ZMB", "The Zambian army": "ZMBMIL"},
                           facts_only=False)
    assert "01" not in roots(events), shown(events)


# A condition set for a deal or talks, when the act set as the condition has no doer named, is
# asked of the deal's other party: the one country other than the requester's own that the
# deal's phrase, or else the sentence before telling of the deal, names; none if several.


@pytest.mark.parametrize("text", [
    "The Zambian trade ministry said removing tariffs is an important condition for any trade "
    "deal with Kenya.",
    "The Zambian trade ministry said removing tariffs is a condition for any deal between "
    "Zambia and Kenya.",
    "Zambia and Kenya are negotiating a trade deal. The Zambian trade ministry said removing "
    "tariffs is an important condition for any deal.",
])
def test_a_condition_for_a_deal_is_asked_of_its_other_party(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert sides([e for e in events if e.is_asserted], "1054") == [("ZMBGOV", "KEN")], \
        shown(events)


@pytest.mark.parametrize("text", [
    "The Zambian trade ministry said removing tariffs is an important condition for any deal.",
    "The Zambian trade ministry said removing tariffs is a condition for talks with Kenya and "
    "Malawi.",
    "Zambia, Kenya and Malawi are negotiating a trade pact. The Zambian trade ministry said "
    "removing tariffs is a condition for any deal.",
    "Kenya signed a deal with Malawi. The Zambian trade ministry said removing tariffs is a "
    "condition for any deal.",
])
def test_a_condition_for_a_deal_with_no_one_or_several_is_asked_of_no_one(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    assert sides([e for e in events if e.is_asserted], "1054") == [("ZMBGOV", None)], \
        shown(events)


# A party that asks a court to order, direct or compel another party to act brings legal action
# against that party (CAMEO 115), no appeal to the court nor a demand of the court's own.


@pytest.mark.parametrize("text", [
    "The Zambian opposition asked the court to order the Kenyan firm to pay compensation.",
    "The Zambian opposition asked the High Court to direct the Kenyan government to release "
    "the prisoners.",
])
def test_asking_a_court_to_compel_a_party_is_a_suit_against_it(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    facts = [e for e in events if e.is_asserted]
    assert [(s[:3], t[:3]) for s, t in sides(facts, "115")] == [("ZMB", "KEN")], shown(events)
    assert not any(e.cameo.root in ("02", "10") for e in facts), shown(events)


@pytest.mark.parametrize("text", [
    "The Zambian opposition asked the Kenyan government to release the prisoners.",
    "The Zambian opposition asked Kenya to order its troops to withdraw.",
    "The Zambian opposition asked the court to rule on the dispute with Kenya.",
])
def test_asking_a_party_or_a_court_for_no_order_against_another_is_no_suit(parser, coder,
                                                                            text):
    events = resolved_and_coded(parser, coder, text)
    assert "115" not in [e.cameo.code for e in events], shown(events)
