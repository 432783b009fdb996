from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from store_helpers import ACCUSE, RUS, TUR, wire_article

from eventwire.export import FORMATS, export
from eventwire.export.columns import format_columns
from eventwire.export.gdelt import split_actor
from eventwire.records import Location
from eventwire.store.query import EventFilter
from eventwire.store.synthetic import ACTORS, CODES, event

ALEPPO = Location("Aleppo", "SYR", "Aleppo", 36.2, 37.16, 170063, "city")


@pytest.fixture
def filled(store):
    a = wire_article("a1", "https://apnews.com/a", "apnews.com")
    b = wire_article("b1", "https://voanews.com/b", "voanews.com", text="Other words entirely.")
    store.add_batch([
        (a, [event("a1", "2016-02-16", TUR, RUS, ACCUSE, ALEPPO, index=0)]),
        (b, [event("b1", "2016-02-16", TUR, RUS, ACCUSE, ALEPPO, index=0),
             event("b1", "2016-02-17", ACTORS[2], ACTORS[3], CODES[11], None, index=1)]),
    ])
    return store


def test_export_gdelt_matches_codebook_column_by_column(filled, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(filled.con, EventFilter(), "gdelt", out) == 2
    lines = out.read_text().splitlines()
    names = format_columns("gdelt2_event")
    assert len(names) == 61 and names[0] == "GLOBALEVENTID" and names[-1] == "SOURCEURL"
    row = dict(zip(names, lines[0].split("\t"), strict=True))
    expected = {
        "SQLDATE": "20160216", "MonthYear": "201602", "Year": "2016",
        "FractionDate": "2016.2082",  # 2016 + (2 * 30 + 16) / 365
        "Actor1Code": "TURGOV", "Actor1Name": "TURKEY GOVERNMENT", "Actor1CountryCode": "TUR",
        "Actor1KnownGroupCode": "", "Actor1Type1Code": "GOV", "Actor1Type2Code": "",
        "Actor2Code": "RUSMIL", "Actor2CountryCode": "RUS", "Actor2Type1Code": "MIL",
        "IsRootEvent": "1", "EventCode": "1124", "EventBaseCode": "112", "EventRootCode": "11",
        "QuadClass": "3", "GoldsteinScale": "-2", "NumMentions": "2", "NumSources": "2",
        "NumArticles": "2", "AvgTone": "", "Actor1Geo_Type": "0", "Actor2Geo_Type": "0",
        "ActionGeo_Type": "4", "ActionGeo_FullName": "Aleppo, Aleppo, Syria",
        "ActionGeo_CountryCode": "SY", "ActionGeo_ADM1Code": "SY",
        "ActionGeo_Lat": "36.2", "ActionGeo_Long": "37.16", "ActionGeo_FeatureID": "170063",
        "SOURCEURL": "https://apnews.com/a",
    }
    for name, value in expected.items():
        assert row[name] == value, name
    assert len(row["DATEADDED"]) == 14
    no_place = dict(zip(names, lines[1].split("\t"), strict=True))
    assert no_place["ActionGeo_Type"] == "0" and no_place["ActionGeo_Lat"] == ""
    assert no_place["EventCode"] == "195" and no_place["Actor2Type1Code"] == "REB"


def test_export_gdelt_integer_and_float_columns_parse(filled, tmp_path):
    from importlib import resources

    table = resources.files("eventwire").joinpath("data", "formats", "gdelt2_event_columns.tsv")
    types = [line.split("\t")[2] for line in table.read_text().splitlines()[1:]]
    out = tmp_path / "events.tsv"
    export(filled.con, EventFilter(), "gdelt", out)
    for line in out.read_text().splitlines():
        for kind, value in zip(types, line.split("\t"), strict=True):
            if value and kind == "INTEGER":
                int(value)
            elif value and kind == "FLOAT":
                float(value)


@pytest.mark.parametrize(
    ("code", "fields"),
    [
        ("SYRMIL", {"CountryCode": "SYR", "Type1Code": "MIL"}),
        ("IGOUNO", {"Type1Code": "IGO", "KnownGroupCode": "UNO"}),
        ("USAGOVMIL", {"CountryCode": "USA", "Type1Code": "GOV", "Type2Code": "MIL"}),
        ("IRQMOSSHI", {"CountryCode": "IRQ", "Religion1Code": "MOS", "Religion2Code": "SHI"}),
        ("TUR", {"CountryCode": "TUR"}),
    ],
)
def test_export_gdelt_splits_actor_codes(code, fields):
    got = {k: v for k, v in split_actor(code).items() if v}
    assert got == fields


def test_export_acled_columns(filled, tmp_path):
    out = tmp_path / "acled.csv"
    export(filled.con, EventFilter(), "acled", out)
    rows = list(csv.DictReader(out.open()))
    assert list(rows[0]) == list(format_columns("acled")) and len(rows[0]) == 31
    strike = rows[1]
    assert strike["event_type"] == "Explosions/Remote violence"
    assert strike["actor1"] == "Syria military" and strike["inter1"] == "1"
    assert strike["inter2"] == "2" and strike["interaction"] == "12"
    assert rows[0]["country"] == "Syria" and rows[0]["geo_precision"] == "1"
    assert rows[0]["source"] == "apnews.com;voanews.com"


def test_export_geojson_jsonl_csv_parquet(filled, tmp_path):
    export(filled.con, EventFilter(), "geojson", tmp_path / "e.geojson")
    features = json.loads((tmp_path / "e.geojson").read_text())["features"]
    assert len(features) == 1
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [37.16, 36.2]}
    export(filled.con, EventFilter(), "jsonl", tmp_path / "e.jsonl")
    records = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert records[0]["cameo"]["code"] == "1124" and records[0]["num_articles"] == 2
    export(filled.con, EventFilter(), "csv", tmp_path / "e.csv")
    assert len(list(csv.DictReader((tmp_path / "e.csv").open()))) == 2
    export(filled.con, EventFilter(), "parquet", tmp_path / "pq")
    parts = sorted(p.name for p in (tmp_path / "pq").iterdir())
    assert parts == ["date=2016-02-16", "date=2016-02-17"]
    assert pq.read_table(tmp_path / "pq").num_rows == 2
    assert set(FORMATS) == {"gdelt", "gdelt-mentions", "acled", "polecat", "icews", "parquet",
                            "csv", "jsonl", "geojson"}


