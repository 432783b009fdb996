"""Print events as a readable table, JSON Lines (the event record) or CSV."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable
from typing import TextIO

from .records import ActorMention, Event

FORMATS = ("table", "jsonl", "csv")

# The flat row's columns a spreadsheet reader wants, in reading order (Event.flat has them all).
CSV_COLUMNS = (
    "event_id", "article_id", "date", "source_code", "source_text", "cameo_code", "cameo_name",
    "goldstein", "quad_class", "plover_event", "target_code", "target_text", "location_name",
    "location_country", "lat", "lon", "negated", "modality", "confidence", "trigger", "rule",
    "attributed_to", "sentence",
)


def actor_label(mention: ActorMention | None) -> str:
    if mention is None:
        return "-"
    return f"{mention.code or '?'} ({mention.text})"


def csv_row(event: Event) -> dict[str, object]:
    flat = event.flat()
    return {column: flat[column] for column in CSV_COLUMNS}


class EventWriter:
    """Writes events one at a time in the chosen format (a table is aligned per batch, and
    batches are set apart by a blank line and their caption)."""

    def __init__(self, out: TextIO, fmt: str, show_modality: bool = False) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
        self.out = out
        self.fmt = fmt
        self.show_modality = show_modality
        self.csv: csv.DictWriter | None = None
        self.tables = 0

    def write(self, events: Iterable[Event], caption: str | None = None) -> None:
        """Write a batch of events; a table batch under its caption (the article it is of)."""
        events = list(events)
        if self.fmt == "jsonl":
            for event in events:
                self.out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            if self.csv is None:
                self.csv = csv.DictWriter(self.out, fieldnames=CSV_COLUMNS)
                self.csv.writeheader()
            for event in events:
                self.csv.writerow(csv_row(event))
        elif events:
            self.out.write(("\n" if self.tables else "") + (f"{caption}\n" if caption else "")
                           + format_table(events, self.show_modality) + "\n")
            self.tables += 1


def format_table(events: list[Event], show_modality: bool = False) -> str:
    """An aligned text table: date, source, CAMEO code and name, target, place, trigger."""
    headers = ["date", "source", "cameo", "event", "target", "place", "trigger"]
    if show_modality:
        headers.append("modality")
    rows = []
    for e in events:
        row = [
            e.date or "-",
            actor_label(e.source),
            e.cameo.code,
            e.cameo.name,
            actor_label(e.target),
            e.location.name if e.location else "-",
            e.evidence.trigger,
        ]
        if show_modality:
            row.append(("negated " if e.negated else "") + e.modality
                       + ("" if e.has_coded_actor else ", uncoded"))
        rows.append(row)
    width = shutil.get_terminal_size((160, 20)).columns
    limits = [10, 34, 5, 40, 34, 16, 28, 20]
    rows = [[clip(cell, limits[i]) for i, cell in enumerate(r)] for r in rows]
    sizes = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=True)]
    lines = [
        "  ".join(str(c).ljust(s) for c, s in zip(r, sizes, strict=True))
        for r in [headers, *rows]
    ]
    lines.insert(1, "  ".join("-" * s for s in sizes))
    return "\n".join(line[:width].rstrip() for line in lines)


def clip(text: str, limit: int) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
