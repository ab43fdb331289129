"""Where the NER stage's shipped files live (package resources, no I/O at import), and how its model
TSV files are read."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Iterator


def ner_data_dir() -> Path:
    """``rasd/data/ner`` inside the installed package (``rasd`` itself may be a namespace package)."""
    return Path(str(resources.files("rasd.ner"))).parent / "data" / "ner"


def model_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, TAB-split cells) of each data line of a model TSV file: ``#`` comment lines and
    empty lines skipped, then the header line skipped; cells are not stripped (the writers emit none)."""
    seen_header = False
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        if not seen_header:
            seen_header = True
            continue
        yield n, line.split("\t")
