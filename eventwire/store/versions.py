"""The versions that coded an event, recorded beside it so a dataset can be re-made."""

from __future__ import annotations

import hashlib
import importlib.metadata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Versions:
    eventwire: str
    model: str
    model_version: str
    dictionaries: str  # a digest of the shipped data files: changes when any of them changes


def _dictionary_digest() -> str:
    digest = hashlib.sha256()
    root = resources.files("eventwire") / "data"
    stack = [root] if root.is_dir() else []
    files = []
    while stack:
        node = stack.pop()
        for child in node.iterdir():
            if child.is_dir():
                stack.append(child)
            elif child.is_file():
                files.append(child)
    for child in sorted(files, key=lambda f: str(f)):
        digest.update(str(child).split("eventwire/data", 1)[-1].encode())
        digest.update(child.read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def current() -> Versions:
    """This process's versions (computed once): eventwire, spaCy model, dictionaries."""
    from .. import __version__

    try:
        from ..nlp import model_name

        model = model_name()
    except Exception:  # no model installed: the store still works for pre-coded events
        model = "unknown"
    try:
        model_version = importlib.metadata.version(model)
    except importlib.metadata.PackageNotFoundError:
        model_version = "unknown"
    return Versions(__version__, model, model_version, _dictionary_digest())
