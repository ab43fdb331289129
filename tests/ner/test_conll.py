"""CoNLL reader/writer: BOM, CRLF, trailing spaces, missing final blank line, odd tokens."""

import pytest

from rasd.ner.conll import format_conll, parse_conll


@pytest.mark.parametrize(
    "text",
    [
        "فرانكفورت B-LOC\n(د O\nب O\nأ) O\n\nاعلن O\n",
        "\ufeffفرانكفورت B-LOC\r\n(د O\r\nب O\r\nأ) O\r\n\r\nاعلن O",
        "فرانكفورت   B-LOC  \n(د\tO\nب O \nأ) O\n   \nاعلن O\n\n\n",
    ],
)
def test_reader_keeps_tokens_and_breaks(text):
    doc = parse_conll(text)
    assert [s.tokens for s in doc.sentences] == [("فرانكفورت", "(د", "ب", "أ)"), ("اعلن",)]
    assert doc.sentences[0].tags == ("B-LOC", "O", "O", "O")


def test_writer_one_line_per_input_line():
    text = "\ufeffأ\r\n\r\n\r\nب x y\r\nج\r\n"
    doc = parse_conll(text)
    out = format_conll(doc, [["O"], ["B-PER", "I-PER"]])
    assert out == "أ\tO\n\n\nب\tB-PER\nج\tI-PER\n"
    assert out.count("\n") == text.count("\n")


def test_round_trip_without_final_newline():
    doc = parse_conll("كوفي B-PERS\nأنان I-PERS")
    assert format_conll(doc, [list(doc.sentences[0].tags)]) == "كوفي\tB-PERS\nأنان\tI-PERS\n"


def test_odd_tokens_survive():
    toks = ["\u200e", "Google", "2002", "x" * 500, "«", "أ)"]
    doc = parse_conll("\n".join(toks) + "\n")
    assert list(doc.sentences[0].tokens) == toks
    assert doc.sentences[0].tags == ()


def test_tag_count_mismatch_is_an_error():
    doc = parse_conll("أ\n\nب\n")
    with pytest.raises(ValueError, match="document has 2"):
        format_conll(doc, [["O"]])
