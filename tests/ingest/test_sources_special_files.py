"""A named pipe given as an input (or found in a directory): before, `eventwire code` and
`batch` blocked for ever waiting for a writer; now it is one error and the rest is read."""

from __future__ import annotations

import os
import threading

import pytest

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.records import Article
from eventwire.runners.inputs import count_items, raw_items

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")

GOOD = "Turkey accused Russia of war crimes in Syria on Tuesday, officials said.\n"


def _in_thread(fn):
    """fn's result, or a failure instead of a hung test run."""
    box: list = []
    thread = threading.Thread(target=lambda: box.append(fn()), daemon=True)
    thread.start()
    thread.join(10)
    assert box, "blocked on the named pipe"
    return box[0]


def test_special_files_fifo_is_refused_and_the_rest_read(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    items = _in_thread(lambda: list(read_inputs([str(tmp_path)])))
    assert isinstance(items[0], Article)
    assert [str(i) for i in items[1:]] == [
        f"{tmp_path / 'pipe.jsonl'}: not a regular file (a named pipe; use - for stdin)",
        f"{tmp_path / 'pipe.txt'}: not a regular file (a named pipe; use - for stdin)",
    ]
    direct = _in_thread(lambda: list(read_inputs([str(tmp_path / "pipe.txt")])))
    assert [i.reason for i in direct] == ["not a regular file (a named pipe; use - for stdin)"]


def test_special_files_fifo_in_batch_inputs(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    for name in ("b.jsonl", "c.warc", "d.txt"):
        os.mkfifo(tmp_path / name)
    items = _in_thread(lambda: list(raw_items([str(tmp_path)])))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.input_name for e in errors] == [str(tmp_path / n) for n in
                                              ("b.jsonl", "c.warc", "d.txt")]
    assert {e.reason for e in errors} == {"not a regular file (a named pipe)"}
    assert len(items) == 4
    assert _in_thread(lambda: count_items([str(tmp_path)])) == 1
