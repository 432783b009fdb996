"""A .jsonl(.gz) whose line never ends (a gzip bomb of one 30 MB line, ~30 kB on disk): before,
batch inflated each 1 MB read whole (a 1000-to-1 bomb: a gigabyte at once) and gathered the line
in memory however long (4.6 GB per worker on a 1 GB bomb); now a line over the limit is one
error naming it and skipped, memory near the limit, and the lines after it are read."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib

import pytest

from eventwire.errors import InputError
from eventwire.runners import gzlines
from eventwire.runners.gzlines import LongLine, lines
from eventwire.runners.inputs import count_items, raw_items
from eventwire.runners.items import RawItem

GOOD = b'{"id": "a", "text": "Turkey accused Russia of war crimes."}\n'


def _bomb(n: int) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    return z.compress(GOOD + b"a" * n + b"\n" + GOOD) + z.flush()


@pytest.mark.parametrize("gz", [True, False])
def test_gzlines_hostile_long_line_skipped_in_bounded_memory(tmp_path, gz):
    path = tmp_path / ("bomb.jsonl.gz" if gz else "long.jsonl")
    if gz:
        path.write_bytes(_bomb(30_000_000))
    else:
        path.write_bytes(GOOD + b"a" * 3_000_000 + b"\n" + GOOD)
    tracemalloc.start()
    try:
        found = list(lines(path, max_line=1_000_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == [(GOOD, 1), LongLine(2, "line longer than 1,000,000 bytes"), (GOOD, 3)]
    assert peak < 8_000_000, peak


def test_gzlines_hostile_batch_inputs_name_the_line(tmp_path, monkeypatch):
    monkeypatch.setattr(gzlines.lines, "__defaults__", (1_000_000,))
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(_bomb(5_000_000))
    items = list(raw_items([str(path)]))
    assert [type(i) for i in items] == [RawItem, InputError, RawItem]
    assert str(items[1]) == f"{path}:2: line longer than 1,000,000 bytes"
    assert count_items([str(path)]) == 2


def test_gzlines_hostile_ordinary_members_unchanged(tmp_path):
    path = tmp_path / "two.jsonl.gz"
    path.write_bytes(gzip.compress(GOOD * 3) + gzip.compress(GOOD.rstrip(b"\n")))
    assert list(lines(path)) == [(GOOD, 1), (GOOD, 2), (GOOD, 3), (GOOD.rstrip(b"\n"), 4)]
