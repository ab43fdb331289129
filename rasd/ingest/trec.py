"""TREC/SGML news collections: many ``<DOC>`` blocks in one file (ANT corpus, Arabic Gigaword, TREC).

Such files are not XML (several top-level elements, bare ``&``), so they are read block by block with a
tolerant tag scanner and never handed to an XML parser; only the standard HTML character references are
unescaped (``html.unescape``: no entity declarations, nothing to expand). Recognised fields:

- id: ``<DOCNO>`` or the ``id`` attribute of ``<DOC>`` (Gigaword: ``<DOC id="AFP_ARB_20010101.0001">``);
- text: ``<TEXT>`` (paragraph tags ``<P>`` become line breaks), else ``<ABSTRACT>``;
- title: ``<TITLE>`` or ``<HEADLINE>``; source: ``<SRC>`` or ``<SOURCE>``;
- published: ``<TIME>``/``<DATE>``/``<DATE_TIME>`` (``YYYY-MM-DD…`` or ``YYYYMMDD``), else a date in the id.

A block without text, or a ``<DOC>`` that is never closed, is reported and skipped; the other blocks go on.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Iterator

from rasd.errors import IngestError
from rasd.ingest.article import Article, IngestFailure, Outcome
from rasd.ingest.decode import decode_bytes
from rasd.ingest.readers import _read_bytes

_DOC_OPEN = re.compile(r"<DOC(\s[^>]*)?>", re.I)
_DOC_CLOSE = re.compile(r"</DOC\s*>", re.I)
_ID_ATTR = re.compile(r"""\bid\s*=\s*["']?([^"'\s>]+)""", re.I)
_PARA = re.compile(r"</?P(\s[^>]*)?>", re.I)
_TAG = re.compile(r"<[^>]{0,200}>")
_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


def looks_like_trec(head: str) -> bool:
    """Does a file start (after a BOM, blank lines or an XML declaration) with a ``<DOC>`` block?"""
    head = head.lstrip("\ufeff \t\r\n")
    if head.startswith("<?xml"):
        head = head[head.find("?>") + 2:].lstrip() if "?>" in head else ""
    return bool(_DOC_OPEN.match(head))


def _field(block: str, *names: str) -> str | None:
    for name in names:
        m = re.search(rf"<{name}(\s[^>]*)?>(.*?)</{name}\s*>", block, re.I | re.S)
        if m:
            return m.group(2)
    return None


def _clean(fragment: str) -> str:
    """Text of a field: paragraph tags as line breaks, other tags dropped, character references unescaped."""
    text = _PARA.sub("\n", fragment)
    text = html.unescape(_TAG.sub("", text))
    lines = [ln.strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def _published(block: str, doc_id: str | None) -> dt.date | None:
    for value in (_field(block, "TIME", "DATE", "DATE_TIME"), doc_id):
        m = _DATE.search(value or "")
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
    return None


def read_trec_text(text: str, origin: str) -> Iterator[Outcome]:
    pos, n = 0, 0
    while True:
        m = _DOC_OPEN.search(text, pos)
        if m is None:
            break
        n += 1
        close = _DOC_CLOSE.search(text, m.end())
        nxt = _DOC_OPEN.search(text, m.end())
        if close is None or (nxt is not None and nxt.start() < close.start()):
            yield IngestFailure(f"{origin}#doc{n}", f"<DOC> block {n} is never closed by </DOC>; skipped")
            if nxt is None:
                break
            pos = nxt.start()
            continue
        block = text[m.end():close.start()]
        pos = close.end()
        docno = _field(block, "DOCNO")
        attr = _ID_ATTR.search(m.group(1) or "")
        doc_id = (_clean(docno) if docno else None) or (attr.group(1) if attr else None)
        where = doc_id or f"{origin}#doc{n}"
        body = _field(block, "TEXT")
        body = _clean(body) if body is not None else ""
        if not body:
            abstract = _field(block, "ABSTRACT")
            body = _clean(abstract) if abstract is not None else ""
        if not body:
            yield IngestFailure(where, f"<DOC> block {n} has no <TEXT> (or <ABSTRACT>) text; skipped")
            continue
        title, source = _field(block, "TITLE", "HEADLINE"), _field(block, "SRC", "SOURCE")
        yield Article(text=body, origin=where, title=_clean(title) or None if title else None,
                      source=_clean(source) or None if source else None, published=_published(block, doc_id))
    if n == 0:
        yield IngestFailure(origin, "no <DOC> blocks found")


def read_trec_bytes(data: bytes, origin: str) -> Iterator[Outcome]:
    """Articles from the raw bytes of a collection (decoded like every other text input)."""
    try:
        decoded = decode_bytes(data, origin)
    except IngestError as exc:
        yield IngestFailure(origin, str(exc).removeprefix(f"{origin}: "))
        return
    yield from read_trec_text(decoded.text, origin)


def read_trec_file(path: Path) -> Iterator[Outcome]:
    try:
        data = _read_bytes(path)
    except IngestError as exc:
        yield IngestFailure(str(path), str(exc).removeprefix(f"{path}: "))
        return
    except OSError as exc:
        yield IngestFailure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from read_trec_bytes(data, str(path))
