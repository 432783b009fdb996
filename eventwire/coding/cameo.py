"""The CAMEO code table: names, Goldstein scale, quad class and the PLOVER mapping."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..records import Cameo, Plover
from .tables import packaged_rows


@dataclass(frozen=True)
class CodeInfo:
    cameo: Cameo
    plover: Plover


@lru_cache(maxsize=1)
def code_table() -> dict[str, CodeInfo]:
    """All CAMEO codes from the packaged table, by code ("0212")."""
    table: dict[str, CodeInfo] = {}
    for row in packaged_rows("cameo", "cameo_codes.tsv"):
        context = tuple(c.strip() for c in row["plover_context"].split(";") if c.strip())
        table[row["code"]] = CodeInfo(
            cameo=Cameo(
                code=row["code"],
                root=row["root"],
                name=row["name"],
                goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]),
            ),
            plover=Plover(event=row["plover_event"], mode=row["plover_mode"], context=context),
        )
    return table


def lookup(code: str) -> CodeInfo:
    """The table entry of a CAMEO code; KeyError names the code when it is unknown."""
    try:
        return code_table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


def root_name(root: str) -> str:
    return code_table()[root].cameo.name
