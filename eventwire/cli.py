"""The `eventwire` command line: thin wrappers over library functions."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="eventwire: political event data (CAMEO, PLOVER) from news.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def main() -> None:
    """Code news into who-did-what-to-whom events."""


# --- stage commands ---
