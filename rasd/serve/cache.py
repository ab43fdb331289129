"""A small cache for aggregate queries, valid until the store changes.

The store is append-only through :meth:`rasd.store.Store.add`, so the documents' row count and
latest ingestion time identify its state; any write (an upload here, or an ingest in another
process) changes them and so invalidates every entry. Portable SQL (SQLite and PostgreSQL).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable, Hashable, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rasd.store.models import DocumentRow

T = TypeVar("T")


def fingerprint(session: Session) -> tuple:
    return tuple(session.execute(select(func.count(), func.max(DocumentRow.ingested_at))).one())


class StoreCache:
    def __init__(self, maxsize: int = 64):
        self.maxsize = maxsize
        self._data: OrderedDict[Hashable, tuple[tuple, object]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session: Session, key: Hashable, compute: Callable[[], T]) -> T:
        if self.maxsize <= 0:  # caching off
            return compute()
        state = fingerprint(session)
        with self._lock:
            hit = self._data.get(key)
            if hit is not None and hit[0] == state:
                self._data.move_to_end(key)
                return hit[1]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            self._data[key] = (state, value)
            self._data.move_to_end(key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)
        return value
