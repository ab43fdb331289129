"""Rule-based DATE spans over model pieces, merged with the model's predictions.

Only the Wojood sample has DATE labels (516 spans), too few for the CRF alone. These
patterns cover the usual news forms: day + month name (Gregorian, Levantine, Maghrebi and
Hijri names; ``أكتوبر / تشرين الأول``) + year, ``عام|سنة 2019 (هـ|م)``, ``26 / 4 / 1948``,
bare years 1800-2099, weekdays (``يوم الثلاثاء``) and اليوم/أمس/غدا. Spans are matched on
normalized pieces (:func:`rasd.ner.normalize.norm`), proclitics و ب ل ف allowed on the first word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from rasd.ner.normalize import norm

_MONTHS_1 = (
    "يناير فبراير مارس ابريل مايو يونيو يونيه يوليو يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر "
    "شباط اذار نيسان ايار حزيران تموز اب ايلول جانفي فيفري افريل ماي جوان جويليه اوت "
    "محرم صفر رجب شعبان رمضان شوال"
).split()
_MONTHS_2 = ("كانون الثاني", "كانون الاول", "تشرين الثاني", "تشرين الاول", "ربيع الاول", "ربيع الثاني",
             "ربيع الاخر", "جمادي الاولي", "جمادي الاخره", "جمادي الثانيه", "ذو القعده", "ذو الحجه", "ذي القعده",
             "ذي الحجه")
# month names that are also common words or person names: need a day number before or a year after
_AMBIGUOUS = {"رمضان", "رجب", "شعبان", "صفر", "محرم", "شوال", "اب", "ماي", "مارس", "ايار"}
_WEEKDAYS = "الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت".split()
_RELATIVE = ("اليوم", "امس", "غدا", "البارحه")
_YEAR_WORDS = ("عام", "سنه", "العام", "السنه")
_ERA = ("م", "ه", "هـ", "ميلادي", "هجري", "ميلاديه", "هجريه")
_PROCLITIC = re.compile("^(?:و|ف|ب|ل|وب|ول|فب)?")
_DAY = re.compile(r"^(?:[1-9]|[12][0-9]|3[01])$")
_YEAR = re.compile(r"^(?:1[3489][0-9]{2}|20[0-9]{2})$")
_NUM = re.compile(r"^[0-9]{1,4}$")


@lru_cache(maxsize=50_000)
def _n(piece: str) -> str:
    return norm(piece)


def _strip(word: str, vocab: Sequence[str]) -> str | None:
    """``word`` (normalized) if it is in ``vocab`` directly or after one proclitic, else None."""
    if word in vocab:
        return word
    m = _PROCLITIC.match(word)
    rest = word[m.end():] if m else word
    return rest if rest in vocab else None


def _month(w: list[str], i: int, first: bool) -> int:
    """Length (1-2 pieces) of a month name at ``i``, 0 if none. ``first``: proclitics allowed."""
    if i + 1 < len(w):
        two = f"{w[i]} {w[i + 1]}"
        if two in _MONTHS_2 or (first and _strip(w[i], ("كانون", "تشرين", "ربيع", "جمادي", "ذو", "ذي"))
                                and f"{_strip(w[i], ('كانون', 'تشرين', 'ربيع', 'جمادي', 'ذو', 'ذي'))} {w[i + 1]}" in _MONTHS_2):
            return 2
    if w[i] in _MONTHS_1 or (first and _strip(w[i], _MONTHS_1)):
        return 1
    return 0


_TRIGGERS = frozenset(
    _MONTHS_1 + _WEEKDAYS + list(_RELATIVE) + list(_YEAR_WORDS)
    + ["يوم", "تاريخ", "كانون", "تشرين", "ربيع", "جمادي", "ذو", "ذي"]
)


def _may_start(word: str) -> bool:
    """Cheap filter: only digits or date words (possibly with a proclitic) can start a date."""
    return word[:1].isdigit() or _strip(word, _TRIGGERS) is not None


def date_spans(pieces: Sequence[str]) -> list[tuple[int, int]]:
    """Non-overlapping [start, end) DATE spans, longest match at each position; a ``(`` opened
    inside a span is closed inside it (``عام ( 1948 )``)."""
    w = [_n(p) for p in pieces]
    n = len(w)
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        end = _match(w, i) if _may_start(w[i]) else i
        if end > i and end < n and w[end] == ")" and w[i:end].count("(") > w[i:end].count(")"):
            end += 1
            if end < n and w[end] in _ERA:
                end += 1
        if end > i:
            out.append((i, end))
            i = end
        else:
            i += 1
    return out


def _numeric(w: list[str], k: int) -> int:
    """End of ``[(] d / m / yyyy`` or ``[(] yyyy`` at ``k`` (closing parenthesis excluded), else ``k``."""
    n = len(w)
    j = k + 1 if k < n and w[k] == "(" else k
    if j + 4 < n and _NUM.match(w[j]) and w[j + 1] == "/" and _NUM.match(w[j + 2]) and w[j + 3] == "/" and _YEAR.match(w[j + 4]):
        return j + 5
    if j < n and _YEAR.match(w[j]) and j > k:
        return j + 1
    return k


def _era(w: list[str], k: int) -> int:
    if k < len(w) and w[k] == ")" and k + 1 < len(w) and w[k + 1] in _ERA:
        return k + 2
    return k + 1 if k < len(w) and w[k] in _ERA else k


def _match(w: list[str], i: int) -> int:
    n = len(w)
    j = i
    k = _numeric(w, j)
    if k > j and w[j] != "(":
        return k
    # بتاريخ / يوم / weekday prefixes
    k = j
    if _strip(w[k], ("تاريخ",)):
        end = _numeric(w, k + 1)
        return end if end > k + 1 else j
    if _strip(w[k], _WEEKDAYS) or _strip(w[k], ("يوم",)):
        k += 1
        if k < n and w[k] in _WEEKDAYS:
            k += 1
        if k >= n or not (_DAY.match(w[k]) or _month(w, k, False) or _numeric(w, k) > k):
            return k if _strip(w[j], _WEEKDAYS) or k > j + 1 else j
        end = _numeric(w, k)
        if end > k:
            return end
    start_day = k < n and _DAY.match(w[k])
    m_at = k + 1 if start_day else k
    ml = _month(w, m_at, first=not start_day and m_at == j) if m_at < n else 0
    if ml:
        k = m_at + ml
        name = _strip(w[m_at], _MONTHS_1) if ml == 1 else None
        if k + 1 < n and w[k] == "/" and _month(w, k + 1, False):
            k = k + 1 + _month(w, k + 1, False)
        has_year = k < n and _YEAR.match(w[k])
        if name in _AMBIGUOUS and not start_day and not has_year and not (m_at > 0 and w[m_at - 1] == "شهر"):
            return j
        if has_year:
            return _era(w, k + 1)
        return max(k, _numeric(w, k))
    # عام / سنة + year [era]
    if _strip(w[j], _YEAR_WORDS) and j + 1 < n:
        k = _numeric(w, j + 1)
        if k == j + 1 and _YEAR.match(w[k]):
            k += 1
        return _era(w, k) if k > j + 1 else j
    if _YEAR.match(w[j]) and _bare_year_ok(w, j):
        return _era(w, j + 1)
    if _strip(w[j], _RELATIVE):
        return j + 1
    return j


_BEFORE_YEAR = {"في", "منذ", "حتي", "قبل", "بعد", "خلال", "(", "مطلع", "اواخر", "اواءل", "نهايه", "بدايه", "مع", "الي"}
_AFTER_YEAR = {".", "،", ",", ")", "-", "و"} | set(_ERA)


def _bare_year_ok(w: list[str], j: int) -> bool:
    """A bare 4-digit year is a date after في/منذ/… or before punctuation/era, not in ``2000 جندي``."""
    return (j > 0 and w[j - 1] in _BEFORE_YEAR) or j + 1 >= len(w) or w[j + 1] in _AFTER_YEAR


def merge_dates(model_spans: list, pieces: Sequence[str], keep_model_dates: bool = True, confidence: float = 0.9) -> list:
    """Model spans (start, end, label, conf) plus rule DATE spans that overlap no non-DATE entity.
    Model DATE spans overlapping a rule span are replaced by it; the others are kept only with
    ``keep_model_dates``. Rule spans get a fixed ``confidence`` (their dev precision, rounded)."""
    rules = date_spans(pieces)
    keep = []
    for s in model_spans:
        a, b, label = s[0], s[1], s[2]
        if label == "DATE" and (not keep_model_dates or any(a < rb and ra < b for ra, rb in rules)):
            continue
        keep.append(s)
    taken = [(s[0], s[1]) for s in keep]
    for ra, rb in rules:
        if not any(ra < b and a < rb for a, b in taken):
            keep.append((ra, rb, "DATE", confidence))
    return sorted(keep)
