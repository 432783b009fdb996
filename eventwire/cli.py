"""The `eventwire` command line: thin wrappers over library functions."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import typer

from .errors import EventwireError, InputError
from .records import Article

app = typer.Typer(
    help="eventwire: political event data (CAMEO, PLOVER) from news.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def main() -> None:
    """Code news into who-did-what-to-whom events."""


def report(error: Exception) -> None:
    """One line on stderr naming the input and the reason."""
    typer.echo(f"eventwire: error: {error}", err=True)


def good_articles(paths: list[str], date: str | None, failures: list[InputError],
                  allow_private: bool = False) -> Iterator[Article]:
    """The readable articles of the inputs; each bad one is reported and counted."""
    from .runners.inputs import read_articles

    for item in read_articles(paths, default_date=date, stdin=sys.stdin,
                              allow_private=allow_private):
        if isinstance(item, InputError):
            report(item)
            failures.append(item)
        else:
            yield item


def article_caption(article: Article) -> str:
    """"examples/x.txt: Its headline" above the article's table."""
    return f"{article.input_name}: {article.title}" if article.title else article.input_name


def reporter(failures: list[InputError]) -> Callable[[InputError], None]:
    """Report an input that failed in one line and count it."""

    def failed(error: InputError) -> None:
        report(error)
        failures.append(error)

    return failed


def exit_status(coded: int, failures: list[InputError]) -> int:
    """0 when every input was coded, 1 when some failed, 2 when none could be coded."""
    if failures and not coded:
        return 2
    return 1 if failures else 0


PathsArg = typer.Argument(..., help="Files, directories, http(s) URLs, or - for stdin.")
AllowPrivateOpt = typer.Option(False, "--allow-private",
                               help="Let URLs reach loopback and private addresses.")
DateOpt = typer.Option(None, "--date", help="Default date (YYYY-MM-DD) for inputs without one.")
ConfigOpt = typer.Option(None, "--config", help="Settings file (TOML); default ./eventwire.toml.")
ActorsOpt = typer.Option(None, "--actors", help="Your actor dictionary (repeatable); it wins.")
PatternsOpt = typer.Option(None, "--patterns", help="Your event patterns, JSONL (repeatable).")
ClassifierOpt = typer.Option(None, "--classifier/--no-classifier",
                             help="The PLOVER classifier as a second opinion (default off).")


def coding_settings(config, actors, patterns, classifier):
    """The settings of a coding command; a bad settings file is a one-line error."""
    from .settings import load_settings

    try:
        return load_settings(config, actors=tuple(actors or ()), patterns=tuple(patterns or ()),
                             classifier=classifier)
    except InputError as error:
        report(error)
        raise typer.Exit(2) from None


@app.command()
def code(
    paths: list[str] = PathsArg,
    fmt: str = typer.Option("table", "--format", "-f", help="table | jsonl | csv"),
    date: str | None = DateOpt,
    include_all: bool = typer.Option(
        False, "--all", help="Also print negated, future, conditional and belief events, "
                              "plain statements (CAMEO 010), and events between parties no "
                              "dictionary codes."),
    config: Path | None = ConfigOpt,
    actors: list[str] | None = ActorsOpt,
    patterns: list[str] | None = PatternsOpt,
    classifier: bool | None = ClassifierOpt,
    allow_private: bool = AllowPrivateOpt,
) -> None:
    """Code articles and print their events (no database needed)."""
    from .output import FORMATS, EventWriter
    from .pipeline import code_articles

    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    settings = coding_settings(config, actors, patterns, classifier)
    writer = EventWriter(sys.stdout, fmt, show_modality=include_all)
    failures: list[InputError] = []
    coded = 0
    try:
        articles = good_articles(paths, date, failures, allow_private)
        for article, events in code_articles(articles, settings=settings,
                                             on_error=reporter(failures)):
            coded += 1
            writer.write((e for e in events if include_all or e.is_fact),
                         caption=article_caption(article))
    except EventwireError as error:
        report(error)
        raise typer.Exit(2) from None
    raise typer.Exit(exit_status(coded, failures))


@app.command()
def ingest(
    paths: list[str] = PathsArg,
    db: Path = typer.Option(Path("eventwire.duckdb"), "--db", help="The DuckDB file."),
    date: str | None = DateOpt,
    batch_size: int = typer.Option(64, help="Articles per database transaction."),
    config: Path | None = ConfigOpt,
    actors: list[str] | None = ActorsOpt,
    patterns: list[str] | None = PatternsOpt,
    classifier: bool | None = ClassifierOpt,
    allow_private: bool = AllowPrivateOpt,
) -> None:
    """Code articles into the database; inputs already stored add nothing."""
    from .pipeline import code_articles
    from .store import IngestSummary, Store

    settings = coding_settings(config, actors, patterns, classifier)
    failures: list[InputError] = []
    total = IngestSummary()
    coded = 0
    try:
        with Store.open(db) as store:
            batch = []
            for pair in code_articles(good_articles(paths, date, failures, allow_private),
                                      settings=settings,
                                      on_error=reporter(failures)):
                coded += 1
                batch.append(pair)
                if len(batch) >= batch_size:
                    total = total + store.add_batch(batch)
                    batch = []
            if batch:
                total = total + store.add_batch(batch)
    except EventwireError as error:
        report(error)
        raise typer.Exit(2) from None
    typer.echo(
        f"{db}: {total.articles_new} new articles ({total.articles_duplicate} already stored), "
        f"{total.events_new} new events ({total.events_merged} merged into known events)",
        err=True,
    )
    raise typer.Exit(exit_status(coded, failures))


# --- stage commands ---
from .store.commands import register as register_store  # noqa: E402, I001
register_store(app)
from .evaluate_commands import register as register_evaluate  # noqa: E402, I001
register_evaluate(app)
from .geo.commands import register as register_geo  # noqa: E402, I001
register_geo(app)
from .runners.commands import register as register_runners  # noqa: E402, I001
register_runners(app)
from .watch.commands import register as register_watch  # noqa: E402, I001
register_watch(app)


if __name__ == "__main__":
    app()
