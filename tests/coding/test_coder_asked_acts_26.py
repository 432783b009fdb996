"""A nominal act that a verb of asking asks for is not done: "demanded the arrest of X"."""

from __future__ import annotations

import pytest
from coding_helpers import resolved_and_coded


def modality_of(events, root: str) -> list[str]:
    return [e.modality for e in events if e.cameo.root == root]


@pytest.mark.parametrize(("text", "root"), [
    ("Kenya demanded the arrest of the Zambian minister.", "17"),
    ("Kenyan protesters called for a boycott of Zambian goods.", "14"),
    ("Kenya urged the withdrawal of Zambian troops.", "08"),
])
def test_an_act_asked_for_is_hypothetical(parser, coder, text, root):
    events = resolved_and_coded(parser, coder, text)
    assert modality_of(events, root) == ["hypothetical"], [
        (e.cameo.code, e.modality) for e in events]


@pytest.mark.parametrize(("text", "root"), [
    ("The Kenyan court ordered the arrest of the Zambian minister.", "17"),
    ("The Kenyan unions called a strike against the Zambian mine owners.", "14"),
])
def test_an_act_ordered_or_called_is_done(parser, coder, text, root):
    events = resolved_and_coded(parser, coder, text)
    assert "asserted" in modality_of(events, root), [(e.cameo.code, e.modality) for e in events]
