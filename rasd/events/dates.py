"""Date expressions in Arabic news, normalized and anchored to the publication date.

Finds absolute dates (Gregorian month names in their Egyptian/Gulf, Levantine and
Maghrebi forms, numeric dates, Hijri dates with هـ), relative days (اليوم، أمس، أول أمس،
غداً), weekdays (الثلاثاء، الثلاثاء الماضي، الخميس المقبل), offsets (قبل يومين، منذ ثلاثة
أسابيع), relative periods (الأسبوع الماضي، الشهر المقبل، العام الجاري) and vague
references (مؤخراً → ``before`` the publication date). Matching runs on the normalized
key text, and spans map back to the original through the offset map.

dateparser was measured and not used: on 2023-11 samples it returned None for Levantine
months (14 آذار 2023), Maghrebi months (12 جانفي 2017), Hijri dates, "الثلاثاء الماضي",
and search_dates() anchored "أمس" to the machine's clock instead of the publication date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from rasd.text.normalize import normalize_key, normalize_with_offsets


@dataclass(frozen=True)
class DateExpr:
    start: int  # span in the original text
    end: int
    value: Optional[str]  # YYYY-MM-DD | YYYY-MM | YYYY
    precision: str  # day | week | month | year | before | after
    rule: str


# -- vocabulary (natural spelling; normalized when the patterns are compiled) ------------

GREGORIAN_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني", "جانفي", "جانفييه", "كانون ثاني"),
    2: ("فبراير", "شباط", "فيفري", "فبراير"),
    3: ("مارس", "آذار"),
    4: ("أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "افريل"),
    5: ("مايو", "أيار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"),
    7: ("يوليو", "يوليه", "تموز", "جويلية", "جويلة"),
    8: ("أغسطس", "اغسطس", "آب", "أوت", "اوت"),
    9: ("سبتمبر", "أيلول", "سبتمبر"),
    10: ("أكتوبر", "اكتوبر", "تشرين الأول", "تشرين أول"),
    11: ("نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"),
    12: ("ديسمبر", "كانون الأول", "كانون أول", "دجنبر"),
}
# Month names that are also ordinary words need a digit or "شهر/في" next to them.
AMBIGUOUS_MONTHS = {"مارس", "ماي", "آب", "أوت", "اوت"}

HIJRI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("محرم",), 2: ("صفر",), 3: ("ربيع الأول", "ربيع الاول"), 4: ("ربيع الآخر", "ربيع الثاني"),
    5: ("جمادى الأولى", "جمادى الاولى"), 6: ("جمادى الآخرة", "جمادى الثانية"), 7: ("رجب",),
    8: ("شعبان",), 9: ("رمضان",), 10: ("شوال",), 11: ("ذو القعدة", "ذي القعدة"),
    12: ("ذو الحجة", "ذي الحجة"),
}

WEEKDAYS: dict[int, tuple[str, ...]] = {  # Python weekday(): Monday = 0
    0: ("الاثنين", "الإثنين"), 1: ("الثلاثاء",), 2: ("الأربعاء", "الاربعاء"), 3: ("الخميس",),
    4: ("الجمعة",), 5: ("السبت",), 6: ("الأحد", "الاحد"),
}

NUMBER_WORDS: dict[str, int] = {
    "واحد": 1, "واحدة": 1, "اثنين": 2, "اثنتين": 2, "اثنان": 2, "اثنتان": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4,
    "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8,
    "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "بضعة": 3, "بضع": 3, "عدة": 3,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50, "خمسين": 50,
    "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مئة": 100, "مائة": 100, "مئتين": 200, "مائتين": 200, "مئتي": 200, "مائتي": 200, "ألف": 1000, "ألفين": 2000,
}

# unit word -> (unit, count implied by a dual form)
UNITS: dict[str, tuple[str, int]] = {
    "يوم": ("day", 1), "أيام": ("day", 0), "يومين": ("day", 2), "يوما": ("day", 0), "يوماً": ("day", 0),
    "أسبوع": ("week", 1), "أسابيع": ("week", 0), "أسبوعين": ("week", 2), "أسبوعا": ("week", 0),
    "شهر": ("month", 1), "أشهر": ("month", 0), "شهور": ("month", 0), "شهرين": ("month", 2), "شهرا": ("month", 0),
    "عام": ("year", 1), "أعوام": ("year", 0), "عامين": ("year", 2), "عاما": ("year", 0),
    "سنة": ("year", 1), "سنوات": ("year", 0), "سنتين": ("year", 2), "سنين": ("year", 0),
}

PAST = ("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق", "السابقة")
NEXT = ("المقبل", "المقبلة", "القادم", "القادمة")
CURRENT = ("الجاري", "الجارية", "الحالي", "الحالية")
VAGUE_PAST = ("مؤخرا", "مؤخراً", "في الآونة الأخيرة", "خلال الأيام الماضية", "في الأيام الأخيرة",
              "في وقت سابق", "خلال الفترة الماضية")
TIME_OF_DAY = ("صباح", "مساء", "ظهر", "عصر", "ليل", "ليلة", "فجر", "صبيحة", "ظهيرة", "مساء يوم", "صباح يوم")


def _alt(words) -> str:
    """Regex alternation of normalized words/phrases, longest first, with flexible spaces."""
    keys = sorted({normalize_key(w) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in k.split()) for k in keys)


def _lookup(table: dict[int, tuple[str, ...]]) -> dict[str, int]:
    return {" ".join(normalize_key(n).split()): k for k, names in table.items() for n in names}


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    month = _alt(n for names in GREGORIAN_MONTHS.values() for n in names)
    month_strict = _alt(n for names in GREGORIAN_MONTHS.values() for n in names if n not in AMBIGUOUS_MONTHS)
    hmonth = _alt(n for names in HIJRI_MONTHS.values() for n in names)
    wd = _alt(n for names in WEEKDAYS.values() for n in names)
    num = _alt(NUMBER_WORDS)
    unit = _alt(UNITS)
    past, nxt, cur = _alt(PAST), _alt(NEXT), _alt(CURRENT)
    tod = _alt(TIME_OF_DAY)
    b = r"(?<![\w])"  # left boundary (a proclitic و/ف/ب/ل may precede: handled by (?:[وفبل])?)
    pre = r"(?<![\w])(?P<clitic>وب|ول|فب|[وفبل])?"
    e = r"(?![\w])"
    year = r"(?P<year>(?:1[89]|20|21)\d{2})"
    yword = r"(?:(?:من\s+)?(?:عام|العام|سنه|لعام)\s+)?"
    specs = [
        # 14 آذار 2023 / 14 مارس (آذار) 2023 / 14 من شهر مارس عام 2023
        ("day_month_year", rf"{b}(?P<day>[0-3]?\d)\s*(?:من\s+)?(?:شهر\s+)?(?P<month>{month})"
                           rf"(?:\s*[/(]\s*(?:{month})\s*\)?)?\s*(?:[,،]\s*)?{yword}{year}{e}"),
        ("hijri", rf"{b}(?P<day>[0-3]?\d)\s+(?:من\s+)?(?:شهر\s+)?(?P<hmonth>{hmonth})\s+(?:(?:من\s+)?(?:عام|سنه)\s+)?"
                  rf"(?P<hyear>1[34]\d\d)\s*(?:ه|هـ|هجري|للهجره)?{e}"),
        ("ymd", rf"{b}{year}[/.-](?P<month_n>[01]?\d)[/.-](?P<day>[0-3]?\d){e}"),
        ("dmy", rf"{b}(?P<day>[0-3]?\d)[/.-](?P<month_n>[01]?\d)[/.-]{year}{e}"),
        ("month_year", rf"{pre}(?:شهر\s+)?(?P<month>{month})\s*(?:[/(]\s*(?:{month})\s*\)?\s*)?(?:[,،]\s*)?{yword}{year}{e}"),
        ("day_month", rf"{b}(?P<day>[0-3]?\d)\s*(?:من\s+)?(?:شهر\s+)?(?P<month>{month})"
                      rf"(?:\s*[/(]\s*(?:{month})\s*\)?)?{e}"),
        ("month_only", rf"{pre}(?:(?:شهر|خلال\s+شهر|في\s+شهر)\s+(?P<month>{month})|(?:في|خلال|منذ|مطلع|أواخر|اواخر|منتصف)\s+"
                       rf"(?P<month2>{month_strict})){e}(?:\s+(?P<rel>{past}|{nxt}|{cur}))?"),
        ("since_year", rf"{pre}(?:منذ|منذ\s+عام|منذ\s+العام)\s+{year}{e}"),
        ("year", rf"{pre}(?:عام|العام|سنه|لعام|خلال\s+عام|في\s+عام)\s+{year}{e}"),
        ("ago", rf"{pre}(?:قبل|منذ)\s+(?:(?P<n>\d{{1,3}})\s+|(?P<nw>{num})\s+)?(?P<unit>{unit}){e}"),
        ("period", rf"{pre}(?P<unit2>الاسبوع|الشهر|العام|السنه)\s+(?P<rel>{past}|{nxt}|{cur}){e}"),
        ("this_period", rf"{pre}(?:هذا|هذه)\s+(?P<unit2>الاسبوع|الشهر|العام|السنه){e}"),
        ("relative_day", rf"{pre}(?:(?P<tod>{tod})\s+)?(?:يوم\s+)?(?P<rel_day>اول\s+من\s+امس|اول\s+امس|امس|الامس|البارحه|"
                         rf"اليوم|غدا|بعد\s+غد)(?:\s+(?P<wd_after>{wd}))?{e}"),
        ("weekday", rf"{pre}(?:(?P<tod>{tod})\s+)?(?:يوم\s+)?(?P<wd>{wd})(?:\s+(?P<rel>{past}|{nxt}))?{e}"),
        ("vague_past", rf"{pre}(?:{_alt(VAGUE_PAST)}){e}"),
    ]
    return [(name, re.compile(p)) for name, p in specs]


# -- calendar helpers ---------------------------------------------------------------------

def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Tabular (arithmetic) Islamic calendar; may differ by a day from observed calendars."""
    jdn = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948440 - 1
    return dt.date.fromordinal(jdn - 1721425)


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _add_months(d: dt.date, months: int) -> dt.date:
    m = d.month - 1 + months
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _infer_year(month: int, day: int | None, anchor: dt.date) -> int:
    """News dates without a year: the latest occurrence not more than ~1 month after the anchor."""
    candidate = _safe_date(anchor.year, month, day or 1) or dt.date(anchor.year, month, 1)
    return anchor.year - 1 if candidate > anchor + dt.timedelta(days=31) else anchor.year


