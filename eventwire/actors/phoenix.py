"""Read actor dictionaries in the TABARI/PETRARCH format (the Phoenix dictionaries).

The format, as petrarch2's ``docs/source/dictionaries.rst`` describes it::

    VLADIMIR_PUTIN_  # comment           a name; "_" joins words, a final "_" ends the word
    +PRESIDENT_PUTIN_                    a synonym of the entry above
        [RUSGOV 991231-080507]           a code limited to dates (YYMMDD or YYYYMMDD)
        [RUSGOV >080508]                 ... from a date on ( "<" : up to a date)
        [RUSELI]                         an undated code
    TURKEY_ [TUR]                        a name with its code on the same line
    POLICE {} [~COP]                     agents: "~" marks a sector code, {PLURAL} its plural
    !MINIST! = MINISTER, MINISTRY        agents: a macro, expanded where !MINIST! appears

Consecutive name lines with no code between them share the codes that follow. A malformed
line gives a :class:`~eventwire.errors.DictionaryWarning` naming file:line and is skipped.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import DictionaryWarning
from .dictionary import Entry, Role

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_CODE = re.compile(r"^~?[A-Z0-9]{3,}$")


def phoenix_date(text: str) -> str:
    """YYMMDD (pivot: 00-30 → 20xx) or YYYYMMDD → YYYY-MM-DD; ValueError if malformed."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"bad date {text!r}")
    if len(text) == 6:
        yy = int(text[:2])
        text = ("20" if yy <= 30 else "19") + text
    month, day = int(text[4:6]), int(text[6:8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(f"bad date {text!r}")
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"


def parse_code(block: str) -> Role:
    """'RUSGOV 991231-080507' | 'RUSGOV >080508' | '~COP' → Role; ValueError if malformed."""
    parts = block.split()
    if not parts or not _CODE.match(parts[0]) or len(parts) > 2:
        raise ValueError(f"bad code [{block}]")
    code = parts[0]  # "~" kept: it marks an agent until the entry is made
    if len(parts) == 1:
        return Role(code)
    span = parts[1]
    if span.startswith(">"):
        return Role(code, phoenix_date(span[1:]), None)
    if span.startswith("<"):
        return Role(code, None, phoenix_date(span[1:]))
    if "-" in span:
        start, end = span.split("-", 1)
        return Role(code, phoenix_date(start), phoenix_date(end))
    raise ValueError(f"bad date range in [{block}]")


def name_text(raw: str) -> str:
    """'VLADIMIR_V._PUTIN_' → 'vladimir v. putin' (lowercase: matching ignores case)."""
    return " ".join(raw.replace("_", " ").split()).lower()


def read_phoenix(lines: Iterable[str], name: str, origin: str = "phoenix",
                 kind: str | None = None) -> Iterator[tuple[Entry, list[str]]]:
    """Entries of a TABARI/PETRARCH actor or agent file. ``kind`` forces the kind of every
    entry; else a "~" code is an agent, a block with dated codes a person, another an org."""
    base = Path(name).name
    macros: dict[str, list[str]] = {}
    names: list[str] = []
    roles: list[Role] = []
    first_line = 0

    def flush() -> Iterator[tuple[Entry, list[str]]]:
        if names and roles:
            yield _entry(f"{origin}:{base}:{first_line}", names, roles, kind), list(names)

    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        try:
            macro = _MACRO.match(line.strip())
            if macro:
                macros[macro.group(1)] = [m.strip() for m in macro.group(2).split(",")]
                continue
            blocks = _CODE_BLOCK.findall(line)
            if line.count("[") != len(blocks) or line.count("]") != len(blocks):
                raise ValueError("unbalanced [ ]")
            new_roles = [parse_code(b.strip()) for b in blocks]
            text = _CODE_BLOCK.sub("", line)
            plural = re.search(r"\{([^}]*)\}", text)
            text = re.sub(r"\{[^}]*\}", "", text).strip()
            if "{" in text or "}" in text:
                raise ValueError("unbalanced { }")
            if not text:  # a code line
                if not names:
                    raise ValueError("a code with no name before it")
                roles.extend(new_roles)
                continue
            synonym = text.startswith("+")
            text = text.lstrip("+").strip()
            if not synonym and roles:  # a new entry
                yield from flush()
                names, roles, first_line = [], [], number
            if not names:
                first_line = number
            expanded = _expand(text, macros)
            if plural and plural.group(1).strip():
                expanded += _expand(plural.group(1).strip(), macros)
            names.extend(n for n in (name_text(x) for x in expanded) if n)
            roles.extend(new_roles)
        except ValueError as exc:
            warnings.warn(f"{name}:{number}: {exc}; line skipped", DictionaryWarning, stacklevel=2)
    yield from flush()


def _expand(text: str, macros: dict[str, list[str]]) -> list[str]:
    for macro, options in macros.items():
        if macro in text:
            return [x for o in options for x in _expand(text.replace(macro, o, 1), macros)]
    return [text]


def _entry(ref: str, names: list[str], roles: list[Role], kind: str | None) -> Entry:
    agent = any(r.code.startswith("~") for r in roles)
    roles = [Role(r.code.lstrip("~"), r.start, r.end) for r in roles]
    if kind is None:
        if agent:
            kind = "agent"
        elif any(r.dated for r in roles):
            kind = "person"
        else:
            kind = "org"
    return Entry(ref, kind, names[0], tuple(roles))
