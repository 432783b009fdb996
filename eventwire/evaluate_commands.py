"""`eventwire eval GOLD.jsonl`: a thin wrapper over :func:`eventwire.evaluate.evaluate`.

(The stage is one module, ``eventwire/evaluate.py``, so its command lives beside it rather
than in an ``evaluate/`` package.)
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from .errors import InputError


class Half(StrEnum):
    odd = "odd"
    even = "even"


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        gold: Path = typer.Argument(..., help="Gold JSONL: {id, text, date?, expected: [...]}"),
        misses: Path = typer.Option(
            Path("eval_misses.jsonl"), "--misses", help="Write false negatives and positives here."
        ),
        as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
        shown: bool = typer.Option(
            False, "--shown",
            help="Score only the facts a default table shows (no plain statements, no event "
                 "without a coded actor), not every asserted event."),
        half: Half | None = typer.Option(
            None, "--half",
            help="Only the records whose id ends in an odd or an even number (our gold files "
                 "hold the even ids out of reading and training)."),
    ) -> None:
        """Score the coder on a gold file: P, R, F1 for root+dyad, root and PLOVER type."""
        from .evaluate import evaluate

        try:
            report = evaluate(gold, misses, shown=shown, half=half.value if half else None)
        except InputError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from None
        if as_json:
            typer.echo(json.dumps(report.to_dict(), indent=2))
        else:
            typer.echo(report.format())
