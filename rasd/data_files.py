"""Reading rasd's TSV knowledge files (format: ``docs/data-formats.md``).

Comment lines start with ``#``; the first other line is the column header; columns
are found by name; multi-values are `` | ``-separated; empty field = no value.
Every problem is reported with file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Iterator, Sequence

from rasd.errors import DataFileError

MULTI_SEP = " | "


@dataclass(frozen=True)
class Row:
    """One data line: its values by column name, and where it came from."""

    path: str
    line: int
    values: dict[str, str]

    def get(self, column: str) -> str | None:
        v = self.values.get(column, "")
        return v if v else None

    def require(self, column: str) -> str:
        v = self.values.get(column, "")
        if not v:
            raise DataFileError(self.path, self.line, f"column {column!r} is empty")
        return v

    def multi(self, column: str) -> list[str]:
        v = self.values.get(column, "")
        return [x.strip() for x in v.split("|") if x.strip()] if v else []

    def error(self, message: str) -> DataFileError:
        return DataFileError(self.path, self.line, message)


def read_tsv(source: Path | Traversable, required: Sequence[str] = ()) -> Iterator[Row]:
    """Yield the data rows of a TSV knowledge file, checking required columns exist."""
    path = str(source)
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise DataFileError(path, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataFileError(path, None, f"not UTF-8 (byte {exc.start}); save the file as UTF-8") from None
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise DataFileError(path, lineno, f"header lacks required column(s) {', '.join(missing)}; "
                                    f"found: {', '.join(header)}")
            continue
        if len(cells) > len(header):
            extra = cells[len(header):]
            if any(c.strip() for c in extra):
                raise DataFileError(path, lineno, f"{len(cells)} fields but the header has {len(header)} "
                                    "(a TAB inside a value?)")
        values = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header)}
        yield Row(path, lineno, values)
    if header is None:
        raise DataFileError(path, None, "no header line (expected column names after the # comments)")


def packaged(*parts: str) -> Traversable:
    """A file or folder inside ``rasd/data``."""
    ref = resources.files("rasd.data")
    for p in parts:
        ref = ref.joinpath(p)
    return ref


def packaged_tsvs(folder: str) -> list[Traversable]:
    """All ``*.tsv`` files of a ``rasd/data`` folder, sorted by name (empty if absent)."""
    ref = packaged(folder)
    if not ref.is_dir():
        return []
    return sorted((f for f in ref.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name)
