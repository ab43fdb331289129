"""Read queries behind the web UI, the JSON API and the exports.

Everything is parameterized SQLAlchemy Core/ORM; lists are paginated or bounded, and
:func:`iter_events` streams (``yield_per``) so exports never hold a whole store in memory.
An event's date is its own date, else its document's publication date.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator, Optional

from sqlalchemy import case, distinct, func, literal, or_, select, tuple_, union_all
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import Select

from rasd.store.models import ActorRow, AttributionRow, DocumentRow, EventRow, MentionRow, PlaceRow, RelationRow
from rasd.store.search import like_pattern
from rasd.store.views import (
    ActorOut,
    ActorProfile,
    ActorSummary,
    ActorTimelineBucket,
    AttributionOut,
    Count,
    DocRef,
    Edge,
    EventOut,
    Facets,
    LocationOut,
    Network,
    Node,
    Page,
    PlacePoint,
    RelationOut,
    Role,
    Span,
    StoreSummary,
    TimeBucket,
)

MAX_PER_PAGE = 200
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_DATE = EventRow.sort_date  # the event's date, else its document's publication date


def until_inclusive(value: Optional[str]) -> Optional[str]:
    """``until=2017-06`` means to the end of June: compare against the end of the period."""
    if value is None or len(value) == 10:
        return value
    return value + "-99-99"[len(value) - 4:]


@dataclass(frozen=True)
class EventFilters:
    """Event filters; empty fields do not filter. Dates compare with the event date."""

    type: Optional[str] = None
    mode: Optional[str] = None
    actor: Optional[str] = None  # as actor1 or actor2
    actor1: Optional[str] = None
    actor2: Optional[str] = None
    place: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None
    modality: Optional[str] = None
    source: Optional[str] = None  # attribution actor at any level
    outlet: Optional[str] = None
    doc_id: Optional[str] = None


def where_events(q: Select, f: EventFilters) -> Select:
    E = EventRow
    if f.type:
        q = q.where(E.type == f.type.upper())
    if f.mode:
        q = q.where(E.mode == f.mode)
    if f.actor:
        q = q.where(or_(E.actor1_id == f.actor, E.actor2_id == f.actor))
    if f.actor1:
        q = q.where(E.actor1_id == f.actor1)
    if f.actor2:
        q = q.where(E.actor2_id == f.actor2)
    if f.place:
        q = q.where(E.place_id == f.place)
    if f.since:
        q = q.where(EVENT_DATE >= f.since)
    if f.until:
        q = q.where(EVENT_DATE <= f.until)
    if f.modality:
        q = q.where(E.modality == f.modality)
    if f.outlet:
        q = q.where(E.doc_id.in_(select(DocumentRow.id).where(DocumentRow.source == f.outlet)))
    if f.doc_id:
        q = q.where(E.doc_id == f.doc_id)
    if f.source:
        A = AttributionRow
        q = q.where(tuple_(E.doc_id, E.eid).in_(select(A.doc_id, A.eid).where(A.actor_id == f.source)))
    return q


_A1, _A2 = aliased(ActorRow, name="a1"), aliased(ActorRow, name="a2")


def _event_select() -> Select:
    E, D, P = EventRow, DocumentRow, PlaceRow
    return (select(E, D.title, D.source, D.published, D.origin, _A1.name, _A2.name, P.name, P.lat, P.lon,
                   P.country)
            .join(D, D.id == E.doc_id)
            .outerjoin(_A1, _A1.id == E.actor1_id)
            .outerjoin(_A2, _A2.id == E.actor2_id)
            .outerjoin(P, P.id == E.place_id))


def _role(actor: Optional[str], name: Optional[str], text: Optional[str], code: Optional[str]) -> Optional[Role]:
    if actor is None and text is None:
        return None
    return Role(actor=actor, name=name, text=text or "", code=code)


def _attributions(raw: str, names: dict[str, str]) -> list[AttributionOut]:
    return [AttributionOut(actor=a.get("actor"), name=names.get(a.get("actor") or ""), text=a["text"],
                           cue=a["cue"], start=a["start"], end=a["end"]) for a in json.loads(raw)]


def _event_out(row, names: dict[str, str]) -> EventOut:
    ev, title, source, published, origin, a1name, a2name, pname, lat, lon, country = row
    loc = None
    if ev.place_id or ev.location_text:
        loc = LocationOut(place=ev.place_id, name=pname, text=ev.location_text or "", lat=lat, lon=lon,
                          country=country)
    return EventOut(
        id=f"{ev.doc_id}:{ev.eid}", doc_id=ev.doc_id, eid=ev.eid, type=ev.type, mode=ev.mode, cameo=ev.cameo,
        context=json.loads(ev.context), date=ev.date or published,
        date_precision=ev.date_precision if ev.date else ("published" if published else None),
        date_text=ev.date_text,
        trigger=Span(start=ev.trigger_start, end=ev.trigger_end, text=ev.trigger_text),
        actor1=_role(ev.actor1_id, a1name, ev.actor1_text, ev.actor1_code),
        actor2=_role(ev.actor2_id, a2name, ev.actor2_text, ev.actor2_code),
        location=loc, quantity=ev.quantity, modality=ev.modality,
        attribution=_attributions(ev.attribution, names), sentence=ev.sentence_text, method=ev.method,
        confidence=ev.confidence,
        document=DocRef(id=ev.doc_id, title=title, source=source, published=published, origin=origin))


def _attribution_names(session: Session, rows) -> dict[str, str]:
    ids = {a["actor"] for r in rows for a in json.loads(r[0].attribution) if a.get("actor")}
    return actor_names(session, ids)


def actor_names(session: Session, ids) -> dict[str, str]:
    ids = [i for i in set(ids) if i]
    if not ids:
        return {}
    return dict(session.execute(select(ActorRow.id, ActorRow.name).where(ActorRow.id.in_(ids))).all())


def clamp_page(page: int, per_page: int) -> tuple[int, int]:
    return max(page, 1), min(max(per_page, 1), MAX_PER_PAGE)


def list_events(session: Session, f: EventFilters, page: int = 1, per_page: int = 50,
                newest_first: bool = True) -> Page[EventOut]:
    page, per_page = clamp_page(page, per_page)
    count_q = where_events(select(func.count()).select_from(EventRow), f)
    total = session.scalar(count_q) or 0
    order = (EVENT_DATE.desc(), EventRow.doc_id, EventRow.eid) if newest_first else (
        EVENT_DATE, EventRow.doc_id, EventRow.eid)
    rows = session.execute(where_events(_event_select(), f).order_by(*order)
                           .limit(per_page).offset((page - 1) * per_page)).all()
    names = _attribution_names(session, rows)
    return Page[EventOut](total=total, page=page, per_page=per_page, items=[_event_out(r, names) for r in rows])


def iter_events(session: Session, f: EventFilters = EventFilters(), chunk: int = 2000) -> Iterator[EventOut]:
    """Every matching event, oldest first, fetched ``chunk`` rows at a time."""
    q = where_events(_event_select(), f).order_by(EVENT_DATE, EventRow.doc_id, EventRow.eid)
    result = session.execute(q.execution_options(yield_per=chunk))
    for rows in result.partitions():
        names = _attribution_names(session, rows)
        for r in rows:
            yield _event_out(r, names)


# -- documents and the home page -------------------------------------------------------

def doc_ref(session: Session, doc_id: str) -> Optional[DocRef]:
    D = DocumentRow
    row = session.execute(select(D.id, D.title, D.source, D.published, D.origin).where(D.id == doc_id)).first()
    return DocRef(id=row[0], title=row[1], source=row[2], published=row[3], origin=row[4]) if row else None


def list_documents(session: Session, page: int = 1, per_page: int = 20) -> Page[DocRef]:
    page, per_page = clamp_page(page, per_page)
    D = DocumentRow
    total = session.scalar(select(func.count()).select_from(D)) or 0
    rows = session.execute(select(D.id, D.title, D.source, D.published, D.origin)
                           .order_by(D.published.desc(), D.ingested_at.desc(), D.id)
                           .limit(per_page).offset((page - 1) * per_page)).all()
    return Page[DocRef](total=total, page=page, per_page=per_page,
                        items=[DocRef(id=r[0], title=r[1], source=r[2], published=r[3], origin=r[4]) for r in rows])


def summary(session: Session, recent: int = 10) -> StoreSummary:
    def n(model) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return StoreSummary(documents=n(DocumentRow), events=n(EventRow), actors=n(ActorRow), places=n(PlaceRow),
                        relations=n(RelationRow), recent=list_documents(session, 1, recent).items)


def facets(session: Session) -> Facets:
    def values(col) -> list[str]:
        return [v for v in session.scalars(select(col).distinct().where(col.is_not(None)).order_by(col)) if v]

    lo, hi = session.execute(select(func.min(DocumentRow.published), func.max(DocumentRow.published))).one()
    return Facets(event_types=values(EventRow.type), modes=values(EventRow.mode),
                  modalities=values(EventRow.modality), outlets=values(DocumentRow.source),
                  relation_types=values(RelationRow.type), published_min=lo, published_max=hi)


# -- actors ----------------------------------------------------------------------------

def get_actor(session: Session, actor_id: str) -> Optional[ActorOut]:
    a = session.get(ActorRow, actor_id)
    if a is None:
        return None
    return ActorOut(id=a.id, name=a.name, name_en=a.name_en, type=a.type, code=a.code,
                    aliases=json.loads(a.aliases), known=a.known)


def resolve_actor(session: Session, value: Optional[str]) -> Optional[str]:
    """An actor id from what an analyst typed: an id, or a name/alias (normalized); else ``value`` itself."""
    from rasd.text.normalize import normalize_key

    if not value or session.get(ActorRow, value) is not None:
        return value
    key = normalize_key(value.strip())
    found = session.scalars(select(ActorRow.id).where(ActorRow.name_key == key).order_by(ActorRow.id)).first()
    if found:
        return found
    for aid, aliases in session.execute(select(ActorRow.id, ActorRow.aliases)
                                        .where(ActorRow.aliases.like(like_pattern(value.strip()), escape="\\"))
                                        .order_by(ActorRow.id)):
        if any(normalize_key(a) == key for a in json.loads(aliases)):
            return aid
    return value


def list_actors(session: Session, q: str = "", page: int = 1, per_page: int = 50) -> Page[ActorSummary]:
    """Actors by number of mentions; ``q`` matches the normalized name, id or code."""
    from rasd.text.normalize import normalize_key

    page, per_page = clamp_page(page, per_page)
    A = ActorRow
    counts = (select(MentionRow.actor_id.label("aid"), func.count().label("n"),
                     func.count(distinct(MentionRow.doc_id)).label("d"))
              .where(MentionRow.actor_id.is_not(None)).group_by(MentionRow.actor_id).subquery())
    base = select(A, func.coalesce(counts.c.n, 0), func.coalesce(counts.c.d, 0)).outerjoin(
        counts, counts.c.aid == A.id)
    if q.strip():
        raw = q.strip()
        base = base.where(or_(A.name_key.like(like_pattern(normalize_key(raw)), escape="\\"), A.id == raw,
                              func.lower(A.code) == raw.lower(), A.aliases.like(like_pattern(raw), escape="\\")))
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    rows = session.execute(base.order_by(func.coalesce(counts.c.n, 0).desc(), A.name)
                           .limit(per_page).offset((page - 1) * per_page)).all()
    return Page[ActorSummary](total=total, page=page, per_page=per_page, items=[
        ActorSummary(id=a.id, name=a.name, name_en=a.name_en, type=a.type, code=a.code, known=a.known,
                     mentions=n, documents=d) for a, n, d in rows])


def _relations(session: Session, actor_id: str, limit: int) -> list[RelationOut]:
    R, D = RelationRow, DocumentRow
    subj, obj = aliased(ActorRow, name="s"), aliased(ActorRow, name="o")
    rows = session.execute(
        select(R, subj.name, obj.name, D.title, D.source, D.published, D.origin)
        .join(D, D.id == R.doc_id).outerjoin(subj, subj.id == R.subject_id).outerjoin(obj, obj.id == R.object_id)
        .where(or_(R.subject_id == actor_id, R.object_id == actor_id))
        .order_by(D.published.desc(), R.doc_id, R.idx).limit(limit)).all()
    names = actor_names(session, {a["actor"] for r in rows for a in json.loads(r[0].attribution) if a.get("actor")})
    return [RelationOut(type=r.type, subject=r.subject_id, subject_name=sn, object=r.object_id, object_name=on,
                        role=r.role, evidence=Span(start=r.evidence_start, end=r.evidence_end, text=r.evidence_text),
                        attribution=_attributions(r.attribution, names), confidence=r.confidence,
                        document=DocRef(id=r.doc_id, title=t, source=src, published=pub, origin=org))
            for r, sn, on, t, src, pub, org in rows]


def _sources(session: Session, actor_id: str, doc_ids: list[str], n_top: int) -> list[Count]:
    """Who is cited (innermost attribution) for the actor's events in ``doc_ids``; the rest: the outlet itself."""
    from rasd.text.normalize import normalize_key

    A, E = AttributionRow, EventRow
    innermost: dict[tuple[str, str], tuple[int, Optional[str], str]] = {}
    n_events = 0
    # driven by the documents (primary-key prefix), filtered here: an actor-index plan would visit every
    # event of a frequent actor once per chunk
    for i in range(0, len(doc_ids), 900):  # bound the number of parameters per statement
        chunk = doc_ids[i:i + 900]
        mine = {(d, e) for d, e, a1, a2 in session.execute(
            select(E.doc_id, E.eid, E.actor1_id, E.actor2_id).where(E.doc_id.in_(chunk))) if actor_id in (a1, a2)}
        n_events += len(mine)
        for doc_id, eid, level, aid, text_ in session.execute(
                select(A.doc_id, A.eid, A.level, A.actor_id, A.text).where(A.doc_id.in_(chunk))):
            if (doc_id, eid) in mine and ((doc_id, eid) not in innermost or level > innermost[doc_id, eid][0]):
                innermost[doc_id, eid] = (level, aid, text_)
    names = actor_names(session, {aid for _, aid, _ in innermost.values() if aid})
    merged: dict[str, Count] = {}
    for (aid, text_), n in Counter((aid, text_) for _, aid, text_ in innermost.values()).items():
        key = aid or "text:" + normalize_key(text_)
        c = merged.get(key)
        merged[key] = Count(key=aid, label=names.get(aid or "") or text_, n=n + (c.n if c else 0))
    cited = sum(c.n for c in merged.values())
    out = sorted(merged.values(), key=lambda c: (-c.n, c.label))[:n_top]
    if n_events > cited:
        out.append(Count(key=None, label="الوسيلة نفسها (بلا إسناد)", n=n_events - cited))
    return out


