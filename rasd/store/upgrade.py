"""Additive upgrades of databases made by older rasd versions (new columns and indexes only).

``create_all`` makes missing tables but never alters existing ones, so columns and indexes
added later are created here, and new columns are back-filled. Idempotent and cheap when
there is nothing to do (one schema inspection).
"""

from __future__ import annotations

import logging

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from rasd.store.models import Base, EventRow

log = logging.getLogger(__name__)

_BACKFILL_SORT_DATE = (
    "UPDATE events SET sort_date = COALESCE(date, "
    "(SELECT published FROM documents WHERE documents.id = events.doc_id)) WHERE sort_date IS NULL"
)


def upgrade(engine: Engine) -> None:
    insp = inspect(engine)
    columns = {c["name"] for c in insp.get_columns(EventRow.__tablename__)}
    with engine.begin() as conn:
        if "sort_date" not in columns:
            log.info("upgrading the store: adding events.sort_date")
            conn.execute(text("ALTER TABLE events ADD COLUMN sort_date VARCHAR(10)"))
            conn.execute(text(_BACKFILL_SORT_DATE))
        for table in Base.metadata.sorted_tables:
            existing = {ix["name"] for ix in insp.get_indexes(table.name)}
            for index in table.indexes:
                if index.name not in existing:
                    index.create(conn, checkfirst=True)
