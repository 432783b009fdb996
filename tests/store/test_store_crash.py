"""A process killed in the middle of a batch leaves the database as before that batch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from eventwire.store import Store
from eventwire.store.synthetic import batches

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from eventwire.store import Store, db
    from eventwire.store.synthetic import batches

    store = Store.open(sys.argv[1])
    first, second = batches(40, 5, batch_size=20)
    store.add_batch(first)
    print("committed", flush=True)
    insert = db._Batch._insert

    def stall(self, table, records):
        insert(self, table, records)
        if table == "mentions":  # articles, events and mentions written, not committed
            print("mid-batch", flush=True)
            time.sleep(120)

    db._Batch._insert = stall
    store.add_batch(second)
    print("should not get here", flush=True)
    """
)


def test_store_crash_mid_batch_keeps_committed_and_drops_partial(tmp_path):
    path = tmp_path / "crash.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "committed"
        assert proc.stdout.readline().strip() == "mid-batch"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    with Store.open(path) as store:
        tables = ("articles", "events", "mentions")
        got = {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        assert got["articles"] == 20
        assert got["mentions"] == 100
        assert store.con.execute(
            "SELECT count(*) FROM mentions WHERE article_id NOT IN "
            "(SELECT article_id FROM articles)"
        ).fetchone()[0] == 0
        assert store.con.execute(
            "SELECT sum(num_mentions) FROM events"
        ).fetchone()[0] == 100
        # the lost batch can simply be ingested again
        first, second = batches(40, 5, batch_size=20)
        summary = store.add_batch(second)
        assert summary.articles_new == 20
        assert store.add_batch(first).articles_new == 0
