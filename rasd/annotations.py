"""Typed annotations that pipeline components attach to a spaCy ``Doc``.

Components read and enrich one :class:`DocState` per document (``doc._.rasd``);
:mod:`rasd.pipeline` turns it into the output contract (:mod:`rasd.schema`).
All offsets are character offsets into ``doc.text`` (the original text).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc


@dataclass
class DocMeta:
    origin: Optional[str] = None
    title: Optional[str] = None
    source: Optional[str] = None
    published: Optional[dt.date] = None


@dataclass(eq=False)
class MentionAnn:
    """A named entity or a linked nominal reference."""

    start: int
    end: int
    label: str
    method: str  # "model" | "dictionary" | "coreference" | ...
    confidence: float
    actor: Optional[str] = None
    place: Optional[str] = None
    reason: Optional[str] = None
    antecedent: Optional["MentionAnn"] = None  # for coreference

    def text(self, doc: Doc) -> str:
        return doc.text[self.start:self.end]


@dataclass
class ActorInfo:
    """An actor referenced in the document (registry or discovered)."""

    id: str
    name: str
    type: str
    known: bool
    name_en: Optional[str] = None
    code: Optional[str] = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class PlaceInfo:
    id: str
    name: str
    feature: str  # city | country | region | facility
    name_en: Optional[str] = None
    country: Optional[str] = None  # ISO2
    lat: Optional[float] = None
    lon: Optional[float] = None


@dataclass
class ArgAnn:
    """An event argument: a span, optionally tied to a mention, actor or place."""

    start: int
    end: int
    actor: Optional[str] = None
    code: Optional[str] = None
    place: Optional[str] = None
    mention: Optional[MentionAnn] = None


@dataclass
class AttributionAnn:
    start: int
    end: int
    cue: str
    actor: Optional[str] = None


@dataclass
class DateAnn:
    value: Optional[str]
    precision: str  # day | month | year | before | after
    start: Optional[int] = None
    end: Optional[int] = None
    text: Optional[str] = None  # raw date text when it has no span (e.g. the publication date)


@dataclass
class QuantityAnn:
    value: float
    start: int
    end: int


@dataclass
class EventAnn:
    type: str
    trigger_start: int
    trigger_end: int
    sentence: int
    method: str
    confidence: float
    mode: Optional[str] = None
    cameo: Optional[str] = None
    context: list[str] = field(default_factory=list)
    actor1: Optional[ArgAnn] = None
    actor2: Optional[ArgAnn] = None
    location: Optional[ArgAnn] = None
    date: Optional[DateAnn] = None
    quantity: Optional[QuantityAnn] = None
    modality: str = "asserted"
    attribution: list[AttributionAnn] = field(default_factory=list)
    reason: Optional[str] = None


@dataclass
class RelationAnn:
    type: str
    subject: str
    object: str
    evidence_start: int
    evidence_end: int
    confidence: float
    role: Optional[str] = None
    attribution: list[AttributionAnn] = field(default_factory=list)
    method: Optional[str] = None


@dataclass
class DocState:
    """Everything the pipeline learns about one document."""

    meta: DocMeta = field(default_factory=DocMeta)
    mentions: list[MentionAnn] = field(default_factory=list)
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    places: dict[str, PlaceInfo] = field(default_factory=dict)
    events: list[EventAnn] = field(default_factory=list)
    relations: list[RelationAnn] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def ensure_extensions() -> None:
    """Register ``Doc._.rasd`` (idempotent)."""
    if not Doc.has_extension("rasd"):
        Doc.set_extension("rasd", default=None)


def state(doc: Doc) -> DocState:
    """The doc's :class:`DocState`, created on first use."""
    ensure_extensions()
    st = doc._.rasd
    if st is None:
        st = DocState()
        doc._.rasd = st
    return st
