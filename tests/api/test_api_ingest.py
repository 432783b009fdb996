from __future__ import annotations

import json

from conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = ("Turkey accuses Russia of war crimes\n\nTurkey accused Russia of war crimes on Tuesday "
        "after airstrikes hit hospitals in northern Syria, officials said.")


def test_api_ingest_needs_the_token(client):
    assert client.post("/ingest", content=TEXT).status_code == 401
    wrong = client.post("/ingest", content=TEXT, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401


def test_api_ingest_text_then_again_adds_nothing(client):
    headers = {**AUTH, "Content-Type": "text/plain"}
    first = client.post("/ingest", content=TEXT, headers=headers, params={"date": "2016-02-16"})
    assert first.status_code == 200, first.text
    assert first.json()["articles_new"] == 1 and first.json()["events_new"] == 1
    again = client.post("/ingest", content=TEXT, headers=headers, params={"date": "2016-02-16"})
    assert again.json()["articles_duplicate"] == 1 and again.json()["events_new"] == 0
    found = client.get("/events", params={"text": "war crimes"}).json()
    assert found["total"] == 1


def test_api_ingest_jsonl_with_a_bad_line(client):
    lines = [
        json.dumps({"id": "j1", "text": "Ankara blamed Moscow. More words.", "date": "2016-02-20",
                    "url": "https://example.org/j1"}),
        "{not json",
        json.dumps({"id": "j2", "text": "Second report on the same thing. Entirely new text.",
                    "date": "2016-02-20", "url": "https://example.com/j2"}),
    ]
    response = client.post("/ingest", content="\n".join(lines),
                           headers={**AUTH, "Content-Type": "application/x-ndjson"})
    body = response.json()
    assert response.status_code == 200
    assert body["articles_new"] == 2 and body["events_new"] == 1 and body["events_merged"] == 1
    assert body["errors"][0]["input"] == "POST /ingest:2"
    assert "malformed JSON" in body["errors"][0]["reason"]


def test_api_ingest_bad_input_is_4xx(client):
    assert client.post("/ingest", content=b"", headers=AUTH).status_code == 400
    bad = client.post("/ingest", content="{oops", headers={**AUTH, "Content-Type":
                                                            "application/x-ndjson"})
    assert bad.status_code == 422 and "malformed JSON" in bad.text
    kind = client.post("/ingest", content=TEXT, headers=AUTH, params={"kind": "pdf"})
    assert kind.status_code == 422 and "kind: 'pdf'" in kind.text
    date = client.post("/ingest", content=TEXT, headers=AUTH, params={"date": "notadate"})
    assert date.status_code == 422
