"""JSONL lines that parse as JSON but are no article: each is one InputError naming the line,
and the lines around it are still read (before, each of these raised out of the batch)."""

from __future__ import annotations

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.records import Article

GOOD = b'{"id": "ok", "text": "Turkey accused Russia of war crimes on Tuesday."}'


def _read(tmp_path, *lines: bytes):
    path = tmp_path / "junk.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path, list(read_inputs([str(path)]))


def test_jsonl_hostile_deep_nesting_is_one_error(tmp_path):
    deep = b'{"id": "d", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    path, items = _read(tmp_path, deep, GOOD)
    assert isinstance(items[0], InputError)
    assert str(items[0]) == f"{path}:1: malformed JSON (nested too deeply)"
    assert isinstance(items[1], Article) and items[1].id == "ok"


def test_jsonl_hostile_integer_too_long_is_one_error(tmp_path):
    path, items = _read(tmp_path, b'{"id": "n", "text": "x", "date": ' + b"9" * 5000 + b"}",
                        GOOD)
    assert isinstance(items[0], InputError)
    assert items[0].input_name == f"{path}:1"
    assert items[0].reason.startswith("malformed JSON (Exceeds the limit")
    assert isinstance(items[1], Article)


def test_jsonl_hostile_lone_surrogate_is_refused(tmp_path):
    lines = (b'{"id": "s", "text": "Turkey \\ud800 accused Russia."}',
             b'{"id": "t", "title": "bad \\udc80", "text": "Turkey accused Russia."}',
             b'{"id": "p", "text": "A pair \\ud83d\\ude00 is fine: Turkey accused Russia."}',
             GOOD)
    path, items = _read(tmp_path, *lines)
    assert [str(i) for i in items[:2]] == [
        f'{path}:1: "text" holds a lone surrogate (\\ud800), not text',
        f'{path}:2: "title" holds a lone surrogate (\\udc80), not text',
    ]
    assert [a.id for a in items[2:]] == ["p", "ok"]
    assert all(a.text.encode("utf-8") for a in items[2:])


def test_jsonl_hostile_gzip_of_one_endless_line_is_one_error(tmp_path):
    import gzip

    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(b"a" * 50_000))  # 50 kB inflated, no newline, ~100 B on disk
    items = list(read_inputs([str(path)], max_bytes=10_000))
    assert [str(i) for i in items] == [f"{path}:1: line longer than 10000 bytes"]
