"""``rasd extract``: files -> contract JSON on stdout or a file."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from rasd.cli.common import MaxCharsOpt, NerModelOpt, RegistryOpt, err, fail, make_pipeline


class OutFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


def _stdin_articles():
    from rasd.ingest import Article, IngestFailure
    from rasd.ingest.decode import decode_bytes
    from rasd.errors import IngestError

    try:
        decoded = decode_bytes(sys.stdin.buffer.read(), "<stdin>")
    except IngestError as exc:
        yield IngestFailure("<stdin>", str(exc).removeprefix("<stdin>: "))
        return
    yield Article(text=decoded.text, origin=None)


def extract(
    paths: list[Path] = typer.Argument(..., help="Files or folders (.txt .jsonl .html .rss/.xml .warc[.gz] .trec/.sgml); '-' = stdin."),
    fmt: OutFormat = typer.Option(OutFormat.json, "--format", "-f", help="json: one object (an array for several documents); jsonl: one object per line."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for documents that have none."),
    source: Optional[str] = typer.Option(None, "--source", help="Outlet name for documents that have none."),
    indent: Optional[int] = typer.Option(None, "--indent", help="Indent JSON (json format only)."),
    registry: Optional[list[Path]] = RegistryOpt,
    max_chars: int = MaxCharsOpt,
    ner_model: Optional[Path] = NerModelOpt,
) -> None:
    """Extract mentions, actors, places, events and relations; print contract JSON (schema 1)."""
    from rasd.ingest import read_path
    from rasd.runner import RunSummary, process

    if published is not None:
        try:
            dt.date.fromisoformat(published)
        except ValueError:
            fail(f"--published {published!r} is not a YYYY-MM-DD date")
    pipeline = make_pipeline(registry, max_chars, ner_model=ner_model)

    def articles():
        for p in paths:
            items = _stdin_articles() if str(p) == "-" else read_path(p)
            for item in items:
                if hasattr(item, "text"):
                    if published and not item.published:
                        item.published = published
                    if source and not item.source:
                        item.source = source
                yield item

    summary = RunSummary()
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        results = (r for r, _ in process(articles(), pipeline, summary=summary))
        if fmt is OutFormat.jsonl:
            for r in results:
                sink.write(r.to_json() + "\n")
        else:
            collected = [r.to_dict() for r in results]
            if len(collected) == 1:
                payload = collected[0]
            else:
                payload = collected
            if collected:
                sink.write(json.dumps(payload, ensure_ascii=False, indent=indent) + "\n")
    finally:
        if output:
            sink.close()
    for f in summary.failures:
        err.print(f"[red]failed[/] {f}")
    if summary.failures or len(paths) > 1 or summary.documents != 1:
        err.print(f"{summary.documents} document(s) extracted, {summary.failed} failed"
                  + (f", {len(summary.skipped)} skipped" if summary.skipped else ""))
    if summary.failures:
        raise typer.Exit(1)
