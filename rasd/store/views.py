"""Typed read models over the store: what the web UI, the JSON API and the exports show.

They are derived from the query tables (``events``, ``mentions``, ``relations``…), not
from the contract: an event here carries names resolved from ``actors``/``places`` and the
document it came from. Offsets of roles other than the trigger live in the contract
(``/api/documents/{id}``).
"""

from __future__ import annotations

from typing import Generic, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class _View(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Page(_View, Generic[T]):
    total: int = Field(description="matching items in all pages")
    page: int = Field(ge=1)
    per_page: int = Field(ge=1)
    items: list[T]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


class DocRef(_View):
    id: str
    title: Optional[str] = None
    source: Optional[str] = Field(None, description="outlet")
    published: Optional[str] = None
    origin: Optional[str] = None


class Role(_View):
    """An event participant: the linked actor (if any), its name and code, and the text."""

    actor: Optional[str] = None
    name: Optional[str] = None
    text: str
    code: Optional[str] = None


class Span(_View):
    start: int
    end: int
    text: str


class LocationOut(_View):
    place: Optional[str] = None
    name: Optional[str] = None
    text: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    country: Optional[str] = None


class AttributionOut(_View):
    actor: Optional[str] = None
    name: Optional[str] = None
    text: str
    cue: str
    start: int
    end: int


class EventOut(_View):
    id: str = Field(description="doc_id:eid, unique in the store")
    doc_id: str
    eid: str
    type: str
    mode: Optional[str] = None
    cameo: Optional[str] = None
    context: list[str] = Field(default_factory=list)
    date: Optional[str] = Field(None, description="event date, else the publication date")
    date_precision: Optional[str] = Field(None, description="day|month|year|before|after, or 'published'")
    date_text: Optional[str] = None
    trigger: Span
    actor1: Optional[Role] = None
    actor2: Optional[Role] = None
    location: Optional[LocationOut] = None
    quantity: Optional[float] = None
    modality: str
    attribution: list[AttributionOut] = Field(default_factory=list, description="outermost first")
    sentence: str
    method: str
    confidence: float
    document: DocRef


class ActorOut(_View):
    id: str
    name: str
    name_en: Optional[str] = None
    type: str
    code: Optional[str] = None
    aliases: list[str] = Field(default_factory=list)
    known: bool


class ActorSummary(_View):
    id: str
    name: str
    name_en: Optional[str] = None
    type: str
    code: Optional[str] = None
    known: bool
    mentions: int = 0
    documents: int = 0


class RelationOut(_View):
    type: str
    subject: str
    subject_name: Optional[str] = None
    object: str
    object_name: Optional[str] = None
    role: Optional[str] = None
    evidence: Span
    attribution: list[AttributionOut] = Field(default_factory=list)
    confidence: float
    document: DocRef


class Count(_View):
    """A labelled count: an actor, an outlet, an attribution source…"""

    key: Optional[str] = Field(None, description="id when the thing has one")
    label: str
    n: int


class TimeBucket(_View):
    period: str = Field(description="YYYY-MM (or YYYY-MM-DD / YYYY)")
    n: int
    by_type: dict[str, int] = Field(default_factory=dict)


class ActorTimelineBucket(_View):
    period: str
    as_actor1: int = 0
    as_actor2: int = 0


class ActorProfile(_View):
    actor: ActorOut
    mentions: int
    documents: int
    sample_documents: int = Field(description="most recent documents that sources, co_actors and outlets are "
                                              "counted over")
    events_total: int
    events: list[EventOut] = Field(description="most recent events as actor1 or actor2")
    timeline: list[ActorTimelineBucket]
    relations: list[RelationOut]
    sources: list[Count] = Field(description="who is cited for its events (innermost attribution); the last "
                                             "item without key counts events with no attribution")
    outlets: list[Count] = Field(description="outlets whose documents mention it")
    co_actors: list[Count] = Field(description="actors mentioned in the same documents")
    recent_documents: list[DocRef]


class Node(_View):
    id: str
    name: str
    type: str
    code: Optional[str] = None
    weight: int = Field(description="events and relations it takes part in (shown)")


class Edge(_View):
    source: str
    target: str
    kind: str = Field(description="event | relation")
    type: str = Field(description="PLOVER event type or relation type")
    weight: int


class Network(_View):
    nodes: list[Node]
    edges: list[Edge]
    truncated: bool = Field(False, description="true when only the heaviest nodes/edges are returned")


class PlacePoint(_View):
    id: str
    name: str
    name_en: Optional[str] = None
    feature: str
    country: Optional[str] = None
    lat: float
    lon: float
    events: int
    by_type: dict[str, int] = Field(default_factory=dict)


class Facets(_View):
    """Values present in the store, for filter menus."""

    event_types: list[str]
    modes: list[str]
    modalities: list[str]
    outlets: list[str]
    relation_types: list[str]
    published_min: Optional[str] = None
    published_max: Optional[str] = None


class StoreSummary(_View):
    documents: int
    events: int
    actors: int
    places: int
    relations: int
    recent: list[DocRef]
