"""Actors with their counts (mentions, documents, events as actor1/actor2) to CSV or JSON Lines, streamed."""

from __future__ import annotations

import json
from typing import IO, Iterator

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from rasd.export.events import write_csv, write_jsonl
from rasd.store.models import ActorRow, EventRow, MentionRow

ACTOR_COLUMNS: tuple[str, ...] = ("id", "name", "name_en", "type", "code", "known", "aliases", "mentions",
                                  "documents", "events_as_actor1", "events_as_actor2")


def iter_actor_rows(session: Session) -> Iterator[dict]:
    """Every actor, most mentioned first; ``aliases`` `` | ``-joined."""
    M, E, A = MentionRow, EventRow, ActorRow
    men = (select(M.actor_id.label("aid"), func.count().label("n"), func.count(distinct(M.doc_id)).label("d"))
           .where(M.actor_id.is_not(None)).group_by(M.actor_id).subquery())
    e1 = select(E.actor1_id.label("aid"), func.count().label("n")).where(E.actor1_id.is_not(None)).group_by(
        E.actor1_id).subquery()
    e2 = select(E.actor2_id.label("aid"), func.count().label("n")).where(E.actor2_id.is_not(None)).group_by(
        E.actor2_id).subquery()
    n_men = func.coalesce(men.c.n, 0)
    q = (select(A, n_men, func.coalesce(men.c.d, 0), func.coalesce(e1.c.n, 0), func.coalesce(e2.c.n, 0))
         .outerjoin(men, men.c.aid == A.id).outerjoin(e1, e1.c.aid == A.id).outerjoin(e2, e2.c.aid == A.id)
         .order_by(n_men.desc(), A.id))
    for a, n, d, n1, n2 in session.execute(q.execution_options(yield_per=2000)):
        yield {"id": a.id, "name": a.name, "name_en": a.name_en, "type": a.type, "code": a.code,
               "known": bool(a.known), "aliases": " | ".join(json.loads(a.aliases)) or None, "mentions": n,
               "documents": d, "events_as_actor1": n1, "events_as_actor2": n2}


def export_actors(session: Session, fmt: str, out: IO[str]) -> int:
    rows = iter_actor_rows(session)
    if fmt == "csv":
        return write_csv(rows, out, ACTOR_COLUMNS)
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    raise ValueError(f"unknown format {fmt!r}: use csv or jsonl")
