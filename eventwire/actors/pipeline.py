"""ActorResolver: the packaged dictionaries plus the user's, applied to a parsed article."""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from ..errors import InputError
from ..records import ActorMention
from . import coref
from .dictionary import Dictionary, packaged_lines, read_countries, read_ours
from .focus import default_overruled, focus_country, officers_of_the_story
from .resolver import PLACE_KIND, Unit, compose, dateline_tokens, find_units, noun_phrases
from .towns import placed_towns, thing_town

# Packaged tables, loaded in this order; a later table wins for the same name.
PACKAGED = (
    ("phoenix_actors.tsv.gz", "phoenix"),  # converted by scripts/convert_phoenix_actors.py
    ("countries.tsv", "eventwire"),
    ("agents.tsv", "eventwire"),
    ("groups.tsv", "eventwire"),
    ("people.tsv", "eventwire"),
)


def _read_file(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        return data.decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise InputError(str(path), f"cannot read dictionary file: {exc}") from exc


class ActorResolver:
    """Resolves the actor mentions of a spaCy Doc; ``extra_files`` (eventwire TSV, or the
    TABARI/PETRARCH ``.txt`` format of the Phoenix dictionaries) win over the packaged ones."""

    def __init__(self, extra_files: Sequence[str | Path] = ()) -> None:
        self.dictionary = Dictionary()
        for filename, origin in PACKAGED:
            try:
                lines = packaged_lines(filename)
            except FileNotFoundError:
                continue
            self._add(lines, filename, origin)
        for extra in extra_files:
            path = Path(extra)
            self._add(_read_file(path), str(path), "user")

    def _add(self, lines: list[str], name: str, origin: str) -> None:
        if name.endswith("countries.tsv"):
            rows = read_countries(lines, name)
        elif name.endswith((".tsv", ".tsv.gz")):
            rows = read_ours(lines, name, origin)
        else:
            from .phoenix import read_phoenix

            rows = read_phoenix(lines, name, origin)
        for entry, names in rows:
            self.dictionary.add(entry, names)

    def resolve(self, doc: Doc, date: str | None, places: bool = False) -> list[ActorMention]:
        """Every actor mention of ``doc`` in text order; ``date`` (YYYY-MM-DD) picks dated roles.

        ``places``: also the countries and cities named as places ("in Syria"), with an
        ``entry`` starting "place:" — never antecedents, never actors on their own.
        """
        date = date[:10] if date else None
        units = placed_towns(doc, find_units(doc, self.dictionary), Unit)
        found = []
        dateline = dateline_tokens(doc)
        for head_i, group in noun_phrases(doc, units, dateline).items():
            found.extend(compose(doc, doc[head_i], group, date, dateline))
        place_uses = [f for f in found if f.kind == PLACE_KIND and not thing_town(doc, f)]
        found = [f for f in found if f.kind != PLACE_KIND]
        focus = focus_country(doc, units, found)
        found = coref.resolve_definites(doc, found, focus, place_uses)
        found = default_overruled(doc, found, units, place_uses)
        found = officers_of_the_story(doc, found, units)
        found = coref.resolve_surnames(doc, found)
        found = coref.resolve_pronouns(doc, found, place_uses)
        found = coref.resolve_quotes(doc, found)
        place_uses += [f for f in found if f.kind == PLACE_KIND]  # "across the country"
        found = [f for f in found if f.kind != PLACE_KIND]
        mentions = {}
        for f in found + (place_uses if places else []):
            m = f.mention(doc)
            mentions.setdefault((m.start, m.end, m.code), m)
        return sorted(mentions.values(), key=lambda m: (m.start, m.end))


@lru_cache(maxsize=1)
def default_resolver() -> ActorResolver:
    """The resolver with the packaged dictionaries, built once per process."""
    return ActorResolver()
