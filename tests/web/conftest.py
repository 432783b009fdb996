"""Fixtures of the dashboard tests: the canonical example coded into a real DuckDB file,
served on 127.0.0.1, and Debian's headless Chromium driven by Playwright.

Without /usr/bin/chromium the browser tests are skipped, except under CI, where they fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_helpers import CHROMIUM, CHROMIUM_ARGS, LiveServer, Tab, in_ci, start_server

from eventwire.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _unavailable(reason: str) -> None:
    if in_ci():
        pytest.fail(f"{reason}; CI must install it (apt-get install -y chromium)")
    pytest.skip(f"{reason}: dashboard browser tests skipped (apt-get install -y chromium)")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from eventwire.web.demo import demo_database

    return demo_database(EXAMPLES, tmp_path_factory.mktemp("web") / "demo.duckdb")


@pytest.fixture(scope="module")
def live_server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server over a copy of the demo database (tests may add articles to it)."""
    copy = tmp_path_factory.mktemp("live") / "live.duckdb"
    copy.write_bytes(demo_db.read_bytes())
    store = Store.open(copy)
    server = start_server(store)
    try:
        yield server
    finally:
        server.stop()
        store.close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} not found")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[dev]')")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                                    headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def tab(browser, live_server) -> Iterator[Tab]:
    """A fresh page that records console errors and refuses any request off this server."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                  accept_downloads=True)
    page = context.new_page()
    tab = Tab(page, live_server.url)

    def on_console(message) -> None:
        if message.type == "error":
            tab.errors.append(message.text)

    def guard(route) -> None:
        if route.request.url.startswith(live_server.url) or route.request.url.startswith(
                ("data:", "blob:")):
            route.continue_()
        else:
            tab.offsite.append(route.request.url)
            route.abort()

    page.on("console", on_console)
    page.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    page.route("**/*", guard)
    try:
        yield tab
    finally:
        context.close()
