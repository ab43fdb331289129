"""The store: one writer, one transaction per document, idempotent by text hash.

``Store("rasd.db")`` (SQLite path) or ``Store("postgresql+psycopg://…")`` (a SQLAlchemy URL).
All SQL goes through SQLAlchemy with bound parameters.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Sequence

from sqlalchemy import create_engine, event, func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from rasd.schema import Result
from rasd.store.models import (
    SCHEMA_REVISION,
    ActorRow,
    AttributionRow,
    Base,
    DocumentRow,
    EventRow,
    FailureRow,
    MentionRow,
    Meta,
    PlaceRow,
    RelationRow,
)
from rasd.store.search import ensure_fts_index
from rasd.store.upgrade import upgrade
from rasd.text.normalize import normalize_key


def _url(target: str | Path) -> str:
    s = str(target)
    return s if "://" in s else f"sqlite:///{Path(s).expanduser()}"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class StoreStats:
    documents: int = 0
    tokens: int = 0
    mentions: int = 0
    actors_known: int = 0
    actors_discovered: int = 0
    places: int = 0
    events: int = 0
    relations: int = 0
    failures: int = 0
    events_by_type: dict[str, int] = field(default_factory=dict)
    mentions_by_label: dict[str, int] = field(default_factory=dict)
    top_actors: list[tuple[str, str, int]] = field(default_factory=list)  # id, name, mentions
    published_range: tuple[Optional[str], Optional[str]] = (None, None)


@dataclass
class EventRecord:
    doc_id: str
    eid: str
    type: str
    mode: Optional[str]
    cameo: Optional[str]
    date: Optional[str]
    date_precision: Optional[str]
    actor1: Optional[str]
    actor1_code: Optional[str]
    actor2: Optional[str]
    actor2_code: Optional[str]
    location: Optional[str]
    modality: str
    attribution: list[str]
    trigger: str
    sentence: str
    origin: Optional[str]

    def to_dict(self) -> dict:
        return dict(self.__dict__)


class Store:
    def __init__(self, target: str | Path, *, create: bool = True):
        url = _url(target)
        if url.startswith("sqlite:///") and not create:
            path = Path(url.removeprefix("sqlite:///"))
            if not path.exists():
                raise FileNotFoundError(f"database {path} does not exist (create it with `rasd ingest … --db {path}`)")
        self.engine: Engine = create_engine(url, future=True)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        Base.metadata.create_all(self.engine)
        upgrade(self.engine)  # additive columns/indexes for databases made by older versions
        self.fts = ensure_fts_index(self.engine)  # SQLite FTS5 trigram index for search (False: LIKE fallback)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        with self._session.begin() as s:
            if s.get(Meta, "schema_revision") is None:
                s.add(Meta(key="schema_revision", value=str(SCHEMA_REVISION)))

    def session(self) -> Session:
        return self._session()

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ------------------------------------------------------------------

    def has_text(self, text: str) -> bool:
        with self._session() as s:
            return s.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == text_sha256(text))) is not None

    def add(self, result: Result, n_tokens: int = 0) -> bool:
        """Store one result in one transaction. False if the same text is already stored."""
        doc = result.document
        sha = text_sha256(doc.text)
        with self._session.begin() as s:
            if s.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == sha)) is not None:
                return False
            s.add(DocumentRow(
                id=doc.id, sha256=sha, origin=doc.origin, title=doc.title, source=doc.source,
                published=doc.published, language=doc.language, text=doc.text,
                search_text=normalize_key(doc.text), n_tokens=n_tokens or len(doc.text.split()),
                warnings=json.dumps(result.warnings, ensure_ascii=False),
                result_json=result.to_json(), rasd_version=result.rasd_version, ingested_at=_now()))
            s.flush()  # the document row first: rows without an ORM relationship are not ordered by FK
            for a in result.actors:
                s.merge(ActorRow(id=a.id, name=a.name, name_key=normalize_key(a.name), name_en=a.name_en,
                                 type=a.type, code=a.code, known=a.known,
                                 aliases=json.dumps(a.aliases, ensure_ascii=False)))
            for p in result.places:
                s.merge(PlaceRow(id=p.id, name=p.name, name_en=p.name_en, feature=p.feature,
                                 country=p.country, lat=p.lat, lon=p.lon))
            for m in result.mentions:
                s.add(MentionRow(doc_id=doc.id, mid=m.id, start=m.start, end=m.end, text=m.text, label=m.label,
                                 actor_id=m.actor, place_id=m.place, method=m.method, confidence=m.confidence))
            sentences = result.sentences
            for e in result.events:
                sent = sentences[e.sentence] if 0 <= e.sentence < len(sentences) else None
                attrs = e.attribution
                s.add(EventRow(
                    doc_id=doc.id, eid=e.id, type=e.type, mode=e.mode, cameo=e.cameo,
                    context=json.dumps(e.context), sentence=e.sentence,
                    sentence_text=doc.text[sent.start:sent.end] if sent else "",
                    trigger_start=e.trigger.start, trigger_end=e.trigger.end, trigger_text=e.trigger.text,
                    actor1_id=e.actor1.actor if e.actor1 else None, actor1_code=e.actor1.code if e.actor1 else None,
                    actor1_text=e.actor1.text if e.actor1 else None,
                    actor2_id=e.actor2.actor if e.actor2 else None, actor2_code=e.actor2.code if e.actor2 else None,
                    actor2_text=e.actor2.text if e.actor2 else None,
                    place_id=e.location.place if e.location else None,
                    location_text=e.location.text if e.location else None,
                    date=e.date.value if e.date else None, date_precision=e.date.precision if e.date else None,
                    sort_date=(e.date.value if e.date and e.date.value else None) or doc.published,
                    date_text=e.date.text if e.date else None,
                    quantity=e.quantity.value if e.quantity else None, modality=e.modality,
                    source_actor_id=attrs[-1].actor if attrs else None,
                    attribution=json.dumps([a.model_dump() for a in attrs], ensure_ascii=False),
                    method=e.method, confidence=e.confidence))
                for level, a in enumerate(attrs):
                    s.add(AttributionRow(doc_id=doc.id, eid=e.id, level=level, actor_id=a.actor, text=a.text,
                                         cue=a.cue))
            for i, r in enumerate(result.relations):
                s.add(RelationRow(doc_id=doc.id, idx=i, type=r.type, subject_id=r.subject, object_id=r.object,
                                  role=r.role, evidence_start=r.evidence.start, evidence_end=r.evidence.end,
                                  evidence_text=r.evidence.text,
                                  attribution=json.dumps([a.model_dump() for a in r.attribution],
                                                         ensure_ascii=False),
                                  confidence=r.confidence))
        return True

    def add_failure(self, origin: str, reason: str, kind: str = "error") -> None:
        with self._session.begin() as s:
            s.add(FailureRow(origin=origin, reason=reason, kind=kind, at=_now()))

    # -- reading ------------------------------------------------------------------

    def get_result(self, doc_id: str) -> Result | None:
        with self._session() as s:
            raw = s.scalar(select(DocumentRow.result_json).where(DocumentRow.id == doc_id))
        return Result.model_validate_json(raw) if raw else None

    def iter_results(self) -> Iterator[Result]:
        with self._session() as s:
            for raw in s.scalars(select(DocumentRow.result_json).order_by(DocumentRow.id)):
                yield Result.model_validate_json(raw)

    def stats(self, top: int = 10) -> StoreStats:
        with self._session() as s:
            st = StoreStats(
                documents=s.scalar(select(func.count()).select_from(DocumentRow)) or 0,
                tokens=s.scalar(select(func.coalesce(func.sum(DocumentRow.n_tokens), 0))) or 0,
                mentions=s.scalar(select(func.count()).select_from(MentionRow)) or 0,
                actors_known=s.scalar(select(func.count()).select_from(ActorRow).where(ActorRow.known)) or 0,
                actors_discovered=s.scalar(
                    select(func.count()).select_from(ActorRow).where(ActorRow.known.is_(False))) or 0,
                places=s.scalar(select(func.count()).select_from(PlaceRow)) or 0,
                events=s.scalar(select(func.count()).select_from(EventRow)) or 0,
                relations=s.scalar(select(func.count()).select_from(RelationRow)) or 0,
                failures=s.scalar(select(func.count()).select_from(FailureRow)
                                  .where(FailureRow.kind == "error")) or 0,
            )
            st.events_by_type = dict(s.execute(
                select(EventRow.type, func.count()).group_by(EventRow.type).order_by(func.count().desc())).all())
            st.mentions_by_label = dict(s.execute(
                select(MentionRow.label, func.count()).group_by(MentionRow.label)
                .order_by(func.count().desc())).all())
            rows = s.execute(
                select(MentionRow.actor_id, ActorRow.name, func.count().label("n"))
                .join(ActorRow, ActorRow.id == MentionRow.actor_id)
                # unnamed actors without a country (agent.cop: "police", anywhere) are not one actor
                .where(~(ActorRow.id.like("agent.%") & ~ActorRow.id.like("agent.%.%")))
                .group_by(MentionRow.actor_id, ActorRow.name).order_by(func.count().desc()).limit(top)).all()
            st.top_actors = [(r[0], r[1], r[2]) for r in rows]
            st.published_range = tuple(s.execute(
                select(func.min(DocumentRow.published), func.max(DocumentRow.published))).one())
        return st

    def find_actor_ids(self, name_or_id: str) -> list[str]:
        """Actor ids whose id equals, or whose name/alias key equals, ``name_or_id``."""
        key = normalize_key(name_or_id)
        with self._session() as s:
            ids = set(s.scalars(select(ActorRow.id).where(or_(ActorRow.id == name_or_id,
                                                               ActorRow.name_key == key))))
            if not ids:
                for aid, aliases in s.execute(select(ActorRow.id, ActorRow.aliases)):
                    if any(normalize_key(a) == key for a in json.loads(aliases)):
                        ids.add(aid)
        return sorted(ids)

    def query_events(self, *, types: Sequence[str] = (), actor: str | None = None,
                     since: str | None = None, until: str | None = None,
                     limit: int = 100, offset: int = 0) -> list[EventRecord]:
        """Events filtered by PLOVER type, actor (id or name, as actor1 or actor2) and date range.

        The date is the event's own date, else the document's publication date.
        """
        date_col = func.coalesce(EventRow.date, DocumentRow.published)
        q = (select(EventRow, DocumentRow.origin, DocumentRow.published)
             .join(DocumentRow, DocumentRow.id == EventRow.doc_id))
        if types:
            q = q.where(EventRow.type.in_([t.upper() for t in types]))
        if actor:
            ids = self.find_actor_ids(actor)
            if not ids:
                return []
            q = q.where(or_(EventRow.actor1_id.in_(ids), EventRow.actor2_id.in_(ids)))
        if since:
            q = q.where(date_col >= since)
        if until:
            q = q.where(date_col <= until)
        q = q.order_by(date_col, EventRow.doc_id, EventRow.eid).limit(limit).offset(offset)
        out = []
        with self._session() as s:
            for ev, origin, published in s.execute(q).all():
                out.append(EventRecord(
                    doc_id=ev.doc_id, eid=ev.eid, type=ev.type, mode=ev.mode, cameo=ev.cameo,
                    date=ev.date or published, date_precision=ev.date_precision if ev.date else (
                        "published" if published else None),
                    actor1=ev.actor1_text, actor1_code=ev.actor1_code, actor2=ev.actor2_text,
                    actor2_code=ev.actor2_code, location=ev.location_text, modality=ev.modality,
                    attribution=[a["text"] for a in json.loads(ev.attribution)], trigger=ev.trigger_text,
                    sentence=ev.sentence_text, origin=origin))
        return out


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
