"""A real uvicorn server on 127.0.0.1 in a thread, and a stand-in coder."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterable, Iterator

import uvicorn

from eventwire.records import Article, Event
from eventwire.store.synthetic import ACTORS, CODES, PLACES, event

TOKEN = "s3cret-token"  # the test servers' bearer token


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThreadServer:
    def __init__(self, app) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ThreadServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


def fake_coder(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
    """Turkey accuses Russia in every article, at Aleppo, on the article's date."""
    for article in articles:
        yield article, [
            event(article.id, article.date or "2016-02-16", ACTORS[0], ACTORS[1], CODES[5],
                  PLACES[0], sentence=article.text.split(".")[0] + ".")
        ]
