"""Hand annotations of the sample articles, for the curated store (written for rasd tests, Apache-2.0).

Read off the Arabic text by a person, never produced by the pipeline: surfaces, not offsets
(``tests/serve/corpus.py`` finds them in the text). Ids are those of the shipped actor registry
(``rasd/data/actors``) and the shipped gazetteer (``rasd/data/places``); ``x.per.*`` are actors the
registry does not hold (discovered). Counting tests rely on exactly these annotations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Men:
    """Every whole-word occurrence of ``surface`` (a proclitic و ف ب ل ك may precede it) is a mention."""

    surface: str
    label: str
    actor: Optional[str] = None
    place: Optional[str] = None


@dataclass(frozen=True)
class Ev:
    """An event. The trigger is looked up in the first sentence holding ``near`` (default: the trigger itself);
    roles are looked up in that sentence, attribution sources there first, else anywhere in the text."""

    eid: str
    type: str
    trigger: str
    near: str = ""
    mode: Optional[str] = None
    cameo: Optional[str] = None
    actor1: Optional[tuple[str, Optional[str]]] = None  # surface, actor id
    actor2: Optional[tuple[str, Optional[str]]] = None
    location: Optional[tuple[str, str]] = None  # surface, place id
    date: Optional[tuple[str, str, str]] = None  # value, precision, surface
    modality: str = "asserted"
    attribution: tuple[tuple[str, str, Optional[str]], ...] = ()  # surface, cue, actor id (outermost first)
    quantity: Optional[tuple[float, str]] = None  # value, surface


@dataclass(frozen=True)
class Rel:
    type: str
    subject: str
    object: str
    evidence: str


@dataclass(frozen=True)
class Doc:
    mentions: tuple[Men, ...] = ()
    both: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # surface, label, actors: one span, several referents
    events: tuple[Ev, ...] = ()
    relations: tuple[Rel, ...] = ()


# places (shipped gazetteer ids)
MAKKAH, JEDDAH, DEIR_EZ_ZOR = "geonames:104515", "geonames:105343", "geonames:170794"
TRIPOLI_LY, KHABAROVSK, IDLIB = "geonames:2210247", "rasd:region.ru.khabarovsk_krai", "rasd:region.sy.idlib"
KABUL, TEHRAN = "geonames:1138958", "geonames:112931"

DOCS: dict[str, Doc] = {
    "seed": Doc(
        mentions=(
            Men("هيئة تحرير الشام", "ORG", "hts"), Men("تحرير الشام", "ORG", "hts"), Men("الهيئة", "ORG", "hts"),
            Men("جبهة النصرة", "ORG", "nusra"), Men("النصرة", "ORG", "nusra"),
            Men("حركة طالبان", "ORG", "taliban"), Men("طالبان", "ORG", "taliban"),
            Men("تنظيم داعش – خراسان", "ORG", "isis_k"), Men("تنظيم داعش", "ORG", "isis"),
            Men("سورية", "GPE", "syr"), Men("أفغانستان", "GPE", "afg"),
            Men("أبو محمد الجولاني", "PER", "per.al_sharaa_ahmed"), Men("سيرغي شويغو", "PER", "per.shoigu_sergei"),
            Men("جهاز الأمن الفيدرالي الروسي", "ORG", "rus.fsb"), Men("جهاز الأمن الفيدرالي", "ORG", "rus.fsb"),
            Men("سانا", "ORG", "sana"), Men("إقليم خاباروفسك", "GPE", place=KHABAROVSK),
            Men("كابل", "GPE", place=KABUL), Men("ليبيا", "GPE", "lby"),
        ),
        both=(("الطرفين", "ORG", ("hts", "taliban")),),  # «مصالح الطرفين»: the HTS delegation and the Taliban
        events=(
            Ev("e1", "COOPERATE", "تطوير التنسيق", actor1=("النصرة", "nusra"), actor2=("طالبان", "taliban"),
               modality="reported", attribution=(("مواقع إلكترونية داعمة لـ«المعارضات»", "حسب", None),)),
            Ev("e2", "COERCE", "توقيف", mode="arrest", cameo="173",
               actor1=("جهاز الأمن الفيدرالي الروسي", "rus.fsb"), actor2=("مواطن أجنبي", None),
               location=("إقليم خاباروفسك", KHABAROVSK), modality="reported",
               attribution=(("وكالة «سانا»", "وفق ما ذكرت", "sana"),
                            ("جهاز الأمن الفيدرالي الروسي", "أعلن", "rus.fsb"))),
        ),
        relations=(Rel("front_for", "hts", "nusra",
                       "«هيئة تحرير الشام» التي يتخذ منها تنظيم «جبهة النصرة» الإرهابي غطاء له"),)),
    "JA-internationalNews-196-20161028": Doc(
        mentions=(
            Men("السعودية", "GPE", "sau"), Men("الحوثيين", "ORG", "houthis"), Men("الحوثيون", "ORG", "houthis"),
            Men("مكة المكرمة", "GPE", place=MAKKAH), Men("جدة", "GPE", place=JEDDAH),
            Men("التحالف العسكري", "ORG", "arab_coalition_yemen"), Men("التحالف", "ORG", "arab_coalition_yemen"),
            Men("اليمن", "GPE", "yem"), Men("وكالة الأنباء السعودية", "ORG", "spa"),
            Men("عبد ربه منصور هادي", "PER", "per.hadi_abd_rabbuh"),
            Men("علي عبد الله صالح", "PER", "per.saleh_ali_abdullah"),
        ),
        events=(
            Ev("e1", "ACCUSE", "اتهمت", mode="allege", cameo="112", actor1=("السعودية", "sau"),
               actor2=("الحوثيين", "houthis"), location=("مدينة مكة المكرمة", MAKKAH)),
            Ev("e2", "ASSAULT", "أطلقوا", mode="heavy-weapons", cameo="195", actor1=("الحوثيون", "houthis"),
               actor2=("السعودية", "sau"), modality="reported", attribution=(("الحوثيون", "أعلن", "houthis"),)),
        ),
        relations=(Rel("ally_of", "per.saleh_ali_abdullah", "houthis", "علي عبد الله صالح، المتحالف مع الحوثيين"),)),
    "JA-internationalNews-1248-20170619": Doc(
        mentions=(
            Men("ايران", "GPE", "irn"), Men("إيران", "GPE", "irn"), Men("تنظيم داعش", "ORG", "isis"),
            Men("دير الزور", "GPE", place=DEIR_EZ_ZOR), Men("سوريا", "GPE", "syr"),
            Men("الحرس الثوري الإيراني", "ORG", "irn.irgc"), Men("الحرس الثوري", "ORG", "irn.irgc"),
            Men("طهران", "GPE", place=TEHRAN),
        ),
        events=(
            Ev("e1", "ASSAULT", "أطلقت", mode="heavy-weapons", cameo="195", actor1=("ايران", "irn"),
               actor2=("تنظيم داعش", "isis"), location=("دير الزور", DEIR_EZ_ZOR), modality="reported",
               attribution=(("الحرس الثوري الإيراني", "حسب ما أعلن", "irn.irgc"),)),
            Ev("e2", "ASSAULT", "مقتل", near="وأسفر القصف", actor2=("مسلحي التنظيم المتطرف", "isis"),
               modality="reported", quantity=(10.0, "عشرات"),
               attribution=(("بيان للحرس الثوري", "حسب", "irn.irgc"),)),
        )),
    "JA-internationalNews-950-20170525": Doc(
        mentions=(
            Men("طرابلس", "GPE", place=TRIPOLI_LY), Men("ليبيا", "GPE", "lby"), Men("بريطانيا", "GPE", "gbr"),
            Men("قوة الردع الخاصة", "ORG", "rada"), Men("قوة الردع", "ORG", "rada"),
            Men("حكومة الوفاق الوطني", "ORG", "lby.gna"), Men("تنظيم الدولة الإسلامية", "ORG", "isis"),
            Men("داعش", "ORG", "isis"), Men("وكالة أسوشيتد برس", "ORG", "ap"),
            Men("أحمد بن سالم", "PER", "x.per.ahmed_bin_salem"),
        ),
        events=(Ev("e1", "COERCE", "القبض", mode="arrest", cameo="173", actor1=("أجهزة أمنية ليبية", None),
                   actor2=("والد منفذ هجوم مانشستر", None), location=("طرابلس", TRIPOLI_LY),
                   date=("2017-05-24", "day", "أمس الأربعاء"),
                   attribution=(("قوة الردع الخاصة", "أعلن", "rada"),)),)),
    "JA-internationalNews-1101-20170605": Doc(
        mentions=(
            Men("المملكة العربية السعودية", "GPE", "sau"), Men("السعودية", "GPE", "sau"),
            Men("دولة الإمارات العربية المتحدة", "GPE", "are"), Men("الإمارات", "GPE", "are"),
            Men("مملكة البحرين", "GPE", "bhr"), Men("البحرين", "GPE", "bhr"),
            Men("جمهورية مصر العربية", "GPE", "egy"), Men("مصر", "GPE", "egy"),
            Men("دولة قطر", "GPE", "qat"), Men("قطر", "GPE", "qat"),
            Men("الخارجية البحرينية", "ORG", "bhr.mfa"), Men("وكالة الأنباء السعودية", "ORG", "spa"),
            Men("تنظيم الإخوان", "ORG", "muslim_brotherhood"), Men("تنظيم القاعدة", "ORG", "al_qaeda"),
            Men("داعش", "ORG", "isis"), Men("إيران", "GPE", "irn"),
        ),
        events=(
            Ev("e1", "SANCTION", "قطع", mode="discontinue", cameo="161", actor1=("السعودية", "sau"),
               actor2=("قطر", "qat"), date=("2017-06-05", "day", "05 جوان 2017")),
            Ev("e2", "SANCTION", "قطع", near="حيث أعلنت", mode="discontinue", cameo="161",
               actor1=("مملكة البحرين", "bhr"), actor2=("قطر", "qat"),
               attribution=(("الخارجية البحرينية", "وفق بيان صدر عن", "bhr.mfa"),)),
        )),
    "JA-politic-307-20170321": Doc(mentions=(
        Men("سوريا", "GPE", "syr"), Men("سورية", "GPE", "syr"), Men("تونس", "GPE", "tun"), Men("سانا", "ORG", "sana"),
        Men("بشار الأسد", "PER", "per.assad_bashar"), Men("عبد العزيز القطي", "PER", "x.per.abdelaziz_gatti"),
        Men("القطي", "PER", "x.per.abdelaziz_gatti"))),
    "JA-internationalNews-592-20170321": Doc(mentions=(
        Men("بشار الأسد", "PER", "per.assad_bashar"), Men("الأسد", "PER", "per.assad_bashar"),
        Men("بشار الجعفري", "PER", "per.al_jaafari_bashar"), Men("سوريا", "GPE", "syr"), Men("روسيا", "GPE", "rus"),
        Men("داعش", "ORG", "isis"), Men("التحالف الدولي", "ORG", "global_coalition_isis"),
        Men("التحالف", "ORG", "global_coalition_isis"), Men("الأمم المتحدة", "ORG", "un"))),
    "JA-internationalNews-85-13082016": Doc(mentions=(
        Men("إيران", "GPE", "irn"), Men("سوريا", "GPE", "syr"), Men("بشار الأسد", "PER", "per.assad_bashar"),
        Men("الحرس الثوري الإيراني", "ORG", "irn.irgc"), Men("أسوشيتد برس", "ORG", "ap"), Men("إرنا", "ORG", "irna"))),
    "JA-internationalNews-1212-20170615": Doc(mentions=(
        Men("الأمم المتحدة", "ORG", "un"), Men("جبهة النصرة", "ORG", "nusra"), Men("سورية", "GPE", "syr"))),
    "hostile": Doc(
        mentions=(Men("هيئة تحرير الشام", "ORG", "hts"), Men("إدلب", "GPE", place=IDLIB)),
        events=(Ev("e1", "ASSAULT", "سيطرت", mode="seize", actor1=("هيئة تحرير الشام", "hts"),
                   location=("ريف إدلب", IDLIB), modality="reported",
                   attribution=(("مصادر محلية", "بحسب", None),)),)),
}

# Actors the shipped registry does not hold (the store marks them known=False).
DISCOVERED = {
    "x.per.ahmed_bin_salem": ("أحمد بن سالم", "PER"),
    "x.per.abdelaziz_gatti": ("عبد العزيز القطي", "PER"),
}