def _co_actors(session: Session, actor_id: str, doc_ids: list[str], n_top: int) -> list[Count]:
    """Actors mentioned in ``doc_ids`` (besides ``actor_id``), by number of those documents."""
    counts: Counter = Counter()
    M = MentionRow
    for i in range(0, len(doc_ids), 900):  # bound the number of parameters per statement
        chunk = doc_ids[i:i + 900]
        for aid, n in session.execute(
                select(M.actor_id, func.count(distinct(M.doc_id)))
                .where(M.doc_id.in_(chunk), M.actor_id.is_not(None), M.actor_id != actor_id).group_by(M.actor_id)):
            counts[aid] += n
    top = counts.most_common(n_top)
    names = actor_names(session, [a for a, _ in top])
    return [Count(key=a, label=names.get(a, a), n=n) for a, n in top]


def actor_profile(session: Session, actor_id: str, n_events: int = 50, n_top: int = 15,
                  sample: int = 1000) -> Optional[ActorProfile]:
    """Everything the actor page shows. Who is cited for its events, co-occurring actors and outlets are
    counted over the actor's ``sample`` most recent documents (all of them for most actors), which bounds
    the cost for the few actors mentioned everywhere; ``sample_documents`` says how many were used."""
    actor = get_actor(session, actor_id)
    if actor is None:
        return None
    M, E, D = MentionRow, EventRow, DocumentRow
    n_mentions, n_docs = session.execute(
        select(func.count(), func.count(distinct(M.doc_id))).where(M.actor_id == actor_id)).one()
    involved = or_(E.actor1_id == actor_id, E.actor2_id == actor_id)
    events = list_events(session, EventFilters(actor=actor_id), 1, n_events)
    period = func.substr(EVENT_DATE, 1, 7)
    timeline = [ActorTimelineBucket(period=p, as_actor1=a1 or 0, as_actor2=a2 or 0) for p, a1, a2 in session.execute(
        select(period, func.sum(case((E.actor1_id == actor_id, 1), else_=0)),
               func.sum(case((E.actor2_id == actor_id, 1), else_=0)))
        .where(involved, EVENT_DATE.is_not(None)).group_by(period).order_by(period))]
    recent_rows = session.execute(
        select(D.id, D.title, D.source, D.published, D.origin)
        .where(D.id.in_(select(M.doc_id).where(M.actor_id == actor_id)))
        .order_by(D.published.desc(), D.id).limit(sample)).all()
    ids = [r[0] for r in recent_rows]
    outlets = [Count(label=o, n=n) for o, n in Counter(r[2] for r in recent_rows if r[2]).most_common(n_top)]
    co_actors = _co_actors(session, actor_id, ids, n_top)
    sources = _sources(session, actor_id, ids, n_top)
    recent = [DocRef(id=i, title=t, source=s_, published=p, origin=o) for i, t, s_, p, o in recent_rows[:n_top]]
    return ActorProfile(actor=actor, mentions=n_mentions, documents=n_docs, sample_documents=min(n_docs, sample),
                        events_total=events.total,
                        events=events.items, timeline=timeline, relations=_relations(session, actor_id, 100),
                        sources=sources, outlets=outlets, co_actors=co_actors, recent_documents=recent)


