"""`eventwire code` and `eventwire ingest` read WARC(.gz) crawls, as `batch` does: one article
per HTML response, alone or found in a directory, a damaged record one error naming its offset.
Before: `code crawl.warc.gz` called the gzip stream binary and a directory's WARCs were skipped."""

from __future__ import annotations

import json

from runner_helpers import WARC_DATE, fixture_records, write_warc
from typer.testing import CliRunner

from eventwire.cli import app


def code(*args: str):
    result = CliRunner().invoke(app, ["code", *args, "--format", "jsonl"])
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return result, events


def test_code_reads_a_warc_file_and_a_directory_of_them(tmp_path):
    records = fixture_records()[:2]
    write_warc(tmp_path / "crawl.warc.gz", records)
    result, events = code(str(tmp_path / "crawl.warc.gz"))
    assert result.exit_code == 0, result.output
    coded = {(e["source"]["code"], e["cameo"]["code"][:2], e["target"]["code"]) for e in events
             if e["source"] and e["target"]}
    assert ("TUR", "11", "RUS") in coded  # from the first page
    assert {e["date"] for e in events} == {"2016-02-16", "2016-03-01"}
    (tmp_path / "sub").mkdir()
    write_warc(tmp_path / "sub" / "plain.warc", records[:1], gz=False)
    result, from_dir = code(str(tmp_path / "sub"))
    assert result.exit_code == 0 and from_dir
    assert {e["date"] for e in from_dir} == {"2016-02-16"}


def test_code_warc_damaged_record_is_one_error_and_the_rest_goes_on(tmp_path):
    write_warc(tmp_path / "good.warc", fixture_records()[:1], gz=False)
    (tmp_path / "bad.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\n"
                                        b"Content-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n")
    result, events = code(str(tmp_path / "bad.warc"), str(tmp_path / "good.warc"))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("eventwire: error")]
    assert len(errors) == 1 and "bad.warc@0" in errors[0]
    assert events and all(e["date"] != WARC_DATE for e in events)
