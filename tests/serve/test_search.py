"""Full-text search is Arabic-normalization-aware (not alias-aware) and filters compose."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from rasd.store.search import SearchFilters, match_spans, query_terms, search_documents, snippet
from tests.serve.annotations import DEIR_EZ_ZOR, KHABAROVSK

SEED = "seed-article.txt"
HOSTILE = "hostile.txt"
SAUDI = "JA-internationalNews-196-20161028"
IRAN = "JA-internationalNews-1248-20170619"
LIBYA = "JA-internationalNews-950-20170525"
QATAR = "JA-internationalNews-1101-20170605"
TUNISIA = "JA-politic-307-20170321"


@pytest.fixture(scope="module")
def session(hand_db):
    from rasd.store import Store

    store = Store(hand_db, create=False)
    with store.session() as s:
        yield s
    store.close()


def origins(session, **kw) -> set[str]:
    page = search_documents(session, SearchFilters(**kw), per_page=100)
    return {h.origin for h in page.items}


@pytest.mark.parametrize("query, must_find, must_not_find", [
    ("هيئه", {SEED, HOSTILE}, set()),  # teh marbuta: هيئه finds هيئة
    ("افغانستان", {SEED}, set()),  # hamza on alef: finds أفغانستان
    ("الهَيْئَة", {SEED}, set()),  # diacritics in the query are ignored
    ("تـحـريـر الشـام", {SEED, HOSTILE}, set()),  # tatweel ignored, words ANDed
    ("سورية", {SEED}, set()),
    ("سوريا", {TUNISIA}, {SEED}),  # سوريا/سورية is an alias, not a normalization
    ("طالبان", {SEED}, {SAUDI}),  # finds وحركة طالبان (clitic) too
    ("٠٥ جوان", {QATAR}, set()),  # Arabic-Indic digits -> ASCII
    ('"قطع العلاقات"', {QATAR, TUNISIA}, set()),  # a quoted phrase
    ("الحوثيين صاروخ", {SAUDI}, {IRAN}),
])
def test_normalization_aware_search(session, query, must_find, must_not_find):
    found = origins(session, q=query)
    assert must_find <= found
    assert not (must_not_find & found)


def test_query_terms_normalize_like_the_index():
    assert query_terms('"قطع   العلاقات" أفغانستان أفغانستان') == ["قطع العلاقات", "افغانستان"]
    assert query_terms("الهَيْئَة") == ["الهيئه"]
    assert query_terms("  ") == []


def test_short_terms_fall_back_to_like_and_long_terms_use_fts(session):
    assert search_documents(session, SearchFilters(q="طالبان")).engine == "fts5"
    short = search_documents(session, SearchFilters(q="قم"))
    assert short.engine == "like"
    mixed = origins(session, q="طالبان ال")
    assert mixed == {SEED}


@pytest.mark.parametrize("filters, expected", [
    (dict(event_type="ASSAULT"), {SAUDI, IRAN, HOSTILE}),
    (dict(event_type="COERCE", modality="reported"), {SEED}),
    (dict(event_type="COERCE", mode="arrest"), {SEED, LIBYA}),
    (dict(actor="taliban"), {SEED}),
    (dict(place=DEIR_EZ_ZOR), {IRAN}),
    (dict(place=KHABAROVSK), {SEED}),
    (dict(outlet="الوطن"), {SEED}),
    (dict(source="irn.irgc"), {IRAN}),
    (dict(source="sana"), {SEED}),
    (dict(since="2017-06-01", until="2017-06-30"), {IRAN, QATAR, "JA-internationalNews-1212-20170615"}),
    (dict(q="الصواريخ", since="2017-01-01"), {IRAN}),
    (dict(q="صاروخ", until="2016-12"), {SAUDI}),
    (dict(q="هيئه", event_type="ASSAULT"), {HOSTILE}),
])
def test_filters(session, filters, expected):
    assert origins(session, **filters) == expected


def test_pagination_and_total(session):
    first = search_documents(session, SearchFilters(), page=1, per_page=4)
    second = search_documents(session, SearchFilters(), page=2, per_page=4)
    assert first.total == second.total == 10
    assert len(first.items) == 4 and not {h.id for h in first.items} & {h.id for h in second.items}
    dates = [h.published for h in first.items]
    assert dates == sorted(dates, reverse=True)


def test_sql_metacharacters_are_data(session):
    for q in ("' OR 1=1 --", "%", "_", '"; DROP TABLE documents; --', "NEAR(a b)", "*"):
        page = search_documents(session, SearchFilters(q=q))
        assert page.total == 0, q
    assert search_documents(session, SearchFilters()).total == 10


def test_like_fallback_matches_fts(hand_db, tmp_path):
    """Without the FTS5 table (another database, or an old SQLite) the LIKE path finds the same."""
    path = tmp_path / "nofts.db"
    shutil.copy(hand_db, path)
    con = sqlite3.connect(path)
    con.executescript("DROP TRIGGER documents_fts_ai; DROP TRIGGER documents_fts_ad; DROP TRIGGER documents_fts_au; "
                      "DROP TABLE documents_fts;")
    con.close()
    from rasd.store import Store

    with Store(hand_db, create=False).session() as fts, Session(create_engine(f"sqlite:///{path}")) as plain:
        for q in ("هيئه", "افغانستان", "الحوثيين صاروخ", '"قطع العلاقات"', "سوريا"):
            a = search_documents(fts, SearchFilters(q=q), per_page=100)
            b = search_documents(plain, SearchFilters(q=q), per_page=100)
            assert a.engine == "fts5" and b.engine == "like"
            assert {h.id for h in a.items} == {h.id for h in b.items}, q


def test_fts_index_follows_new_documents(writable_db):
    import rasd
    from rasd.store import Store

    store = Store(writable_db)
    r = rasd.load()("أعلنت وزارة الدفاع الأفغانية مقتل عشرة مسلحين في ولاية هلمند.", origin="new.txt",
                    published="2024-02-01")
    assert store.add(r)
    with store.session() as s:
        assert {h.origin for h in search_documents(s, SearchFilters(q="هلمند")).items} == {"new.txt"}
        assert search_documents(s, SearchFilters(q="هلمند")).engine == "fts5"


@pytest.mark.parametrize("text, query, marked", [
    ("قالت «الهَيْئَةُ» إنها سيطرت", "الهيئه", "الهَيْئَةُ"),
    ("وصل وفد إلى أفغانستان أمس", "افغانستان", "أفغانستان"),
    ("تـحـريـر الشام", "تحرير", "تـحـريـر"),
])
def test_snippet_marks_the_original_text(text, query, marked):
    segs = snippet(text, query_terms(query))
    assert [s.text for s in segs if s.hit] == [marked]
    assert "".join(s.text for s in segs) == text
    assert match_spans(text, query_terms(query))
