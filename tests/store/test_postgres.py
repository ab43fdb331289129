from pathlib import Path

import pytest

import rasd
from rasd.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_store_round_trip_on_postgres(pg_url):
    nlp = rasd.load(user_registry=(str(FIXTURES / "registry_small.tsv"),))
    res = nlp("أعلنت هيئة تحرير الشام أن طالبان في سوريا.", origin="pg-test", published="2023-03-14")
    store = Store(pg_url)
    try:
        assert store.add(res) is True
        assert store.add(res) is False
        assert store.get_result(res.document.id).to_dict() == res.to_dict()
        st = store.stats()
        assert st.documents >= 1 and st.mentions >= 3
        assert store.find_actor_ids("طالبان") == ["t.taliban"]
    finally:
        store.close()
