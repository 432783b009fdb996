"""`eventwire eval GOLD.jsonl` prints the table, writes misses, and fails cleanly on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from eval_fakes import FakeCoder, event
from typer.testing import CliRunner

import eventwire.evaluate as evaluate_module
from eventwire.evaluate_commands import register

TINY = Path(__file__).parent / "fixtures" / "tiny_gold.jsonl"


def make_app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test app."""

    register(app)
    return app


def test_eval_command_prints_table_and_writes_misses(tmp_path, monkeypatch):
    coder = FakeCoder({"r1": [event("1124", "TUR", "RUS", "ACCUSE")]})
    monkeypatch.setattr(evaluate_module, "default_coder", lambda: coder)
    misses = tmp_path / "misses.jsonl"
    result = CliRunner().invoke(make_app(), ["eval", str(TINY), "--misses", str(misses)])
    assert result.exit_code == 0, result.output
    assert "root+dyad" in result.output and "macro F1" in result.output
    lines = misses.read_text().splitlines()
    assert lines and all(json.loads(line)["miss"] for line in lines)


def test_eval_command_json(tmp_path, monkeypatch):
    monkeypatch.setattr(evaluate_module, "default_coder", lambda: FakeCoder({}))
    result = CliRunner().invoke(
        make_app(), ["eval", str(TINY), "--misses", str(tmp_path / "m.jsonl"), "--json"]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["records"] == 5
    assert figures["root"]["micro"]["recall"] == 0.0


def test_eval_command_bad_gold_is_one_line_and_exit_2(tmp_path, monkeypatch):
    monkeypatch.setattr(evaluate_module, "default_coder", lambda: FakeCoder({}))
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    result = CliRunner().invoke(make_app(), ["eval", str(bad), "--misses", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert f"{bad}:1" in result.output
