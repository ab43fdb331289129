"""Store: SQLite (default) or PostgreSQL via SQLAlchemy 2."""

from rasd.store.store import EventRecord, Store, StoreStats

__all__ = ["EventRecord", "Store", "StoreStats"]
