"""POLECAT-shaped rows (40 tab-separated columns, POLECAT's order) and ICEWS-shaped rows (20):
the columns eventwire can fill from a coded event; the rest left empty.

POLECAT's Intensity and ICEWS's Intensity are both filled with the CAMEO code's Goldstein score
(GDELT scale, -10 to +10): ICEWS's intensity is that CAMEO scale, and POLECAT publishes no
per-type-and-mode table this package could ship. COW codes, titles and Wikipedia ids are not
known to eventwire's dictionaries and are left empty.
"""

from __future__ import annotations

from typing import Any

from ..actors.codes import SECTORS
from ..coding.cameo import code_table
from .columns import country_names, format_columns

QUADS = {1: "Verbal Cooperation", 2: "Material Cooperation", 3: "Verbal Conflict",
         4: "Material Conflict"}
# GeoNames feature codes of the levels eventwire resolves a place to.
FEATURES = {"city": "PPL", "admin1": "ADM1", "country": "PCLI"}


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _sector(code: str | None) -> str:
    name = SECTORS.get(code or "")
    return name[:1].upper() + name[1:] if name else ""


def _place(row: dict[str, Any]) -> dict[str, str]:
    """City, Province and Country names of the event's place, by the level it resolved to."""
    precision = row.get("location_precision")
    name, admin1 = _text(row.get("location_name")), _text(row.get("location_admin1"))
    iso3 = row.get("location_country") or ""
    return {
        "City": name if precision == "city" else "",
        "Province": {"city": admin1, "admin1": name}.get(precision or "", ""),
        "Country": country_names().get(iso3, iso3),
        "Latitude": _text(row.get("lat")),
        "Longitude": _text(row.get("lon")),
    }


def polecat_row(row: dict[str, Any]) -> list[str]:
    """One event as POLECAT's 40 fields, as strings, in POLECAT's order."""
    day = row["date"]
    known = code_table().get(row["cameo_code"])
    values = {
        "Event ID": row["event_id"],
        "Event Date": day.isoformat() if day else "",
        "Event Type": _text(row["plover_event"]),
        "Event Mode": _text(row["plover_mode"]),
        "Intensity": _text(row["goldstein"]),
        "Quad Code": QUADS.get(row["quad_class"], ""),
        "Contexts": ";".join(known.plover.context) if known else "",
        "Placename": _text(row.get("location_name")),
        "Raw Placename": _text(row.get("location_name")),
        "GeoNames ID": _text(row.get("geonameid")),
        "Feature Type": FEATURES.get(row.get("location_precision") or "", ""),
        "Source": _text(row.get("sources")),
        "Publication Date": day.isoformat() if day else "",
        "Language": "en",
        "Version": _text(row.get("eventwire_version")),
        **_place(row),
    }
    for side, prefix in (("source", "Actor"), ("target", "Recipient")):
        values |= {
            f"{prefix} Name": _text(row[f"{side}_name"] or row[f"{side}_code"]),
            f"{prefix} Country": _text(row[f"{side}_country"]),
            f"Primary {prefix} Sector": _sector(row[f"{side}_sector"]),
            f"{prefix} Sectors": _sector(row[f"{side}_sector"]),
            f"{prefix} Name Raw": _text(row.get(f"{side}_text")),
        }
    return [values.get(column, "") for column in format_columns("polecat")]


def icews_row(row: dict[str, Any]) -> list[str]:
    """One event as ICEWS's 20 fields, as strings, in ICEWS's order."""
    day = row["date"]
    place = _place(row)
    values = {
        "Event ID": row["event_id"],
        "Event Date": day.isoformat() if day else "",
        "Event Text": _text(row["cameo_name"]),
        "CAMEO Code": row["cameo_code"],
        "Intensity": _text(row["goldstein"]),
        "Story ID": _text(row.get("first_article_id")),
        "Sentence Number": _text(None if row.get("lead_sentence") is None
                                 else row["lead_sentence"] + 1),
        "Publisher": _text(row.get("sources")),
        **{k: place[k] for k in ("City", "Province", "Country", "Latitude", "Longitude")},
    }
    for side, prefix in (("source", "Source"), ("target", "Target")):
        values |= {
            f"{prefix} Name": _text(row[f"{side}_name"] or row[f"{side}_code"]),
            f"{prefix} Sectors": _sector(row[f"{side}_sector"]),
            f"{prefix} Country": country_names().get(row[f"{side}_country"] or "", "")
            or _text(row[f"{side}_country"]),
        }
    return [values.get(column, "") for column in format_columns("icews")]
