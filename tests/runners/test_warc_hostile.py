"""WARC records that lie: each is one error naming the file and the record's offset, and the
records around it are read. Before: a truncated record or one with a wrong Content-Length was
returned cut short without a word (warcio printed four lines of warning to stderr), an empty
file was nothing at all, and a payload of any size was read whole into memory."""

from __future__ import annotations

import os

from eventwire.errors import InputError
from eventwire.runners.items import RawItem
from eventwire.runners.warc import warc_items

PAGE = (b"<html><body><p>" + b"Turkey accused Russia of war crimes in Syria. " * 20
        + b"</p></body></html>")


def record(payload: bytes, length: int | None = None) -> bytes:
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + payload
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/"
            f"{len(payload)}\r\nWARC-Date: 2016-02-16T00:00:00Z\r\nWARC-Record-ID: "
            f"<urn:uuid:{os.urandom(8).hex()}>\r\nContent-Type: application/http; "
            f"msgtype=response\r\nContent-Length: {len(body) if length is None else length}"
            "\r\n\r\n").encode()
    return head + body + b"\r\n\r\n"


def _read(path):
    items = list(warc_items(path))
    return ([i for i in items if isinstance(i, RawItem)],
            [str(i) for i in items if isinstance(i, InputError)])


def test_warc_hostile_truncated_last_record(tmp_path):
    path = tmp_path / "t.warc"
    good = record(PAGE)
    path.write_bytes(good + good[:300])
    pages, errors = _read(path)
    assert [len(p.data) for p in pages] == [len(PAGE)]
    assert len(errors) == 1
    assert errors[0].startswith(f"{path}@{len(good)}: truncated WARC record (")


def test_warc_hostile_wrong_content_length(tmp_path, capfd):
    path = tmp_path / "l.warc"
    path.write_bytes(record(PAGE, length=50) + record(PAGE))
    pages, errors = _read(path)
    assert errors == [f"{path}@0: WARC record does not end where its Content-Length says"]
    assert any(p.data == PAGE for p in pages)
    assert "WARNING" not in capfd.readouterr().err


def test_warc_hostile_empty_file(tmp_path):
    path = tmp_path / "e.warc"
    path.write_bytes(b"")
    assert _read(path) == ([], [f"{path}: empty file"])


def test_warc_hostile_payload_over_the_limit_is_not_read(tmp_path):
    path = tmp_path / "big.warc"
    path.write_bytes(record(b"<p>" + b"a" * 300_000) + record(PAGE))
    items = list(warc_items(path, max_payload=100_000))
    assert str(items[0]) == f"{path}@0: payload over the limit of 100,000 bytes"
    assert isinstance(items[1], RawItem) and items[1].data == PAGE


def test_warc_hostile_short_content_length_yields_no_fragment(tmp_path):
    path = tmp_path / "s.warc"
    first, short = record(PAGE), record(PAGE, length=300)
    path.write_bytes(first + short + record(PAGE))
    pages, errors = _read(path)
    assert [p.data for p in pages] == [PAGE, PAGE]  # the two whole pages, no fragment
    assert [p.name for p in pages] == [f"{path}@0", f"{path}@{len(first) + len(short)}"]
    assert errors == [f"{path}@{len(first)}: WARC record does not end where its "
                      "Content-Length says"]


def test_warc_hostile_short_content_length_last_record(tmp_path):
    path = tmp_path / "s.warc"
    first = record(PAGE)
    path.write_bytes(first + record(PAGE, length=300))
    pages, errors = _read(path)
    assert [p.data for p in pages] == [PAGE]
    assert errors == [f"{path}@{len(first)}: WARC record does not end where its "
                      "Content-Length says"]


def test_warc_hostile_short_content_length_is_not_coded(tmp_path):
    from eventwire.runners.items import to_articles

    path = tmp_path / "s.warc"
    path.write_bytes(record(PAGE, length=300) + record(PAGE))
    items = list(warc_items(path))
    articles = [a for i in items if isinstance(i, RawItem) for a in to_articles(i, None)]
    assert all(not isinstance(a, InputError) for a in articles)
    assert [a.input_name for a in articles] == [f"{path}@{len(record(PAGE, length=300))}"]


def test_warc_hostile_short_content_length_batch_cli_stores_no_fragment(tmp_path):
    from runner_helpers import read_articles
    from typer.testing import CliRunner

    from eventwire.cli import app

    path, out = tmp_path / "s.warc", tmp_path / "out"
    short = record(PAGE, length=400)
    path.write_bytes(short + record(PAGE.replace(b"Syria", b"Aleppo")))
    result = CliRunner().invoke(app, ["batch", str(path), "--out", str(out), "--workers", "0"])
    assert result.exit_code == 1, result.output
    assert (f"eventwire: error: {path}@0: WARC record does not end where its Content-Length "
            "says") in result.stderr
    assert [row["input_name"] for row in read_articles(out)] == [f"{path}@{len(short)}"]
