"""`eventwire query`, `eventwire export` and `eventwire serve`: thin wrappers over the store,
the exports and the API."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import EventwireError

Db = Annotated[str, typer.Option("--db", help="DuckDB database file")]
Start = Annotated[str | None, typer.Option(help="first date, YYYY-MM-DD")]
End = Annotated[str | None, typer.Option(help="last date, YYYY-MM-DD")]
Actor = Annotated[str | None, typer.Option(help="actor code prefix or name, either side")]
Country = Annotated[str | None, typer.Option(help="ISO3 of either actor or of the place")]
Dyad = Annotated[str | None, typer.Option(help="SOURCE:TARGET actor codes, e.g. TUR:RUS")]
Cameo = Annotated[str | None, typer.Option(help="CAMEO code or prefix, e.g. 112")]
Root = Annotated[str | None, typer.Option(help="CAMEO root, 01-20")]
Quad = Annotated[int | None, typer.Option("--quad-class", help="quad class 1-4")]
Plover = Annotated[str | None, typer.Option(help="PLOVER event type, e.g. ASSAULT")]
Place = Annotated[str | None, typer.Option(help="place name or its ISO3 country")]
Bbox = Annotated[str | None, typer.Option(help="min_lon,min_lat,max_lon,max_lat")]
Text = Annotated[str | None, typer.Option(help="words in a mention's sentence")]
All = Annotated[bool, typer.Option("--all", help="also negated, non-asserted and uncoded events")]


def _filter(**values):
    from .query import EventFilter, QueryError

    dyad = values.pop("dyad")
    if dyad:
        if dyad.count(":") != 1 or not all(dyad.split(":")):
            raise QueryError(f"dyad: {dyad!r} is not SOURCE:TARGET (e.g. TUR:RUS)")
        values["source"], values["target"] = dyad.split(":")
    return EventFilter(**values)


def _fail(error: Exception) -> None:
    typer.echo(f"eventwire: {error}", err=True)
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    """Add query, export and serve to the eventwire command line."""

    @app.command()
    def query(
        db: Db = "eventwire.duckdb",
        start: Start = None, end: End = None, actor: Actor = None, country: Country = None,
        dyad: Dyad = None, cameo: Cameo = None, root: Root = None, quad_class: Quad = None,
        plover: Plover = None, place: Place = None, bbox: Bbox = None, text: Text = None,
        include_all: All = False,
        fmt: Annotated[str, typer.Option("--format", help="table | jsonl | csv")] = "table",
        limit: Annotated[int, typer.Option(help="at most this many events (0: all)")] = 100,
        offset: Annotated[int, typer.Option(help="skip this many first")] = 0,
    ) -> None:
        """Print stored events that match the filters (facts only unless --all)."""
        from ..export import query as run_query
        from . import Store

        try:
            flt = _filter(start=start, end=end, actor=actor, country=country, dyad=dyad,
                          cameo=cameo, root=root, quad_class=quad_class, plover=plover,
                          place=place, bbox=bbox, text=text, include_all=include_all)
            with Store.open(db, read_only=True) as store:
                run_query(store.con, flt, fmt, limit=limit or None, offset=offset)
        except EventwireError as error:
            _fail(error)

    @app.command()
    def export(
        fmt: Annotated[str, typer.Option(
            "--format", help="gdelt | gdelt-mentions | acled | polecat | icews | parquet | csv | "
                             "jsonl | geojson")],
        output: Annotated[str | None, typer.Option(
            "--output", "-o", help="file (a directory for parquet); default stdout")] = None,
        db: Db = "eventwire.duckdb",
        start: Start = None, end: End = None, actor: Actor = None, country: Country = None,
        dyad: Dyad = None, cameo: Cameo = None, root: Root = None, quad_class: Quad = None,
        plover: Plover = None, place: Place = None, bbox: Bbox = None, text: Text = None,
        include_all: All = False,
    ) -> None:
        """Export stored events: GDELT 2.0, ACLED, POLECAT, ICEWS, Parquet by date, CSV, JSONL,
        GeoJSON."""
        from ..export import export as run_export
        from . import Store

        try:
            flt = _filter(start=start, end=end, actor=actor, country=country, dyad=dyad,
                          cameo=cameo, root=root, quad_class=quad_class, plover=plover,
                          place=place, bbox=bbox, text=text, include_all=include_all)
            with Store.open(db, read_only=True) as store:
                n = run_export(store.con, flt, fmt, output)
        except EventwireError as error:
            _fail(error)
        if output:
            typer.echo(f"{output}: {n} events ({fmt})", err=True)

    @app.command()
    def serve(
        db: Db = "eventwire.duckdb",
        host: Annotated[str, typer.Option(help="address to bind")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="port")] = 8000,
        token: Annotated[str | None, typer.Option(
            help="token for POST /ingest (or EVENTWIRE_TOKEN); none: ingest is off")] = None,
        read_only: Annotated[bool, typer.Option(
            "--read-only", help="serve without the writer (no ingest)")] = False,
        demo: Annotated[bool, typer.Option(
            "--demo", help="serve the bundled examples, coded into a temporary database")] = False,
    ) -> None:
        """Serve the REST API and the dashboard at /. This process owns the database."""
        from ..api import serve as run_server

        try:
            if demo:
                from ..web.demo import demo_database

                db = str(demo_database())
                typer.echo(f"eventwire: demo database {db}; open http://{host}:{port}/", err=True)
            run_server(db=db, host=host, port=port, token=token, read_only=read_only)
        except EventwireError as error:
            _fail(error)