# -- network, map, timeline ------------------------------------------------------------

@dataclass(frozen=True)
class NetworkFilters:
    """``type`` is a PLOVER event type (upper case: only those events) or a relation type
    (lower case: only those relations); ``kind`` picks events, relations or both."""

    type: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None
    kind: str = "all"  # all | event | relation
    max_nodes: int = 150
    max_edges: int = 600

    def wants(self, kind: str) -> bool:
        if self.type:
            return kind == ("relation" if self.type.islower() else "event")
        return self.kind in ("all", kind)


@dataclass(frozen=True)
class EdgeAgg:
    """Events (per actor1 -> actor2 and type) or relations (per subject -> object and type), aggregated."""

    source: str
    target: str
    kind: str  # event | relation
    type: str
    weight: int
    first: Optional[str]
    last: Optional[str]


def _edge_parts(f: NetworkFilters, among: Optional[list[str]] = None) -> list[Select]:
    """SELECTs of (source, target, kind, type, weight, first, last) grouped per actor pair and type."""
    E, R, D = EventRow, RelationRow, DocumentRow
    parts = []
    if f.wants("event"):
        q = (select(E.actor1_id.label("s"), E.actor2_id.label("t"), literal("event").label("k"), E.type.label("ty"),
                    func.count().label("w"), func.min(EVENT_DATE).label("first"), func.max(EVENT_DATE).label("last"))
             .where(E.actor1_id.is_not(None), E.actor2_id.is_not(None), E.actor1_id != E.actor2_id))
        if among is not None:
            q = q.where(E.actor1_id.in_(among), E.actor2_id.in_(among))
        q = where_events(q, EventFilters(type=f.type, since=f.since, until=f.until))
        parts.append(q.group_by(E.actor1_id, E.actor2_id, E.type))
    if f.wants("relation"):
        q = (select(R.subject_id.label("s"), R.object_id.label("t"), literal("relation").label("k"),
                    R.type.label("ty"), func.count().label("w"), func.min(D.published).label("first"),
                    func.max(D.published).label("last")).join(D, D.id == R.doc_id))
        if among is not None:
            q = q.where(R.subject_id.in_(among), R.object_id.in_(among))
        if f.type:
            q = q.where(R.type == f.type)
        if f.since:
            q = q.where(D.published >= f.since)
        if f.until:
            q = q.where(D.published <= f.until)
        parts.append(q.group_by(R.subject_id, R.object_id, R.type))
    return parts


