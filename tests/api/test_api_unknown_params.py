"""A query parameter a read endpoint does not know is a 422 naming it, not a silent no-op."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("path", "unknown"),
    [
        ("/events?dyad=TUR:RUS", "dyad"),
        ("/events?contry=TUR&source=TUR", "contry"),
        ("/events?zz=1&dyad=TUR:RUS", "dyad, zz"),
        ("/actors?sort=name", "sort"),
        ("/dyads/TUR/RUS/timeline?country=SYR", "country"),
        ("/live/events?dyad=TUR,RUS", "dyad"),
        ("/live/map?actors=TUR", "actors"),
    ],
)
def test_api_unknown_params_are_422_naming_them(client, path, unknown):
    response = client.get(path)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert f": {unknown} (known: " in detail
    assert detail.startswith("unknown query parameter")


def test_api_unknown_params_lists_the_known_ones(client):
    detail = client.get("/events", params={"dyad": "TUR:RUS"}).json()["detail"]
    assert detail == (
        "unknown query parameter: dyad (known: limit, offset, start, end, actor, country, "
        "source, target, cameo, root, quad_class, plover, place, bbox, text, include_all)")


@pytest.mark.parametrize(
    "path",
    ["/events?source=TUR&limit=5&offset=0&include_all=true", "/actors?limit=500",
     "/dyads/TUR/RUS/timeline?start=2016-01-01&end=2016-12-31",
     "/live/events?start=2016-01-01&country=TUR&quad_class=4&root=19&plover=ASSAULT&actor=TUR",
     "/live/map?end=2016-12-31", "/live/version", "/live/options", "/stats", "/health",
     "/?dyad=TUR,RUS&country=TUR"],
)
def test_api_unknown_params_known_ones_and_the_dashboard_pass(client, path):
    assert client.get(path).status_code == 200


def test_api_unknown_params_odd_names_are_quoted_and_the_list_bounded(client):
    detail = client.get("/events?=1&a%20b=2&" + "x" * 100 + "=3").json()["detail"]
    assert detail.startswith(f"unknown query parameters: '', 'a b', '{'x' * 40}' (known: ")
    many = "&".join(f"p{i:03d}=1" for i in range(200))
    detail = client.get(f"/events?{many}").json()["detail"]
    assert detail.startswith("unknown query parameters: p000, p001,")
    assert ", p009 and 190 more (known: limit," in detail
