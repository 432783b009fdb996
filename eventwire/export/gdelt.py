"""GDELT 2.0 Event table rows (61 tab-separated columns, no header, GDELT's order), and its
Mentions table rows (16), one per article that reported an event."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .columns import clean_field, country_names, fips_codes, format_columns

# CAMEO actor "type" (role) codes, religion codes, and the prefixes of known groups.
TYPES = frozenset(
    "AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI IGO IMG INS JUD LAB LEG MED MIL MNC "
    "MOD NGM NGO OPP PTY RAD REB REF SEP SET SPY UAF".split()
)
RELIGIONS = frozenset(
    "ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITH JAN JEW JHW LDS MOS MRN NRM "
    "ORT PGN PRO RAS SHI SHN SIK SUF SUN TAO UDO ZRO".split()
)
GROUP_PREFIXES = frozenset({"IGO", "NGO", "NGM", "MNC"})
GEO_COLUMNS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
               "FeatureID")


def split_actor(code: str | None) -> dict[str, str]:
    """Split a CAMEO actor code into GDELT's fields, three letters at a time:
    SYRMIL -> country SYR, type MIL; IGOUNO -> type IGO, known group UNO."""
    out = {"CountryCode": "", "KnownGroupCode": "", "EthnicCode": "", "Religion1Code": "",
           "Religion2Code": "", "Type1Code": "", "Type2Code": "", "Type3Code": ""}
    if not code:
        return out
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    types: list[str] = []
    religions: list[str] = []
    for i, part in enumerate(parts):
        if part in TYPES:
            types.append(part)
            if part in GROUP_PREFIXES and i + 1 < len(parts) and parts[i + 1] not in TYPES:
                out["KnownGroupCode"] = parts[i + 1]
        elif part in RELIGIONS:
            religions.append(part)
        elif i == 0:
            out["CountryCode"] = part
        elif i > 0 and parts[i - 1] in GROUP_PREFIXES:
            continue  # the known group, taken above
        elif not out["KnownGroupCode"]:
            out["KnownGroupCode"] = part
    for n, t in enumerate(types[:3], start=1):
        out[f"Type{n}Code"] = t
    for n, r in enumerate(religions[:2], start=1):
        out[f"Religion{n}Code"] = r
    return out


def _num(value: Any, digits: int = 4) -> str:
    if value is None:
        return ""
    return f"{value:.{digits}f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)


def geo_fields(row: dict[str, Any]) -> dict[str, str]:
    """ActionGeo_* from the event's place (GeoNames id as FeatureID; FIPS country codes)."""
    if row.get("location_name") is None:
        return {c: "" for c in GEO_COLUMNS} | {"Type": "0"}
    iso3 = row.get("location_country") or ""
    fips = fips_codes().get(iso3, "")
    precision = row.get("location_precision")
    us = iso3 == "USA"
    geo_type = {"country": 1, "admin1": 2 if us else 5}.get(precision, 3 if us else 4)
    country = country_names().get(iso3, iso3)
    if precision == "country":
        name_parts = [country]
    elif precision == "admin1":
        name_parts = [row["location_name"], country]
    else:
        name_parts = [row["location_name"], row.get("location_admin1"), country]
    full_name = ", ".join(p for p in name_parts if p)
    feature = fips if precision == "country" else _num(row.get("geonameid"))
    return {
        "Type": str(geo_type),
        "FullName": full_name,
        "CountryCode": fips,
        "ADM1Code": fips,  # FIPS admin-1 codes are not in eventwire's gazetteer
        "ADM2Code": "",
        "Lat": _num(row.get("lat")),
        "Long": _num(row.get("lon")),
        "FeatureID": feature,
    }


def global_event_id(event_id: str) -> int:
    """A stable integer for GLOBALEVENTID: 60 bits of the event id's hash."""
    return int(event_id.removeprefix("ev-")[:15], 16)


def gdelt_row(row: dict[str, Any]) -> list[str]:
    """One event row as the 61 GDELT 2.0 fields, as strings, in GDELT's order."""
    day: dt.date | None = row["date"]
    values: dict[str, str] = {
        "GLOBALEVENTID": str(global_event_id(row["event_id"])),
        "SQLDATE": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": str(day.year) if day else "",
        "FractionDate": f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else "",
        "IsRootEvent": "1" if (row.get("lead_sentence") or 0) < 2 else "0",
        "EventCode": row["cameo_code"],
        "EventBaseCode": row["cameo_code"][:3],
        "EventRootCode": row["cameo_root"],
        "QuadClass": _num(row["quad_class"]),
        "GoldsteinScale": _num(row["goldstein"], 1),
        "NumMentions": str(row["num_mentions"]),
        "NumSources": str(row["num_sources"]),
        "NumArticles": str(row["num_articles"]),
        "AvgTone": "",  # eventwire does not measure tone
        "DATEADDED": _stamp(row["first_seen"]),
        "SOURCEURL": row.get("source_url") or "",
    }
    for n, side in ((1, "source"), (2, "target")):
        code = row[f"{side}_code"]
        values[f"Actor{n}Code"] = code or ""
        values[f"Actor{n}Name"] = (row[f"{side}_name"] or "").upper()
        for key, value in split_actor(code).items():
            values[f"Actor{n}{key}"] = value
        for key in GEO_COLUMNS:  # actors' own places are not resolved, only the action's
            values[f"Actor{n}Geo_{key}"] = "0" if key == "Type" else ""
    for key, value in geo_fields(row).items():
        values[f"ActionGeo_{key}"] = value
    return [clean_field(values[c]) for c in format_columns("gdelt2_event")]



def _stamp(value: dt.datetime | None) -> str:
    return value.strftime("%Y%m%d%H%M%S") if value else ""


def gdelt_mention_row(row: dict[str, Any]) -> list[str]:
    """One mention (an article's report of an event) as the 16 GDELT 2.0 Mentions fields."""
    url = row.get("url")
    values: dict[str, str] = {
        "GLOBALEVENTID": str(global_event_id(row["event_id"])),
        "EventTimeDate": _stamp(row["first_seen"]),
        "MentionTimeDate": _stamp(row["ingested_at"]),
        "MentionType": "1" if url else "2",  # 1 WEB (a URL), 2 CITATIONONLY (the input's name)
        "MentionSourceName": row.get("host") or row.get("source_key") or "",
        "MentionIdentifier": url or row.get("input_name") or row["article_id"],
        "SentenceID": _num(None if row["sentence_index"] is None else row["sentence_index"] + 1),
        "Actor1CharOffset": _num(row["source_start"]) or "-1",
        "Actor2CharOffset": _num(row["target_start"]) or "-1",
        "ActionCharOffset": _num(row["trigger_start"]) or "-1",
        "InRawText": "1",  # coded from the article's own sentences, never from rewritten text
        "Confidence": _num(None if row["confidence"] is None
                           else round(row["confidence"] * 100)),
        "MentionDocLen": _num(row["text_length"]),
    }
    return [clean_field(values.get(c, "")) for c in format_columns("gdelt2_mentions")]
