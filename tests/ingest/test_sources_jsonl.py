"""JSONL inputs: one article a line, each line its own input, bad lines reported."""

import gzip
import json

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.records import Article

TEXT = "Turkey shelled positions of the Kurdish YPG militia near Azaz on Tuesday."


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_sources_jsonl_good_and_bad_lines(tmp_path):
    path = _write(tmp_path / "batch.jsonl", [
        json.dumps({"id": "a1", "text": TEXT, "title": "Turkey shells YPG", "date": "2016-02-16",
                    "url": "https://news.example/a1", "source": "Example"}),
        '{"id": "a2", "text": "unterminated',
        "",
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a4", "text": "   "}),
        json.dumps({"id": 5, "text": TEXT}),
    ])
    results = list(read_inputs([str(path)]))
    assert [type(r).__name__ for r in results] == [
        "Article", "InputError", "InputError", "InputError", "InputError", "Article"]
    first = results[0]
    assert (first.id, first.title, first.published, first.url, first.source) == (
        "a1", "Turkey shells YPG", "2016-02-16", "https://news.example/a1", "Example")
    assert first.text == TEXT
    assert first.input_name == f"{path}:1"
    assert str(results[1]).startswith(f"{path}:2: malformed JSON")
    assert str(results[2]) == f'{path}:4: record has no "text"'
    assert results[3].reason == "a JSON object was expected, not list"
    assert results[4].reason == "empty text"
    assert results[5].id == "5"
    assert results[5].input_name == f"{path}:7"


def test_sources_jsonl_gz(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g1", "text": TEXT}) + "\n")
        f.write(json.dumps({"id": "g2", "text": TEXT + " Again."}) + "\n")
    results = list(read_inputs([str(path)]))
    assert [r.id for r in results] == ["g1", "g2"]


def test_sources_jsonl_corrupt_gz(tmp_path):
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(b"this is not gzip at all")
    results = list(read_inputs([str(path)]))
    assert len(results) == 1 and isinstance(results[0], InputError)
    assert results[0].input_name == f"{path}:1"


def test_sources_jsonl_date_and_default_date(tmp_path):
    path = _write(tmp_path / "d.jsonl", [
        json.dumps({"id": "x", "text": TEXT}),
        json.dumps({"id": "y", "text": TEXT, "date": "2016-02-17T08:30:00"}),
        json.dumps({"id": "z", "text": TEXT, "date": "not a date"}),
    ])
    x, y, z = read_inputs([str(path)], default_date="2016-02-16")
    assert x.published == "2016-02-16"
    assert y.published == "2016-02-17T08:30"
    assert isinstance(z, InputError) and "is not a date" in z.reason


def test_sources_jsonl_without_id_gets_computed_id(tmp_path):
    path = _write(tmp_path / "n.jsonl", [json.dumps({"text": TEXT}),
                                         json.dumps({"text": TEXT, "url": "https://e.x/a?utm_source=z"})])
    a, b = read_inputs([str(path)])
    assert isinstance(a, Article) and len(a.id) == 16
    assert b.id != a.id


def test_sources_jsonl_non_utf8_line(tmp_path):
    path = tmp_path / "enc.jsonl"
    path.write_bytes(json.dumps({"id": "ok", "text": TEXT}).encode() + b"\n"
                     + b'{"id": "bad", "text": "caf\xe9"}\n')
    ok, bad = read_inputs([str(path)])
    assert ok.id == "ok"
    assert str(bad) == f"{path}:2: not UTF-8 (invalid byte 0xe9 at byte offset 26 of the line)"


def test_sources_jsonl_empty_file(tmp_path):
    path = tmp_path / "e.jsonl"
    path.write_text("\n\n")
    (err,) = read_inputs([str(path)])
    assert isinstance(err, InputError) and err.reason.startswith("empty file")
