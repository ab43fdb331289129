"""The JSON API: every HTML page's data under /api (paginated), plus token-protected upload."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from rasd.schema import Result
from rasd.serve import params
from rasd.serve.params import Paging
from rasd.serve.upload import UploadIn, UploadOut, require_token, store_upload
from rasd.store import queries
from rasd.store.queries import EventFilters, NetworkFilters
from rasd.store.search import SearchFilters, search_documents
from rasd.store.views import (
    ActorProfile,
    ActorSummary,
    DocRef,
    EventOut,
    Facets,
    Network,
    Page,
    PlacePoint,
    StoreSummary,
    TimeBucket,
)

router = APIRouter(prefix="/api", tags=["api"])


def session(request: Request) -> Iterator[Session]:
    with request.app.state.store.session() as s:
        yield s


class SnippetPart(BaseModel):
    text: str
    hit: bool


class SearchItem(BaseModel):
    id: str
    title: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None
    origin: Optional[str] = None
    snippet: list[SnippetPart]


class SearchOut(BaseModel):
    total: int
    page: int
    per_page: int
    terms: list[str] = Field(description="the query as normalized terms")
    engine: str = Field(description="fts5 (SQLite trigram index) or like")
    items: list[SearchItem]


class MapOut(BaseModel):
    points: list[PlacePoint]
    events_without_coordinates: int = Field(description="matching events whose place has no lat/lon (or no place)")


class TimelineOut(BaseModel):
    bucket: str
    items: list[TimeBucket]


def with_actor_ids(s: Session, f):
    """``f`` with actor fields given as names (طالبان، حركة طالبان) turned into actor ids."""
    fields = [n for n in ("actor", "actor1", "actor2", "source") if getattr(f, n, None)]
    return replace(f, **{n: queries.resolve_actor(s, getattr(f, n)) for n in fields}) if fields else f


def cached(request: Request, s: Session, key, compute):
    """``compute()``, remembered until the store changes (aggregates only; see rasd.serve.cache)."""
    return request.app.state.cache.get(s, key, compute)


def get_profile(request: Request, s: Session, actor_id: str) -> Optional[ActorProfile]:
    return cached(request, s, ("actor", actor_id), lambda: queries.actor_profile(s, actor_id))


def get_network(request: Request, s: Session, f: NetworkFilters) -> Network:
    return cached(request, s, ("network", f), lambda: queries.network(s, f))


def get_timeline(request: Request, s: Session, f: EventFilters, bucket: str) -> list[TimeBucket]:
    return cached(request, s, ("timeline", f, bucket), lambda: queries.timeline(s, f, bucket))


def get_map(request: Request, s: Session, f: EventFilters) -> "MapOut":
    return cached(request, s, ("map", f), lambda: map_data(s, f))


def run_search(s: Session, f: SearchFilters, page: Paging) -> SearchOut:
    res = search_documents(s, with_actor_ids(s, f), page.page, min(page.per_page, 100))
    return SearchOut(total=res.total, page=res.page, per_page=res.per_page, terms=res.terms, engine=res.engine,
                     items=[SearchItem(id=h.id, title=h.title, source=h.source, published=h.published,
                                       origin=h.origin,
                                       snippet=[SnippetPart(text=x.text, hit=x.hit) for x in h.snippet])
                            for h in res.items])


def map_data(s: Session, f: EventFilters) -> MapOut:
    points = queries.map_points(s, f)
    total = queries.list_events(s, f, 1, 1).total
    return MapOut(points=points, events_without_coordinates=total - sum(p.events for p in points))


@router.get("/summary", response_model=StoreSummary, summary="What the store holds (home page)")
def api_summary(s: Session = Depends(session)) -> StoreSummary:
    return queries.summary(s)


@router.get("/facets", response_model=Facets, summary="Values present, for filter menus")
def api_facets(request: Request, s: Session = Depends(session)) -> Facets:
    return request.app.state.cache.get(s, "facets", lambda: queries.facets(s))


@router.get("/search", response_model=SearchOut, summary="Arabic-normalized full-text search with filters")
def api_search(f: SearchFilters = Depends(params.search_filters), page: Paging = Depends(params.paging),
               s: Session = Depends(session)) -> SearchOut:
    return run_search(s, f, page)


@router.get("/documents", response_model=Page[DocRef], summary="Documents, newest first")
def api_documents(page: Paging = Depends(params.paging), s: Session = Depends(session)) -> Page[DocRef]:
    return queries.list_documents(s, page.page, page.per_page)


@router.get("/documents/{doc_id}", response_model=Result, summary="One document: its full output contract")
def api_document(doc_id: str, request: Request) -> Result:
    result = request.app.state.store.get_result(doc_id)
    if result is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return result


@router.get("/events", response_model=Page[EventOut], summary="Events with their roles, newest first")
def api_events(f: EventFilters = Depends(params.event_filters), page: Paging = Depends(params.paging),
               s: Session = Depends(session)) -> Page[EventOut]:
    return queries.list_events(s, with_actor_ids(s, f), page.page, page.per_page)


@router.get("/actors", response_model=Page[ActorSummary], summary="Actors by number of mentions")
def api_actors(q: str = Query("", max_length=200, description="name (normalized), id or code"),
               page: Paging = Depends(params.paging), s: Session = Depends(session)) -> Page[ActorSummary]:
    return queries.list_actors(s, q, page.page, page.per_page)


@router.get("/actors/{actor_id}", response_model=ActorProfile, summary="An actor's profile")
def api_actor(actor_id: str, request: Request, s: Session = Depends(session)) -> ActorProfile:
    profile = get_profile(request, s, actor_id)
    if profile is None:
        raise HTTPException(404, f"no actor {actor_id!r}")
    return profile


@router.get("/network", response_model=Network, summary="Actors and their event/relation edges")
def api_network(request: Request, f: NetworkFilters = Depends(params.network_filters),
                s: Session = Depends(session)) -> Network:
    return get_network(request, s, f)


@router.get("/map", response_model=MapOut, summary="Events by place (lat/lon)")
def api_map(request: Request, f: EventFilters = Depends(params.event_filters),
            s: Session = Depends(session)) -> MapOut:
    return get_map(request, s, with_actor_ids(s, f))


@router.get("/timeline", response_model=TimelineOut, summary="Events per period, by type")
def api_timeline(request: Request, f: EventFilters = Depends(params.event_filters),
                 bucket: str = Query("month", pattern="^(day|month|year)$"),
                 s: Session = Depends(session)) -> TimelineOut:
    return TimelineOut(bucket=bucket, items=get_timeline(request, s, with_actor_ids(s, f), bucket))


@router.post("/documents", response_model=UploadOut, status_code=201,
             summary="Upload a document (needs the token): runs the pipeline and stores the result",
             responses={401: {"description": "missing or wrong token"},
                        403: {"description": "uploads disabled (no RASD_TOKEN configured)"},
                        413: {"description": "body too large"}})
def api_upload(body: UploadIn, request: Request, _: None = Depends(require_token)) -> UploadOut:
    return store_upload(request.app, body)