# -- resolution ---------------------------------------------------------------------------

def _resolve(name: str, m: re.Match, anchor: dt.date | None) -> tuple[Optional[str], str] | None:
    g = m.groupdict()
    months = _lookup(GREGORIAN_MONTHS)
    if name in ("day_month_year", "dmy", "ymd"):
        month = int(g["month_n"]) if g.get("month_n") else months[" ".join(g["month"].split())]
        d = _safe_date(int(g["year"]), month, int(g["day"]))
        return (d.isoformat(), "day") if d else None
    if name == "hijri":
        hmonths = _lookup(HIJRI_MONTHS)
        hm = hmonths[" ".join(g["hmonth"].split())]
        if not 1 <= int(g["day"]) <= 30:
            return None
        return hijri_to_gregorian(int(g["hyear"]), hm, int(g["day"])).isoformat(), "day"
    if name == "month_year":
        return f"{int(g['year']):04d}-{months[' '.join(g['month'].split())]:02d}", "month"
    if name == "since_year":
        return g["year"], "after"
    if name == "year":
        return g["year"], "year"
    if anchor is None:
        return None
    if name == "day_month":
        month = months[" ".join(g["month"].split())]
        d = _safe_date(_infer_year(month, int(g["day"]), anchor), month, int(g["day"]))
        return (d.isoformat(), "day") if d else None
    if name == "month_only":
        month = months[" ".join((g["month"] or g["month2"]).split())]
        rel = g.get("rel")
        y = _infer_year(month, None, anchor)
        rel_key = normalize_key(rel) if rel else ""
        if rel_key in {normalize_key(x) for x in NEXT} and dt.date(y, month, 1) <= anchor:
            y += 1
        elif rel_key in {normalize_key(x) for x in PAST} and dt.date(y, month, 1) > anchor.replace(day=1):
            y -= 1
        return f"{y:04d}-{month:02d}", "month"
    if name == "ago":
        unit, implied = UNITS_KEYED()[" ".join(g["unit"].split())]
        n = int(g["n"]) if g.get("n") else NUMBERS_KEYED().get(g.get("nw") or "", 0) or implied or 1
        if unit == "day":
            return (anchor - dt.timedelta(days=n)).isoformat(), "day"
        if unit == "week":
            return _monday(anchor - dt.timedelta(weeks=n)).isoformat(), "week"
        if unit == "month":
            d = _add_months(anchor, -n)
            return f"{d.year:04d}-{d.month:02d}", "month"
        return f"{anchor.year - n:04d}", "year"
    if name in ("period", "this_period"):
        unit = g["unit2"]
        rel = normalize_key(g.get("rel") or "الجاري")
        step = -1 if rel in {normalize_key(x) for x in PAST} else 1 if rel in {normalize_key(x) for x in NEXT} else 0
        if unit == "الاسبوع":
            return _monday(anchor + dt.timedelta(weeks=step)).isoformat(), "week"
        if unit == "الشهر":
            d = _add_months(anchor, step)
            return f"{d.year:04d}-{d.month:02d}", "month"
        return f"{anchor.year + step:04d}", "year"
    if name == "relative_day":
        rel = " ".join(g["rel_day"].split())
        offset = {"اليوم": 0, "امس": -1, "الامس": -1, "البارحه": -1, "اول امس": -2, "اول من امس": -2,
                  "غدا": 1, "بعد غد": 2}[rel]
        return (anchor + dt.timedelta(days=offset)).isoformat(), "day"
    if name == "weekday":
        wd = _lookup(WEEKDAYS)[g["wd"]]
        rel = normalize_key(g.get("rel") or "")
        if rel in {normalize_key(x) for x in NEXT}:
            delta = (wd - anchor.weekday()) % 7 or 7
            return (anchor + dt.timedelta(days=delta)).isoformat(), "day"
        delta = (anchor.weekday() - wd) % 7
        if rel and delta == 0:
            delta = 7  # "الثلاثاء الماضي" said on a Tuesday is a week ago
        return (anchor - dt.timedelta(days=delta)).isoformat(), "day"
    if name == "vague_past":
        return anchor.isoformat(), "before"
    return None


