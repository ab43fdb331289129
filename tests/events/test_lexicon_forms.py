"""Inflections generated from the lexicon rows (rasd/events/morph.py) and the readings filter."""

from __future__ import annotations

import pytest

from rasd.events import lexicon as lx
from rasd.events import morph
from rasd.text.normalize import normalize_key


def _ids(word: str) -> set[str]:
    return {a.entry.trigger.id for a in lx.readings(word, normalize_key(word))}


@pytest.mark.parametrize("word, trigger, kind", [
    ("اجتمع", "consult.001", "past"),
    ("اجتماع", "consult.001", "masdar"),
    ("التقى", "consult.002", "past"),
    ("التقت", "consult.002", "past"),          # defective verb: extra form / generated ت
    ("لقاء", "consult.002", "masdar"),
    ("زيارته", "consult.020", "masdar"),        # construct ة → ت before a pronoun
    ("سيزور", "consult.020", "present"),        # future س + imperfective
    ("يزورون", "consult.020", "present"),
    ("اعتقلوه", "coerce.001", "past"),          # وا + ه → وه
    ("للاعتقال", "coerce.001", "masdar"),       # ل + article with elided alif
    ("المحتجزين", "coerce.006", "participle"),  # passive participle names the detained
    ("اتهمها", "accuse.022", "past"),
    ("استهدفتها", "assault.006", "past"),
    ("اشتباكات", "assault.018", "plural"),
    ("تظاهروا", "protest.001", "past"),
    ("وقصفت", "assault.044", "past"),
    ("محذرا", "threaten.003", "hal"),           # hal participle with tanween alif
    ("داعيا", "request.003", "hal"),            # defective form I: دعا → داعيا، داعية
    ("داعية", "request.003", "hal"),
])
def test_inflected_forms_are_found(word, trigger, kind):
    readings = lx.readings(word, normalize_key(word))
    assert any(a.entry.trigger.id == trigger and a.entry.kind == kind for a in readings), \
        [(a.entry.trigger.id, a.entry.kind) for a in readings]


@pytest.mark.parametrize("word", [
    "وزارة",       # not و + زار + ة
    "مدينة",       # not a participle of أدان
    "الاجتماعي",   # nisba adjective, not اجتماع + ي
    "قبل",         # preposition, not قبِل
    "هناك",        # not هنأ + ك
    "صادرة",       # ة: a noun, not صادر + ه
    "ياسر",        # a name, not يأسر
    "عزلتهما",     # عزلة + هما, not عزلت + هما
])
def test_words_that_are_not_triggers(word):
    assert not _ids(word)


@pytest.mark.parametrize("past, expected", [
    ("اعتقل", {"اعتقلت", "اعتقلوا", "اعتقلنا", "اعتقلتم"}),
    ("التقي", {"التقت", "التقوا"}),
])
def test_past_forms(past, expected):
    assert expected <= morph.past_forms(past)


def test_present_forms_drop_final_ya_in_plural():
    forms = morph.present_forms("يلتقي")
    assert {"يلتقون", "تلتقي", "نلتقي"} <= forms


def test_reporting_verbs_refuse_object_pronouns():
    assert lx.reporting_verb(normalize_key("وأوضحت"), enclitics=False)
    assert not lx.reporting_verb(normalize_key("إضافة"), enclitics=False)  # «إضافة إلى», not أضافه


@pytest.mark.parametrize("past, present, has, lacks", [
    # a defective form I verb has the active participle فاعل as its hal, never مـ + stem: «مروة» is a name
    ("روى", "يروي", {"راويا", "راويه"}, {"مروا", "مروه"}),
    ("دعا", "يدعو", {"داعيا", "داعيه"}, {"مدعوا"}),
    # derived verbs keep مـ + imperfective stem: مؤكدا، مشيرا
    ("أشار", "يشير", {"مشيرا"}, set()),
])
def test_hal_participles(past, present, has, lacks):
    hal, _ = morph.participles(normalize_key(past), normalize_key(present), False, form1_hal=True)
    hal |= {h[:-1] + "ه" for h in hal}
    assert has <= hal and not (lacks & hal), sorted(hal)


def test_name_marwa_is_no_reporting_verb():
    assert not lx.reporting_verb(normalize_key("مروة"), enclitics=False)


@pytest.mark.parametrize("word, trigger, present", [
    # an intransitive verb takes no object pronoun: «بضرورة تنحيه» is his stepping down (a masdar), not «تنحى» + ه
    ("تنحيه", "retreat.029", False),
    # نا on a past verb is also its subject; a transitive verb keeps its object pronoun
    ("اتفقنا", "agree.002", True),
    ("اعتقلوه", "coerce.001", True),
])
def test_object_pronouns_need_a_transitive_verb(word, trigger, present):
    assert (trigger in _ids(word)) is present, _ids(word)
