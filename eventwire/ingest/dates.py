"""Publication dates: parse what a page says, keep only the precision it gives.

A date-time is stored as ISO "2016-02-16T12:41", a bare date as "2016-02-16". Relative dates
("3 hours ago") are read against a reference: the caller's default date, else now.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

_TIME = re.compile(
    r"(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])|\d\s*[ap]\.?m\b|\b(hours?|minutes?|mins?|hrs?)\b", re.I
)
_DIGIT_OR_RELATIVE = re.compile(r"\d|\b(yesterday|today|ago)\b", re.I)
_PREFIX = re.compile(
    r"^\s*(last\s+)?(published|updated|posted|modified|first published|date|dated|on)\b\s*:?\s*",
    re.I,
)


def normalise_date(value: str | date | None, what: str = "date") -> str | None:
    """An ISO date or date-time from a caller ("2016-02-16", datetime…); ValueError if not one."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
    if parsed is None:
        iso = parse_when(text)
        if iso is None:
            raise ValueError(f"{what} {text!r} is not a date (expected e.g. 2016-02-16)")
        return iso
    if len(text) <= 10:
        return parsed.date().isoformat()
    return parsed.strftime("%Y-%m-%dT%H:%M")


def reference_datetime(default_date: str | None) -> datetime:
    if default_date:
        try:
            return datetime.fromisoformat(default_date)
        except ValueError:
            pass
    return datetime.now().replace(microsecond=0)


def parse_when(text: str, reference: datetime | None = None) -> str | None:
    """The date (and time, when given) a short piece of text states, as ISO; None if none."""
    text = _PREFIX.sub("", text).strip(" \t-–—|·,:")
    if not text or len(text) > 60 or not _DIGIT_OR_RELATIVE.search(text):
        return None
    if text.isdigit():  # a lone year or number states no day
        return None
    settings = {
        "RELATIVE_BASE": reference or datetime.now(),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if _TIME.search(text):
        return parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.date().isoformat()
