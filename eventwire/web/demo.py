"""`eventwire serve --demo`: the bundled examples coded into a temporary database."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..errors import EventwireError, InputError


def examples_dir() -> Path:
    """The examples/ folder of a source checkout, else ./examples."""
    here = Path(__file__).resolve().parents[2] / "examples"
    return here if here.is_dir() else Path("examples")


def demo_database(examples: Path | None = None, db: Path | None = None) -> Path:
    """Code every example into db (a new temporary file by default) and return its path."""
    from ..ingest import read_inputs
    from ..pipeline import code_articles
    from ..store import Store

    examples = examples or examples_dir()
    if not examples.is_dir():
        raise EventwireError(f"{examples}: no examples folder to serve (run from the repository)")
    if db is None:
        db = Path(tempfile.mkdtemp(prefix="eventwire-demo-")) / "demo.duckdb"
    articles = [a for a in read_inputs([str(examples)]) if not isinstance(a, InputError)]
    if not articles:
        raise EventwireError(f"{examples}: no readable examples")
    with Store.open(db) as store:
        store.add_batch(list(code_articles(articles)))
    return db
