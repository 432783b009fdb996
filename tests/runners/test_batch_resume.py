"""A batch killed mid-run and run again: no duplicate, nothing missing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from runner_helpers import direct_keys, event_key, fixture_records, read_articles, read_events

from eventwire.errors import EventwireError
from eventwire.ingest import read_inputs
from eventwire.runners import run_batch

REPEATS = 8  # 6 fixture articles x 8 = 48 articles, one shard each


def many_articles(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for n in range(REPEATS):
            for record in fixture_records():
                handle.write(json.dumps({**record, "id": f"{record['id']}-{n}"}) + "\n")
    return path


def test_rerun_after_a_kill_completes_without_duplicates(tmp_path):
    source = many_articles(tmp_path / "many.jsonl")
    out = tmp_path / "out"
    total = REPEATS * len(fixture_records())
    command = [sys.executable, "-c", "from eventwire.cli import app; app()", "batch",
               str(source), "--out", str(out), "--workers", "1", "--shard-size", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    markers = out / "_shards"
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if markers.exists() and len(list(markers.glob("*.json"))) >= 3:
                break
            time.sleep(0.02)
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the driver and its worker processes
        process.wait()
    done_before = len(list(markers.glob("*.json")))
    assert 3 <= done_before < total, process.stderr.read().decode()

    summary = run_batch([str(source)], out, workers=0, shard_size=1)
    assert summary.shards_skipped == done_before
    assert summary.shards_coded == total - done_before

    articles = read_articles(out)
    assert sorted(a["article_id"] for a in articles) == sorted(
        f"{r['id']}-{n}" for n in range(REPEATS) for r in fixture_records())
    events = read_events(out)
    assert len({e["event_id"] for e in events}) == len(events)
    assert sorted(event_key(e) for e in events) == direct_keys(read_inputs([str(source)]))
    assert not list(out.rglob(".*.tmp-*"))  # no half-written file is left visible


def test_a_shard_written_but_not_marked_is_redone_without_duplicates(tmp_path):
    source = many_articles(tmp_path / "many.jsonl")
    out = tmp_path / "out"
    first = run_batch([str(source)], out, workers=0, shard_size=10)
    (out / "_shards" / "000002.json").unlink()  # killed between the rename and the marker
    again = run_batch([str(source)], out, workers=0, shard_size=10)
    assert again.shards_coded == 1 and again.shards_skipped == first.shards_coded - 1
    events = read_events(out)
    assert len(events) == first.events
    assert len({e["event_id"] for e in events}) == len(events)


def test_another_plan_in_the_same_folder_is_refused(tmp_path):
    source = many_articles(tmp_path / "many.jsonl")
    run_batch([str(source)], tmp_path / "out", workers=0, shard_size=50)
    try:
        run_batch([str(source)], tmp_path / "out", workers=0, shard_size=10)
    except EventwireError as err:
        assert "another --out folder" in str(err)
    else:
        raise AssertionError("a different shard size must not reuse the folder")
