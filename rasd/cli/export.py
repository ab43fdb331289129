"""``rasd export events|graph|actors``: the store as CSV/JSONL/Parquet, GraphML/GEXF, for other tools."""

from __future__ import annotations

import contextlib
import sys
from enum import Enum
from pathlib import Path
from typing import Iterator, Optional, TextIO

import typer

from rasd.cli.common import err, fail

export_app = typer.Typer(help="Export the store for other tools (R/pandas, Gephi, Spark/DuckDB).",
                         no_args_is_help=True)

DbOpt = typer.Option("rasd.db", "--db", help="SQLite file or SQLAlchemy URL of the store.")
OutOpt = typer.Option(None, "--output", "-o", help="Output file (default: standard output).")


class EventFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class GraphFormat(str, Enum):
    graphml = "graphml"
    gexf = "gexf"


class ActorFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"


def _open_store(db: str):
    from rasd.store import Store

    try:
        return Store(db, create=False)
    except FileNotFoundError as exc:
        fail(str(exc))


@contextlib.contextmanager
def _text_out(output: Optional[Path]) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(output, "w", encoding="utf-8", newline="") as fh:
        yield fh


def _date(name: str, value: Optional[str]) -> Optional[str]:
    from rasd.store.queries import DATE_RE, until_inclusive

    if value and not DATE_RE.match(value):
        fail(f"--{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return until_inclusive(value) if name == "until" else value


@export_app.command("events")
def events(
    db: str = DbOpt,
    fmt: EventFormat = typer.Option(EventFormat.csv, "--format", "-f"),
    output: Optional[Path] = OutOpt,
    type_: Optional[str] = typer.Option(None, "--type", "-t", help="Only this PLOVER type."),
    actor: Optional[str] = typer.Option(None, "--actor", "-a", help="Only events with this actor id (either role)."),
    since: Optional[str] = typer.Option(None, "--since", help="From date (event date, else published)."),
    until: Optional[str] = typer.Option(None, "--until", help="To date, inclusive."),
) -> None:
    """Events, one row each (ACLED/GDELT-style columns: event_id, date, type, actor1, actor2, place, lat, lon,
    modality, attribution, outlet, …). Streams: memory stays flat on large stores."""
    from rasd.export.events import export_events
    from rasd.store.queries import EventFilters

    filters = EventFilters(type=type_, actor=actor, since=_date("since", since), until=_date("until", until))
    store = _open_store(db)
    with store.session() as s:
        if fmt is EventFormat.parquet:
            if output is None:
                fail("Parquet is binary: give an output file with -o events.parquet")
            try:
                n = export_events(s, "parquet", path=str(output), filters=filters)
            except RuntimeError as exc:
                fail(str(exc))
        else:
            with _text_out(output) as out:
                n = export_events(s, fmt.value, out=out, filters=filters)
    err.print(f"{n:,} event(s) exported" + (f" to {output}" if output else ""))


@export_app.command("graph")
def graph(
    db: str = DbOpt,
    fmt: GraphFormat = typer.Option(GraphFormat.graphml, "--format", "-f"),
    output: Optional[Path] = OutOpt,
    type_: Optional[str] = typer.Option(None, "--type", "-t",
                                        help="Only this event type (ASSAULT…) or relation type (ally_of…)."),
    kind: str = typer.Option("all", "--kind", help="all | event | relation"),
    since: Optional[str] = typer.Option(None, "--since"),
    until: Optional[str] = typer.Option(None, "--until"),
) -> None:
    """The actor network: actors as nodes; events (per actor pair and type, weight = count) and relations
    as directed edges. GraphML opens in Gephi, yEd, networkx, igraph; GEXF 1.3 in Gephi."""
    from rasd.export.graph import write_gexf, write_graphml
    from rasd.store.queries import NetworkFilters

    if kind not in ("all", "event", "relation"):
        fail("--kind must be all, event or relation")
    f = NetworkFilters(type=type_, kind=kind, since=_date("since", since), until=_date("until", until))
    store = _open_store(db)
    writer = write_graphml if fmt is GraphFormat.graphml else write_gexf
    with store.session() as s, _text_out(output) as out:
        n_nodes, n_edges = writer(s, out, f)
    err.print(f"{n_nodes:,} node(s), {n_edges:,} edge(s) exported" + (f" to {output}" if output else ""))


@export_app.command("actors")
def actors(
    db: str = DbOpt,
    fmt: ActorFormat = typer.Option(ActorFormat.csv, "--format", "-f"),
    output: Optional[Path] = OutOpt,
) -> None:
    """Actors with names, codes, aliases and counts (mentions, documents, events as actor1/actor2)."""
    from rasd.export.actors import export_actors

    store = _open_store(db)
    with store.session() as s, _text_out(output) as out:
        n = export_actors(s, fmt.value, out)
    err.print(f"{n:,} actor(s) exported" + (f" to {output}" if output else ""))


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
