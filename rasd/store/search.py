"""Normalization-aware full-text search over stored documents, with analyst filters.

Documents keep ``search_text = normalize_key(text)``; a query is normalized the same
way, so هيئه finds هيئة, افغانستان finds أفغانستان and diacritics/tatweel are ignored
(aliases such as سوريا/سورية are *not* normalization and are not merged here).
Each query term must occur as a substring of the normalized text, which also finds
clitic forms (وطالبان، لطالبان). On SQLite an FTS5 trigram index (``documents_fts``)
answers terms of three or more characters; shorter terms and other databases fall
back to ``LIKE`` on ``documents.search_text``. All SQL uses bound parameters.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import Float, String, func, or_, select, text, tuple_
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from rasd.store.models import AttributionRow, DocumentRow, EventRow, MentionRow
from rasd.text.normalize import normalize_key, normalize_with_offsets

log = logging.getLogger(__name__)

FTS_TABLE = "documents_fts"
MIN_TRIGRAM = 3

_FTS_DDL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(doc_id UNINDEXED, body, tokenize='trigram')",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ai AFTER INSERT ON documents BEGIN "
    f"INSERT INTO {FTS_TABLE}(doc_id, body) VALUES (new.id, new.search_text); END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ad AFTER DELETE ON documents BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE doc_id = old.id; END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_au AFTER UPDATE OF search_text ON documents BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE doc_id = old.id; "
    f"INSERT INTO {FTS_TABLE}(doc_id, body) VALUES (new.id, new.search_text); END",
)


def ensure_fts_index(engine: Engine) -> bool:
    """Create (and back-fill) the FTS5 trigram index on SQLite; False when unavailable.

    Triggers keep it in step with ``documents`` for every later writer, so it is built once.
    """
    if engine.dialect.name != "sqlite":
        return False
    with engine.begin() as conn:
        present = conn.execute(text("SELECT 1 FROM sqlite_master WHERE type='table' AND name=:n"),
                               {"n": FTS_TABLE}).first()
        if present:
            return True
        try:
            for ddl in _FTS_DDL:
                conn.execute(text(ddl))
        except OperationalError as exc:  # SQLite built without FTS5 or trigram (< 3.34)
            log.warning("full-text index unavailable (%s); search falls back to LIKE", exc.orig)
            return False
        conn.execute(text(f"INSERT INTO {FTS_TABLE}(doc_id, body) SELECT id, search_text FROM documents"))
    return True


def has_fts_index(session: Session) -> bool:
    if session.get_bind().dialect.name != "sqlite":
        return False
    return session.execute(text("SELECT 1 FROM sqlite_master WHERE type='table' AND name=:n"),
                           {"n": FTS_TABLE}).first() is not None


# -- queries ------------------------------------------------------------------------

_TERM_RE = re.compile(r'"([^"]+)"|(\S+)')


def query_terms(query: str) -> list[str]:
    """Normalized terms of a query: quoted phrases stay whole, other words split on spaces."""
    terms: list[str] = []
    for phrase, word in _TERM_RE.findall(normalize_key(query)):
        term = " ".join((phrase or word).split())
        if term and term not in terms:
            terms.append(term)
    return terms


@dataclass(frozen=True)
class SearchFilters:
    """What an analyst narrows a search by; empty fields do not filter."""

    q: str = ""
    event_type: Optional[str] = None
    mode: Optional[str] = None
    actor: Optional[str] = None  # actor id: mentioned in the document
    place: Optional[str] = None  # place id: mentioned, or where an event happened
    since: Optional[str] = None  # publication date range, YYYY-MM-DD
    until: Optional[str] = None
    outlet: Optional[str] = None
    modality: Optional[str] = None
    source: Optional[str] = None  # attribution source actor id (any level)

    def event_filtered(self) -> bool:
        return bool(self.event_type or self.mode or self.modality or self.source)


@dataclass(frozen=True)
class Segment:
    """A piece of a snippet; ``hit`` pieces matched the query."""

    text: str
    hit: bool = False


@dataclass
class DocHit:
    id: str
    title: Optional[str]
    source: Optional[str]
    published: Optional[str]
    origin: Optional[str]
    snippet: list[Segment] = field(default_factory=list)


@dataclass
class SearchPage:
    total: int
    page: int
    per_page: int
    items: list[DocHit]
    terms: list[str]
    engine: str  # "fts5" or "like"


def like_pattern(term: str) -> str:
    """``%term%`` with LIKE's own wildcards in ``term`` escaped (use with ``escape="\\"``)."""
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _fts_expr(terms: list[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _apply_filters(q: Select, f: SearchFilters) -> Select:
    """Filters as uncorrelated ``IN (subquery)``: evaluated once, whatever the planner knows about selectivity."""
    D, M, E, A = DocumentRow, MentionRow, EventRow, AttributionRow
    if f.since:
        q = q.where(D.published >= f.since)
    if f.until:
        q = q.where(D.published <= f.until)
    if f.outlet:
        q = q.where(D.source == f.outlet)
    if f.actor:
        q = q.where(D.id.in_(select(M.doc_id).where(M.actor_id == f.actor)))
    if f.place:
        q = q.where(or_(D.id.in_(select(M.doc_id).where(M.place_id == f.place)),
                        D.id.in_(select(E.doc_id).where(E.place_id == f.place))))
    if f.event_filtered():
        ev = select(E.doc_id)
        if f.event_type:
            ev = ev.where(E.type == f.event_type.upper())
        if f.mode:
            ev = ev.where(E.mode == f.mode)
        if f.modality:
            ev = ev.where(E.modality == f.modality)
        if f.source:
            ev = ev.where(tuple_(E.doc_id, E.eid).in_(select(A.doc_id, A.eid).where(A.actor_id == f.source)))
        q = q.where(D.id.in_(ev))
    return q


def search_documents(session: Session, f: SearchFilters, page: int = 1, per_page: int = 20,
                     snippet_chars: int = 160) -> SearchPage:
    """One page of documents matching ``f``: by relevance when there is a query, else newest first."""
    terms = query_terms(f.q)
    use_fts = has_fts_index(session) and any(len(t) >= MIN_TRIGRAM for t in terms)
    D = DocumentRow
    base = select(D.id)
    order = [D.published.desc(), D.id]
    if use_fts:
        long_terms = [t for t in terms if len(t) >= MIN_TRIGRAM]
        fts = (text(f"SELECT doc_id, rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_q")
               .bindparams(fts_q=_fts_expr(long_terms))
               .columns(doc_id=String, rank=Float).subquery("fts"))
        base = base.join(fts, fts.c.doc_id == D.id)
        order = [fts.c.rank, D.published.desc(), D.id]
        short_terms = [t for t in terms if len(t) < MIN_TRIGRAM]
    else:
        short_terms = terms
    for t in short_terms:
        base = base.where(D.search_text.like(like_pattern(t), escape="\\"))
    base = _apply_filters(base, f)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    page = max(page, 1)
    rows = session.execute(
        base.add_columns(D.title, D.source, D.published, D.origin, D.text)
        .order_by(*order).limit(per_page).offset((page - 1) * per_page)).all()
    items = [DocHit(id=r[0], title=r[1], source=r[2], published=r[3], origin=r[4],
                    snippet=snippet(r[5], terms, snippet_chars)) for r in rows]
    return SearchPage(total=total, page=page, per_page=per_page, items=items, terms=terms,
                      engine="fts5" if use_fts else "like")


# -- snippets -------------------------------------------------------------------------

def match_spans(text_: str, terms: list[str]) -> list[tuple[int, int]]:
    """Original-text ``[start, end)`` of every occurrence of the normalized ``terms``."""
    if not terms:
        return []
    norm = normalize_with_offsets(text_)
    spans: list[tuple[int, int]] = []
    for term in terms:
        i = norm.text.find(term)
        while i >= 0:
            spans.append(norm.to_original(i, i + len(term)))
            i = norm.text.find(term, i + len(term))
    return _merge(sorted(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _spans_near_first_hit(text_: str, terms: list[str], width: int) -> list[tuple[int, int]]:
    """Like :func:`match_spans`, but maps offsets only in a window around the first hit.

    The normalized key is one C-level ``translate``; the offset map is a Python loop, so it runs over
    a window, not the whole article. Normalization is per character, so a window maps exactly; if
    deletions (dense diacritics) push the hit outside the window, fall back to the whole text.
    """
    if not terms:
        return []
    key = normalize_key(text_)
    found = [i for t in terms if (i := key.find(t)) >= 0]
    if not found:
        return []
    pos = min(found)
    lo = max(0, pos - width)
    hi = min(len(text_), lo + 2 * (pos - lo) + 3 * width + 2 * max(len(t) for t in terms))
    spans = [(s + lo, e + lo) for s, e in match_spans(text_[lo:hi], terms)]
    return spans or match_spans(text_, terms)


def snippet(text_: str, terms: list[str], width: int = 160) -> list[Segment]:
    """A window of the original text around the first hit, hits marked (plain text, not HTML)."""
    spans = _spans_near_first_hit(text_, terms, width)
    if not spans:
        head = text_[:width]
        return [Segment(head + ("…" if len(text_) > width else ""))]
    first = spans[0][0]
    start = max(0, first - width // 3)
    while start > 0 and not text_[start - 1].isspace() and first - start < width // 2:
        start -= 1
    end = min(len(text_), start + width)
    segs: list[Segment] = [Segment("…")] if start > 0 else []
    pos = start
    for s, e in spans:
        if s >= end:
            break
        s, e = max(s, pos), min(e, end)
        if s > pos:
            segs.append(Segment(text_[pos:s]))
        if e > s:
            segs.append(Segment(text_[s:e], hit=True))
        pos = max(pos, e)
    if pos < end:
        segs.append(Segment(text_[pos:end]))
    if end < len(text_):
        segs.append(Segment("…"))
    return segs
