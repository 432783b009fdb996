"""Split batch inputs into raw items, streaming: JSONL(.gz) lines, WARC(.gz) responses, files.

Directories are searched recursively (sorted, hidden entries skipped) for the suffixes that
``eventwire.ingest`` reads plus ``.warc`` and ``.warc.gz``. ``read_articles`` is the same
reading in one process, with URLs too, for the commands that code as they read (``code``,
``ingest``, ``geoparse``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from ..errors import InputError
from ..ingest import read_inputs
from ..ingest.dates import normalise_date
from ..ingest.sources import kind_of, special_file
from ..records import Article
from .gzlines import Corrupt, LongLine, lines
from .items import RawItem, to_articles
from .warc import is_warc, warc_items


def expand(paths: Sequence[str]) -> Iterator[Path | InputError]:
    """The files of the inputs, in order; an InputError for each path that is not there."""
    for raw in paths:
        if raw == "-":
            yield InputError("-", "batch reads files and directories, not stdin")
            continue
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(Path(root, f) for f in files if not f.startswith(".")
                             and (kind_of(f) is not None or is_warc(f)))
            if not found:
                yield InputError(raw, "directory holds no .txt, .html, .jsonl, .json, .rss, "
                                 ".atom or .warc files")
            yield from sorted(found, key=lambda p: p.relative_to(path).parts)
        elif path.exists():
            yield path
        else:
            yield InputError(raw, "no such file or directory")


def jsonl_items(path: Path) -> Iterator[RawItem | InputError]:
    name = str(path)
    try:
        for line in lines(path):
            if isinstance(line, Corrupt):
                yield InputError(f"{name}@{line.offset}", line.reason)
            elif isinstance(line, LongLine):
                yield InputError(f"{name}:{line.number}", line.reason)
            elif line[0].strip():
                yield RawItem("jsonl", f"{name}:{line[1]}", line[0])
    except OSError as err:
        yield InputError(name, f"cannot read: {err.strerror or err}")


def raw_items(paths: Sequence[str]) -> Iterator[RawItem | InputError]:
    """Every raw item of the inputs in a stable order (so shard numbers survive a restart)."""
    for path in expand(paths):
        if isinstance(path, InputError):
            yield path
        elif special := _special(path):
            yield InputError(str(path), f"not a regular file ({special})")
        elif is_warc(path.name):
            try:
                yield from warc_items(path)
            except OSError as err:
                yield InputError(str(path), f"cannot read: {err.strerror or err}")
        elif kind_of(path.name) == "jsonl":
            yield from jsonl_items(path)
        else:
            yield RawItem("file", str(path))


def _special(path: Path) -> str | None:
    try:
        return special_file(path.stat().st_mode)
    except OSError:
        return None  # reported when the file is read


def count_items(paths: Sequence[str]) -> int | None:
    """The number of raw items when it is cheap to know (no WARC input), else None."""
    total = 0
    for path in expand(paths):
        if isinstance(path, InputError) or _special(path):
            continue
        if is_warc(path.name):
            return None
        if kind_of(path.name) == "jsonl":
            total += sum(1 for line in lines(path) if isinstance(line, tuple)
                         and line[0].strip())
        else:
            total += 1
    return total


def read_articles(paths: Sequence[str], default_date: str | None = None,
                  stdin: TextIO | None = None, allow_private: bool = False
                  ) -> Iterator[Article | InputError]:
    """``eventwire.ingest.read_inputs`` with WARC(.gz) files, alone or in directories, and
    http(s) URLs, fetched as ``watch`` fetches (private addresses only if allow_private)."""
    from ..watch.fetch import Fetcher, fetch_articles

    try:
        default_date = normalise_date(default_date, "default date")
    except ValueError as err:
        yield InputError("--date", str(err))
        return
    fetcher: Fetcher | None = None
    try:
        for raw in paths:
            if raw.lower().startswith(("http://", "https://")):
                fetcher = fetcher or Fetcher(allow_private=allow_private)
                yield from fetch_articles(fetcher, raw, default_date)
            elif raw == "-" or not (Path(raw).is_dir() or is_warc(raw)):
                yield from read_inputs([raw], default_date, stdin=stdin)
            else:
                for path in expand([raw]):
                    if isinstance(path, InputError):
                        yield path
                    elif is_warc(path.name):
                        yield from warc_articles(path, default_date)
                    else:
                        yield from read_inputs([str(path)], default_date)
    finally:
        if fetcher is not None:
            fetcher.close()


def warc_articles(path: Path, default_date: str | None) -> Iterator[Article | InputError]:
    """The article of each HTML response in a WARC(.gz) file, or the error of each bad one."""
    try:
        for item in warc_items(path):
            if isinstance(item, InputError):
                yield item
            else:
                yield from to_articles(item, default_date)
    except OSError as err:
        yield InputError(str(path), f"cannot read: {err.strerror or err}")
