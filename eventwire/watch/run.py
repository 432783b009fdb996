"""`eventwire watch` as a plain function: open the store, watch, optionally serve too.

DuckDB allows one writer process, so a watcher that should feed a live dashboard runs in
the same process as the server (``serve=True``): the watcher in a thread, uvicorn in the
main thread, both on one Store.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..store import Store
from .feeds import MAX_ITEMS, read_feed_list
from .fetch import MAX_BYTES, TIMEOUT, Fetcher
from .watcher import Coder, Log, Tally, Watcher, stderr_log


def feed_urls(feeds: list[str], feeds_file: Path | None) -> list[str]:
    """The feeds named on the command line and in the file, in order, without repeats."""
    urls = list(feeds)
    if feeds_file is not None:
        urls += read_feed_list(feeds_file)
    if not urls:
        raise ValueError("no feeds: name feed URLs or give --feeds FILE")
    return list(dict.fromkeys(urls))


def watch(
    feeds: list[str],
    db: str | Path = "eventwire.duckdb",
    *,
    interval: float = 300.0,
    once: bool = False,
    allow_private: bool = False,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_items: int = MAX_ITEMS,
    serve: bool = False,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    coder: Coder | None = None,
    log: Log = stderr_log,
) -> Tally:
    """Watch feeds into db until interrupted (or one pass with once)."""
    with Store.open(db) as store, Fetcher(allow_private, timeout, max_bytes) as fetcher:
        watcher = Watcher(store, feeds, interval=interval, fetcher=fetcher, coder=coder,
                          log=log, max_items=max_items)
        log(f"watching {len(watcher.feeds)} feed(s) into {db} every {int(interval)}s"
            + (" (one pass)" if once else ""))
        if not serve:
            try:
                return watcher.run(once=once)
            except KeyboardInterrupt:
                return Tally()
        return _watch_and_serve(watcher, store, db, once, host, port, token)


def _watch_and_serve(watcher: Watcher, store: Store, db: str | Path, once: bool, host: str,
                     port: int, token: str | None) -> Tally:
    import uvicorn

    from ..api.app import create_app
    from ..api.settings import Settings

    result: list[Tally] = []
    thread = threading.Thread(target=lambda: result.append(watcher.run(once=once)),
                              name="eventwire-watch", daemon=True)
    thread.start()
    app = create_app(Settings.from_env(db=str(db), token=token), store=store)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        watcher.stop.set()
        thread.join(timeout=30)
    return result[0] if result else Tally()
