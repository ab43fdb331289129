"""Arabic-script helpers for the gazetteer builder: tell Arabic spellings from Persian/Urdu ones."""
from __future__ import annotations

import re

#: Letters of the basic Arabic alphabet (hamza forms, taa marbuta, alif maqsura included).
ARABIC_LETTERS = frozenset("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي")
#: Letters that only Persian, Urdu, Pashto, Kurdish, Uyghur… spellings use; never in Arabic news text.
NON_ARABIC_LETTERS = frozenset("پچژگکیۀےٹڈڑںھۆێڵڕۇېۋۈۉڭڤ")
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_SPACES = re.compile(r"\s+")


def strip_diacritics(text: str) -> str:
    """Remove harakat, Quranic marks and tatweel (they never decide a place name)."""
    return _DIACRITICS.sub("", text)


def clean_arabic_name(raw: str) -> str | None:
    """Return the name if it is written in plain Arabic letters (words separated by spaces), else None.

    Names with any Persian/Urdu-only letter, zero-width joiners, Latin letters or digits are rejected:
    they are not how Arabic news writes the place.
    """
    name = _SPACES.sub(" ", strip_diacritics(raw)).strip()
    if not name or "ال" == name:
        return None
    if any(ch not in ARABIC_LETTERS and ch not in " -" for ch in name):
        return None
    if any(word.startswith("ئ") for word in name.split()):
        return None  # Uyghur spelling (ئىسلامئاباد): Arabic words never start with ئ
    return name.replace(" - ", "-")


def has_non_arabic_letters(text: str) -> bool:
    """True when the text holds a Persian/Urdu/Pashto-only letter."""
    return any(ch in NON_ARABIC_LETTERS for ch in text)


_PERSIAN_TO_ARABIC = str.maketrans({"ک": "ك", "ی": "ي", "ۀ": "ة", "\u200c": " "})


def persian_to_arabic(raw: str) -> str | None:
    """Map a Persian spelling to its usual Arabic-news spelling when only ک/ی/ۀ differ, else None.

    پ چ ژ گ have several Arabic renderings (گ → ج/غ/ك), so such names are not converted.
    """
    converted = _SPACES.sub(" ", strip_diacritics(raw).translate(_PERSIAN_TO_ARABIC)).strip()
    return clean_arabic_name(converted)


def is_arabic_script(text: str) -> bool:
    """True when the text contains at least one Arabic-block letter."""
    return any("\u0600" <= ch <= "\u06ff" for ch in text)
