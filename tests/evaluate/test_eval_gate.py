"""The quality gate: the coder must not score below the floors pinned in eval/baseline.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate import evaluate

REPO = Path(__file__).resolve().parents[2]
FLOORS = json.loads((REPO / "eval" / "baseline.json").read_text())


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return evaluate(REPO / "eval" / "dev_gold.jsonl",
                    tmp_path_factory.mktemp("gate") / "misses.jsonl")


@pytest.mark.parametrize("view", ["root", "plover", "root+dyad"])
def test_eval_gate_dev_macro_f1_not_below_floor(report, view):
    figure = report.views[view].macro_f1
    assert figure >= FLOORS[view], f"{view} macro F1 {figure:.3f} < floor {FLOORS[view]}"
