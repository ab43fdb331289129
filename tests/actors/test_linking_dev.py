"""The linking dev set: well-formed, and the scores do not regress (numbers in benchmarks/actors/results)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.actors.evaluate import evaluate, load_dev

DEV = Path(__file__).parent / "dev" / "linking_dev.jsonl"


def test_dev_set_is_well_formed():
    records = load_dev(DEV)  # checks every span's text
    mentions = [m for r in records for m in r["mentions"]]
    assert len(mentions) >= 300
    assert {m["label"] for m in mentions} <= {"PER", "ORG", "GPE", "LOC", "FAC", "NORP"}
    for r in records:
        spans = sorted((m["start"], m["end"]) for m in r["mentions"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), r["id"]


@pytest.mark.parametrize("oracle, actor_p, actor_r, place_p, place_r", [
    (False, 0.93, 0.78, 0.93, 0.93),  # mentions from the pipeline (dictionaries; NER when installed)
    (True, 0.93, 0.93, 0.93, 0.93),  # gold spans as NER entities: linking alone
])
def test_dev_scores(oracle, actor_p, actor_r, place_p, place_r):
    r = evaluate(DEV, oracle=oracle)
    assert r.actors.precision >= actor_p and r.actors.recall >= actor_r, r.errors
    assert r.places.precision >= place_p and r.places.recall >= place_r, r.errors
