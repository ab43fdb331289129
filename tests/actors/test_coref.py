"""rasd_coref: nominal references, the two sides, last names -> earlier actors of the document."""

from __future__ import annotations

import pytest


def _refs(st, text):
    return [(text[m.start:m.end], m.actor) for m in st.mentions if m.method == "coreference"]


@pytest.mark.parametrize("text, expected", [
    # الحركة -> the last actor whose name contains حركة
    ("سيطرت حركة طالبان على كابل، وقالت الحركة إنها ستشكل حكومة", [("الحركة", "taliban")]),
    # quoted nominal, antecedent named by a short alias
    ("وصل وفد من «تحرير الشام» إلى تركيا، وقال مسؤول في «الهيئة» إن", [("الهيئة", "hts")]),
    # the most recent compatible actor wins ...
    ("التقى وفد من حركة طالبان بوفد من حركة حماس، وقالت الحركة إن", [("الحركة", "hamas")]),
    # ... unless a nationality adjective narrows it
    ("التقى وفد من حركة طالبان بوفد من حركة حماس، وقالت الحركة الأفغانية إن",
     [("الحركة الأفغانية", "taliban")]),
    # clitic on the nominal
    ("سيطرت حركة طالبان على كابل، ووجه تنظيم داعش انتقادات للحركة", [("حركة", "taliban")]),
    # kind-only (weaker) match: an armed group for التنظيم
    ("أعلن داعش مسؤوليته عن الهجوم، وقال التنظيم في بيان", [("التنظيم", "isis")]),
    # الوزير -> a person whose role on the date is a minister
    ("قال سيرغي شويغو إن القوات تتقدم، وأضاف الوزير أن", [("الوزير", "per.shoigu_sergei")]),
    # last name of a person named in full earlier
    ("وكشف القيادي أبو محمد الدمشقي عن خطة، وأوضح الدمشقي أن", [("الدمشقي", None)]),
])
def test_references(run, text, expected):
    st = run(text, "2023-03-15")
    got = _refs(st, text)
    assert len(got) == len(expected), st.mentions
    for (surf, actor), (gs, ga) in zip(expected, got):
        assert gs == surf
        if actor is None:  # discovered person: same id as the full-name mention
            full = [m.actor for m in st.mentions if m.label == "PER" and m.method != "coreference"]
            assert ga == full[0]
        else:
            assert ga == actor


def test_reference_records_antecedent_reason_and_lower_confidence(run):
    text = "سيطرت حركة طالبان على كابل، وقالت الحركة إنها ستشكل حكومة"
    st = run(text)
    ref = [m for m in st.mentions if m.method == "coreference"][0]
    assert ref.antecedent is not None and text[ref.antecedent.start:ref.antecedent.end] == "حركة طالبان"
    assert "taliban" in ref.reason and ref.confidence < 0.8


def test_two_sides_are_two_mentions_on_one_span(run):
    text = "اجتمع وفد من حركة حماس مع ممثلين عن حركة طالبان في الدوحة لبحث مصالح الطرفين"
    st = run(text)
    refs = [m for m in st.mentions if m.method == "coreference"]
    assert {m.actor for m in refs} == {"hamas", "taliban"}
    assert len({(m.start, m.end) for m in refs}) == 1 and text[refs[0].start:refs[0].end] == "الطرفين"


@pytest.mark.parametrize("text", [
    "وقالت الحركة إنها ستواصل",  # no antecedent
    "سيطرت حركة طالبان على كابل، وتوقفت الحركة التجارية في المدينة",  # descriptive phrase, not a reference
    "قال سيرغي شويغو إن القوات تتقدم، وأضاف الرئيس أن",  # no person with a president role
])
def test_no_reference_without_a_fitting_antecedent(run, text):
    assert _refs(run(text, "2023-03-15"), text) == []
