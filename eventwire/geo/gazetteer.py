"""The offline gazetteer: GeoNames places and their names, loaded once per process.

``places.tsv.gz`` is built by ``scripts/build_gazetteer.py``; ``aliases.tsv``,
``regions.tsv`` and ``points.tsv`` are curated by hand. See eventwire/data/NOTICE.md for
sources and licences.
The first load in a fresh environment reads and indexes the tables (several seconds) and
keeps a pickle of the index under the user cache dir (``$EVENTWIRE_CACHE`` or
``~/.cache/eventwire``); later processes load that pickle.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import importlib.resources
import io
import os
import pickle
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .normalize import key, loose_key

KINDS = ("continent", "country", "region", "admin1", "city", "admin2")
FILES = ("places.tsv.gz", "aliases.tsv", "regions.tsv", "points.tsv", "capitals.tsv")
INDEX_VERSION = "9"
# a name of four capitals may be an acronym: it names only a country, admin-1 unit, region,
# continent or a city this big
SHOUTED_MIN_POP = 100_000
# abbreviated first words of town names, as news writes them ("Mt. Vernon", "Ft. Myers")
SPELLED_OUT = {"mt": "Mount", "ft": "Fort", "pt": "Point"}
UNIT_LAST_WORDS = {"county", "parish", "borough", "township", "district"}


@dataclass(frozen=True, slots=True)
class Place:
    id: int
    kind: str  # continent | country | region | admin1 | admin2 | city
    name: str
    country: str | None  # ISO alpha-3
    admin1: str | None
    lat: float
    lon: float
    population: int
    geonameid: int | None
    capital: bool = False  # a national capital


Ids = "int | tuple[int, ...]"


class Gazetteer:
    """Columns of places plus name indices (a key maps to one id or a tuple of ids)."""

    def __init__(self) -> None:
        self.kind: list[int] = []
        self.name: list[str] = []
        self.country: list[str] = []
        self.admin1: list[str] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.population: list[int] = []
        self.geonameid: list[int] = []
        self.names: dict[str, int | tuple[int, ...]] = {}
        self.loose: dict[str, int | tuple[int, ...]] = {}
        self.exact_case: dict[str, int | tuple[int, ...]] = {}
        self.capitals: set[int] = set()
        self.curated: set[str] = set()  # name keys a curated alias decides ("white house")

    def __len__(self) -> int:
        return len(self.name)

    def place(self, i: int) -> Place:
        return Place(i, KINDS[self.kind[i]], self.name[i], self.country[i] or None,
                     self.admin1[i] or None, self.lat[i], self.lon[i], self.population[i],
                     self.geonameid[i] or None, i in self.capitals)

    def lookup(self, text: str) -> list[Place]:
        """All places a surface form may name: exact key first, else the loose key."""
        return list(self._lookup(text))

    @lru_cache(maxsize=1 << 12)  # noqa: B019 (one gazetteer per process; articles repeat names)
    def _lookup(self, text: str) -> tuple[Place, ...]:
        ids = self.exact_case.get(text)
        if ids is None:
            letters = len(text.replace(".", "")) if text.isupper() else 0
            if 0 < letters <= 3:
                return ()  # "US", "IT": only through exact-case aliases
            ids = self.names.get(key(text))
            if ids is None:
                ids = self.loose.get(loose_key(text), ())
            if letters == 4:  # "HOMS", "GAZA", "IRAN", but no small town for "MENA", "ALMA"
                ids = tuple(i for i in ((ids,) if isinstance(ids, int) else ids)
                            if self.kind[i] < 4 or self.population[i] >= SHOUTED_MIN_POP)
            first, _, rest = text.partition(" ")
            word = SPELLED_OUT.get(first.rstrip(".").lower()) if rest else None
            if word is not None:  # "Mt. Vernon": Mount Vernon too (GeoNames has a few so)
                more = self.names.get(key(f"{word} {rest}"), ())
                ids = tuple(dict.fromkeys(
                    (*((ids,) if isinstance(ids, int) else ids),
                     *((more,) if isinstance(more, int) else more))))
            elif (not ids and first.rstrip(".").lower() == "st"
                  and rest.rpartition(" ")[2].lower() in UNIT_LAST_WORDS):
                # "St. Louis County", "St. Charles Parish", which GeoNames spells "Saint …"
                # (units only: "St. Louis" would meet Senegal's Saint-Louis, "St. Mark" of a
                # church Grenada's parish)
                ids = self.names.get(key(f"Saint {rest}"), ())
        if isinstance(ids, int):
            return (self.place(ids),)
        return tuple(self.place(i) for i in ids)

    def has_name(self, text: str) -> bool:
        return text in self.exact_case or key(text) in self.names

    # building -----------------------------------------------------------------
    def _append(self, kind: str, name: str, country: str, admin1: str, lat: float, lon: float,
                population: int, geonameid: int) -> int:
        self.kind.append(KINDS.index(kind))
        self.name.append(name)
        self.country.append(country)
        self.admin1.append(admin1)
        self.lat.append(lat)
        self.lon.append(lon)
        self.population.append(population)
        self.geonameid.append(geonameid)
        return len(self.name) - 1


def _add(index: dict[str, int | tuple[int, ...]], k: str, i: int) -> None:
    old = index.get(k)
    if old is None:
        index[k] = i
    elif isinstance(old, int):
        if old != i:
            index[k] = (old, i)
    elif i not in old:
        index[k] = (*old, i)


def _data(name: str):
    return importlib.resources.files("eventwire") / "data" / "geo" / name


def _rows(name: str) -> list[list[str]]:
    text = _data(name).read_text(encoding="utf-8")
    rows = csv.reader(io.StringIO(text), delimiter="\t")
    return [r for r in rows if r and not r[0].startswith("#")]


def build() -> Gazetteer:
    """Read and index the packaged tables (several seconds)."""
    gz = Gazetteer()
    with gzip.open(_data("places.tsv.gz").open("rb"), "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            kind, gid, name, country, admin1, lat, lon, pop, alts = line.rstrip("\n").split("\t")
            population = int(pop)
            i = gz._append(kind, name, country, admin1, float(lat), float(lon), population,
                           int(gid) if gid else 0)
            for n in [name, *alts.split("|")] if alts else [name]:
                k = key(n)
                _add(gz.names, k, i)
                if kind not in {"city", "admin2"} or population >= 1000:
                    lk = loose_key(n)
                    if lk != k:
                        _add(gz.loose, lk, i)
    for name, country, lat, lon, *rest in _rows("regions.tsv"):
        i = gz._append("region", name, country, "", float(lat), float(lon), 0, 0)
        for n in [name, *(rest[0].split("|") if rest and rest[0] else [])]:
            gz.names[key(n)] = i  # a curated region decides its name
    capital_ids = {int(gid) for _country, gid, *_ in _rows("capitals.tsv")}
    gz.capitals = {i for i in range(len(gz)) if gz.kind[i] == 4 and gz.geonameid[i] in capital_ids}
    first: dict[tuple[int, str, str], int] = {}
    for i in range(len(gz)):
        if gz.kind[i] != 4 or gz.population[i] >= 1000:
            first.setdefault((gz.kind[i], gz.country[i], key(gz.name[i])), i)
    country_ids = {gz.country[i]: i for i in range(len(gz)) if gz.kind[i] == 1}
    for kind, country, lat, lon in _rows("points.tsv"):
        i = country_ids.get(country) if kind == "country" else None
        if i is not None:
            gz.lat[i], gz.lon[i] = float(lat), float(lon)
    names_before = set(gz.names)
    for alias, kind, country, *rest in _rows("aliases.tsv"):
        target = rest[0] if rest and rest[0] else None
        also = len(rest) > 1 and rest[1] == "also"
        if target:
            i = first.get((KINDS.index(kind), country, key(target)))
        else:
            i = country_ids.get(country)
        if i is None:
            continue
        if (alias.isupper() and len(alias.replace(".", "")) <= 4) or (
                alias.endswith(".") and (key(alias) in names_before or " " not in alias)):
            # "KY"; "Man." (Manitoba, not the town of Man); "Miss.", "Mass.", "Wash." only
            # with their period ("Miss World", "Mass" are no states)
            _add(gz.exact_case, alias, i)
        elif also:
            _add(gz.names, key(alias), i)  # one more sense: "Zaire" (Congo, or Angola's province)
        else:
            gz.names[key(alias)] = i  # a curated alias decides the name
            gz.curated.add(key(alias))
    return gz


def _fingerprint() -> str:
    digest = hashlib.sha1(INDEX_VERSION.encode())
    for name in FILES:
        digest.update(_data(name).read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    base = os.environ.get("EVENTWIRE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "eventwire"
    )
    return Path(base)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, from the cached index when it matches the packaged tables."""
    path = cache_dir() / f"gazetteer-{_fingerprint()}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    gz = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(gz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: index again next time
    return gz
