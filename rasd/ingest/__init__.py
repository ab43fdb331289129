"""Ingest: files and folders -> :class:`Article` objects (or failures that say why).

``read_paths(paths)`` dispatches on file type: ``.txt``, ``.jsonl``, ``.html``/``.htm``,
RSS/Atom (``.rss``, ``.atom``, ``.xml``), TREC/SGML collections of ``<DOC>`` blocks (``.trec``, ``.sgml``,
``.sgm``, or an ``.xml`` file that opens with ``<DOC>``), ``.warc``/``.warc.gz``; folders recursively.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from rasd.ingest.article import Article, IngestFailure, Outcome
from rasd.ingest.readers import (
    read_feed_file,
    read_html_file,
    read_jsonl,
    read_text_file,
    read_warc_file,
)
from rasd.ingest.trec import read_trec_file

__all__ = ["Article", "IngestFailure", "Outcome", "read_path", "read_paths", "reader_for"]

_BY_SUFFIX = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".xhtml": read_html_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
    ".xml": read_feed_file,
    ".warc": read_warc_file,
    ".trec": read_trec_file,
    ".sgml": read_trec_file,
    ".sgm": read_trec_file,
}


def reader_for(path: Path):
    name = path.name.lower()
    if name.endswith(".warc.gz") or name.endswith(".warc"):
        return read_warc_file
    return _BY_SUFFIX.get(path.suffix.lower())


def read_path(path: str | Path) -> Iterator[Outcome]:
    """Articles from a file or (recursively) a folder."""
    path = Path(path)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if any(part.startswith(".") for part in child.relative_to(path).parts):
                continue
            reader = reader_for(child)
            if reader is None:
                yield IngestFailure(str(child), f"unsupported file type {child.suffix or '(none)'!r}; skipped",
                                    kind="skipped")
                continue
            yield from reader(child)
        return
    if not path.exists():
        yield IngestFailure(str(path), "no such file or folder")
        return
    reader = reader_for(path) or read_text_file
    yield from reader(path)


def read_paths(paths: Iterable[str | Path]) -> Iterator[Outcome]:
    for p in paths:
        yield from read_path(p)
