"""CLI command of the runners stage: ``eventwire batch``."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def batch(
        paths: list[str] = typer.Argument(
            ..., help="JSONL(.gz), WARC(.gz), text or HTML files, and directories of them."),
        out: str = typer.Option(..., "--out", "-o", help="Output folder (Parquet by date)."),
        backend: str = typer.Option("local", "--backend", help="local | ray"),
        workers: int = typer.Option(
            2, "--workers", "-w", help="Worker processes (0: code in this process)."),
        date: str | None = typer.Option(
            None, "--date", help="Default date (YYYY-MM-DD) for inputs without one."),
        shard_size: int | None = typer.Option(
            None, "--shard-size", help="Articles per shard (default: from the input size)."),
        address: str | None = typer.Option(
            None, "--address", help="Ray cluster to join (with --backend ray)."),
    ) -> None:
        """Code many articles into Parquet: parallel, streaming, resumable."""
        from ..errors import EventwireError
        from .batch import run_batch

        try:
            summary = run_batch(paths, out, backend=backend, workers=workers,
                                shard_size=shard_size, default_date=date, address=address)
        except EventwireError as error:
            typer.echo(f"eventwire: error: {error}", err=True)
            raise typer.Exit(2) from None
        typer.echo(summary.text(), err=True)
        if summary.errors or summary.shards_failed:
            coded = summary.articles + summary.articles_before
            raise typer.Exit(1 if coded else 2)
