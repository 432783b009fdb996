"""`eventwire watch`: a thin wrapper over :func:`eventwire.watch.run.watch`."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def watch(
        feeds: list[str] = typer.Argument(None, help="RSS/Atom feed URLs."),
        feeds_file: Path | None = typer.Option(
            None, "--feeds", help="A file of feed URLs, one a line (# comments)."),
        interval: float = typer.Option(300.0, "--interval", help="Seconds between polls."),
        db: Path = typer.Option(Path("eventwire.duckdb"), "--db", help="The DuckDB file."),
        once: bool = typer.Option(False, "--once", help="Poll every feed once, then exit."),
        allow_private: bool = typer.Option(
            False, "--allow-private",
            help="Allow fetching from private, loopback and link-local addresses."),
        timeout: float = typer.Option(15.0, "--timeout", help="Seconds per HTTP request."),
        max_bytes: int = typer.Option(5_000_000, "--max-bytes", help="Largest page fetched."),
        max_items: int = typer.Option(
            200, "--max-items",
            help="Items taken from one feed per poll, newest first; the rest are skipped "
                 "(one log line says how many)."),
        serve: bool = typer.Option(
            False, "--serve",
            help="Also serve the API and dashboard from this process (one DuckDB writer)."),
        host: str = typer.Option("127.0.0.1", "--host", help="With --serve: address to bind."),
        port: int = typer.Option(8000, "--port", help="With --serve: port."),
        token: str | None = typer.Option(
            None, "--token", envvar="EVENTWIRE_TOKEN", help="With --serve: POST /ingest token."),
    ) -> None:
        """Poll RSS/Atom feeds; fetch, code and store each new article (one log line each)."""
        from ..errors import EventwireError
        from ..store import StoreLockedError
        from .run import feed_urls
        from .run import watch as run_watch

        try:
            urls = feed_urls(feeds or [], feeds_file)
            if interval <= 0:
                raise ValueError(f"--interval: {interval} is not a positive number of seconds")
            if max_items < 1:
                raise ValueError(f"--max-items: {max_items} is not a positive number")
            tally = run_watch(urls, db, interval=interval, once=once,
                              allow_private=allow_private, timeout=timeout,
                              max_bytes=max_bytes, max_items=max_items, serve=serve,
                              host=host, port=port, token=token)
        except StoreLockedError as error:
            typer.echo(f"eventwire: error: {error}; to watch while serving, stop the server "
                       "and run `eventwire watch ... --serve` (one process, one writer)",
                       err=True)
            raise typer.Exit(2) from None
        except (ValueError, EventwireError) as error:
            typer.echo(f"eventwire: error: {error}", err=True)
            raise typer.Exit(2) from None
        if once:
            typer.echo(f"{db}: {tally.stored} new articles, {tally.events} events, "
                       f"{tally.duplicates} duplicates, {tally.errors} page errors, "
                       f"{tally.feed_errors} feed errors", err=True)
            if tally.feed_errors and tally.feed_errors == tally.feeds_polled:
                raise typer.Exit(1)
