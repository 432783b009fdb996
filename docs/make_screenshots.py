"""Take the dashboard screenshots in docs/ (headless Debian Chromium via Playwright).

    .venv/bin/python docs/make_screenshots.py

Codes examples/ into a temporary database, serves it on 127.0.0.1 and captures the page.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))

from web_helpers import CHROMIUM, CHROMIUM_ARGS, new_article, start_server  # noqa: E402

from eventwire.store import Store  # noqa: E402
from eventwire.web.demo import demo_database  # noqa: E402


def main() -> None:
    from playwright.sync_api import sync_playwright

    db = demo_database(ROOT / "examples")
    with Store.open(db) as store, sync_playwright() as p:
        server = start_server(store)
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1050})
        page.goto(server.url + "/?dyad=TUR,RUS")
        page.wait_for_selector("body[data-ready='1']")
        page.wait_for_timeout(800)
        page.screenshot(path=str(ROOT / "docs" / "dashboard.png"))
        loads = page.evaluate("Number(document.body.dataset.loads)")
        store.add_batch([new_article()])
        page.wait_for_function(f"Number(document.body.dataset.loads) > {loads}")
        page.wait_for_timeout(300)
        page.locator("#events-panel").screenshot(path=str(ROOT / "docs" / "dashboard-live.png"))
        page.goto(server.url + "/?quad_class=4&dyad=TUR,RUS")
        page.wait_for_selector("body[data-ready='1']")
        page.wait_for_timeout(800)
        page.locator("#map-panel").screenshot(path=str(ROOT / "docs" / "dashboard-map.png"))
        browser.close()
        server.stop()
    for name in ("dashboard.png", "dashboard-live.png", "dashboard-map.png"):
        print(ROOT / "docs" / name)


if __name__ == "__main__":
    main()
