"""The dashboard in headless Chromium against a real server on 127.0.0.1 (issue 8)."""

from __future__ import annotations

import csv
import io
import math

from web_helpers import new_article

ALEPPO = (36.20124, 37.16117)
AZAZ = (36.58662, 37.04628)


def near(lat: float, lon: float, place: tuple[float, float], km: float = 15.0) -> bool:
    dlat = math.radians(lat - place[0])
    dlon = math.radians(lon - place[1]) * math.cos(math.radians(place[0]))
    return 6371 * math.hypot(dlat, dlon) <= km


def test_dashboard_loads_without_console_errors_or_network(tab):
    tab.open()
    assert tab.page.title().startswith("eventwire")
    assert tab.page.locator("#map svg path.country").count() > 200  # the vendored basemap
    assert tab.page.locator("#events tbody tr").count() > 5
    tab.page.wait_for_timeout(2500)  # one polling round
    assert tab.errors == []
    assert tab.offsite == []


def test_dashboard_map_shows_canonical_events_near_aleppo_and_azaz(tab):
    tab.open()
    points = tab.page.eval_on_selector_all(
        "#map circle.event-point",
        """els => els.map(e => {
              const r = e.getBoundingClientRect();
              return {place: e.dataset.place, lat: +e.dataset.lat, lon: +e.dataset.lon,
                      quad: +e.dataset.quad, x: r.x + r.width / 2, y: r.y + r.height / 2};
           })""")
    box = tab.page.locator("#map").bounding_box()
    visible = [p for p in points if box["x"] <= p["x"] <= box["x"] + box["width"]
               and box["y"] <= p["y"] <= box["y"] + box["height"]]
    aleppo = [p for p in visible if near(p["lat"], p["lon"], ALEPPO)]
    azaz = [p for p in visible if near(p["lat"], p["lon"], AZAZ)]
    assert aleppo and aleppo[0]["place"] == "Aleppo" and aleppo[0]["quad"] == 4
    assert azaz and azaz[0]["quad"] == 4
    # fitted to the events: Aleppo and Azaz (about 45 km apart) are drawn apart
    assert math.dist((aleppo[0]["x"], aleppo[0]["y"]), (azaz[0]["x"], azaz[0]["y"])) > 4


def test_dashboard_filter_narrows_table_and_is_kept_in_url(tab):
    tab.open()
    rows = tab.page.locator("#events tbody tr")
    before = rows.count()
    loads = tab.loads()
    tab.page.select_option("select[name=quad_class]", "4")
    tab.wait_for_reload_after(loads)
    after = rows.count()
    quads = set(tab.page.eval_on_selector_all("#events tbody tr",
                                              "els => els.map(e => e.dataset.quad)"))
    assert 0 < after < before and quads == {"4"}
    assert "quad_class=4" in tab.page.url
    tab.open("?quad_class=4&country=SYR")  # a shared view opens filtered
    assert tab.page.input_value("select[name=quad_class]") == "4"
    assert tab.page.input_value("select[name=country]") == "SYR"
    assert 0 < rows.count() <= after


def test_dashboard_new_article_appears_without_reload(tab, live_server):
    tab.open()
    tab.page.evaluate("window.__sameDocument = true")
    assert tab.page.locator("tr[data-event-id]").count() > 0
    article, events = new_article()
    summary = live_server.store.add_batch([(article, events)])
    assert summary.articles_new == 1
    first = tab.page.locator("#events tbody tr").first
    first.locator("text=Host a visit").wait_for(timeout=15_000)
    assert tab.page.evaluate("window.__sameDocument === true")  # no reload happened
    assert "new" in (first.get_attribute("class") or "")
    assert first.locator("td.evidence mark").inner_text() == "met"
    assert tab.page.locator("#map circle[data-place='Berlin']").count() == 1
    assert tab.errors == []


def test_dashboard_dyad_panel_turkey_russia(tab):
    tab.open("?dyad=TUR,RUS")
    assert tab.page.input_value("#dyad-a") == "TUR"
    assert tab.page.input_value("#dyad-b") == "RUS"
    assert tab.page.locator("#dyad-chart rect.bar-ab").count() >= 1
    assert "dyad=TUR%2CRUS" in tab.page.url or "dyad=TUR,RUS" in tab.page.url


def test_dashboard_every_panel_downloads_csv(tab):
    tab.open("?dyad=TUR,RUS")
    headers = {"events": "event_id", "map": "place", "dyad": "date"}
    for panel, first_column in headers.items():
        with tab.page.expect_download() as info:
            tab.page.click(f"button.csv[data-panel={panel}]")
        download = info.value
        rows = list(csv.reader(io.StringIO(open(download.path(), encoding="utf-8").read())))
        assert rows[0][0] == first_column, panel
        assert len(rows) > 1, panel
        assert download.suggested_filename.startswith(f"eventwire-{panel}")


def test_dashboard_filter_matching_nothing_says_so(tab):
    tab.open("?root=08")  # CAMEO 08 (yield): nothing of the kind in the example
    assert tab.page.locator("#events tbody tr[data-event-id]").count() == 0
    assert "No events match" in tab.page.locator("#events tbody").inner_text()
    assert tab.page.locator("#map circle.event-point").count() == 0
    assert tab.errors == []


def test_dashboard_export_downloads_the_filtered_events_from_the_server(tab):
    """The events panel's Download asks /export for every event matching the filters, in the
    format chosen (before, only the rows on screen could be saved, as CSV)."""
    tab.open("?quad_class=4")
    link = tab.page.locator("#export")
    assert "format=gdelt" in link.get_attribute("href")
    assert "quad_class=4" in link.get_attribute("href")
    tab.page.select_option("#export-format", "polecat")
    assert "format=polecat" in link.get_attribute("href")
    with tab.page.expect_download() as info:
        link.click()
    header, *rows = open(info.value.path(), encoding="utf-8").read().splitlines()
    assert header.split("\t")[:3] == ["Event ID", "Event Date", "Event Type"]
    assert rows and {row.split("\t")[5] for row in rows} == {"Material Conflict"}
    assert tab.errors == []
