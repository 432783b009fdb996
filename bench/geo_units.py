"""How many of the geoparser's countries and provinces beyond 161 km are the right unit.

    .venv/bin/python bench/geo_units.py [GOLD.jsonl]

On the geo dev set (../shared/data/geo/geo_dev.jsonl, never copied here), for every matched
gold toponym eventwire resolved to a country or an admin-1 unit more than 161 km from the gold
point: is the gold point inside that unit (the nearest gazetteer town to it lies in the same
country, and for admin-1 the same province)? Such an answer names the right place; only the
point chosen for the unit (its centre, a gazetteer's pin, another convention) differs.
Prints acc@161km by level and the share of answers that name the right unit.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.geo import default_geoparser, settings_pipeline  # noqa: E402
from eventwire.geo.gazetteer import KINDS  # noqa: E402
from eventwire.geo.normalize import plain_spaces  # noqa: E402
from eventwire.geo.resolve import km  # noqa: E402


def main() -> None:
    gold = sys.argv[1] if len(sys.argv) > 1 else str(
        ROOT.parent / "shared" / "data" / "geo" / "geo_dev.jsonl")
    rows = [json.loads(line) for line in Path(gold).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    nlp = settings_pipeline()
    gp = default_geoparser(nlp)
    gz = gp.gazetteer
    towns = np.nonzero(np.array(gz.kind) == KINDS.index("city"))[0]
    lat, lon = np.array(gz.lat)[towns], np.array(gz.lon)[towns]

    def unit_of(la: float, lo: float) -> tuple[str, str]:
        i = towns[int(np.argmin((lat - la) ** 2 + ((lon - lo) * np.cos(np.radians(la))) ** 2))]
        return gz.country[i], gz.admin1[i]

    resolved, within, same_unit = Counter(), Counter(), Counter()
    for row, doc in zip(rows, nlp.pipe(plain_spaces(r["text"]) for r in rows), strict=True):
        found = gp.toponyms(doc)
        for g in row["toponyms"]:
            t = next((t for t in found if t.start < g["end"] and g["start"] < t.end), None)
            if t is None or t.lat is None:
                continue
            resolved[t.feature] += 1
            if km(t.lat, t.lon, g["lat"], g["lon"]) <= 161:
                within[t.feature] += 1
            elif t.feature in ("country", "admin1"):
                country, admin1 = unit_of(g["lat"], g["lon"])
                same_unit[t.feature] += country == t.country and (
                    t.feature == "country" or admin1 == t.admin1)
    print(f"command: {' '.join(sys.argv)}\ninput: {gold}")
    for level, n in resolved.most_common():
        print(f"{level}: {n} resolved, acc@161km {within[level] / n:.3f}"
              + (f", beyond 161 km but the right unit {same_unit[level]}, right unit or within "
                 f"{(within[level] + same_unit[level]) / n:.3f}" if level in same_unit else ""))
    n = sum(resolved.values())
    print(f"all: {n} resolved, acc@161km {sum(within.values()) / n:.3f}; counting a country or "
          f"province whose point alone is off as right: "
          f"{(sum(within.values()) + sum(same_unit.values())) / n:.3f}")


if __name__ == "__main__":
    main()
