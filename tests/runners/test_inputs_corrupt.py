"""A corrupt gzip member or a truncated WARC: the error names the file and the offset, and
the rest is processed."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from runner_helpers import fixture_records, read_articles, write_jsonl_gz_members, write_warc

from eventwire.errors import InputError
from eventwire.runners import run_batch
from eventwire.runners.gzlines import Corrupt, lines
from eventwire.runners.inputs import raw_items


def corrupt_member(path: Path, offsets: list[int], member: int) -> None:
    data = bytearray(path.read_bytes())
    start = offsets[member]
    end = offsets[member + 1] if member + 1 < len(offsets) else len(data)
    middle = (start + end) // 2
    data[middle:middle + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


def test_lines_go_on_after_a_corrupt_member(tmp_path):
    path = tmp_path / "lines.jsonl.gz"
    records = [{"id": str(n), "text": "x" * 200 + str(n)} for n in range(30)]
    offsets = write_jsonl_gz_members(path, records, per_member=10)
    corrupt_member(path, offsets, 1)
    got = list(lines(path))
    bad = [g for g in got if isinstance(g, Corrupt)]
    assert len(bad) == 1 and bad[0].offset == offsets[1]
    ids = [json.loads(g[0])["id"] for g in got if not isinstance(g, Corrupt)]
    assert ids[:10] == [str(n) for n in range(10)]
    assert ids[-10:] == [str(n) for n in range(20, 30)]  # the member after it is read


def test_truncated_gzip_is_named_and_what_came_before_is_kept(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(b"".join(b'{"id": "%d", "text": "t"}\n' % n for n in range(50)))
    path.write_bytes(data[: len(data) // 2])
    got = list(lines(path))
    assert isinstance(got[-1], Corrupt) and "truncated" in got[-1].reason
    assert got[-1].offset == 0


def test_plain_files_are_read_as_lines(tmp_path):
    path = tmp_path / "plain.jsonl"
    path.write_bytes(b'{"a": 1}\n\n{"b": 2}')
    assert list(lines(path)) == [(b'{"a": 1}\n', 1), (b"\n", 2), (b'{"b": 2}', 3)]


def test_batch_names_the_corrupt_member_and_codes_the_rest(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    records = [{**r, "id": f"{r['id']}-{n}"} for n in range(3) for r in fixture_records()]
    offsets = write_jsonl_gz_members(path, records, per_member=6)
    corrupt_member(path, offsets, 1)
    err = io.StringIO()
    summary = run_batch([str(path)], tmp_path / "out", workers=0, shard_size=4, stderr=err)
    assert f"{path}@{offsets[1]}: corrupt gzip member" in err.getvalue()
    assert summary.errors == 1
    coded = {a["article_id"] for a in read_articles(tmp_path / "out")}
    assert coded == {r["id"] for r in records[:6] + records[12:]}


def test_corrupt_warc_record_is_named_and_the_rest_is_read(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, fixture_records())
    good = [i for i in raw_items([str(warc)])]
    assert len(good) == 6 and all(not isinstance(i, InputError) for i in good)
    third = int(good[2].name.rsplit("@", 1)[1])
    fourth = int(good[3].name.rsplit("@", 1)[1])
    data = bytearray(warc.read_bytes())
    middle = (third + fourth) // 2
    data[middle:middle + 16] = b"\x00" * 16
    warc.write_bytes(bytes(data))
    got = list(raw_items([str(warc)]))
    errors = [g for g in got if isinstance(g, InputError)]
    assert len(errors) == 1 and errors[0].input_name.startswith(f"{warc}@")
    assert "unreadable WARC record" in errors[0].reason
    names = [g.name for g in got if not isinstance(g, InputError)]
    assert len(names) >= 4  # the records before and after the damaged one
    assert names[-1] == good[-1].name


def test_truncated_warc_keeps_the_records_before(tmp_path):
    warc = tmp_path / "cut.warc.gz"
    write_warc(warc, fixture_records())
    data = warc.read_bytes()
    warc.write_bytes(data[: int(len(data) * 0.7)])
    got = list(raw_items([str(warc)]))
    assert isinstance(got[-1], InputError) and got[-1].input_name.startswith(f"{warc}@")
    assert sum(1 for g in got if not isinstance(g, InputError)) >= 3


def test_uncompressed_warc_is_read(tmp_path):
    warc = tmp_path / "crawl.warc"
    write_warc(warc, fixture_records(), gz=False)
    got = list(raw_items([str(warc)]))
    assert [g.kind for g in got] == ["html"] * 6
    assert got[0].url.startswith("https://news.example.org/") and got[0].date == "2020-01-02"
