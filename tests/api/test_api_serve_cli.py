"""`eventwire serve` as a user runs it: 127.0.0.1 by default, ingest off without a token."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
from api_helpers import free_port

from eventwire.store import Store


def test_api_serve_cli_binds_loopback_and_needs_a_token(tmp_path):
    db = tmp_path / "served.duckdb"
    Store.open(db).close()
    port = free_port()
    env_free = {"PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env_free,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(proc.stdout.read()) from None
                time.sleep(0.1)
        assert health.json()["ingest"] is False
        refused = httpx.post(f"http://127.0.0.1:{port}/ingest", content="Turkey spoke.")
        assert refused.status_code == 403 and "ingest is disabled" in refused.text
    finally:
        proc.terminate()
        output, _ = proc.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}" in output
