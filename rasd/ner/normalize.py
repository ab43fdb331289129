"""Token-level normalization and light features for the NER model.

The model never sees normalized *text*: it sees raw tokens and computes these
features from ``token.text`` itself, so training (ANERcorp is partly
alef-normalized, AQMAR is not) and run time (raw news) agree.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200c-\u200f\ufeff]")
_CHARMAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "ء",
        "ئ": "ء",
        "گ": "ك",
        "ک": "ك",
        "ی": "ي",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
    }
)
# Proclitic sequences stripped for the "stem" feature, longest first.
_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب", "فل", "ال", "و", "ف", "ب", "ل", "ك")
_ARABIC = re.compile("[\u0600-\u06ff]")


@lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """Orthographic normal form: no diacritics/tatweel/bidi marks, unified alef, ya, ta marbuta, digits."""
    out = _DIACRITICS.sub("", text).translate(_CHARMAP).lower()
    return out or text


@lru_cache(maxsize=200_000)
def stem(text: str) -> str:
    """Normalized form without proclitics (و ف ب ل ك ال) when at least 3 letters remain."""
    n = norm(text)
    for p in _PROCLITICS:
        if n.startswith(p) and len(n) - len(p) >= 3:
            return n[len(p) :]
    return n


@lru_cache(maxsize=200_000)
def shape(text: str) -> str:
    """Coarse shape: script class, length bucket and whether the token starts with the article."""
    n = norm(text)
    if not n:
        return "empty"
    if n.isdigit():
        return f"d{min(len(n), 5)}"
    if _ARABIC.search(n):
        cls = "ar"
    elif any(c.isalpha() for c in n):
        cls = "Xx" if text[:1].isupper() else "x"
    elif any(c.isdigit() for c in n):
        cls = "dmix"
    else:
        return "p" + n[:2]
    length = "s" if len(n) <= 2 else "m" if len(n) <= 5 else "l"
    art = "al" if n.startswith(("ال", "وال", "بال", "لل", "فال", "كال")) else ""
    return f"{cls}{length}{art}"
