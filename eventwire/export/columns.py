"""Shipped column lists of the formats eventwire writes, and the country tables they need."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources


def _tsv(*path: str) -> list[list[str]]:
    node = resources.files("eventwire").joinpath("data", *path)
    lines = node.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def clean_field(value: str) -> str:
    """A value fit for one tab-separated field: no tab or line break inside."""
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ")


@cache
def format_columns(name: str) -> tuple[str, ...]:
    """Column names in order, e.g. format_columns("gdelt2_event")."""
    table = _tsv("formats", f"{name}_columns.tsv")
    return tuple(row[1] for row in table[1:])


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-3 -> English short name (from the actor dictionaries' country table)."""
    try:
        table = _tsv("actors", "countries.tsv")
    except (FileNotFoundError, OSError):
        return {}
    return {row[0]: row[1].split("|")[0] for row in table if len(row) > 1 and len(row[0]) == 3}


@lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4 country code, which GDELT's geography fields use."""
    try:
        table = _tsv("formats", "iso3_fips.tsv")
    except (FileNotFoundError, OSError):
        return {}
    return {row[0]: row[1] for row in table[1:] if len(row) > 1}
