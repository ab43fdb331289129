"""Database schema (SQLAlchemy 2). SQLite by default; the same models work on PostgreSQL.

Documents keep their full contract JSON (what the UI renders); mentions, actors, places,
events, attributions and relations are also stored as rows so they can be queried.
"""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA_REVISION = 1


class Base(DeclarativeBase):
    pass


class Meta(Base):
    __tablename__ = "rasd_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DocumentRow(Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    origin: Mapped[Optional[str]] = mapped_column(Text)
    title: Mapped[Optional[str]] = mapped_column(Text)
    source: Mapped[Optional[str]] = mapped_column(String(200), index=True)
    published: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text)  # normalized key form, for Arabic-aware search
    n_tokens: Mapped[int] = mapped_column(Integer)
    warnings: Mapped[str] = mapped_column(Text)  # JSON list
    result_json: Mapped[str] = mapped_column(Text)
    rasd_version: Mapped[str] = mapped_column(String(32))
    ingested_at: Mapped[str] = mapped_column(String(32))


class ActorRow(Base):
    __tablename__ = "actors"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, index=True)
    name_en: Mapped[Optional[str]] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(8))
    code: Mapped[Optional[str]] = mapped_column(String(32), index=True)
    known: Mapped[bool]
    aliases: Mapped[str] = mapped_column(Text)  # JSON list


class PlaceRow(Base):
    __tablename__ = "places"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_en: Mapped[Optional[str]] = mapped_column(Text)
    feature: Mapped[str] = mapped_column(String(16))
    country: Mapped[Optional[str]] = mapped_column(String(2))
    lat: Mapped[Optional[float]] = mapped_column(Float)
    lon: Mapped[Optional[float]] = mapped_column(Float)


class MentionRow(Base):
    __tablename__ = "mentions"
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    mid: Mapped[str] = mapped_column(String(16), primary_key=True)
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(8), index=True)
    actor_id: Mapped[Optional[str]] = mapped_column(String(80), index=True)
    place_id: Mapped[Optional[str]] = mapped_column(String(80), index=True)
    method: Mapped[str] = mapped_column(String(32))
    confidence: Mapped[float]


class EventRow(Base):
    __tablename__ = "events"
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    eid: Mapped[str] = mapped_column(String(16), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[Optional[str]] = mapped_column(String(64))
    cameo: Mapped[Optional[str]] = mapped_column(String(8))
    context: Mapped[str] = mapped_column(Text)  # JSON list
    sentence: Mapped[int]
    sentence_text: Mapped[str] = mapped_column(Text)
    trigger_start: Mapped[int]
    trigger_end: Mapped[int]
    trigger_text: Mapped[str] = mapped_column(Text)
    actor1_id: Mapped[Optional[str]] = mapped_column(String(80), index=True)
    actor1_code: Mapped[Optional[str]] = mapped_column(String(32))
    actor1_text: Mapped[Optional[str]] = mapped_column(Text)
    actor2_id: Mapped[Optional[str]] = mapped_column(String(80), index=True)
    actor2_code: Mapped[Optional[str]] = mapped_column(String(32))
    actor2_text: Mapped[Optional[str]] = mapped_column(Text)
    place_id: Mapped[Optional[str]] = mapped_column(String(80), index=True)
    location_text: Mapped[Optional[str]] = mapped_column(Text)
    date: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    # the event's date, else its document's publication date: what lists sort and filter by
    sort_date: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    date_precision: Mapped[Optional[str]] = mapped_column(String(8))
    date_text: Mapped[Optional[str]] = mapped_column(Text)
    quantity: Mapped[Optional[float]] = mapped_column(Float)
    modality: Mapped[str] = mapped_column(String(16), index=True)
    source_actor_id: Mapped[Optional[str]] = mapped_column(String(80), index=True)  # innermost attribution
    attribution: Mapped[str] = mapped_column(Text)  # JSON list, outermost first
    method: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float]


class AttributionRow(Base):
    __tablename__ = "attributions"
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    eid: Mapped[str] = mapped_column(String(16), primary_key=True)
    level: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0 = outermost
    actor_id: Mapped[Optional[str]] = mapped_column(String(80), index=True)
    text: Mapped[str] = mapped_column(Text)
    cue: Mapped[str] = mapped_column(Text)


class RelationRow(Base):
    __tablename__ = "relations"
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    subject_id: Mapped[str] = mapped_column(String(80), index=True)
    object_id: Mapped[str] = mapped_column(String(80), index=True)
    role: Mapped[Optional[str]] = mapped_column(Text)
    evidence_start: Mapped[int]
    evidence_end: Mapped[int]
    evidence_text: Mapped[str] = mapped_column(Text)
    attribution: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float]


class FailureRow(Base):
    __tablename__ = "failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin: Mapped[str] = mapped_column(Text, index=True)
    reason: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[str] = mapped_column(String(32))


Index("ix_events_doc_type", EventRow.doc_id, EventRow.type)
# read paths of the web UI / exports (rasd.store.upgrade creates them in older databases too)
Index("ix_events_type_sort", EventRow.type, EventRow.sort_date)
Index("ix_events_pair", EventRow.actor1_id, EventRow.actor2_id, EventRow.type, EventRow.sort_date)  # network
Index("ix_events_place_type", EventRow.place_id, EventRow.type, EventRow.sort_date)  # map
Index("ix_mentions_actor_doc", MentionRow.actor_id, MentionRow.doc_id)
Index("ix_mentions_doc_actor", MentionRow.doc_id, MentionRow.actor_id)
