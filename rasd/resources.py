"""Where things are: package data, and ``../shared`` (training/dev data) when present."""

from __future__ import annotations

import os
from pathlib import Path


def shared_dir() -> Path | None:
    """``$RASD_SHARED``, else ``<repo>/../shared`` for a source checkout; None if absent.

    Only training, evaluation and tests use it; the installed package never needs it.
    """
    env = os.environ.get("RASD_SHARED")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[1].parent / "shared")
    for c in candidates:
        if (c / "data").is_dir() or (c / "examples").is_dir():
            return c
    return None
