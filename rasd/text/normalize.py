"""Arabic normalization for matching keys, with an offset map back to the original.

Each normalization is a small pure function over a *character table* (one input
code point -> zero or more output code points). Tables compose, so the full key
normalization is a single table applied in one pass, and :func:`normalize_with_offsets`
records for every output character the original ``[start, end)`` it came from.
The original text is never altered; only matching keys are normalized.

Character sets are data (``rasd/data/text/charmap.tsv``) loaded at first use.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Mapping

from rasd.errors import DataFileError

Table = Mapping[int, str]

# The steps of the matching key, in the order they are composed.
KEY_STEPS = (
    "presentation",
    "format",
    "diacritics",
    "tatweel",
    "alef",
    "alef_maqsura",
    "teh_marbuta",
    "persian",
    "digits",
    "quotes",
    "dashes",
    "spaces",
)


@lru_cache(maxsize=1)
def _charmap() -> dict[str, dict[int, str]]:
    """Load ``charmap.tsv``: ``step<TAB>from<TAB>to<TAB>comment`` (code points as U+XXXX)."""
    tables: dict[str, dict[int, str]] = {}
    ref = resources.files("rasd.data").joinpath("text/charmap.tsv")
    for lineno, line in enumerate(ref.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] == "step":
            continue
        if len(parts) < 3:
            raise DataFileError(str(ref), lineno, "expected step, from, to columns")
        step, src, dst = parts[0], parts[1], parts[2]
        try:
            lo, _, hi = src.partition("..")
            first = int(lo.removeprefix("U+"), 16)
            last = int(hi.removeprefix("U+"), 16) if hi else first
            out = "".join(chr(int(c.removeprefix("U+"), 16)) for c in dst.split()) if dst else ""
        except ValueError as exc:
            raise DataFileError(str(ref), lineno, f"bad code point: {exc}") from None
        table = tables.setdefault(step, {})
        for cp in range(first, last + 1):
            table[cp] = out
    return tables


@lru_cache(maxsize=1)
def _presentation_table() -> dict[int, str]:
    """Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) -> base letters via NFKC."""
    table: dict[int, str] = {}
    for lo, hi in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF)):
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if unicodedata.category(ch) == "Cn" or cp == 0xFEFF:
                continue
            nf = unicodedata.normalize("NFKC", ch)
            if nf != ch:
                table[cp] = nf.strip() or nf
    return table


def step_table(step: str) -> dict[int, str]:
    if step == "presentation":
        return _presentation_table()
    try:
        return _charmap()[step]
    except KeyError:
        raise KeyError(f"unknown normalization step {step!r}; known: {', '.join(KEY_STEPS)}") from None


def compose(*tables: Table) -> dict[int, str]:
    """One table equivalent to applying ``tables`` left to right."""
    out: dict[int, str] = {}
    keys = set().union(*(t.keys() for t in tables))
    for cp in keys:
        s = chr(cp)
        for t in tables:
            s = "".join(t.get(ord(c), c) for c in s)
        if s != chr(cp):
            out[cp] = s
    return out


@lru_cache(maxsize=None)
def key_table(steps: tuple[str, ...] = KEY_STEPS) -> dict[int, str]:
    return compose(*(step_table(s) for s in steps))


def _apply(step: str, text: str) -> str:
    return text.translate(step_table(step))


# -- the small pure functions ------------------------------------------------

def presentation_to_base(text: str) -> str:
    """ﻻ -> لا, ﺍﻟﻬﻴﺌﺔ -> الهيئة."""
    return _apply("presentation", text)


def remove_format_marks(text: str) -> str:
    """Zero-width joiners, LRM/RLM, bidi embeddings/overrides/isolates, BOM."""
    return _apply("format", text)


def strip_diacritics(text: str) -> str:
    """Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks."""
    return _apply("diacritics", text)


def strip_tatweel(text: str) -> str:
    return _apply("tatweel", text)


def normalize_alef(text: str) -> str:
    """أ إ آ ٱ -> ا."""
    return _apply("alef", text)


def normalize_alef_maqsura(text: str) -> str:
    """ى -> ي."""
    return _apply("alef_maqsura", text)


def normalize_teh_marbuta(text: str) -> str:
    """ة -> ه (news writes both)."""
    return _apply("teh_marbuta", text)


def normalize_persian_letters(text: str) -> str:
    """Persian/Urdu forms of Arabic letters: ک -> ك, ی -> ي, ە -> ه."""
    return _apply("persian", text)


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits -> ASCII; Arabic decimal/thousands separators."""
    return _apply("digits", text)


def normalize_quotes(text: str) -> str:
    """« » “ ” „ ‹ › -> ", ‘ ’ ‚ -> '."""
    return _apply("quotes", text)


def normalize_dashes(text: str) -> str:
    """‐ ‑ ‒ – — ― − -> -."""
    return _apply("dashes", text)


def normalize_spaces(text: str) -> str:
    """No-break and other Unicode spaces -> ' '."""
    return _apply("spaces", text)


def normalize_key(text: str) -> str:
    """The matching key: every step above plus Latin case folding.

    Apply the same function to dictionary entries at load time and to text.
    """
    return text.translate(key_table()).casefold()


# -- normalization that keeps offsets ------------------------------------------

@dataclass(frozen=True)
class Normalized:
    """A normalized string and, per output character, its source span in the original."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized ``[start, end)`` to the original text's ``[start, end)``."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span [{start}, {end}) outside normalized text of length {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.text) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


# Characters dropped by normalization that belong to the preceding letter
# (so a span ending on that letter keeps its diacritics and tatweel).
def _attaches_left(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn" or ch == "\u0640"


def normalize_with_offsets(text: str, steps: tuple[str, ...] = KEY_STEPS) -> Normalized:
    """Normalize ``text`` and keep, for each output char, the original span it came from.

    Dropped combining marks and tatweel extend the span of the preceding output
    character; other dropped characters (zero-width, bidi marks) belong to no output.
    """
    table = key_table(steps)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch)
        if rep == "":
            if ends and ends[-1] == i and _attaches_left(ch):
                # the last output char came from the immediately preceding char
                j = len(ends) - 1
                while j >= 0 and ends[j] == i:
                    ends[j] = i + 1
                    j -= 1
            continue
        rep = rep.casefold()
        for c in rep:
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
    return Normalized(text, "".join(out), tuple(starts), tuple(ends))
