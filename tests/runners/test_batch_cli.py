"""`eventwire batch` on the command line: summary, one-line errors, exit codes."""

from __future__ import annotations

import io

from runner_helpers import ARTICLES, read_events
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.runners.batch import DEFAULT_SHARD_SIZE, auto_shard_size
from eventwire.runners.progress import Progress


def test_batch_command_codes_and_names_a_missing_input(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(ARTICLES), str(tmp_path / "nope.jsonl"),
                                      "--out", str(out), "--workers", "0"])
    assert result.exit_code == 1  # some input failed, the rest was coded
    assert f"eventwire: error: {tmp_path / 'nope.jsonl'}: no such file or directory" in (
        result.stderr)
    assert "6 articles and" in result.stderr and str(out) in result.stderr
    assert len(read_events(out)) > 10


def test_batch_command_refuses_an_unknown_backend(tmp_path):
    result = CliRunner().invoke(app, ["batch", str(ARTICLES), "--out", str(tmp_path / "o"),
                                      "--backend", "spark"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        "eventwire: error: unknown backend 'spark': choose one of local, ray")


def test_shard_size_follows_the_input_size():
    assert auto_shard_size(None) == DEFAULT_SHARD_SIZE
    assert auto_shard_size(50) == 10
    assert auto_shard_size(1600) == 100
    assert auto_shard_size(10_000_000) == DEFAULT_SHARD_SIZE


def test_progress_line_shows_rates_and_eta():
    stream = io.StringIO()
    progress = Progress(total=100, stream=stream, every=0)
    progress.update(items=50, articles=48, events=120)
    line = stream.getvalue().strip()
    assert line.startswith("batch: 48 articles (") and "120 events (" in line
    assert "50% ETA 0:00:00" in line
