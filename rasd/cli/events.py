"""CLI for the events stage: ``rasd explain FILE`` and ``rasd eval events``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Optional

import typer

from rasd.cli.common import MaxCharsOpt, RegistryOpt, fail, make_pipeline, out

DEFAULT_DEV = Path("tests/events/dev/dev.jsonl")


def explain(
    path: Path = typer.Argument(..., help="A text file (or .jsonl/.html/...) to explain; '-' = stdin."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD (anchors أمس، مؤخراً…)."),
    registry: Optional[list[Path]] = RegistryOpt,
    max_chars: int = MaxCharsOpt,
) -> None:
    """Show why each event got its type, roles and source (for an analyst)."""
    from rasd.events.explain import render
    from rasd.ingest import Article, read_path

    if published is not None:
        try:
            dt.date.fromisoformat(published)
        except ValueError:
            fail(f"--published {published!r} is not a YYYY-MM-DD date")
    if str(path) != "-" and not path.exists():
        fail(f"{path} not found")
    pipeline = make_pipeline(registry, max_chars)
    if str(path) == "-":
        import sys

        items = [Article(text=sys.stdin.read())]
    else:
        items = [x for x in read_path(path) if hasattr(x, "text")]
    if not items:
        fail(f"no readable document in {path}")
    for art in items:
        if published and not art.published:
            art.published = published
        result = next(pipeline.pipe([art]))
        render(result, out)


def eval_events(
    dev: Path = typer.Option(DEFAULT_DEV, "--dev", help="Annotated events file (docs/events.md format)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    errors: int = typer.Option(0, "--errors", help="Also list the first N errors (missed, spurious, wrong role)."),
    half: Optional[str] = typer.Option(None, "--half", help="Score only half 'a' or 'b' of the records "
                                       "(fixed split by record id: develop on one half, check on the other)."),
    dump: Optional[Path] = typer.Option(None, "--dump", help="Write every record with an error (sentence, gold, "
                                        "predicted events with reasons, errors) to this file."),
    registry: Optional[list[Path]] = RegistryOpt,
) -> None:
    """Score event coding on the dev set: per-type P/R/F1, micro F1, role/attribution/modality accuracy."""
    from rich.table import Table

    from rasd.events.evaluate import evaluate, half_of, load_dev

    if not dev.is_file():
        fail(f"dev file {dev} not found (run from the repository root or pass --dev)")
    if half not in (None, "a", "b"):
        fail(f"--half must be 'a' or 'b', not {half!r}")
    records = [r for r in load_dev(dev) if half is None or half_of(r["id"]) == half]
    pipeline = make_pipeline(registry, 1_000_000)
    report = evaluate(records, pipeline)
    if dump is not None:
        dump.write_text("\n".join(report.dump), encoding="utf-8")
    if as_json:
        out.print_json(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        t = Table(title=f"events on {dev}{' half ' + half if half else ''} ({report.records} records, {report.gold_events} gold events, "
                        f"{report.predicted} predicted)")
        for col in ("type", "P", "R", "F1", "tp", "fp", "fn"):
            t.add_column(col, justify="right" if col != "type" else "left")
        for name, s in sorted(report.per_type.items()):
            t.add_row(name, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", str(s.tp), str(s.fp), str(s.fn))
        m = report.micro
        t.add_row("[bold]micro[/]", f"{m.precision:.2f}", f"{m.recall:.2f}", f"[bold]{m.f1:.2f}[/]", str(m.tp),
                  str(m.fp), str(m.fn))
        out.print(t)
        out.print(f"trigger matches {report.trigger_matches}, type-correct {report.role_total}; on type-correct "
                  "matches (head overlap): " + ", ".join(
                      f"{k} {report.accuracy(k):.2f}" for k in
                      ("actor1", "actor2", "roles", "location", "attribution", "modality")))
    for line in report.errors[:errors]:
        out.print(line)


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    app.command("explain")(explain)
    eval_app.command("events")(eval_events)
