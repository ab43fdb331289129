import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.tokenize import ArabicTokenizer, token_spans, words_and_spaces


def toks(text):
    return [text[s:e] for s, e in token_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("طالبان».", ["طالبان", "»", "."]),
    ("«الهيئة»", ["«", "الهيئة", "»"]),
    ("لـ«المعارضات»", ["لـ", "«", "المعارضات", "»"]),
    ("(د ب ا)", ["(", "د", "ب", "ا", ")"]),
    ("بلغ النمو 3.5 في المئة", ["بلغ", "النمو", "3.5", "في", "المئة"]),
    ("قتل 2,000 شخص", ["قتل", "2,000", "شخص"]),
    ("عام ٢٠٢٣،", ["عام", "٢٠٢٣", "،"]),
    ("و2,000 دولار", ["و", "2,000", "دولار"]),
    ("داعش – خراسان", ["داعش", "–", "خراسان"]),
    ("يَهُمّها", ["يَهُمّها"]),
    ("هل هذا صحيح؟", ["هل", "هذا", "صحيح", "؟"]),
    ("مقاتلات F-16 الأمريكية", ["مقاتلات", "F-16", "الأمريكية"]),
    ("#غزة_الآن @UNICEF", ["#غزة_الآن", "@UNICEF"]),
    ("المصدر: https://www.sana.sy/?p=123.", ["المصدر", ":", "https://www.sana.sy/?p=123", "."]),
    ("بنسبة 50%", ["بنسبة", "50%"]),
])
def test_tokens(text, expected):
    assert toks(text) == expected


@pytest.mark.parametrize("text", [
    "تعمل ما تسمى «هيئة تحرير الشام»\n\nوحركة  طالبان\t.",
    "  \n بداية بمسافات",
    "نهاية بمسافات  \n",
    "",
    "a  b   c",
])
def test_doc_text_round_trips(text):
    nlp = spacy.blank("ar")
    doc = ArabicTokenizer(nlp.vocab)(text)
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("هيئة طالبان«»().,،؟!\n\t 0123٤٥\u064e\u0640-ﻻ\u200fabc")), max_size=60))
def test_any_text_round_trips(text):
    words, spaces = words_and_spaces(text)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces)) == text
