"""The coder's packaged tables: tab-separated, a header row, '#' lines for their sources."""

from __future__ import annotations

import csv
from importlib import resources


def packaged_rows(folder: str, name: str) -> list[dict[str, str]]:
    """The rows of ``eventwire/data/<folder>/<name>`` by column name, '#' lines left out."""
    path = resources.files("eventwire") / "data" / folder / name
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")),
                                   delimiter="\t"))
