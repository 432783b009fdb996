import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app

GOLD = Path(__file__).resolve().parent / "fixtures" / "gold_small.jsonl"


def test_commands_geoparse_jsonl(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Shelling hit Aleppo and Azaz in Syria on Monday.\n")
    result = CliRunner().invoke(app, ["geoparse", str(src), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["name"] for r in records][:1] == ["Aleppo"]
    assert all(r["country"] == "SYR" for r in records)


def test_commands_geoparse_bad_input_is_one_line(tmp_path):
    result = CliRunner().invoke(app, ["geoparse", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr


def test_commands_eval_geo_prints_acc(tmp_path):
    result = CliRunner().invoke(app, ["eval-geo", str(GOLD)])
    assert result.exit_code == 0, result.output
    assert any(line.startswith("acc@161km=0.") or line == "acc@161km=1.000"
               for line in result.stdout.splitlines())
