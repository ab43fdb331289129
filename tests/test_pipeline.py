import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasd
from rasd.errors import DocumentTooLargeError, EmptyDocumentError
from rasd.schema import Result, json_schema

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def nlp_small():
    return rasd.load(user_registry=(str(FIXTURES / "registry_small.tsv"),))


def test_result_contract(nlp_small, seed_text):
    res = nlp_small(seed_text, origin="seed-article.txt", published="2023-03-15", source="test")
    d = res.to_dict()
    assert d["schema"] == 1
    assert d["document"]["text"] == seed_text
    assert d["document"]["published"] == "2023-03-15"
    assert len(d["document"]["id"]) == 16
    assert d["sentences"] and d["mentions"]
    res.check_spans()
    for m in d["mentions"]:
        assert seed_text[m["start"]:m["end"]] == m["text"]
    # round trip through the pydantic model
    assert Result.model_validate(d).to_dict() == d


def test_json_schema_validates_output(nlp_small, seed_text):
    jsonschema = pytest.importorskip("jsonschema")
    d = nlp_small(seed_text).to_dict()
    jsonschema.validate(d, json_schema())


def test_linking_is_clitic_and_quote_aware(nlp_small):
    text = "وقال مسؤول إن وطالبان و«الهيئة» وهيئه تحرير الشام تعاونت مع «النصرة» للنصرة في سورية."
    res = nlp_small(text)
    got = {(m.text, m.actor) for m in res.mentions}
    assert ("طالبان", "t.taliban") in got
    assert ("هيئه تحرير الشام", "t.hts") in got
    assert ("النصرة", "t.nusra") in got
    assert ("نصرة", "t.nusra") in got  # للنصرة: ل + (ا)لنصرة
    assert ("سورية", "t.syr") in got
    assert all(not m.text.startswith("و") for m in res.mentions)


def test_pipe_batches(nlp_small):
    texts = ["سوريا", "طالبان في سوريا", "هيئة تحرير الشام"]
    results = list(nlp_small.pipe(texts))
    assert [r.document.text for r in results] == texts


@pytest.mark.parametrize("text, error", [("", EmptyDocumentError), ("   \n ", EmptyDocumentError)])
def test_empty_text_refused(nlp_small, text, error):
    with pytest.raises(error):
        nlp_small(text)


def test_too_large_refused_quickly():
    nlp = rasd.load(max_chars=1000)
    with pytest.raises(DocumentTooLargeError, match="limit is 1,000"):
        nlp("سوريا " * 500)


def test_non_arabic_text_warns(nlp_small):
    res = nlp_small("The quick brown fox jumps over the lazy dog. Nothing Arabic here.")
    assert any("Arabic" in w for w in res.warnings)


def test_bad_published_date(nlp_small):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        nlp_small("سوريا", published="15/03/2023")


_ALPHABET = list("هيئة تحرير الشام طالبان وطالبان للنصرة سورية«»().,،؟!\n 0123٤٥\u064e\u0640-ﻻ\u200f\u202eabc")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(_ALPHABET), min_size=1, max_size=120).filter(lambda t: t.strip()))
def test_every_span_is_exact(nlp_small, text):
    res = nlp_small(text)
    assert res.document.text == text
    for where, start, end, span_text in res.iter_spans():
        assert 0 <= start <= end <= len(text), where
        if span_text is not None:
            assert text[start:end] == span_text, where


def test_output_is_json_serializable(nlp_small, seed_text):
    s = nlp_small(seed_text).to_json()
    assert json.loads(s)["document"]["text"] == seed_text
