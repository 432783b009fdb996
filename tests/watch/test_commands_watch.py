"""`eventwire watch` on the command line, against a feed server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from typer.testing import CliRunner
from watch_helpers import Route, fixture_bytes, rss

from eventwire.cli import app
from eventwire.store import Store

DAY = "Tue, 16 Feb 2016 12:41:00 GMT"


def serve_feed(server) -> str:
    server.routes["/a1.html"] = Route(fixture_bytes("article1.html"))
    server.routes["/feed.xml"] = Route(rss(server.base, ("/a1.html", "Turkey", DAY)),
                                       content_type="application/rss+xml", etag='"1"')
    return server.url("/feed.xml")


def test_commands_watch_once_codes_and_stores(feed_server, tmp_path):
    feed = serve_feed(feed_server)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# the test wire\n{feed}  # inline comment\n\n", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    runner = CliRunner()
    args = ["watch", "--feeds", str(feeds), "--db", str(db), "--once", "--allow-private"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    stored = [line for line in result.stderr.splitlines() if " stored " in f" {line}"]
    assert len(stored) == 1 and "a1.html" in stored[0]
    with Store.open(db, read_only=True) as store:
        cur = store.cursor()
        assert cur.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        codes = {r[0] for r in cur.execute("SELECT cameo_code FROM events").fetchall()}
    assert codes  # the real coder found events in the page
    again = runner.invoke(app, args)  # a restart: 304, nothing re-coded
    assert again.exit_code == 0 and " stored " not in again.stderr
    assert feed_server.not_modified == 1 and feed_server.hits["/a1.html"] == 1


def test_commands_watch_private_address_refused(feed_server, tmp_path):
    feed = serve_feed(feed_server)
    result = CliRunner().invoke(app, ["watch", feed, "--db", str(tmp_path / "w.duckdb"),
                                      "--once"])
    assert result.exit_code == 1
    assert "private" in result.stderr and "--allow-private" in result.stderr
    assert feed_server.hits == {}


def test_commands_watch_needs_feeds(tmp_path):
    result = CliRunner().invoke(app, ["watch", "--db", str(tmp_path / "w.duckdb"), "--once"])
    assert result.exit_code == 2 and "no feeds" in result.stderr
    missing = CliRunner().invoke(app, ["watch", "--feeds", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2 and "none.txt" in missing.stderr


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_commands_watch_serve_one_process_live(feed_server, tmp_path):
    """watch --serve: the watcher and the API share one writer; stored events are served."""
    feed = serve_feed(feed_server)
    port = _free_port()
    db = tmp_path / "w.duckdb"
    command = [sys.executable, "-m", "eventwire.cli", "watch", feed, "--db", str(db),
               "--allow-private", "--interval", "30", "--serve", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        events = []
        for _ in range(240):  # bounded: at most about 60 s
            time.sleep(0.25)
            if process.poll() is not None:
                break
            try:
                events = httpx.get(f"http://127.0.0.1:{port}/live/events", timeout=2).json()[
                    "events"]
            except (httpx.HTTPError, json.JSONDecodeError, KeyError):
                continue
            if events:
                break
        assert events and events[0]["url"].endswith("/a1.html")
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert page.status_code == 200 and "eventwire" in page.text
    finally:
        process.send_signal(signal.SIGINT)
        try:
            _, err = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            _, err = process.communicate()
    assert process.returncode is not None
    assert b"stored" in err
    with Store.open(db, read_only=True) as store:  # the writer let go of the file
        assert store.cursor().execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_commands_watch_feeds_file_format(tmp_path):
    from eventwire.watch.run import feed_urls

    path = Path(tmp_path / "f.txt")
    path.write_text("https://a.example/rss#frag\n# note\n https://b.example/atom  # b\n"
                    "https://a.example/rss#frag\n", encoding="utf-8")
    assert feed_urls(["https://c.example/"], path) == [
        "https://c.example/", "https://a.example/rss#frag", "https://b.example/atom"]
