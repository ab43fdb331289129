"""Where the NER stage's shipped files live (package resources, no I/O at import)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def ner_data_dir() -> Path:
    """``rasd/data/ner`` inside the installed package (``rasd`` itself may be a namespace package)."""
    return Path(str(resources.files("rasd.ner"))).parent / "data" / "ner"
