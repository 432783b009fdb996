"""CAMEO actor codes: split a code into country and sector, and name it readably.

A CAMEO actor code is a chain of three-letter blocks: a country (ISO alpha-3) or an
international/regional block first, then roles ("TURGOV", "SYRREB", "IGOUNO", "SYRREBYPG").
"""

from __future__ import annotations

import csv
import importlib.resources
from functools import lru_cache

SECTORS: dict[str, str] = {
    "GOV": "government",
    "MIL": "military",
    "REB": "rebels",
    "COP": "police",
    "OPP": "opposition",
    "CVL": "civilians",
    "JUD": "judiciary",
    "LEG": "legislature",
    "MED": "media",
    "BUS": "business",
    "EDU": "education",
    "HLH": "health",
    "HRI": "human rights",
    "LAB": "labour",
    "PTY": "political party",
    "REF": "refugees",
    "REL": "religious",
    "SPY": "intelligence",
    "UAF": "armed forces",
    "AGR": "agriculture",
    "CRM": "criminals",
    "DEV": "development",
    "ELI": "elites",
    "ENV": "environment",
    "IGO": "intergovernmental organisation",
    "IMG": "international militarized group",
    "INS": "insurgents",
    "MOD": "moderates",
    "RAD": "radicals",
    "NGO": "non-governmental organisation",
    "NGM": "non-governmental movement",
    "SEP": "separatists",
    "MNC": "multinational corporation",
    "PPL": "people",
}

# Blocks that stand first in a code without being a country (CAMEO regions and groups).
REGIONS: dict[str, str] = {
    "AFR": "Africa",
    "ASA": "Asia",
    "EUR": "Europe",
    "MEA": "Middle East",
    "WST": "the West",
    "LAM": "Latin America",
    "NAF": "North Africa",
    "SAF": "Southern Africa",
    "WAF": "West Africa",
    "EAF": "East Africa",
    "CAS": "Central Asia",
    "SAS": "South Asia",
    "SEA": "Southeast Asia",
    "CAU": "Caucasus",
    "BLK": "Balkans",
    "KUR": "Kurdish",
    "PAL": "Palestinian",
}


@lru_cache(maxsize=1)
def country_rows() -> tuple[list[str], ...]:
    """The packaged countries table: [code, names, demonyms, capitals] rows, "|" between
    alternatives (read by the actors and the geo stages)."""
    path = importlib.resources.files("eventwire").joinpath("data/actors/countries.tsv")
    with path.open(encoding="utf-8") as handle:
        return tuple(row for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                     if row and not row[0].startswith("#"))


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-3 → short English name, from the packaged countries table."""
    return {row[0]: row[1].split("|")[0] for row in country_rows() if len(row) >= 2}


def blocks(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


@lru_cache(maxsize=8192)  # a pure function of the code, asked for every mention
def split(code: str | None) -> tuple[str | None, str | None]:
    """(country, sector) of a code: ("TUR", "GOV") for TURGOV, (None, "IGO") for IGOUNO."""
    if not code:
        return None, None
    parts = blocks(code.upper())
    country = parts[0] if parts[0] in country_names() else None
    rest = parts[1:] if country or parts[0] in REGIONS else parts
    sector = next((p for p in rest if p in SECTORS), None)
    return country, sector


@lru_cache(maxsize=8192)  # a pure function of the code, asked for every mention
def readable(code: str | None) -> str | None:
    """'Turkey government' for TURGOV, 'Syria rebels' for SYRREB."""
    if not code:
        return None
    country, sector = split(code)
    head = country_names().get(country) if country else REGIONS.get(code[:3])
    words = [w for w in (head, SECTORS.get(sector) if sector else None) if w]
    return " ".join(words) if words else code


@lru_cache(maxsize=8192)  # a pure function of the code, asked for every mention
def plover_actor(code: str | None) -> str | None:
    """POLECAT-style actor: country and sector, "TUR GOV"."""
    country, sector = split(code)
    text = " ".join(x for x in (country, sector) if x)
    return text or None
