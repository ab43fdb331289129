"""Query parameters shared by the HTML pages and their JSON twins (same names, same meaning).

HTML forms send empty strings for unset fields; they count as "no filter".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from fastapi import HTTPException, Query

from rasd.store.queries import DATE_RE, MAX_PER_PAGE, EventFilters, NetworkFilters, until_inclusive
from rasd.store.search import SearchFilters


def opt(value: Optional[str]) -> Optional[str]:
    value = (value or "").strip()
    return value or None


def date(name: str, value: Optional[str]) -> Optional[str]:
    value = opt(value)
    if value and not DATE_RE.match(value):
        raise HTTPException(422, f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


_TYPE = Query(None, alias="type", description="PLOVER event type, e.g. ASSAULT")
_MODE = Query(None, description="PLOVER mode, e.g. arrest")
_SINCE = Query(None, description="from date (YYYY, YYYY-MM or YYYY-MM-DD)")
_UNTIL = Query(None, description="to date, inclusive")
_MODALITY = Query(None, description="asserted | reported | alleged | planned | negated | hypothetical")
_SOURCE = Query(None, description="attribution source actor id (who is cited, at any level)")
_OUTLET = Query(None, description="outlet (document source)")


@dataclass(frozen=True)
class Paging:
    page: int
    per_page: int


def paging(page: int = Query(1, ge=1), per_page: int = Query(50, ge=1, le=MAX_PER_PAGE)) -> Paging:
    return Paging(page, per_page)


def event_filters(type_: Optional[str] = _TYPE, mode: Optional[str] = _MODE,
                  actor: Optional[str] = Query(None, description="actor id, as actor1 or actor2"),
                  actor1: Optional[str] = Query(None), actor2: Optional[str] = Query(None),
                  place: Optional[str] = Query(None, description="place id"),
                  since: Optional[str] = _SINCE, until: Optional[str] = _UNTIL,
                  modality: Optional[str] = _MODALITY, source: Optional[str] = _SOURCE,
                  outlet: Optional[str] = _OUTLET, doc: Optional[str] = Query(None, description="document id"),
                  ) -> EventFilters:
    return EventFilters(type=opt(type_), mode=opt(mode), actor=opt(actor), actor1=opt(actor1), actor2=opt(actor2),
                        place=opt(place), since=date("since", since), until=until_inclusive(date("until", until)),
                        modality=opt(modality), source=opt(source), outlet=opt(outlet), doc_id=opt(doc))


def search_filters(q: str = Query("", max_length=500, description="words or \"a phrase\"; Arabic-normalized"),
                   type_: Optional[str] = _TYPE, mode: Optional[str] = _MODE,
                   actor: Optional[str] = Query(None, description="actor id mentioned in the document"),
                   place: Optional[str] = Query(None, description="place id mentioned or where an event is"),
                   since: Optional[str] = Query(None, description="published from (YYYY[-MM[-DD]])"),
                   until: Optional[str] = Query(None, description="published to, inclusive"),
                   outlet: Optional[str] = _OUTLET, modality: Optional[str] = _MODALITY,
                   source: Optional[str] = _SOURCE) -> SearchFilters:
    return SearchFilters(q=q or "", event_type=opt(type_), mode=opt(mode), actor=opt(actor), place=opt(place),
                         since=date("since", since), until=until_inclusive(date("until", until)),
                         outlet=opt(outlet), modality=opt(modality), source=opt(source))


def network_filters(type_: Optional[str] = Query(None, alias="type",
                                                 description="event type (upper case) or relation type"),
                    since: Optional[str] = _SINCE, until: Optional[str] = _UNTIL,
                    kind: str = Query("all", pattern="^(all|event|relation)$"),
                    max_nodes: int = Query(150, ge=1, le=1000),
                    max_edges: int = Query(600, ge=1, le=20000)) -> NetworkFilters:
    return NetworkFilters(type=opt(type_), since=date("since", since), until=until_inclusive(date("until", until)),
                          kind=kind, max_nodes=max_nodes, max_edges=max_edges)
