"""Shared CLI helpers: consoles, options, pipeline construction."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

RegistryOpt = typer.Option(None, "--registry", help="Extra actor registry TSV file(s) (override/extend the shipped one).")
MaxCharsOpt = typer.Option(1_000_000, "--max-chars", help="Refuse documents longer than this many characters.")
NerModelOpt = typer.Option(None, "--ner-model", help="NER model directory built by `rasd train ner --out DIR` "
                                                     "(default: the shipped model).")


def fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def make_pipeline(registry: Optional[list[Path]], max_chars: int, ner: bool = True, ner_model: Optional[Path] = None):
    from rasd.errors import DataFileError
    from rasd.ner.component import ModelNotFound
    from rasd.pipeline import PipelineConfig, load

    for p in registry or []:
        if not p.is_file():
            fail(f"registry file {p} not found")
    try:
        pipeline = load(PipelineConfig(ner=ner, user_registry=tuple(str(p) for p in registry or ()),
                                       max_chars=max_chars, ner_model=str(ner_model) if ner_model else None))
    except (DataFileError, ModelNotFound) as exc:
        fail(str(exc))
    if ner_model:
        _license_note(ner_model)
    return pipeline


def _license_note(ner_model: Path) -> None:
    """Say so when a user's NER model is non-commercial (trained with ``--skipgram-extra saudinewsnet``)."""
    import json

    from rasd.ner.component import model_path

    meta = json.loads((model_path(ner_model) / "meta.json").read_text(encoding="utf-8"))
    if meta.get("non_commercial"):
        err.print(f"note: the NER model {ner_model} is non-commercial ({meta.get('license', 'see its meta.json')})")


def is_tty() -> bool:
    return sys.stderr.isatty()
