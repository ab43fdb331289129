"""Readers for the raw corpora in ../shared/data used by training and data-building scripts."""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ANT_CATEGORIES = (
    "politic", "internationalNews", "localNews", "society", "economy",
    "diverse", "culture", "sport", "technology",
)


def shared_data_dir() -> Path:
    env = os.environ.get("RASD_SHARED")
    base = Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared"
    return base / "data"


@dataclass(frozen=True)
class AntArticle:
    docno: str
    url: str
    category: str
    title: str
    time: str
    text: str


_DOC_RE = re.compile(r"<DOC>(.*?)</DOC>", re.S)


def _field(block: str, name: str) -> str:
    m = re.search(rf"<{name}>(.*?)</{name}>", block, re.S)
    return html.unescape(m.group(1).strip()) if m else ""


def iter_ant(categories: tuple[str, ...] = ANT_CATEGORIES, data_dir: Path | None = None) -> Iterator[AntArticle]:
    """Articles of ANT Corpus v1.1 (Apache-2.0), in file order."""
    root = (data_dir or shared_data_dir()) / "ant_corpus_v1.1"
    for cat in categories:
        raw = (root / f"ANT_v1.1_{cat}.trec.xml").read_text(encoding="utf-8")
        for m in _DOC_RE.finditer(raw):
            b = m.group(1)
            yield AntArticle(
                docno=_field(b, "DOCNO"), url=_field(b, "URL"), category=_field(b, "CAT") or cat,
                title=_field(b, "TITLE"), time=_field(b, "TIME"), text=_field(b, "TEXT"),
            )
