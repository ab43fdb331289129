"""FAC rule: head noun in construct state + a name (predicted entity or gazetteer place)."""

import pytest

from rasd.ner.facilities import apply_facilities
from rasd.ner.knowledge import key_of

TABLE = {
    key_of("هاتاي"): frozenset({"PL:region"}),
    key_of("رفح"): frozenset({"PL:city"}),
    key_of("قاعدة الظفرة"): frozenset({"PL:facility"}),
    key_of("الجولاني"): frozenset({"PER:person?"}),
}


@pytest.mark.parametrize("text, spans, expected", [
    # the name is a gazetteer place the model missed
    ("هبطت الطائرة في مطار هاتاي جنوب تركيا", [(6, 7, "GPE")], [("مطار هاتاي", "FAC"), ("تركيا", "GPE")]),
    # the name is a predicted entity; the adjective stays inside
    ("نقل المعتقلون إلى سجن صيدنايا العسكري", [(4, 5, "GPE")], [("سجن صيدنايا العسكري", "FAC")]),
    # proclitic on the head, place from the gazetteer
    ("وصلت المساعدات عبر بمعبر رفح", [], [("بمعبر رفح", "FAC")]),
    # a known facility of the gazetteer, no entity needed
    ("أقلعت الطائرات من قاعدة الظفرة الجوية", [], [("قاعدة الظفرة الجوية", "FAC")]),
    # article on the head: not a name (المطار الجديد)
    ("افتتح المطار الجديد في هاتاي", [(4, 5, "GPE")], [("هاتاي", "GPE")]),
    # head followed by an ordinary word: generic, unchanged
    ("قصفت الطائرات قاعدة عسكرية قرب رفح", [(5, 6, "GPE")], [("رفح", "GPE")]),
    # an ORG after the head is not a facility name
    ("هاجم مسلحون من القاعدة سجن المدينة", [(3, 4, "ORG")], [("القاعدة", "ORG")]),
])
def test_facility_rule(text, spans, expected):
    words = text.split()
    out = apply_facilities([(a, b, t, 0.9) for a, b, t in spans], words, TABLE)
    assert [(" ".join(words[a:b]), t) for a, b, t, _ in out] == expected
