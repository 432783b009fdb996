"""`eventwire code` and `eventwire ingest` as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "turkey-syria-2016-02-16.txt"
RECORD_KEYS = {
    "event_id", "article_id", "date", "sentence", "sentence_index", "source", "target", "cameo",
    "plover", "location", "negated", "modality", "confidence", "evidence",
}


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_cli_code_jsonl_is_the_event_record(runner):
    result = runner.invoke(app, ["code", str(EXAMPLE), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for record in records:
        assert set(record) == RECORD_KEYS
        assert set(record["cameo"]) == {"code", "root", "name", "goldstein", "quad_class"}
        assert set(record["evidence"]) == {"trigger", "rule", "attributed_to"}
        assert record["negated"] is False and record["modality"] == "asserted"
    codes = {(r["source"]["code"] if r["source"] else None, r["cameo"]["code"]) for r in records}
    assert ("TUR", "1124") in codes


def test_cli_code_jsonl_input_keeps_its_ids(runner, tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [
        {"id": "a1", "text": "Turkey accused Russia of war crimes in Syria.", "date": "2016-02-16"},
        {"id": "a2", "text": "Iran condemned Israel on Monday.", "date": "2024-04-02"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    result = runner.invoke(app, ["code", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["article_id"] for r in records} == {"a1", "a2"}
    assert {r["date"] for r in records if r["article_id"] == "a2"} == {"2024-04-02"}


def test_cli_code_csv_and_table(runner):
    result = runner.invoke(app, ["code", str(EXAMPLE), "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0]["cameo_code"]
    table = runner.invoke(app, ["code", str(EXAMPLE)])
    assert table.exit_code == 0
    assert "Accuse of war crimes" in table.stdout and "TUR (Turkey)" in table.stdout


def test_cli_code_table_one_captioned_block_per_article(runner, tmp_path):
    """Before, the tables of a directory's articles ran together with no word of which
    article each row came from."""
    (tmp_path / "a.txt").write_text("Kenya condemned Zambia on Monday over the border closure.")
    (tmp_path / "b.txt").write_text("The weather was fine in Lusaka on Monday.")
    (tmp_path / "c.txt").write_text("Ghana Praises Togo\n\nGhana praised Togo on Tuesday.")
    lines = runner.invoke(app, ["code", str(tmp_path)]).stdout.splitlines()
    assert lines[0] == str(tmp_path / "a.txt") and lines[1].startswith("date")
    assert "KEN (Kenya)" in lines[3] and lines[4] == ""  # b.txt has no event: no block
    assert lines[5] == f"{tmp_path / 'c.txt'}: Ghana Praises Togo" and "GHA (Ghana)" in lines[8]


def test_cli_code_all_shows_negated_and_modal_events(runner):
    result = runner.invoke(app, ["code", str(EXAMPLE), "--format", "jsonl", "--all"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(r["negated"] for r in records)
    assert any(r["modality"] != "asserted" for r in records)


def test_cli_code_shows_events_between_uncoded_parties_only_with_all(runner):
    # two companies no dictionary knows: ICEWS and Phoenix keep no such event, nor does the
    # default table; --all shows it
    text = ("Vantoria Labs signed a supply deal with Brixel Systems on Monday.\n"
            "Iran accused the United States of terrorism.\n")
    default = runner.invoke(app, ["code", "-", "--date", "2020-01-05"], input=text)
    assert default.exit_code == 0
    assert "Vantoria" not in default.stdout and "IRN (Iran)" in default.stdout
    shown = runner.invoke(app, ["code", "-", "--date", "2020-01-05", "--all"], input=text)
    assert "? (Vantoria Labs)" in shown.stdout and "asserted, uncoded" in shown.stdout


def test_cli_code_stdin_with_default_date(runner):
    result = runner.invoke(app, ["code", "-", "--format", "jsonl", "--date", "2020-01-05"],
                           input="Iran accused the United States of terrorism.\n")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and records[0]["date"] == "2020-01-05"


def test_cli_code_unknown_format_is_a_usage_error(runner):
    result = runner.invoke(app, ["code", str(EXAMPLE), "--format", "xml"])
    assert result.exit_code == 2


def test_cli_bad_inputs_are_named_and_the_rest_is_coded(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "latin1.txt").write_bytes("Le président a dénoncé la Russie.".encode("latin-1"))
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    good_line = '{"id": "x", "text": "Turkey accused Russia of war crimes."}\n'
    (tmp_path / "bad.jsonl").write_text(good_line + '{"id": "y", "text": \n')
    shutil.copy(EXAMPLE, tmp_path / "good.txt")
    proc = subprocess.run(
        [sys.executable, "-m", "eventwire.cli", "code", str(tmp_path), "--format", "jsonl"],
        capture_output=True, text=True, timeout=300,
    )
    errors = [line for line in proc.stderr.splitlines() if line.startswith("eventwire: error:")]
    for name in ("empty.txt", "binary.txt", "latin1.txt", "huge.txt", "bad.jsonl:2"):
        assert any(name in line for line in errors), (name, proc.stderr)
    assert proc.returncode == 1
    ids = {json.loads(line)["article_id"] for line in proc.stdout.splitlines()}
    assert "x" in ids and len(ids) == 2  # bad.jsonl:1 and good.txt were still coded


def test_cli_nothing_coded_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    command = [sys.executable, "-m", "eventwire.cli", "code", str(tmp_path / "empty.txt")]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "empty.txt" in proc.stderr


def test_cli_ingest_twice_stores_nothing_new(runner, tmp_path):
    db = tmp_path / "events.duckdb"
    first = runner.invoke(app, ["ingest", str(EXAMPLE), "--db", str(db)])
    assert first.exit_code == 0, first.output
    with duckdb.connect(str(db), read_only=True) as con:
        articles, events = con.execute(
            "select (select count(*) from articles), (select count(*) from events)").fetchone()
    assert articles == 1 and events > 0
    second = runner.invoke(app, ["ingest", str(EXAMPLE), "--db", str(db)])
    assert second.exit_code == 0
    assert "0 new articles" in second.output
    with duckdb.connect(str(db), read_only=True) as con:
        again = con.execute(
            "select (select count(*) from articles), (select count(*) from events)").fetchone()
    assert again == (articles, events)
