"""``rasd batch``: the pipeline inside Spark for corpus-scale runs."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from rasd.cli.common import MaxCharsOpt, RegistryOpt, err, fail


def batch(
    inputs: list[str] = typer.Argument(..., help="JSON-lines files or folders (local paths or Spark URIs)."),
    output: str = typer.Argument(..., help="Output folder for JSON-lines results (must not exist)."),
    master: Optional[str] = typer.Option(None, "--master", help="Spark master, e.g. local[2]; default: spark-submit's."),
    registry: Optional[list[Path]] = RegistryOpt,
    max_chars: int = MaxCharsOpt,
) -> None:
    """Run rasd over a corpus with Apache Spark (needs the `spark` extra and Java 17+)."""
    from rasd.batch.spark import run

    try:
        counts = run(inputs, output, master=master, user_registry=tuple(str(p) for p in registry or ()),
                     max_chars=max_chars)
    except ImportError as exc:
        fail(str(exc))
    err.print(f"{counts['documents']} document(s) processed, {counts['failed']} failed → {output}")
    if counts["failed"]:
        raise typer.Exit(1)


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    app.command("batch")(batch)
