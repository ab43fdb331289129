"""rasd_places: offline geocoding with the gazetteer (fixture rows in the shipped format)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.actors.gazetteer import load_gazetteer
from rasd.errors import DataFileError

from .conftest import GAZETTEER_FILES, mention_at


@pytest.mark.parametrize("text, surface, place, feature, label", [
    ("وصل الوفد إلى كابل أمس", "كابل", "geonames:1138958", "city", "GPE"),
    ("اشتباكات في ولاية كابل", "ولاية كابل", "rasd:region.af.kabul_province", "region", "GPE"),
    ("اعتقل مواطن في إقليم خاباروفسك", "إقليم خاباروفسك", "rasd:region.ru.khabarovsk_krai", "region", "GPE"),
    ("وصل عبر مطار هاتاي التركي", "مطار هاتاي", "rasd:facility.airport.tr.hatay_province", "facility", "FAC"),
    ("يقع في الشرق الأقصى الروسي", "الشرق الأقصى الروسي", "rasd:region.ru.far_east", "region", "LOC"),
    ("انتقلوا إلى آسيا الوسطى", "آسيا الوسطى", "rasd:region.central_asia", "region", "LOC"),
    ("انتقل المسلحون من ليبيا وسورية إلى أفغانستان", "ليبيا", "geonames:2215636", "country", "GPE"),
    ("انتقل المسلحون من ليبيا وسورية إلى أفغانستان", "سورية", "geonames:163843", "country", "GPE"),
    ("انتقل المسلحون من ليبيا وسورية إلى أفغانستان", "أفغانستان", "geonames:1149361", "country", "GPE"),
    ("قصف على إدلب", "إدلب", "geonames:169389", "city", "GPE"),
    ("قصف على محافظة إدلب", "محافظة إدلب", "rasd:region.sy.idlib", "region", "GPE"),
])
def test_geocoding(run, text, surface, place, feature, label):
    st = run(text)
    ms = [m for m in mention_at(st, text, surface) if m.place]
    assert ms, [(m.start, m.end, m.label, m.place, m.reason) for m in st.mentions]
    m = ms[0]
    assert text[m.start:m.end] == surface and m.place == place and m.label == label
    info = st.places[place]
    assert info.feature == feature and info.lat is not None and info.lon is not None


def test_facility_is_at_the_places_coordinates(run):
    st = run("وصل عبر مطار هاتاي التركي")
    fac, base = st.places["rasd:facility.airport.tr.hatay_province"], load_gazetteer(
        GAZETTEER_FILES, shipped=False).places["rasd:region.tr.hatay_province"]
    assert (fac.lat, fac.lon, fac.country) == (base.lat, base.lon, "TR") and fac.name == "مطار هاتاي"


@pytest.mark.parametrize("text, surface, place", [
    ("قصف في طرابلس بعد اشتباكات في ليبيا", "طرابلس", "geonames:2210247"),  # Libya mentioned
    ("توتر في طرابلس شمال لبنان", "طرابلس", "geonames:266826"),  # Lebanon mentioned
    ("وصل الملك إلى عمان قادما من الأردن", "عمان", "geonames:250441"),  # Amman
    ("انخفض عدد السياح في مدينة صور جنوب لبنان", "صور", "geonames:267008"),  # Tyre: ambiguous name, city cue
])
def test_same_name_places_by_document_context(run, text, surface, place):
    st = run(text)
    ms = [m for m in mention_at(st, text, surface) if m.place]
    assert ms and ms[0].place == place, [(m.place, m.reason) for m in ms]


@pytest.mark.parametrize("text, word", [
    ("نشرت الصحيفة صور الضحايا", "صور"),  # pictures (gazetteer: ambiguous)
    ("حصل على مبالغ مالية كبيرة", "مالية"),  # financial: a frequent word, small place (Malé)
])
def test_place_name_that_is_a_common_word_needs_context(run, text, word):
    assert not [m for m in mention_at(run(text), text, word) if m.place]


@pytest.mark.parametrize("text, surface, place", [
    ("غارات عنيفة على #إدلب الليلة", "إدلب", "geonames:169389"),  # the hashtag's word, without «#»
    ("قصف #محافظة_إدلب", "محافظة_إدلب", "rasd:region.sy.idlib"),  # words joined by «_»
])
def test_hashtag_place_names(run, text, surface, place):
    ms = [m for m in mention_at(run(text), text, surface) if m.place]
    assert ms and ms[0].place == place


def test_hashtag_of_an_ambiguous_name_needs_context(run):
    text = "#صور من موقع الانفجار"  # «#photos»: the gazetteer flags the name ambiguous
    assert not [m for m in mention_at(run(text), text, "صور") if m.place]


def test_words_inside_a_facility_name(run):
    text = "وقعت إعدامات في سجن صيدنايا العسكري، حسب التقرير"
    ms = [m for m in mention_at(run(text), text, "صيدنايا") if m.place]
    assert ms and text[ms[0].start:ms[0].end] == "سجن صيدنايا العسكري"
    assert ms[0].place == "rasd:facility.sy.saydnaya_prison" and ms[0].label == "FAC"


def test_registry_country_actor_gets_its_country_place(run):
    text = "وقالت سوريا إن"
    m = [m for m in mention_at(run(text), text, "سوريا")][0]
    assert m.actor == "syr" and m.place == "geonames:163843"


def test_malformed_gazetteer_names_file_and_line(tmp_path: Path):
    p = tmp_path / "bad.tsv"
    p.write_text("# x\nid\tname\tfeature\tlat\tlon\tsource\nrasd:x\tمكان\tcity\t95\t10\tme\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad.tsv:3: lat 95.0 is outside"):
        load_gazetteer([str(p)], shipped=False)


@pytest.mark.parametrize("text, ent, label, place", [
    ("وصل الوفد عبر مطار هاتاي أمس", "مطار هاتاي", "FAC", "rasd:facility.airport.tr.hatay_province"),
    ("قصفت الطائرات مدينة إدلب", "مدينة إدلب", "GPE", "geonames:169389"),
    ("قصفت الطائرات محافظة إدلب", "محافظة إدلب", "GPE", "rasd:region.sy.idlib"),
    ("وصل الوفد إلى كابل", "كابل", "GPE", "geonames:1138958"),
])
def test_ner_place_mentions_are_geocoded(link_nlp, text, ent, label, place):
    from rasd.annotations import state

    doc = link_nlp.make_doc(text)
    start = text.index(ent)
    doc.ents = [doc.char_span(start, start + len(ent), label=label)]
    for _, proc in link_nlp.pipeline:
        doc = proc(doc)
    ms = [m for m in state(doc).mentions if m.method == "model"]
    assert ms and ms[0].place == place, [(m.start, m.end, m.place, m.reason) for m in state(doc).mentions]
