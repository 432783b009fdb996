"""The batch runner's local and Ray backends give the events of direct coding."""

from __future__ import annotations

import importlib.util
import io
import os
from pathlib import Path

import pytest
from runner_helpers import (
    ARTICLES,
    WARC_DATE,
    direct_keys,
    event_key,
    fixture_records,
    read_articles,
    read_events,
    write_warc,
)

from eventwire.ingest import article_from_html, read_inputs
from eventwire.runners import run_batch

HAS_RAY = importlib.util.find_spec("ray") is not None


def inputs(tmp_path: Path) -> tuple[list[str], list[tuple]]:
    """A JSONL file and a WARC.gz of the same articles, and the events direct coding gives."""
    warc = tmp_path / "crawl.warc.gz"
    pages = write_warc(warc, fixture_records())
    articles = [a for a in read_inputs([str(ARTICLES)])]
    articles += [article_from_html(body, url, url=url, default_date=WARC_DATE)
                 for url, body in pages]
    return [str(ARTICLES), str(warc)], direct_keys(articles)


def check(out: Path, expected: list[tuple]) -> None:
    events = read_events(out)
    assert sorted(event_key(e) for e in events) == expected
    assert len({e["event_id"] for e in events}) == len(events)
    articles = read_articles(out)
    assert len(articles) == 2 * len(fixture_records())
    assert {a["date"] for a in articles} >= {"2016-02-16", "2018-11-20", WARC_DATE, None}


def test_local_backend_matches_direct_coding(tmp_path):
    paths, expected = inputs(tmp_path)
    assert len(expected) > 20
    err = io.StringIO()
    summary = run_batch(paths, tmp_path / "out", backend="local", workers=2, shard_size=4,
                        stderr=err)
    assert summary.errors == 0 and summary.shards_failed == 0, err.getvalue()
    assert summary.articles == 12 and summary.events == len(expected)
    # worker processes, not this one, coded the shards (on a loaded machine one worker may
    # code all three before the other has loaded its model)
    workers = {name.rsplit(":", 1)[1] for name in summary.peak_rss_mb}
    assert 1 <= len(workers) <= 2 and str(os.getpid()) not in workers
    check(tmp_path / "out", expected)


def test_inline_backend_matches_direct_coding(tmp_path):
    paths, expected = inputs(tmp_path)
    run_batch(paths, tmp_path / "out", workers=0, shard_size=5)
    check(tmp_path / "out", expected)


@pytest.mark.skipif(not HAS_RAY, reason="ray is not installed (pip install 'eventwire[ray]')")
def test_ray_backend_matches_direct_coding(tmp_path):
    paths, expected = inputs(tmp_path)
    err = io.StringIO()
    summary = run_batch(paths, tmp_path / "out", backend="ray", workers=2, shard_size=4,
                        stderr=err)
    assert summary.errors == 0 and summary.shards_failed == 0, err.getvalue()
    check(tmp_path / "out", expected)
