from __future__ import annotations

import pytest


def test_api_health_and_stats(client):
    health = client.get("/health").json()
    assert health["status"] == "ok" and health["ingest"] is True
    stats = client.get("/stats").json()
    assert stats["articles"] == 50 and stats["mentions"] == 200


def test_api_events_paged(client):
    first = client.get("/events", params={"limit": 30}).json()
    assert first["total"] == 200 and len(first["events"]) == 30 and first["next_offset"] == 30
    last = client.get("/events", params={"limit": 30, "offset": 180}).json()
    assert len(last["events"]) == 20 and last["next_offset"] is None
    ids = {e["event_id"] for e in first["events"]} | {e["event_id"] for e in last["events"]}
    assert len(ids) == 50


def test_api_events_filters(client):
    body = client.get("/events", params={"source": "TUR", "plover": "ASSAULT"}).json()
    assert body["total"] > 0
    for e in body["events"]:
        assert e["source"]["code"].startswith("TUR") and e["plover"]["event"] == "ASSAULT"
    boxed = client.get("/events", params={"bbox": "37,36,38,37"}).json()
    assert all(e["location"]["name"] == "Aleppo" for e in boxed["events"])


def test_api_event_with_mentions(client):
    event = client.get("/events", params={"limit": 1}).json()["events"][0]
    full = client.get(f"/events/{event['event_id']}").json()
    assert full["event_id"] == event["event_id"]
    assert full["mentions"] and full["mentions"][0]["sentence"].startswith("Sentence")
    assert full["mentions"][0]["record"]["event_id"]


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/events?start=yesterday", 422, "start: 'yesterday' is not a date"),
        ("/events?quad_class=9", 422, "quad_class: 9"),
        ("/events?limit=0", 422, "limit"),
        ("/events?bbox=1,2", 422, "bbox"),
        ("/events/ev-missing", 404, "event 'ev-missing' not found"),
        ("/articles/nope", 404, "article 'nope' not found"),
    ],
)
def test_api_bad_parameters_get_clear_4xx(client, path, status, message):
    response = client.get(path)
    assert response.status_code == status
    assert message in response.text


def test_api_dyad_timeline_actors_article(client):
    timeline = client.get("/dyads/TUR/RUS/timeline").json()
    assert timeline["source"] == "TUR"
    for day in timeline["days"]:
        assert set(day) == {"date", "events", "mentions", "mean_goldstein"}
    actors = client.get("/actors", params={"limit": 5}).json()["actors"]
    assert len(actors) == 5 and actors[0]["code"]
    article = client.get("/articles/syn-7-0").json()
    assert article["article_id"] == "syn-7-0" and len(article["event_ids"]) == 4


def test_api_openapi_schema(client):
    schema = client.get("/openapi.json").json()
    for path in ("/events", "/events/{event_id}", "/dyads/{a}/{b}/timeline", "/actors",
                 "/articles/{article_id}", "/stats", "/health", "/ingest"):
        assert path in schema["paths"]
    assert "bbox" in {p["name"] for p in schema["paths"]["/events"]["get"]["parameters"]}
