"""Registry loading: normalization, user files that override and extend, clear errors with file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.actors.registry import load_registry
from rasd.errors import DataFileError

from .conftest import REGISTRY_FILES

HEADER = "# test file\nid\ttype\tkind\tcode\tname\taliases\tcountry\tsource\n"


def _write(tmp_path: Path, name: str, body: str) -> str:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return str(p)


@pytest.mark.parametrize("query, actor", [
    ("هيئة تحرير الشام", "hts"),
    ("هيئه تحرير الشام", "hts"),  # ة/ه
    ("هَيْئَة تحرير الشّام", "hts"),  # diacritics
    ("هيئـــة تحرير الشام", "hts"),  # tatweel
    ("سوريا", "syr"),
    ("سورية", "syr"),
    ("أفغانستان", "afg"),
    ("افغانستان", "afg"),  # bare alef
    ("الأفغان", "afg"),  # adjective
])
def test_names_are_normalized_like_text(fixture_registry, query, actor):
    assert actor in {e.actor for e in fixture_registry.search(query)}


def test_user_file_overrides_and_extends(tmp_path):
    user = _write(tmp_path, "mine.tsv", HEADER
                  + "taliban\t\t\tAFGGOV\t\tالإمارة الإسلامية في أفغانستان\t\tcurated by me\n"
                  + "per.akhund\tPER\tperson\tAFGGOV\tحسن آخوند\tآخوند\tafg\tcurated by me\n")
    base = load_registry(REGISTRY_FILES, shipped=False)
    reg = load_registry([*REGISTRY_FILES, user], shipped=False)
    assert base.actors["taliban"].code == "AFGREB"
    t = reg.actors["taliban"]
    assert t.code == "AFGGOV" and t.type == "ORG" and t.name == "طالبان"  # filled fields override, others stay
    assert "حركة طالبان" in t.aliases and "الإمارة الإسلامية في أفغانستان" in t.aliases  # aliases extend
    assert {e.actor for e in reg.search("الإمارة الإسلامية في أفغانستان")} == {"taliban"}
    assert reg.actors["per.akhund"].user and {e.actor for e in reg.search("آخوند")} == {"per.akhund"}
    assert "taliban" in reg.overridden


def test_user_names_win_ties(tmp_path, run):
    user = _write(tmp_path, "mine.tsv", HEADER + "my.syr_gov\tORG\tgovernment\tSYRGOV\tالنظام\t\tsyr\tme\n"
                  + "my.damascus_gov\tORG\tgovernment\tSYRGOV\tحكومة دمشق\tحكومة سوريا\tsyr\tme\n")
    reg = load_registry([*REGISTRY_FILES, user], shipped=False)
    entries = reg.search("حكومة سوريا")
    assert {e.actor for e in entries} == {"syr.gov", "my.damascus_gov"}
    from rasd.actors.linker import DocContext, choose

    best, _, reason = choose(tuple(entries), DocContext(reg, None), None)
    assert best.actor == "my.damascus_gov" and "user registry" in reason


def test_file_kind_is_read_from_the_header(tmp_path):
    roles = _write(tmp_path, "my_people.tsv", "person\trole\torg\tcode\tsince\tuntil\tsource\n"
                   "per.shoigu_sergei\tمستشار\t\tRUSGOV\t2030\t\tme\n")
    reg = load_registry([*REGISTRY_FILES, roles], shipped=False)
    assert any(r.role == "مستشار" for r in reg.roles_of("per.shoigu_sergei", "2031-01-01"))


@pytest.mark.parametrize("body, line, message", [
    (HEADER + "syr\tGPE\tcountry\tSYR\tسوريا\t\t\tx\nbad id\tORG\tparty\tX\tاسم\t\t\tx\n", 4, "lowercase ASCII"),
    (HEADER + "a.b\tTHING\tparty\tXYZ\tاسم\t\t\tx\n", 3, "type 'THING'"),
    (HEADER + "a.b\tORG\tparty\tsyrgov\tاسم\t\t\tx\n", 3, "CAMEO-style code"),
    (HEADER + "a.b\tORG\tparty\t\tاسم\t\t\tx\n", 3, "column 'code' is empty"),
    (HEADER + "a.b\tORG\tparty\tXYZ\tاسم\t\t\tx\textra\n", 3, "TAB inside a value"),
    ("# x\nid\ttype\tname\tsource\nnew.x\tORG\tاسم\tx\n", 3, "column 'code' is empty or missing: a new actor"),
    ("# x\ntype\tname\tsource\n", 2, "lacks required column(s) id"),
    ("# x\nid\ttype\tkind\tcode\tname\tsince\tsource\na.b\tORG\tparty\tXYZ\tاسم\t2020/01\tx\n", 3, "since"),
    ("# x\nperson\trole\torg\tcode\tsource\nnobody\tوزير\t\tXGOV\tx\n", 3, "unknown actor id 'nobody'"),
    ("# x\nsubject\trelation\tobject\tsource\nhts\tfriend_of\tnusra\tx\n", 3, "relation 'friend_of'"),
])
def test_malformed_user_file_names_file_and_line(tmp_path, body, line, message):
    path = _write(tmp_path, "broken.tsv", body)
    with pytest.raises(DataFileError) as err:
        load_registry([*REGISTRY_FILES, path], shipped=False)
    assert f"broken.tsv:{line}:" in str(err.value) and message in str(err.value)


def test_missing_user_file():
    with pytest.raises(DataFileError, match="not found"):
        load_registry(["/nonexistent/registry.tsv"], shipped=False)


def test_duplicate_id_in_one_source_is_an_error(tmp_path):
    from rasd.actors import registry as r

    reg = r.Registry()
    p = Path(_write(tmp_path, "dup.tsv", HEADER + "a.b\tORG\tparty\tXYZ\tاسم\t\t\tx\na.b\tORG\tparty\tXYZ\tاسم\t\t\tx\n"))
    with pytest.raises(DataFileError, match=r"dup.tsv:4: duplicate id 'a.b' \(first defined at .*dup.tsv:3\)"):
        r._load_file(reg, p, user=False)


def test_user_file_over_the_shipped_registry(tmp_path):
    user = _write(tmp_path, "mine.tsv", HEADER
                  + "taliban\t\t\tAFGGOV\t\tالإمارة الإسلامية في أفغانستان\t\tcurated by me\n"
                  + "my.local_militia\tORG\tarmed_group\tSYRUAF\tكتيبة الاختبار\t\tsyr\tcurated by me\n")
    shipped = load_registry()
    if "taliban" not in shipped.actors:
        pytest.skip("shipped registry without taliban")
    reg = load_registry([user])
    assert shipped.actors["taliban"].code != "AFGGOV" and reg.actors["taliban"].code == "AFGGOV"
    assert set(shipped.actors["taliban"].aliases) < set(reg.actors["taliban"].aliases)
    assert {e.actor for e in reg.search("كتيبه الاختبار")} == {"my.local_militia"}
    assert len(reg.actors) == len(shipped.actors) + 1


@pytest.mark.parametrize("key, variant", [
    (("سلمان", "بن", "عبد", "العزيز"), ("سلمان", "بن", "عبدالعزيز")),
    (("محمد", "عبدالله"), ("محمد", "عبد", "الله")),
    (("عبد", "الفتاح", "السيسي"), ("عبدالفتاح", "السيسي")),
])
def test_abd_compounds_match_with_or_without_space(key, variant):
    from rasd.actors.registry import abd_variants

    assert abd_variants(key)[0] == key and variant in abd_variants(key)


def test_abd_without_article_is_left_alone():
    from rasd.actors.registry import abd_variants

    assert abd_variants(("عبد", "ربه", "منصور")) == [("عبد", "ربه", "منصور")]
