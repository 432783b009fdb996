"""Convert the Phoenix (TABARI/PETRARCH) actor dictionaries into eventwire's packaged table.

    .venv/bin/python scripts/convert_phoenix_actors.py [PHOENIX_DIR]

PHOENIX_DIR defaults to ../shared/data/dictionaries/phoenix (beside the repository). Writes
eventwire/data/actors/phoenix_actors.tsv.gz: one entry a line in eventwire's format (names,
codes with ISO date ranges, kind, the original file:line), MIT, attributed in NOTICE.md.
"""

from __future__ import annotations

import gzip
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.actors import codes as cameo  # noqa: E402
from eventwire.actors.phoenix import read_phoenix  # noqa: E402

FILES = (
    ("Phoenix.Countries.actors.txt", None),
    ("Phoenix.International.actors.txt", None),
    ("Phoenix.MilNonState.actors.txt", "group"),
    ("Phoenix.agents.txt", "agent"),
)
OUT = ROOT / "eventwire" / "data" / "actors" / "phoenix_actors.tsv.gz"
# Phoenix lines that name an event, not an actor: coded as one, "a cabinet meeting" became the
# source of the meeting it names ("after a cabinet meeting" → a GOV actor meeting).
# Common words that were the names of small groups long gone ("Organization", "Youth", "The
# Foundation"): in today's news they are the words, never the group. A bare "carrier" is an
# airline or a phone company far more often than a warship ("aircraft carrier" stays MIL).
NOT_ACTORS = {"a cabinet meeting", "organization", "youth", "zero", "tigers", "falcon",
              "mavericks", "the foundation", "the cornerstone", "the lightning", "the avengers",
              "carrier"}


def kind_of(kind: str, codes: list[str], dated: bool, current: list[str] = ()) -> str:
    """Country-file blocks coded with a bare country code are names of the country or of its
    places (cities, regions, misspellings): 'place', an actor only where it acts. So are the
    blocks whose codes changed with the state they belong to ("Donetsk", "Mosul": USRUKR until
    1991, UKR since), which the reader takes for a person's dated roles: today's code
    (``current``, the open-ended roles) is a bare country's, and no code has a sector."""
    if kind == "org" and not dated and all(c in cameo.country_names() for c in codes):
        return "place"
    if kind == "person" and dated and current and \
            all(c in cameo.country_names() for c in current) and \
            all(cameo.split(c)[1] is None for c in codes):
        return "place"
    return kind


def own_names() -> dict[str, set[str]]:
    """Country code → the names and adjectives the packaged countries table gives it, each
    also with "the " before it, lowercased."""
    names: dict[str, set[str]] = {}
    for row in cameo.country_rows():
        words = {n.lower() for col in row[1:3] for n in col.split("|") if n}
        names[row[0]] = words | {"the " + n for n in words}
    return names


def not_the_country(names: list[str], codes: list[str], kind: str,
                    own: dict[str, set[str]]) -> list[str]:
    """A place block's names less the country's own ("the US", "the USA" in the block of US
    states and cities): as places they kept "the US offer" from being the United States'."""
    if kind != "place" or len(set(codes)) != 1 or codes[0] not in own:
        return names
    return [n for n in names if n.lower() not in own[codes[0]]]


# The ref suffix of a place block's towns, cities, provinces and states (as opposed to the
# country's other names and misspellings): eventwire.actors.resolver reads it.
SUBNATIONAL = "/subnational"
GAZETTEER = ROOT / "eventwire" / "data" / "geo" / "places.tsv.gz"


def gazetteer_names() -> tuple[dict[str, set[str]], set[str]]:
    """From the packaged gazetteer (GeoNames-derived, scripts/build_gazetteer.py): country code
    → the lowercased names of its admin-1, admin-2 units and towns; and every name a country
    goes by, in any country."""
    within: dict[str, set[str]] = {}
    countries: set[str] = set()
    with gzip.open(GAZETTEER, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = line.rstrip("\n").split("\t")
            if len(row) < 9 or row[0] not in ("country", "admin1", "admin2", "city"):
                continue
            names = {row[2].lower(), *(n.lower() for n in row[8].split("|") if n)}
            if row[0] == "country":
                countries |= names
            else:
                within.setdefault(row[3], set()).update(names)
    return within, countries


def split_subnational(names: list[str], codes: list[str], kind: str,
                      within: dict[str, set[str]], countries: set[str]
                      ) -> tuple[list[str], list[str]]:
    """A place block's names split into the country's other names (and misspellings, and
    names no gazetteer knows) and the names of its towns, cities, provinces and states: those
    the gazetteer lists within the block's country and as no country's name. A town is an
    actor only by metonymy for its government where it acts ("Yukon announced"), never as
    the country ("aid to Yukon" is no aid to Canada)."""
    country = cameo.split(codes[-1])[0] if codes else None
    if kind != "place" or country is None or country not in within:
        return names, []
    towns = [n for n in names if n in within[country] and n not in countries]
    return [n for n in names if n not in towns], towns


def code_text(role) -> str:
    if not role.dated:
        return role.code
    return f"{role.code} {role.start or ''}..{role.end or ''}"


def main() -> None:
    default = ROOT.parent / "shared/data/dictionaries/phoenix"
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    rows: list[str] = []
    counts: dict[str, int] = {}
    skipped = 0
    own = own_names()
    within, countries = gazetteer_names()
    for filename, kind in FILES:
        lines = (src / filename).read_text(encoding="utf-8", errors="replace").splitlines()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for entry, names in read_phoenix(lines, filename, "phoenix", kind):
                codes = [r.code for r in entry.roles]
                k = kind_of(entry.kind, codes, any(r.dated for r in entry.roles),
                            [r.code for r in entry.roles if r.dated and not r.end])
                clean = sorted({n.replace("\t", " ").replace("|", " ") for n in names}
                               - NOT_ACTORS)
                clean = not_the_country(clean, codes, k, own)
                if not clean:
                    continue
                clean, towns = split_subnational(clean, codes, k, within, countries)
                coded = "; ".join(code_text(r) for r in entry.roles)
                for part, ref in ((clean, entry.ref), (towns, entry.ref + SUBNATIONAL)):
                    if part:
                        rows.append("\t".join(["|".join(part), coded, k, ref]))
                        counts[k] = counts.get(k, 0) + 1
        skipped += len(caught)
    header = ("# names\tcodes\tkind\tsource\n# Converted from the Phoenix dictionaries "
              "(openeventdata/petrarch2, MIT) by scripts/convert_phoenix_actors.py.\n")
    OUT.write_bytes(gzip.compress((header + "\n".join(rows) + "\n").encode("utf-8"), mtime=0))
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} entries {counts}, {skipped} lines skipped, "
          f"{OUT.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
