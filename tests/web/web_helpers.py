"""Helpers of the dashboard tests: a real server on 127.0.0.1 in a thread, made-up events."""

from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn

from eventwire.api.app import create_app
from eventwire.api.settings import Settings
from eventwire.records import ActorMention, Article, Cameo, Event, Evidence, Location, Plover
from eventwire.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@dataclass
class LiveServer:
    url: str
    store: Store
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@dataclass
class Tab:
    """A browser page with what it logged as errors and what it tried to fetch off-site."""

    page: Any
    base: str
    errors: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)

    def open(self, query: str = "") -> None:
        self.page.goto(self.base + "/" + query)
        self.page.wait_for_selector("body[data-ready='1']", timeout=30_000)

    def loads(self) -> int:
        return int(self.page.evaluate("document.body.dataset.loads || '0'"))

    def wait_for_reload_after(self, loads: int) -> None:
        self.page.wait_for_function(
            f"Number(document.body.dataset.loads || 0) > {loads}", timeout=15_000)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Store) -> LiveServer:
    port = free_port()
    app = create_app(Settings(db=store.path), store=store)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    return LiveServer(f"http://127.0.0.1:{port}", store, server, thread)


def new_article() -> tuple[Article, list[Event]]:
    """A made-up report, Germany meeting France in Berlin, with one coded event."""
    text = ("German Chancellor Angela Merkel met French President Francois Hollande in Berlin "
            "on Wednesday to discuss refugees.")
    article = Article(id="web-test-berlin", text=text, title="Merkel meets Hollande",
                      url="https://example.org/berlin-meeting", source="example.org",
                      published="2016-02-17")
    def at(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    deu = ActorMention("Angela Merkel", *at("Angela Merkel"), "DEUGOV", "DEU", "GOV",
                       "Germany government")
    fra = ActorMention("Francois Hollande", *at("Francois Hollande"), "FRAGOV", "FRA", "GOV",
                       "France government")
    met = text.index(" met ") + 1
    event = Event(
        event_id="web-test-berlin-0", article_id=article.id, date="2016-02-17",
        sentence=text, sentence_index=0, source=deu, target=fra,
        cameo=Cameo("043", "04", "Host a visit", 2.8, 1), plover=Plover("CONSULT"),
        location=Location("Berlin", "DEU", "Berlin", 52.52437, 13.41053, 2950159, "city"),
        evidence=Evidence("met", "test#met", None, met, met + 3),
    )
    return article, [event]