def iter_edges(session: Session, f: NetworkFilters) -> Iterator[EdgeAgg]:
    """Every aggregated edge, computed in SQL (one row per actor pair and type, not per event)."""
    parts = _edge_parts(f)
    if not parts:
        return
    stmt = union_all(*parts) if len(parts) > 1 else parts[0]
    for s, t, kind, ty, w, first, last in session.execute(stmt.execution_options(yield_per=5000)):
        yield EdgeAgg(s, t, kind, ty, w, first, last)


def node_weights(session: Session, f: NetworkFilters) -> Counter:
    """Per actor: the events and relations it takes part in with another actor (matching ``f``).

    Counted per actor pair in SQL (the pair index covers it), summed per actor here.
    """
    E, R, D = EventRow, RelationRow, DocumentRow
    pairs = []
    if f.wants("event"):
        q = (select(E.actor1_id, E.actor2_id, func.count())
             .where(E.actor1_id.is_not(None), E.actor2_id.is_not(None), E.actor1_id != E.actor2_id))
        q = where_events(q, EventFilters(type=f.type, since=f.since, until=f.until))
        pairs.append(q.group_by(E.actor1_id, E.actor2_id))
    if f.wants("relation"):
        q = select(R.subject_id, R.object_id, func.count()).join(D, D.id == R.doc_id)
        if f.type:
            q = q.where(R.type == f.type)
        if f.since:
            q = q.where(D.published >= f.since)
        if f.until:
            q = q.where(D.published <= f.until)
        pairs.append(q.group_by(R.subject_id, R.object_id))
    weights: Counter = Counter()
    for q in pairs:
        for a, b, n in session.execute(q):
            weights[a] += n
            weights[b] += n
    return weights


