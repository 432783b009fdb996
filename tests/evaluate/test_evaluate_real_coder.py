"""The default coder (eventwire.pipeline) scored on three gold records of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import evaluate

GOLD = Path(__file__).parent / "fixtures" / "real_gold.jsonl"

try:
    import eventwire.pipeline  # noqa: F401

    HAVE_PIPELINE = True
except ImportError:  # the lead's pipeline not there yet
    HAVE_PIPELINE = False


@pytest.mark.skipif(not HAVE_PIPELINE, reason="eventwire.pipeline cannot be imported")
def test_default_coder_on_three_records(tmp_path):
    misses = tmp_path / "misses.jsonl"
    report = evaluate(GOLD, misses)
    assert report.records == 3
    assert misses.exists()
    root = report.views["root"]
    # the accusation is the plainest sentence there is: the coder must find root 11
    assert root.categories["11"].tp == 1
    # and the economy sentence is no political event
    assert report.views["root+dyad"].micro.fp <= 1
    assert "macro F1" in report.format()
