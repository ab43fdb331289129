"""What the UI added to the store: FTS5 index, events.sort_date, read indexes — also on older databases."""

from __future__ import annotations

import sqlite3

import pytest

from rasd.store import Store
from rasd.store.search import SearchFilters, query_terms, search_documents, snippet


def _old_style(db: str) -> None:
    """Make ``db`` look like a store written before the UI existed: no sort_date, no FTS, no new indexes."""
    con = sqlite3.connect(db)
    con.executescript(
        "DROP TRIGGER documents_fts_ai; DROP TRIGGER documents_fts_ad; DROP TRIGGER documents_fts_au;"
        "DROP TABLE documents_fts; DROP INDEX ix_events_sort_date; DROP INDEX ix_events_type_sort;"
        "DROP INDEX ix_events_pair; DROP INDEX ix_events_place_type; DROP INDEX ix_mentions_actor_doc;"
        "DROP INDEX ix_mentions_doc_actor; ALTER TABLE events DROP COLUMN sort_date;")
    con.close()


def test_older_store_is_upgraded_on_open(writable_db):
    _old_style(writable_db)
    con = sqlite3.connect(writable_db)
    assert "sort_date" not in {r[1] for r in con.execute("PRAGMA table_info(events)")}
    con.close()
    store = Store(writable_db, create=False)
    assert store.fts
    con = sqlite3.connect(writable_db)
    cols = {r[1] for r in con.execute("PRAGMA table_info(events)")}
    indexes = {r[1] for r in con.execute("SELECT type, name FROM sqlite_master WHERE type='index'")}
    dates = dict(con.execute("SELECT eid || '@' || doc_id, sort_date FROM events"))
    con.close()
    assert "sort_date" in cols
    assert {"ix_events_sort_date", "ix_events_pair", "ix_mentions_actor_doc"} <= indexes
    assert all(dates.values()) and len(dates) == 10
    with store.session() as s:  # back-filled FTS answers like before
        assert {h.origin for h in search_documents(s, SearchFilters(q="هيئه")).items} == {
            "seed-article.txt", "hostile.txt"}
    Store(writable_db, create=False)  # idempotent


def test_sort_date_is_event_date_else_published(hand_db):
    con = sqlite3.connect(hand_db)
    rows = dict(con.execute("SELECT e.trigger_text, e.sort_date FROM events e"))
    con.close()
    assert rows["القبض"] == "2017-05-24"  # the event's own date (أمس الأربعاء)
    assert rows["أطلقت"] == "2017-06-19"  # no event date: the publication date


@pytest.mark.parametrize("prefix, word, marked", [
    ("كلمة " * 3000, "الهَيْئَةُ", "الهَيْئَةُ"),  # hit far into a long article
    ("بِسْمِ اللَّهِ " * 800, "أفغانستان", "أفغانستان"),  # dense diacritics before the hit
    ("ﻻ ﺍﻟﻬﻴﺌﺔ " * 400, "طالبان", "طالبان"),  # presentation forms (one char -> two) before the hit
])
def test_snippet_window_finds_late_hits(prefix, word, marked):
    text = prefix + word + " في النهاية"
    segs = snippet(text, query_terms(word.replace("\u064e", "")))
    assert [s.text for s in segs if s.hit] == [marked]
    assert "".join(s.text for s in segs).strip("…") in text
