"""Shared helpers for the actor-registry generators (training/actors/*).

The registry files are TSV with a provenance header (docs/data-formats.md). These helpers read the
curated inputs and write generated files so that every generator follows the same rules.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

REPO = Path(__file__).resolve().parents[2]
ACTORS_DIR = REPO / "rasd" / "data" / "actors"
CURATED_DIR = Path(__file__).resolve().parent / "curated"
SEP = " | "


def shared_dir() -> Path:
    """Locate ../shared the way rasd.resources does: $RASD_SHARED, else <repo>/../shared."""
    env = os.environ.get("RASD_SHARED")
    path = Path(env) if env else REPO.parent / "shared"
    if not (path / "data").is_dir():
        raise FileNotFoundError(f"shared data not found at {path}/data (set RASD_SHARED)")
    return path


@dataclass(frozen=True)
class Row:
    """One data line of a TSV file, with its 1-based line number for error messages."""

    path: Path
    line: int
    fields: Mapping[str, str]

    def get(self, column: str) -> str:
        return self.fields.get(column, "").strip()

    def multi(self, column: str) -> list[str]:
        return split_multi(self.get(column))


def split_multi(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()] if value else []


def join_multi(values: Iterable[str]) -> str:
    return SEP.join(unique(v.strip() for v in values if v and v.strip()))


def unique(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


def read_tsv(path: Path) -> Iterator[Row]:
    """Yield rows of a registry-style TSV (comments skipped, first non-comment line = header)."""
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if len(cells) > len(header):
                raise ValueError(f"{path}:{lineno}: {len(cells)} fields, header has {len(header)}")
            yield Row(path, lineno, dict(zip(header, cells)))


def write_tsv(path: Path, header_lines: Sequence[str], columns: Sequence[str],
              rows: Iterable[Mapping[str, str]]) -> int:
    """Write a provenance header, the column header and the rows; returns the row count."""
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for h in header_lines:
            fh.write(f"# {h}".rstrip() + "\n")
        fh.write("\t".join(columns) + "\n")
        for row in rows:
            cells = []
            for c in columns:
                v = row.get(c, "") or ""
                if "\t" in v or "\n" in v:
                    raise ValueError(f"{path}: tab/newline in {c!r}: {v!r}")
                cells.append(v)
            fh.write("\t".join(cells) + "\n")
            n += 1
    return n


# --- Arabic helpers -------------------------------------------------------------------------

_ALEF = re.compile("[أإآٱ]")
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")


def loose_key(text: str) -> str:
    """Matching key for comparing names across sources (not for shipping): no diacritics,
    unified alef/ya/ta marbuta, no article on any token."""
    t = _DIACRITICS.sub("", text)
    t = _ALEF.sub("ا", t).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    toks = []
    for tok in t.replace("_", " ").split():
        if tok.startswith("ال") and len(tok) > 3:
            tok = tok[2:]
        toks.append(tok)
    return " ".join(toks)


def with_article(word: str) -> str:
    return word if word.startswith("ال") else "ال" + word


def nisba_forms(masc: str, broken_plurals: Sequence[str] = (), sound_plural: bool = True) -> list[str]:
    """All gender/number forms of a relational adjective (nisba) in ـي, without and with article.

    سوري → سوري سورية سوريون سوريين سوريات + السوري … ; broken plurals (روس, أتراك) are added as given.
    """
    if not masc.endswith("ي"):
        raise ValueError(f"nisba must end in ي: {masc!r}")
    base = [masc, masc + "ة"]
    if sound_plural:
        base += [masc + "ون", masc + "ين", masc + "ات"]
    base += list(broken_plurals)
    return unique(base + [with_article(w) for w in base])
