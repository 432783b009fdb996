"""The geo stage's commands: `eventwire geoparse` and `eventwire eval-geo`."""

from __future__ import annotations

import json
import sys

import typer

FORMATS = ("jsonl", "table")


def register(app: typer.Typer) -> None:
    @app.command()
    def geoparse(
        paths: list[str] = typer.Argument(..., help="Files, directories, or - for stdin."),
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | table"),
        date: str | None = typer.Option(None, "--date", help="Default date (YYYY-MM-DD)."),
    ) -> None:
        """Print every place mention of the inputs, resolved against the offline gazetteer."""
        from ..cli import exit_status, good_articles, report
        from ..errors import EventwireError, InputError
        from . import geoparse_articles

        if fmt not in FORMATS:
            raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}",
                                     param_hint="--format")
        failures: list[InputError] = []
        seen: set[str] = set()

        def counted(articles):
            for article in articles:
                seen.add(article.id)
                yield article

        try:
            for record in geoparse_articles(counted(good_articles(paths, date, failures))):
                if fmt == "jsonl":
                    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    where = ", ".join(str(record[k]) for k in ("name", "admin1", "country")
                                      if record[k]) or f"({record['reason']})"
                    sys.stdout.write(f"{record['article_id']}\t{record['start']}-"
                                     f"{record['end']}\t{record['text']}\t{where}\t"
                                     f"{record['feature'] or ''}\n")
        except EventwireError as error:
            report(error)
            raise typer.Exit(2) from None
        raise typer.Exit(exit_status(len(seen), failures))

    @app.command("eval-geo")
    def eval_geo(
        gold: str = typer.Argument(..., help="Gold JSONL: {id, text, toponyms: [{start, end, "
                                             "lat, lon}]} one article a line."),
    ) -> None:
        """Score the geoparser: toponym P/R, acc@161km, mean and median error (km)."""
        from ..cli import report
        from ..errors import EventwireError
        from . import evaluate_geo
        from .evaluate import format_figures

        try:
            figures = evaluate_geo(gold)
        except EventwireError as error:
            report(error)
            raise typer.Exit(2) from None
        typer.echo(format_figures(figures))
