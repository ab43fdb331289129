"""Rule-based DATE spans (rasd/ner/dates.py) on real news phrasings."""

import pytest

from rasd.ner.dates import date_spans, merge_dates


@pytest.mark.parametrize(
    "text, dates",
    [
        ("أعلن الجيش يوم الثلاثاء 12 مارس 2024 مقتل جنديين", ["يوم الثلاثاء 12 مارس 2024"]),
        ("ولد في عام ( 1948 ) هجري", ["عام ( 1948 ) هجري"]),
        ("ولد في عام ( 1948 ) في يافا", ["عام ( 1948 )"]),
        ("صدر القرار بتاريخ ( 26 / 4 / 1948 )", ["بتاريخ ( 26 / 4 / 1948 )"]),
        ("منذ أكتوبر / تشرين الأول 2019 تتواصل الاحتجاجات", ["أكتوبر / تشرين الأول 2019"]),
        ("في 5 كانون الثاني 2020 وصل الوفد", ["5 كانون الثاني 2020"]),
        ("يعيش اللاجئون في لبنان منذ 2011 .", ["2011"]),
        ("وصل الوزير اليوم إلى الرياض", ["اليوم"]),
        ("خلال رمضان 1445 هـ", ["رمضان 1445 هـ"]),
        ("وفي 3 آب 2020 انفجر المرفأ", ["3 آب 2020"]),
        ("قال محمد رمضان إن الفريق جاهز", []),  # a person, not the month
        ("نشر 2000 جندي على الحدود", []),  # a quantity, not a year
        ("كان أب الطفل في المنزل", []),
        ("مارس الضغط على الحكومة", []),  # the verb مارس
    ],
)
def test_date_spans(text, dates):
    words = text.split()
    assert [" ".join(words[a:b]) for a, b in date_spans(words)] == dates


def test_merge_keeps_other_entities():
    words = "قال أيار محمد في 3 أيار 2020".split()
    model = [(1, 3, "PER", 0.8), (4, 6, "DATE", 0.4)]
    merged = merge_dates(model, words)
    assert (1, 3, "PER", 0.8) in merged
    assert (4, 7, "DATE", 0.9) in merged and (4, 6, "DATE", 0.4) not in merged