def test_export_polecat_and_icews_columns(filled, tmp_path):
    """POLECAT (40 columns) and ICEWS (20) TSVs with their header rows: before, analysts of
    either dataset had to rebuild eventwire's PLOVER and CAMEO fields into their layout."""
    rows = {}
    for fmt, width in (("polecat", 40), ("icews", 20)):
        out = tmp_path / f"{fmt}.tsv"
        assert export(filled.con, EventFilter(), fmt, out) == 2
        header, *lines = out.read_text().splitlines()
        assert header.split("\t") == list(format_columns(fmt)) and len(header.split("\t")) == width
        rows[fmt] = [dict(zip(header.split("\t"), line.split("\t"), strict=True)) for line in lines]
    accuse, strike = rows["polecat"]
    assert (accuse["Event Type"], accuse["Quad Code"], accuse["Contexts"]) == (
        "ACCUSE", "Verbal Conflict", "military;legal")
    assert (accuse["Actor Name"], accuse["Actor Country"], accuse["Primary Actor Sector"]) == (
        "Turkey government", "TUR", "Government")
    assert (accuse["Recipient Country"], accuse["Recipient Sectors"]) == ("RUS", "Military")
    assert (accuse["City"], accuse["Province"], accuse["Country"], accuse["GeoNames ID"],
            accuse["Feature Type"]) == ("Aleppo", "Aleppo", "Syria", "170063", "PPL")
    assert accuse["Intensity"] == "-2.0" and accuse["Source"] == "apnews.com;voanews.com"
    assert strike["Event Type"] == "ASSAULT" and strike["Latitude"] == ""
    icews = rows["icews"][0]
    assert (icews["Source Name"], icews["Source Sectors"], icews["Source Country"]) == (
        "Turkey government", "Government", "Turkey")
    assert (icews["Event Text"], icews["CAMEO Code"], icews["Target Country"]) == (
        "Accuse of war crimes", "1124", "Russia")
    assert icews["Sentence Number"] == "1" and icews["Story ID"] == "a1"


def test_export_gdelt_mentions_join_the_events(filled, tmp_path):
    """GDELT 2.0 Mentions (16 columns, no header): one row per article that reported an event,
    joined to the Events export by GLOBALEVENTID. Before, there was no Mentions export."""
    export(filled.con, EventFilter(), "gdelt", tmp_path / "events.tsv")
    assert export(filled.con, EventFilter(), "gdelt-mentions", tmp_path / "m.tsv") == 3
    names = format_columns("gdelt2_mentions")
    rows = [dict(zip(names, line.split("\t"), strict=True))
            for line in (tmp_path / "m.tsv").read_text().splitlines()]
    event_ids = [line.split("\t")[0] for line in (tmp_path / "events.tsv").read_text().splitlines()]
    assert [r["GLOBALEVENTID"] for r in rows] == [event_ids[0], event_ids[0], event_ids[1]]
    first = rows[0]
    assert (first["MentionType"], first["MentionSourceName"], first["MentionIdentifier"]) == (
        "1", "apnews.com", "https://apnews.com/a")
    assert first["SentenceID"] == "1" and first["InRawText"] == "1"
    assert len(first["EventTimeDate"]) == 14 and first["MentionDocLen"].isdigit()
    assert first["ActionCharOffset"].lstrip("-").isdigit() and first["Confidence"].isdigit()
    assert {r["MentionSourceName"] for r in rows} == {"apnews.com", "voanews.com"}
