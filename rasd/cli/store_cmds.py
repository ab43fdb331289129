"""``rasd ingest``, ``rasd stats``, ``rasd query``: the SQLite/PostgreSQL store from the command line."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from rasd.cli.common import MaxCharsOpt, NerModelOpt, RegistryOpt, err, fail, make_pipeline, out

DbOpt = typer.Option(Path("rasd.db"), "--db", help="SQLite file or SQLAlchemy URL (postgresql+psycopg://…).")


def sample_paths() -> list[Path]:
    """The bundled sample corpus (see rasd/data/sample/README.md)."""
    from importlib import resources

    folder = resources.files("rasd.data").joinpath("sample")
    return [Path(str(folder.joinpath(name))) for name in ("seed-article.txt", "ant_sample.jsonl")]


def ingest(
    paths: Optional[list[Path]] = typer.Argument(None, help="Files or folders to ingest (.txt .jsonl .html .rss/.xml .warc[.gz] .trec/.sgml)."),
    db: str = DbOpt,
    sample: bool = typer.Option(False, "--sample", help="Ingest the bundled sample corpus (seed article + 30 ANT Corpus articles)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for documents that have none."),
    source: Optional[str] = typer.Option(None, "--source", help="Outlet name for documents that have none."),
    registry: Optional[list[Path]] = RegistryOpt,
    max_chars: int = MaxCharsOpt,
    batch_size: int = typer.Option(16, "--batch-size"),
    ner_model: Optional[Path] = NerModelOpt,
) -> None:
    """Run the pipeline over PATHs and store documents and results; already-stored texts are skipped,
    so an interrupted run resumes where it stopped."""
    from rasd.ingest import read_paths
    from rasd.runner import RunSummary, process
    from rasd.store import Store

    inputs = list(paths or [])
    if sample:
        inputs.extend(sample_paths())
    if not inputs:
        fail("give PATHs to ingest, or --sample")
    store = Store(db)
    pipeline = make_pipeline(registry, max_chars, ner_model=ner_model)
    summary = RunSummary()

    def articles():
        for item in read_paths(inputs):
            if hasattr(item, "text"):
                if published and not item.published:
                    item.published = published
                if source and not item.source:
                    item.source = source
            yield item

    with Progress(SpinnerColumn(), TextColumn("[bold]ingesting[/]"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[stats]}"), TimeElapsedColumn(), console=err, transient=False) as bar:
        task = bar.add_task("ingest", total=None, stats="")

        def tick() -> None:
            bar.update(task, advance=1, stats=f"{summary.stored} stored · {summary.duplicates} already stored · "
                                               f"{summary.failed} failed")

        for result, doc in process(articles(), pipeline, skip=lambda a: store.has_text(a.text),
                                   summary=summary, on_item=tick, batch_size=batch_size):
            n_tokens = sum(1 for t in doc if not t.is_space)
            if store.add(result, n_tokens=n_tokens):
                summary.stored += 1
            else:
                summary.duplicates += 1
            bar.update(task, stats=f"{summary.stored} stored · {summary.duplicates} already stored · "
                                   f"{summary.failed} failed")
        bar.update(task, total=bar.tasks[0].completed)
    for f in summary.failures + summary.skipped:
        store.add_failure(f.origin, f.reason, f.kind)
    _print_summary(summary, store, db)
    store.close()
    if summary.failures:
        raise typer.Exit(1)


def _print_summary(summary, store, db: str) -> None:
    rate = summary.tokens / summary.seconds if summary.seconds else 0.0
    err.print(f"\n[bold]{summary.stored}[/] document(s) stored, {summary.duplicates} already stored, "
              f"[{'red' if summary.failed else 'green'}]{summary.failed} failed[/], {len(summary.skipped)} skipped "
              f"· {summary.tokens:,} tokens in {summary.seconds:.1f}s ({rate:,.0f} tokens/s)")
    for reason, n in sorted(summary.failure_reasons().items(), key=lambda kv: -kv[1]):
        err.print(f"  [red]✗[/] {n} × {reason}")
    for f in summary.failures[:20]:
        err.print(f"    {f}")
    _print_stats(store.stats(), db)


def _print_stats(st, db: str) -> None:
    table = Table(title=f"rasd store {db}", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in [("documents", st.documents), ("tokens", st.tokens), ("mentions", st.mentions),
                         ("actors (registry)", st.actors_known), ("actors (discovered)", st.actors_discovered),
                         ("places", st.places), ("events", st.events), ("relations", st.relations),
                         ("failed inputs", st.failures)]:
        table.add_row(label, f"{value:,}")
    if st.published_range[0]:
        table.add_row("published", f"{st.published_range[0]} … {st.published_range[1]}")
    out.print(table)
    if st.events_by_type:
        out.print("events by type: " + ", ".join(f"{k} {v}" for k, v in st.events_by_type.items()))
    if st.mentions_by_label:
        out.print("mentions by label: " + ", ".join(f"{k} {v}" for k, v in st.mentions_by_label.items()))
    if st.top_actors:
        out.print("most mentioned actors: " + ", ".join(f"{name} ({n})" for _, name, n in st.top_actors))


def stats(db: str = DbOpt, as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Counts of what the store holds."""
    from rasd.store import Store

    try:
        store = Store(db, create=False)
    except FileNotFoundError as exc:
        fail(str(exc))
    st = store.stats()
    if as_json:
        out.print_json(json.dumps(st.__dict__, ensure_ascii=False))
    else:
        _print_stats(st, db)


class QueryFormat(str, Enum):
    table = "table"
    json = "json"


def query(
    db: str = DbOpt,
    type_: Optional[list[str]] = typer.Option(None, "--type", "-t", help="PLOVER event type(s), e.g. ASSAULT."),
    actor: Optional[str] = typer.Option(None, "--actor", "-a", help="Actor id or name (actor1 or actor2)."),
    since: Optional[str] = typer.Option(None, "--since", help="From date YYYY-MM-DD (event date, else published)."),
    until: Optional[str] = typer.Option(None, "--until", help="To date YYYY-MM-DD."),
    limit: int = typer.Option(50, "--limit", "-n"),
    fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f"),
) -> None:
    """Events by type / actor / date range, as a table or JSON."""
    from rasd.store import Store

    try:
        store = Store(db, create=False)
    except FileNotFoundError as exc:
        fail(str(exc))
    rows = store.query_events(types=type_ or (), actor=actor, since=since, until=until, limit=limit)
    if fmt is QueryFormat.json:
        out.print_json(json.dumps([r.to_dict() for r in rows], ensure_ascii=False))
        return
    table = Table(show_lines=False)
    for col in ("date", "type", "mode", "actor1", "actor2", "location", "modality", "according to", "trigger"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r.date or "", r.type, r.mode or "", _who(r.actor1, r.actor1_code), _who(r.actor2, r.actor2_code),
                      r.location or "", r.modality, " ← ".join(r.attribution), r.trigger)
    out.print(table)
    err.print(f"{len(rows)} event(s)")


def _who(text: str | None, code: str | None) -> str:
    if not text:
        return ""
    return f"{text} [{code}]" if code else text
