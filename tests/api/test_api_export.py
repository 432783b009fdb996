"""GET /export streams the matching events in an analyst's format from the running server, over
a real DuckDB file. Before, exports needed the database file and the CLI."""

from __future__ import annotations

import csv
import io
import json

from eventwire.export.columns import format_columns


def test_api_export_gdelt_is_every_event_61_fields(client):
    response = client.get("/export", params={"format": "gdelt"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/tab-separated-values")
    assert 'filename="eventwire-gdelt.tsv"' in response.headers["content-disposition"]
    lines = response.text.splitlines()
    total = client.get("/events").json()["total"]
    assert len(lines) == total and all(len(line.split("\t")) == 61 for line in lines)
    mentions = client.get("/export", params={"format": "gdelt-mentions"}).text.splitlines()
    assert len(mentions) == client.get("/stats").json()["mentions"]
    assert {m.split("\t")[0] for m in mentions} == {line.split("\t")[0] for line in lines}


def test_api_export_filters_and_other_formats(client):
    polecat = client.get("/export", params={"format": "polecat", "plover": "ASSAULT"}).text
    header, *rows = polecat.splitlines()
    assert header.split("\t") == list(format_columns("polecat"))
    assert rows and all(r.split("\t")[2] == "ASSAULT" for r in rows)
    expected = client.get("/events", params={"plover": "ASSAULT"}).json()["total"]
    assert len(rows) == expected
    acled = list(csv.DictReader(io.StringIO(
        client.get("/export", params={"format": "acled", "source": "TUR"}).text)))
    assert acled and list(acled[0]) == list(format_columns("acled"))
    features = json.loads(client.get("/export", params={"format": "geojson"}).text)["features"]
    assert features and features[0]["geometry"]["type"] == "Point"


def test_api_export_bad_requests_are_422(client):
    assert client.get("/export", params={"format": "parquet"}).status_code == 422
    assert client.get("/export", params={"format": "xls"}).status_code == 422
    assert client.get("/export", params={"dyad": "TUR:RUS"}).status_code == 422
    assert client.get("/export", params={"start": "notadate"}).status_code == 422
