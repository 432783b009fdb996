"""One who describes, witnesses or investigates an act did not do it."""

from __future__ import annotations

import pytest
from coding_helpers import resolved_and_coded


@pytest.mark.parametrize("text", [
    "Kenyan President Ruto described the shelling of Lusaka as an attempt to damage ties.",
    "Kenyan officials witnessed the shelling of Lusaka.",
])
def test_the_teller_is_not_the_doer(parser, coder, text):
    events = resolved_and_coded(parser, coder, text)
    doers = [e.source.code for e in events if e.cameo.root in ("18", "19") and e.source]
    assert not any(code and code.startswith("KEN") for code in doers), doers


def test_the_launcher_is_the_doer(parser, coder):
    events = resolved_and_coded(parser, coder, "Kenya launched an offensive against Zambia.")
    assert any(e.source and e.source.code == "KEN" and e.cameo.root == "19" for e in events)


def test_the_owner_of_the_attack_one_was_killed_in_did_it(parser, coder):
    text = "Forty Kenyan villagers were killed in a PKK attack."
    events = resolved_and_coded(parser, coder, text)
    assert any(e.source and e.source.code == "TURREBPKK" and e.target and
               e.target.code == "KENCVL" for e in events), [
        (e.source, e.target, e.cameo.code) for e in events]
    text = "Forty Kenyan villagers were killed in a Nairobi bombing."
    events = resolved_and_coded(parser, coder, text)
    assert not any(e.source and e.target and e.target.code == "KENCVL" for e in events)
