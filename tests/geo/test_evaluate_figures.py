import json
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.geo import evaluate_geo
from eventwire.geo.evaluate import format_figures

GOLD = Path(__file__).resolve().parent / "fixtures" / "gold_small.jsonl"


def test_evaluate_figures_on_a_small_gold_set():
    figures = evaluate_geo(str(GOLD))
    assert figures["toponyms_gold"] == 5
    assert figures["recall"] >= 0.8
    assert figures["acc@161km"] >= 0.8
    assert set(figures["baseline"]) >= {"acc@161km", "precision", "recall"}
    text = format_figures(figures)
    assert "\nacc@161km=" in "\n" + text
    line = next(x for x in text.splitlines() if x.startswith("acc@161km="))
    assert len(line.split("=")[1]) == 5  # 0.xxx


def test_evaluate_bad_gold_names_the_input(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n')
    with pytest.raises(InputError, match="bad.jsonl:1"):
        evaluate_geo(str(bad))
    with pytest.raises(InputError, match="missing.jsonl"):
        evaluate_geo(str(tmp_path / "missing.jsonl"))


def test_evaluate_figures_by_source(tmp_path):
    rows = [json.loads(x) for x in GOLD.read_text().splitlines() if x.strip()]
    for n, row in enumerate(rows):
        row["source"] = "A" if n % 2 else "B"
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    figures = evaluate_geo(str(gold))
    assert figures["source.A"]["toponyms_gold"] + figures["source.B"]["toponyms_gold"] == 5
    assert "\nsource.A.acc@161km=" in "\n" + format_figures(figures)


def test_evaluate_figures_by_level_resolved():
    figures = evaluate_geo(str(GOLD))
    levels = figures["level"]
    resolved = {k.split(".")[0]: v for k, v in levels.items() if k.endswith(".resolved")}
    assert resolved and sum(resolved.values()) <= figures["toponyms_gold"]
    assert set(resolved) <= {"city", "admin1", "admin2", "country", "region", "continent",
                             "other"}
    lines = [x for x in format_figures(figures).splitlines() if x.startswith("level.")]
    assert any(x.endswith(".acc@161km=" + x.split("=")[1]) and len(x.split("=")[1]) == 5
               for x in lines)