def network(session: Session, f: NetworkFilters) -> Network:
    """Actors as nodes; events (actor1 -> actor2, per type) and relations as weighted edges.

    Only the ``f.max_nodes`` heaviest actors and the ``f.max_edges`` heaviest edges between them
    are returned (a readable picture, a bounded response); ``truncated`` says when anything was cut.
    """
    weight = node_weights(session, f)
    ranked = sorted(weight, key=lambda a: (-weight[a], a))[:f.max_nodes]
    parts = _edge_parts(f, among=ranked) if ranked else []
    rows = []
    if parts:
        stmt = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery("edges")
        rows = session.execute(select(stmt).order_by(stmt.c.w.desc(), stmt.c.s, stmt.c.t, stmt.c.ty)
                               .limit(f.max_edges + 1)).all()
    edges = [Edge(source=s, target=t, kind=k, type=ty, weight=w) for s, t, k, ty, w, _, _ in rows[:f.max_edges]]
    linked = {e.source for e in edges} | {e.target for e in edges}
    shown = [a for a in ranked if a in linked]  # an actor whose edges were all cut is not drawn alone
    info = {a.id: a for a in session.scalars(select(ActorRow).where(ActorRow.id.in_(shown)))} if shown else {}
    nodes = [Node(id=a, name=info[a].name if a in info else a, type=info[a].type if a in info else "?",
                  code=info[a].code if a in info else None, weight=weight[a]) for a in shown]
    return Network(nodes=nodes, edges=edges, truncated=len(weight) > len(shown) or len(rows) > f.max_edges)


