"""Short names of international missions and agencies the Phoenix dictionaries lack."""

from __future__ import annotations

import pytest
from actors_helpers import codes


@pytest.mark.parametrize(
    "sentence, words, code",
    [
        ("UNIFIL troops patrolled the border on Monday.", "UNIFIL troops", "IGOUNO"),
        ("UNDOF pulled out of its posts.", "UNDOF", "IGOUNO"),
        ("The report was written by UNSCOM.", "UNSCOM", "IGOUNO"),
        ("MONUSCO condemned the massacre.", "MONUSCO", "IGOUNO"),
        ("AMISOM troops retook the town.", "AMISOM troops", "IGOAFR"),
        ("The Department for International Development funded the clinic.",
         "The Department for International Development", "GBRGOV"),
        ("Frontex sent more border guards to Greece.", "Frontex", "IGOEUREEC"),
    ],
)
def test_mission_and_agency_names(resolve, sentence, words, code):
    assert codes(resolve(sentence, "2019-01-01"), words) == [code]


def test_a_cabinet_meeting_is_no_actor(resolve):
    # Phoenix lists "a cabinet meeting" as a government agent; it names an event, and as an
    # actor it became the source of the very meeting it names
    mentions = resolve("The prime minister spoke to reporters after a cabinet meeting on Sunday.")
    assert not [m for m in mentions if "meeting" in m.text]
