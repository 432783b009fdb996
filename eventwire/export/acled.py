"""ACLED-shaped rows: the columns eventwire can fill from a CAMEO event; the rest empty."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .columns import country_names, format_columns

# ACLED actor type (inter code) by CAMEO sector.
INTER = {"GOV": "1", "MIL": "1", "COP": "1", "SPY": "1", "REB": "2", "INS": "2",
         "CVL": "7", "REF": "7"}
PRECISION = {"city": "1", "admin2": "2", "admin1": "2", "country": "3"}


def event_type(cameo_code: str) -> tuple[str, str]:
    """(disorder_type, event_type) for the CAMEO codes ACLED's types cover, else blanks."""
    root = cameo_code[:2]
    if cameo_code.startswith("145"):
        return "Demonstrations", "Riots"
    if root == "14":
        return "Demonstrations", "Protests"
    if cameo_code.startswith(("183", "195")):
        return "Political violence", "Explosions/Remote violence"
    if root in ("18", "19", "20"):
        return "Political violence", "Battles"
    return "", ""


def _inter(sector: str | None, country: str | None, place_country: str | None) -> str:
    code = INTER.get(sector or "", "")
    if code == "1" and country and place_country and country != place_country:
        return "8"  # external forces
    return code


def acled_row(row: dict[str, Any]) -> dict[str, str]:
    day = row["date"]
    disorder, etype = event_type(row["cameo_code"])
    inter1 = _inter(row["source_sector"], row["source_country"], row["location_country"])
    inter2 = _inter(row["target_sector"], row["target_country"], row["location_country"])
    pair = sorted(i for i in (inter1, inter2) if i)
    civilians = etype and row["target_sector"] == "CVL"
    values = {
        "event_id_cnty": row["event_id"],
        "event_date": day.isoformat() if day else "",
        "year": str(day.year) if day else "",
        "time_precision": "1" if day else "",
        "disorder_type": disorder,
        "event_type": etype,
        "actor1": row["source_name"] or row["source_code"] or "",
        "inter1": inter1,
        "actor2": row["target_name"] or row["target_code"] or "",
        "inter2": inter2,
        "interaction": "".join(pair) if len(pair) == 2 else "",
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "country": country_names().get(row["location_country"] or "", "")
        or (row["location_country"] or ""),
        "admin1": row["location_admin1"] or "",
        "location": row["location_name"] or "",
        "latitude": "" if row["lat"] is None else f"{row['lat']:.4f}",
        "longitude": "" if row["lon"] is None else f"{row['lon']:.4f}",
        "geo_precision": PRECISION.get(row["location_precision"] or "", ""),
        "source": row.get("sources") or "",
        "notes": row.get("sentence") or "",
        "timestamp": str(int(row["last_seen"].replace(tzinfo=dt.UTC).timestamp())),
    }
    return {c: values.get(c, "") for c in format_columns("acled")}
