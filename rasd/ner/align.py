"""Align NewsFANE (same text as ANERcorp, other tokenization) to ANERcorp tokens.

Both token streams are reduced to one normalized character string without spaces
(bidi marks, BOM, diacritics removed; alef/ya/ta-marbuta unified), so ``وهي`` and
``و`` ``هي`` or ``(د`` and ``(`` ``د`` give the same characters. The strings are
walked in parallel; on a mismatch the walk re-synchronizes on the next k-gram of
the ANERcorp side found ahead in NewsFANE (NewsFANE lacks the ANERcorp test part
and differs in places). Each ANERcorp token receives the NewsFANE tags of the
characters aligned to it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from rasd.ner.normalize import norm

_K = 16
_K_GLOBAL = 40


@dataclass(frozen=True)
class Alignment:
    """For every ANERcorp token, the Counter of NewsFANE fine types over its characters ("O" included)."""

    token_types: list[Counter]
    token_starts: list[set[str]]  # fine types whose B- tag falls inside the token
    aligned_chars: int
    total_chars: int


def _stream(tokens: Sequence[str]) -> tuple[str, list[int]]:
    chars: list[str] = []
    owner: list[int] = []
    for i, tok in enumerate(tokens):
        n = norm(tok.replace("\u200e", "").replace("\u200f", "").replace("\ufeff", ""))
        n = "".join(c for c in n if not c.isspace())
        chars.append(n)
        owner.extend([i] * len(n))
    return "".join(chars), owner


def _resync(a: str, b: str, i: int, j: int) -> tuple[int, int]:
    """Next (i, j) where both strings agree: a nearby k-gram first, else a unique long one anywhere."""
    for d in range(0, 300):
        probe = a[i + d : i + d + _K]
        if len(probe) < _K:
            return len(a), j
        p = b.find(probe, j, j + 3000)
        if p >= 0:
            return i + d, p
    for d in range(0, len(a) - i, 20):
        probe = a[i + d : i + d + _K_GLOBAL]
        if len(probe) < _K_GLOBAL:
            return len(a), j
        p = b.find(probe)
        if p >= 0 and b.find(probe, p + 1) < 0:
            return i + d, p
    return len(a), j


def align(ane_tokens: Sequence[str], fane_tokens: Sequence[str], fane_types: Sequence[str]) -> Alignment:
    """Align; ``fane_types`` holds one IOB2 tag (``B-Nation``, ``O``) per NewsFANE token."""
    a, a_owner = _stream(ane_tokens)
    b, b_owner = _stream(fane_tokens)
    counts = [Counter() for _ in ane_tokens]
    starts: list[set[str]] = [set() for _ in ane_tokens]
    first = [k == 0 or b_owner[k - 1] != b_owner[k] for k in range(len(b))]
    i = j = aligned = 0
    while i < len(a):
        if j < len(b) and a[i] == b[j]:
            tag = fane_types[b_owner[j]]
            counts[a_owner[i]][tag[2:] if tag != "O" else tag] += 1
            if tag.startswith("B-") and first[j]:
                starts[a_owner[i]].add(tag[2:])
            aligned += 1
            i += 1
            j += 1
            continue
        i, j = _resync(a, b, i, j)
    return Alignment(counts, starts, aligned, len(a))
