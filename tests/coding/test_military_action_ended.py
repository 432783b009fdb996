"""Ending, stopping, suspending or halting one's own military action or campaign de-escalates
(CAMEO 087), no cut in military aid (1622); military aid ended still is one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Zambia ended all military action against the rebels.",
    "Zambia stopped its military campaign against the rebels.",
    "Zambia suspended military action against the rebels.",
    "Zambia halted its military campaign against the rebels.",
])
def test_military_action_ended_de_escalates(code_sentence, text):
    events = code_sentence(text, {"Zambia": "ZMB", "the rebels": "ZMBREB"})
    assert [e.cameo.code for e in events] == ["087"]


def test_military_aid_ended_is_still_a_cut_in_aid(code_sentence):
    events = code_sentence("Zambia suspended military assistance to Kenya.",
                           {"Zambia": "ZMB", "Kenya": "KEN"})
    assert [e.cameo.code for e in events] == ["1622"]
