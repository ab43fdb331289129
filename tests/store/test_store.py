import json
from pathlib import Path

import pytest

import rasd
from rasd.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures"

TEXTS = [
    ("a", "2023-03-14", "أعلنت هيئة تحرير الشام أن طالبان في سوريا."),
    ("b", "2023-03-15", "قالت طالبان إن «الهيئة» لم تلتق النصرة."),  # quoted: a bare الهيئة is a common noun
]


@pytest.fixture(scope="module")
def results():
    nlp = rasd.load(user_registry=(str(FIXTURES / "registry_small.tsv"),))
    return [nlp(t, origin=o, published=p) for o, p, t in TEXTS]


def test_add_and_read_back(tmp_db, results):
    store = Store(tmp_db)
    assert store.add(results[0]) is True
    back = store.get_result(results[0].document.id)
    assert back.to_dict() == results[0].to_dict()


def test_same_text_stored_once(tmp_db, results):
    store = Store(tmp_db)
    assert store.add(results[0]) is True
    assert store.add(results[0]) is False
    assert store.has_text(results[0].document.text)
    assert store.stats().documents == 1


def test_stats_counts(tmp_db, results):
    store = Store(tmp_db)
    for r in results:
        store.add(r)
    st = store.stats()
    assert st.documents == 2
    assert st.mentions == sum(len(r.mentions) for r in results)
    assert st.actors_known >= 3
    assert st.published_range == ("2023-03-14", "2023-03-15")
    assert st.top_actors and st.top_actors[0][2] >= 2


def test_find_actor_by_name_or_id(tmp_db, results):
    store = Store(tmp_db)
    for r in results:
        store.add(r)
    assert store.find_actor_ids("t.taliban") == ["t.taliban"]
    assert store.find_actor_ids("طالبان") == ["t.taliban"]
    # normalization-aware; the shipped hts (via «الهيئة») and the fixture's t.hts share the name
    assert store.find_actor_ids("هيئه تحرير الشام") == ["hts", "t.hts"]
    assert "t.hts" in store.find_actor_ids("HTS")


def test_failures_recorded(tmp_db):
    store = Store(tmp_db)
    store.add_failure("bad.txt", "file is empty")
    store.add_failure("notes.pdf", "unsupported", kind="skipped")
    assert store.stats().failures == 1


def test_open_missing_db_without_create(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        Store(tmp_path / "nope.db", create=False)


def test_sql_is_parameterized(tmp_db, results):
    store = Store(tmp_db)
    store.add(results[0])
    assert store.find_actor_ids("x' OR '1'='1") == []
    assert store.query_events(actor="'; DROP TABLE documents; --") == []
    assert store.stats().documents == 1
