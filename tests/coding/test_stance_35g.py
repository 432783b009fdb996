"""Round 35g: one who would not be drawn on a matter declines to comment (CAMEO 011).

To be drawn on a matter, or into a debate or speculation, is to be led to speak of it; one who
would not, could not or was not drawn on it declined comment, said of the one not drawn. Only
the passive: "drew on its reserves" uses them, and "drawn into the war" is no talk.
"""

from __future__ import annotations

import pytest
from coding_helpers import roots, shown, sides

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
