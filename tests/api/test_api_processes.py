"""Several processes: the `serve` process owns the DuckDB writer; others go through it.

DuckDB lets one process open a file for writing, and no other process open it at all
meanwhile. So a running server takes ingests over POST /ingest, and a second writer (or a
reader) gets a one-line error that says so instead of a DuckDB lock trace.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest
from api_helpers import free_port
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import Store, StoreLockedError

TOKEN = "t0ken"
SERVER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[3])
    import uvicorn
    from api_helpers import fake_coder
    from eventwire.api import Settings, create_app

    app = create_app(Settings(db=sys.argv[1], token=sys.argv[4]), coder=fake_coder)
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
    """
)


@pytest.fixture
def server_process(tmp_path):
    db = tmp_path / "shared.duckdb"
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(db), str(port), str(Path(__file__).parent), TOKEN]
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("server process did not start")
        time.sleep(0.1)
    try:
        yield db, url, proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def test_api_processes_server_owns_the_writer(server_process):
    db, url, proc = server_process
    with pytest.raises(StoreLockedError, match="in use by another process.*POST /ingest"):
        Store.open(db)
    with pytest.raises(StoreLockedError):
        Store.open(db, read_only=True)
    cli = CliRunner().invoke(app, ["query", "--db", str(db)])
    assert cli.exit_code == 2 and "in use by another process" in cli.output
    assert len(cli.output.strip().splitlines()) == 1

    body = "Turkey accused Russia of war crimes. The report came from Ankara."
    posted = httpx.post(f"{url}/ingest", content=body, params={"date": "2016-02-16"},
                        headers={"Authorization": f"Bearer {TOKEN}",
                                 "Content-Type": "text/plain"}, timeout=30)
    assert posted.status_code == 200, posted.text
    assert httpx.get(f"{url}/events").json()["total"] == 1

    os.kill(proc.pid, signal.SIGTERM)  # a clean stop releases the file
    proc.wait(timeout=30)
    with Store.open(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM events").fetchone()[0] == 1
