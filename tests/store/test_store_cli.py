"""End to end through the real coder: eventwire ingest, then query and export."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app

REPORT = Path(__file__).parent / "fixtures" / "ankara_report.txt"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_store_cli_ingest_query_export(tmp_path):
    db = str(tmp_path / "cli.duckdb")
    first = run("ingest", str(REPORT), "--db", db)
    assert first.exit_code == 0, first.output
    again = run("ingest", str(REPORT), "--db", db)
    assert again.exit_code == 0 and "0 new articles" in again.output

    table = run("query", "--db", db)
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[0].startswith("date")
    assert "1124" in table.output

    out = run("query", "--db", db, "--dyad", "TUR:RUS", "--format", "jsonl")
    records = [json.loads(line) for line in out.output.splitlines()]
    assert [r["cameo"]["code"] for r in records] == ["1124"]
    assert records[0]["date"] == "2016-02-16" and records[0]["num_mentions"] == 1

    csv_out = run("query", "--db", db, "--place", "Aleppo", "--format", "csv")
    assert csv_out.exit_code == 0 and csv_out.output.startswith("event_id,")

    gdelt = tmp_path / "events.tsv"
    done = run("export", "--format", "gdelt", "--db", db, "-o", str(gdelt))
    assert done.exit_code == 0, done.output
    rows = [line.split("\t") for line in gdelt.read_text().splitlines()]
    assert rows and all(len(r) == 61 for r in rows)


def test_store_cli_bad_input_is_one_line_and_exit_2(tmp_path):
    missing = run("query", "--db", str(tmp_path / "none.duckdb"))
    assert missing.exit_code == 2
    assert "none.duckdb: no such database" in missing.output
    db = str(tmp_path / "x.duckdb")
    run("ingest", str(REPORT), "--db", db)
    bad = run("query", "--db", db, "--start", "last week")
    assert bad.exit_code == 2 and "start: 'last week' is not a date" in bad.output
    fmt = run("export", "--format", "xml", "--db", db)
    assert fmt.exit_code == 2 and "format: 'xml'" in fmt.output