def map_points(session: Session, f: EventFilters) -> list[PlacePoint]:
    """Places with coordinates and the number of matching events there, by type."""
    E, P = EventRow, PlaceRow
    q = where_events(select(E.place_id, E.type, func.count()).where(E.place_id.is_not(None)), f)
    q = q.group_by(E.place_id, E.type)
    by_place: dict[str, dict[str, int]] = {}
    for pid, ty, n in session.execute(q):
        by_place.setdefault(pid, {})[ty] = n
    if not by_place:
        return []
    places = session.scalars(select(P).where(P.id.in_(list(by_place)), P.lat.is_not(None), P.lon.is_not(None)))
    out = [PlacePoint(id=p.id, name=p.name, name_en=p.name_en, feature=p.feature, country=p.country, lat=p.lat,
                      lon=p.lon, events=sum(by_place[p.id].values()), by_type=by_place[p.id]) for p in places]
    return sorted(out, key=lambda p: (-p.events, p.id))


def timeline(session: Session, f: EventFilters, bucket: str = "month") -> list[TimeBucket]:
    """Matching events per period (``day``/``month``/``year`` of the event date), by type."""
    width = {"day": 10, "month": 7, "year": 4}[bucket]
    period = func.substr(EVENT_DATE, 1, width)
    q = where_events(select(period, EventRow.type, func.count()).where(EVENT_DATE.is_not(None)), f)
    q = q.group_by(period, EventRow.type).order_by(period)
    by_period: dict[str, dict[str, int]] = {}
    for p, ty, n in session.execute(q):
        by_period.setdefault(p, {})[ty] = n
    return [TimeBucket.model_construct(period=p, n=sum(d.values()), by_type=d) for p, d in by_period.items()]


def get_place(session: Session, place_id: str) -> Optional[PlaceRow]:
    return session.get(PlaceRow, place_id)
