"""Shim: the frame parser lives in :mod:`rasd.events.frames` (one definition of the notation)."""

from __future__ import annotations

import sys
from pathlib import Path

_REPO = str(Path(__file__).resolve().parents[2])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)

from rasd.events.frames import (  # noqa: E402,F401
    PLAIN, ROLES, FrameError, Slot, format_frame, noun_frame, parse_frame,
)
