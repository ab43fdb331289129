"""Span splits at words a name cannot contain (rasd.ner.boundaries)."""

import pytest

from rasd.ner.boundaries import split_spans
from rasd.ner.knowledge import key_of

TABLE = {key_of("ماكرون"): frozenset({"PER:person"}), key_of("شولتس"): frozenset({"PER:person"}),
         key_of("إيمانويل ماكرون"): frozenset({"PER:person"}), key_of("مصر"): frozenset({"GPE:country"}),
         key_of("الأردن"): frozenset({"GPE:country"})}


def _spans(text, spans, table=TABLE):
    words = text.split()
    return [" ".join(words[a:b]) + ":" + lab for a, b, lab, _ in split_spans(spans, words, table)]


@pytest.mark.parametrize("text, span, expect", [
    ("قالت وزارة الداخلية إن قوات الأمن فرقت", (1, 6, "ORG"), ["وزارة الداخلية:ORG"]),
    ("نقلت صحيفة بيلد الألمانية أن السفير غادر", (1, 6, "ORG"), ["صحيفة بيلد الألمانية:ORG"]),
    ("قالت الحركة التي تسيطر على غزة", (0, 4, "ORG"), ["قالت الحركة:ORG"]),
    # letter names of a spelled acronym stay inside
    ("قال لشبكة سي إن إن الأمريكية", (1, 5, "ORG"), ["لشبكة سي إن إن:ORG"]),
    ("على موقع سي . أن . أن", (2, 7, "ORG"), ["سي . أن . أن:ORG"]),
    ("والشركة الروسية البريطانية تي إن كي بي", (0, 7, "ORG"), ["والشركة الروسية البريطانية تي إن كي بي:ORG"]),
])
def test_a_name_ends_before_a_clause_word(text, span, expect):
    assert _spans(text, [(*span, 0.8)]) == expect


@pytest.mark.parametrize("text, span, expect", [
    ("محادثات ماكرون وشولتس تناولت", (1, 3, "PER"), ["ماكرون:PER", "وشولتس:PER"]),
    ("محادثات إيمانويل ماكرون وشولتس", (1, 4, "PER"), ["إيمانويل ماكرون:PER", "وشولتس:PER"]),
    ("زار مصر والأردن", (1, 3, "GPE"), ["مصر:GPE", "والأردن:GPE"]),
    # a و-word that is no known name after a known name stays (ولد in Mauritanian names, unknown surnames)
    ("الرئيس ماكرون ولد عبد العزيز", (1, 5, "PER"), ["ماكرون ولد عبد العزيز:PER"]),
    ("سعد بن أبي وقاص", (0, 4, "PER"), ["سعد بن أبي وقاص:PER"]),
])
def test_two_known_names_joined_by_wa_are_two_spans(text, span, expect):
    assert _spans(text, [(*span, 0.8)]) == expect


def test_misc_and_date_spans_are_left_alone():
    text = "فيلم الذين عادوا في هذا العام"
    spans = [(0, 3, "MISC", 0.6), (4, 6, "DATE", 0.9)]
    assert split_spans(spans, text.split(), TABLE) == spans


def test_no_table_no_coordination_split():
    assert _spans("محادثات ماكرون وشولتس", [(1, 3, "PER", 0.8)], {}) == ["ماكرون وشولتس:PER"]


@pytest.mark.parametrize("text, span, expect", [
    # a masculine plural nisba cannot agree with a feminine definite word: it starts the next mention
    ("اتهمت الحكومة اليمنية الحوثيين بارتكاب", (1, 4, "ORG"), ["الحكومة اليمنية:ORG", "الحوثيين:NORP"]),
    ("اتهمت منظمة العفو الدولية الحوثيين بارتكاب", (1, 5, "ORG"), ["منظمة العفو الدولية:ORG", "الحوثيين:NORP"]),
    # after a plural head or in idafa it belongs to the name
    ("قاتل المتمردون الحوثيون القوات", (1, 3, "ORG"), ["المتمردون الحوثيون:ORG"]),
    ("قالت جماعة الحوثيين إن", (1, 3, "ORG"), ["جماعة الحوثيين:ORG"]),
])
def test_plural_nisba_after_a_feminine_word_starts_a_new_mention(text, span, expect):
    assert _spans(text, [(*span, 0.8)]) == expect
