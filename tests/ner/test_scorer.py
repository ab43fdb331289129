"""Entity-level scorer on hand-built cases (conlleval semantics)."""

import pytest

from rasd.ner.scorer import score, spans_from_tags, tags_from_spans


@pytest.mark.parametrize(
    "tags, spans",
    [
        (["B-PER", "I-PER", "O"], [(0, 2, "PER")]),
        (["I-PER", "I-PER", "O"], [(0, 2, "PER")]),  # I- without B- starts an entity
        (["O", "I-ORG", "B-ORG", "I-ORG"], [(1, 2, "ORG"), (2, 4, "ORG")]),
        (["B-PER", "I-ORG"], [(0, 1, "PER"), (1, 2, "ORG")]),  # type change breaks
        (["B-LOC", "B-LOC"], [(0, 1, "LOC"), (1, 2, "LOC")]),
        (["O", "O"], []),
        (["B-PERS", "I-PERS", "I-PERS"], [(0, 3, "PERS")]),
    ],
)
def test_spans(tags, spans):
    assert spans_from_tags(tags) == spans


def test_round_trip_tags():
    assert tags_from_spans(4, [(1, 3, "GPE")]) == ["O", "B-GPE", "I-GPE", "O"]


def test_exact_match_only():
    gold = [["B-ORG", "I-ORG", "I-ORG", "O", "B-PER"]]
    pred = [["B-ORG", "I-ORG", "O", "O", "B-ORG"]]  # partial overlap + wrong type
    s = score(gold, pred)
    assert s.micro.tp == 0 and s.micro.n_gold == 2 and s.micro.n_pred == 2
    assert s.micro.f1 == 0.0
    assert s.per_type["ORG"].n_pred == 2 and s.per_type["PER"].n_gold == 1
    assert s.confusion[("PER", "ORG")] == 1


def test_micro_and_per_type():
    gold = [["B-PER", "I-PER", "O", "B-GPE"], ["B-ORG", "O"]]
    pred = [["B-PER", "I-PER", "O", "O"], ["B-ORG", "B-GPE"]]
    s = score(gold, pred)
    assert (s.micro.tp, s.micro.n_pred, s.micro.n_gold) == (2, 3, 3)
    assert s.micro.precision == pytest.approx(2 / 3)
    assert s.per_type["GPE"].f1 == 0.0
    assert s.per_type["PER"].f1 == 1.0


def test_i_without_b_matches_b_i():
    assert score([["B-LOC", "I-LOC"]], [["I-LOC", "I-LOC"]]).micro.f1 == 1.0


def test_length_mismatch():
    with pytest.raises(ValueError, match="sentence 1"):
        score([["O"]], [["O", "O"]])
