"""Typed records and TSV reading/writing for the gazetteer builder (format: docs/data-formats.md, Places)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

COLUMNS = (
    "id", "name", "name_en", "aliases", "aliases_en", "feature", "country", "admin1",
    "lat", "lon", "population", "source", "ambiguous",
)
FEATURES = ("country", "region", "city", "facility")
SEP = " | "


@dataclass(frozen=True)
class Place:
    """One gazetteer row."""

    id: str
    name: str
    name_en: str
    aliases: tuple[str, ...]
    aliases_en: tuple[str, ...]
    feature: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    population: int | None
    source: str
    ambiguous: bool = False

    def __post_init__(self) -> None:
        if self.feature not in FEATURES:
            raise ValueError(f"{self.id}: unknown feature {self.feature!r}")
        if not (-90 <= self.lat <= 90 and -180 <= self.lon <= 180):
            raise ValueError(f"{self.id}: coordinates out of range {self.lat},{self.lon}")
        if not self.name:
            raise ValueError(f"{self.id}: empty Arabic name")

    def row(self) -> list[str]:
        aliases = [a for a in dict.fromkeys(self.aliases) if a != self.name]
        aliases_en = [a for a in dict.fromkeys(self.aliases_en) if a != self.name_en]
        return [
            self.id, self.name, self.name_en, SEP.join(aliases), SEP.join(aliases_en), self.feature,
            self.country, self.admin1 or "", f"{self.lat:.5f}".rstrip("0").rstrip("."),
            f"{self.lon:.5f}".rstrip("0").rstrip("."),
            "" if self.population is None else str(self.population), self.source,
            "1" if self.ambiguous else "",
        ]


def _clean_field(value: str) -> str:
    if "\t" in value or "\n" in value:
        raise ValueError(f"field holds a tab or newline: {value!r}")
    return value


def write_places(path: Path, header: str, places: Iterable[Place]) -> int:
    """Write a provenance header (lines without '# ' are prefixed), the column header and rows; return row count."""
    lines = [line if line.startswith("#") else f"# {line}".rstrip() for line in header.strip("\n").split("\n")]
    rows = sorted(places, key=lambda p: (p.country, p.feature, -(p.population or 0), p.id))
    ids = [p.id for p in rows]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"{path.name}: duplicate ids {sorted(duplicates)[:10]}")
    body = ["\t".join(_clean_field(f) for f in p.row()) for p in rows]
    path.write_text("\n".join([*lines, "\t".join(COLUMNS), *body]) + "\n", encoding="utf-8")
    return len(rows)


def read_curated(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, record) of a curated TSV: '#' comments, a column header, tab-separated rows.

    Empty fields are omitted from the record so that callers use `.get()` for optional columns.
    """
    header: list[str] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        if len(fields) > len(header):
            raise ValueError(f"{path}:{number}: {len(fields)} fields for {len(header)} columns")
        yield number, {k: v.strip() for k, v in zip(header, fields) if v.strip()}


def split_multi(value: str | None) -> list[str]:
    """Split a ' | '-separated field."""
    return [v.strip() for v in (value or "").split("|") if v.strip()]