@lru_cache(maxsize=1)
def UNITS_KEYED() -> dict[str, tuple[str, int]]:  # noqa: N802 - constant-like cached table
    return {" ".join(normalize_key(k).split()): v for k, v in UNITS.items()}


@lru_cache(maxsize=1)
def NUMBERS_KEYED() -> dict[str, int]:  # noqa: N802
    return {normalize_key(k): v for k, v in NUMBER_WORDS.items()}


def find_dates(text: str, anchor: dt.date | None = None) -> list[DateExpr]:
    """All date expressions in ``text``, non-overlapping, longest first, in text order."""
    norm = normalize_with_offsets(text)
    ntext = norm.text
    found: list[tuple[int, int, str, re.Match]] = []
    for name, pat in _patterns():
        for m in pat.finditer(ntext):
            s, e = m.span()
            if m.groupdict().get("clitic"):
                s = m.end("clitic")  # وأمس، بالأمس: the clitic is not part of the date
            found.append((s, e, name, m))
    found.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
    taken: list[tuple[int, int]] = []
    out: list[DateExpr] = []
    for s, e, name, m in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        resolved = _resolve(name, m, anchor)
        if resolved is None:
            continue
        taken.append((s, e))
        os_, oe = norm.to_original(s, e)
        out.append(DateExpr(os_, oe, resolved[0], resolved[1], name))
    out.sort(key=lambda d: d.start)
    return out
