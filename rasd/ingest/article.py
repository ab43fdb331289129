"""What every reader produces: an :class:`Article`, or an :class:`IngestFailure` that says why not."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional, Union


@dataclass
class Article:
    """One document as ingested: ``text`` is kept exactly (after decoding to str)."""

    text: str
    origin: Optional[str] = None
    title: Optional[str] = None
    source: Optional[str] = None
    published: Optional[Union[dt.date, str]] = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IngestFailure:
    """A document (or part of a file) that could not be read; the batch goes on."""

    origin: str
    reason: str
    kind: str = "error"  # error | skipped

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


Outcome = Union[Article, IngestFailure]
