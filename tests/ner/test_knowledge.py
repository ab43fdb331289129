"""Knowledge features: registry/gazetteer names matched over normalized pieces, proclitics allowed."""

import pytest

from rasd.ner.knowledge import Matcher, build_knowledge, coverage, first_forms, key_of, read_knowledge, write_knowledge

TABLE = {
    key_of("الأمم المتحدة"): frozenset({"ORG:igo"}),
    key_of("مجلس الأمن الدولي"): frozenset({"ORG:igo"}),
    key_of("مجلس الأمن"): frozenset({"ORG:igo?"}),
    key_of("بغداد"): frozenset({"PL:city"}),
    key_of("الأمريكية"): frozenset({"ADJ"}),
    key_of("فلاديمير بوتين"): frozenset({"PER:person"}),
}


@pytest.mark.parametrize("piece, form", [
    ("للأمم", "الامم"),      # ل + ال written لل
    ("وبغداد", "بغداد"),
    ("بالأمم", "الامم"),
    ("ومجلس", "مجلس"),
])
def test_first_forms_strip_proclitics(piece, form):
    assert form in first_forms(key_of(piece)[0])


@pytest.mark.parametrize("text, expected", [
    ("قال الأمين العام للأمم المتحدة إن", [("للأمم المتحدة", "ORG:igo")]),
    ("عقد مجلس الأمن الدولي جلسة في بغداد", [("مجلس الأمن الدولي", "ORG:igo"), ("بغداد", "PL:city")]),
    ("دعا مجلس الأمن إلى الهدوء", [("مجلس الأمن", "ORG:igo?")]),   # longest match wins, ambiguity kept
    ("أكد الرئيس الروسي فلاديمير بوتين", [("فلاديمير بوتين", "PER:person")]),
    ("أغلقت السفارة الأمريكية أبوابها وبغداد هادئة", [("الأمريكية", "ADJ"), ("وبغداد", "PL:city")]),
    ("الأمم غير المتحدة", []),
])
def test_longest_match_spans(text, expected):
    words = text.split()
    normed = [key_of(w)[0] for w in words]
    found = [(" ".join(words[a:b]), label) for a, b, labels in Matcher(TABLE).spans(normed) for label in labels]
    assert found == expected


def test_features_mark_begin_and_inside():
    words = "زار بوتين فلاديمير بوتين بغداد".split()
    feats = Matcher(TABLE).features([key_of(w)[0] for w in words])
    assert feats == [[], [], ["kb=PER:person"], ["ki=PER:person"], ["kb=PL:city"]]


def test_round_trip_and_coverage(tmp_path):
    write_knowledge(TABLE, tmp_path / "knowledge.tsv")
    assert read_knowledge(tmp_path / "knowledge.tsv") == TABLE
    assert read_knowledge(tmp_path / "absent.tsv") == {}
    assert coverage(TABLE, [key_of("للأمم المتحدة"), key_of("دمشق")]) == (1, 2)


def test_bad_knowledge_row_is_reported(tmp_path):
    (tmp_path / "k.tsv").write_text("# c\nkey\tlabels\nبغداد\n", encoding="utf-8")
    with pytest.raises(ValueError, match="k.tsv:3"):
        read_knowledge(tmp_path / "k.tsv")


@pytest.mark.parametrize("name, label", [
    ("هيئة تحرير الشام", "ORG:armed_group"),
    ("وكالة الأنباء الألمانية", "ORG:media"),
    ("قندهار", "PL:city"),
    ("الأمريكية", "ADJ"),
    ("مطار دبي الدولي", "PL:facility"),
])
def test_table_built_from_the_shipped_registry_and_gazetteer(name, label):
    assert label in _shipped_table()[key_of(name)]


_TABLE_CACHE: dict = {}


def _shipped_table():
    if not _TABLE_CACHE:
        _TABLE_CACHE.update(build_knowledge())
    return _TABLE_CACHE
