"""Run-time-like splitting of CoNLL tokens and label projection onto pieces."""

import pytest

from rasd.ner.conll import Sentence
from rasd.ner.dataset import piece_tags, to_pieces, token_spans
from rasd.ner.subtok import split_token


@pytest.mark.parametrize(
    "token, pieces",
    [
        ("(د", ("(", "د")),
        ("أ)", ("أ", ")")),
        ("لـ«الجزيرة»", ("لـ", "«", "الجزيرة", "»")),
        ("طالبان».", ("طالبان", "»", ".")),
        ("3.5", ("3.5",)),
        ("2,000", ("2,000",)),
        ("٢٠٢٣", ("٢٠٢٣",)),
        ("وطالبان", ("وطالبان",)),
        ("#سوريا", ("#سوريا",)),
        ("a@b.com", ("a@b.com",)),
        ("\u200e", ("\u200e",)),
    ],
)
def test_split_token(token, pieces):
    assert split_token(token) == pieces


def test_labels_skip_edge_punctuation():
    s = Sentence(("«هيئة", "تحرير", "الشام»", "قالت"), ("B-ORG", "I-ORG", "I-ORG", "O"))
    p = to_pieces(s.tokens)
    assert p.words == ("«", "هيئة", "تحرير", "الشام", "»", "قالت")
    assert piece_tags(s, p) == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    assert token_spans(p, [(1, 4, "ORG")], 4) == [(0, 3, "ORG")]


def test_unknown_tags_stay_unknown():
    s = Sentence(("لينكس", "نظام"), ("-", "O"))
    assert piece_tags(s, to_pieces(s.tokens)) == ["-", "O"]
