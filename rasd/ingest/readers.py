"""One reader per input format. Each yields :class:`Article` or :class:`IngestFailure`, never raises
for a bad document, so one bad document never aborts a batch."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import zlib
from pathlib import Path
from typing import IO, Iterator

from rasd.errors import IngestError, UnsafeXMLError
from rasd.ingest.article import Article, IngestFailure, Outcome
from rasd.ingest.decode import decode_bytes

MAX_FILE_BYTES = 200 * 1024 * 1024  # a single text/HTML/JSONL file; WARC files are streamed

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise IngestError(str(path), f"file is {size / 1e6:.0f} MB; files over {MAX_FILE_BYTES // 10**6} MB "
                                     "are refused (split it)")
    return path.read_bytes()


def _date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


# -- plain text -----------------------------------------------------------------

def read_text_file(path: Path) -> Iterator[Outcome]:
    origin = str(path)
    try:
        decoded = decode_bytes(_read_bytes(path), origin)
    except IngestError as exc:
        yield IngestFailure(origin, str(exc).removeprefix(f"{origin}: "))
        return
    except OSError as exc:
        yield IngestFailure(origin, f"cannot read: {exc.strerror or exc}")
        return
    art = Article(text=decoded.text, origin=origin)
    if decoded.warning:
        art.warnings.append(decoded.warning)
    yield art


# -- JSON lines -----------------------------------------------------------------

def read_jsonl(path: Path) -> Iterator[Outcome]:
    """``text`` required; ``id``, ``url``, ``title``, ``source``, ``published`` optional.

    ``origin`` is the record's ``id``, else its ``url``, else ``path:line``.
    """
    try:
        decoded = decode_bytes(_read_bytes(path), str(path))
    except IngestError as exc:
        yield IngestFailure(str(path), str(exc).removeprefix(f"{path}: "))
        return
    for lineno, line in enumerate(decoded.text.splitlines(), 1):
        where = f"{path}:{lineno}"
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestFailure(where, f"line {lineno} is not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(rec, dict):
            yield IngestFailure(where, f"line {lineno} is a JSON {type(rec).__name__}, expected an object")
            continue
        text = rec.get("text")
        if not isinstance(text, str):
            yield IngestFailure(where, f"line {lineno} has no string field 'text'")
            continue
        origin = rec.get("id") or rec.get("url") or where
        art = Article(text=text, origin=str(origin), title=_str(rec.get("title")),
                      source=_str(rec.get("source")), published=_date(rec.get("published")))
        if rec.get("published") and art.published is None:
            art.warnings.append(f"published {rec.get('published')!r} is not a YYYY-MM-DD date; ignored")
        yield art


def _str(v) -> str | None:
    return v if isinstance(v, str) and v else None


# -- HTML -----------------------------------------------------------------------

def html_to_article(html: str | bytes, origin: str) -> Outcome:
    """Main text, title, date and site name of an HTML page (trafilatura)."""
    import trafilatura

    if isinstance(html, bytes):
        try:
            html = decode_bytes(html, origin).text
        except IngestError as exc:
            return IngestFailure(origin, str(exc).removeprefix(f"{origin}: "))
    if not html.strip():
        return IngestFailure(origin, "HTML document is empty")
    try:
        doc = trafilatura.bare_extraction(html, url=origin if origin.startswith("http") else None,
                                          with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except (ValueError, TypeError, AttributeError) as exc:  # lxml/trafilatura on broken markup
        return IngestFailure(origin, f"HTML could not be parsed: {exc}")
    if doc is None:
        return IngestFailure(origin, "no main text found in the HTML page")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = get("text") or ""
    if not text.strip():
        return IngestFailure(origin, "no main text found in the HTML page")
    return Article(text=text, origin=origin, title=get("title") or None, source=get("sitename") or None,
                   published=_date(get("date")))


def read_html_file(path: Path) -> Iterator[Outcome]:
    try:
        data = _read_bytes(path)
    except (IngestError, OSError) as exc:
        yield IngestFailure(str(path), str(exc))
        return
    yield html_to_article(data, str(path))


# -- RSS / Atom -----------------------------------------------------------------

def check_xml_safe(data: bytes, origin: str) -> None:
    """Refuse XML that declares entities (billion laughs, external entities): never expand them."""
    head = data[:100_000]
    if _DOCTYPE.search(head) and _ENTITY_DECL.search(data):
        raise UnsafeXMLError(origin, "XML declares entities in its DOCTYPE; refused (entity expansion is unsafe)")


def _fragment_text(html: str) -> str:
    """Text of an HTML fragment from a feed entry, paragraphs kept as lines."""
    import lxml.html
    from lxml_html_clean import Cleaner

    if "<" not in html:
        return html.strip()
    try:
        frag = lxml.html.fromstring(f"<div>{html}</div>")
    except (ValueError, lxml.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", html).strip()
    frag = Cleaner(scripts=True, javascript=True, style=True, comments=True).clean_html(frag)
    for br in frag.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for p in frag.iter("p", "div", "li", "h1", "h2", "h3", "h4"):
        p.tail = "\n" + (p.tail or "")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in frag.text_content().splitlines()]
    return "\n".join(ln for ln in lines if ln)


def read_feed_bytes(data: bytes, origin: str) -> Iterator[Outcome]:
    import feedparser

    try:
        check_xml_safe(data, origin)
    except UnsafeXMLError as exc:
        yield IngestFailure(origin, str(exc).removeprefix(f"{origin}: "))
        return
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if getattr(parsed, "bozo", False) else ""
        yield IngestFailure(origin, f"no feed entries found{why}")
        return
    feed_title = parsed.feed.get("title") or None
    for i, entry in enumerate(parsed.entries, 1):
        where = entry.get("link") or entry.get("id") or f"{origin}#entry{i}"
        html = ""
        if entry.get("content"):
            html = max((c.get("value", "") for c in entry.content), key=len)
        if not html:
            html = entry.get("summary", "") or entry.get("description", "")
        text = _fragment_text(html)
        if not text.strip():
            yield IngestFailure(where, f"feed entry {i} has no text")
            continue
        published = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
        yield Article(text=text, origin=where, title=entry.get("title") or None, source=feed_title,
                      published=published)


def read_feed_file(path: Path) -> Iterator[Outcome]:
    """RSS/Atom; an ``.xml`` file that opens with a ``<DOC>`` block is a TREC/SGML collection instead."""
    from rasd.ingest.trec import looks_like_trec, read_trec_bytes  # (trec imports this module)

    try:
        data = _read_bytes(path)
    except (IngestError, OSError) as exc:
        yield IngestFailure(str(path), str(exc))
        return
    if looks_like_trec(data[:4096].decode("utf-8", errors="ignore")):
        yield from read_trec_bytes(data, str(path))  # the bytes already read, not the file again
        return
    yield from read_feed_bytes(data, str(path))


# -- WARC -------------------------------------------------------------------------

def read_warc_stream(stream: IO[bytes], origin: str) -> Iterator[Outcome]:
    """HTML responses of a WARC (optionally gzipped); a truncated file keeps what was read."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{origin}#record{n + 1}"
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in ctype.lower():
                continue
            payload = record.content_stream().read()
            missing = getattr(record.raw_stream, "limit", 0) or 0
            if missing:
                yield IngestFailure(uri, f"WARC is truncated or malformed after {n} HTML record(s): "
                                         f"this record lacks {missing} byte(s)")
                return
            n += 1
            yield html_to_article(payload, uri)
    except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, OSError, ValueError) as exc:
        yield IngestFailure(origin, f"WARC is truncated or malformed after {n} HTML record(s): "
                                    f"{type(exc).__name__}: {exc}")
        return
    if n == 0:
        yield IngestFailure(origin, "no HTML responses found in the WARC", kind="skipped")


def read_warc_file(path: Path) -> Iterator[Outcome]:
    try:
        with path.open("rb") as f:
            yield from read_warc_stream(f, str(path))
    except OSError as exc:
        yield IngestFailure(str(path), f"cannot read: {exc.strerror or exc}")
