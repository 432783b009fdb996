"""Exports to places that cannot be written: before, `eventwire export -o` ended in a
traceback (FileNotFoundError, IsADirectoryError, duckdb.IOException) and a failed export left
half a file where the earlier one had been; now one line and exit 2, the old file intact."""

from __future__ import annotations

import pytest
from store_helpers import wire_article
from typer.testing import CliRunner

import eventwire.export as export_module
from eventwire.cli import app
from eventwire.errors import EventwireError
from eventwire.export import export
from eventwire.store import Store
from eventwire.store.query import EventFilter
from eventwire.store.synthetic import ACTORS, CODES, event


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "x.duckdb"
    with Store.open(path) as store:
        store.add_batch([(wire_article("a1", "https://apnews.com/a", "apnews.com"),
                          [event("a1", "2016-02-16", ACTORS[0], ACTORS[1], CODES[5], None)])])
    return str(path)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_hostile_unwritable_output_is_one_line(db, tmp_path, fmt):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    out = str(blocker / "sub" / "out.csv")
    result = CliRunner().invoke(app, ["export", "--format", fmt, "--db", db, "-o", out])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"eventwire: {out}: cannot write (")
    assert len(result.output.strip().splitlines()) == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_export_hostile_directory_as_output(db, tmp_path):
    result = CliRunner().invoke(app, ["export", "--format", "jsonl", "--db", db,
                                      "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.strip() == f"eventwire: {tmp_path}: is a directory"


def test_export_hostile_failure_half_way_leaves_the_old_file(db, tmp_path, monkeypatch):
    out = tmp_path / "events.jsonl"
    out.write_text("the earlier export\n")

    def failing(rows, fmt, stream):
        stream.write("half a row")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "write_rows", failing)
    with Store.open(db, read_only=True) as store, pytest.raises(EventwireError) as err:
        export(store.con, EventFilter(), "jsonl", out)
    assert str(err.value) == f"{out}: cannot write (No space left on device)"
    assert out.read_text() == "the earlier export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl", "x.duckdb"]
