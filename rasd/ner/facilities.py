"""Facility names built on a head noun: ``مطار هاتاي``, ``سجن صيدنايا``, ``معبر رفح``, ``قاعدة حميميم``.

FAC is rare in the training data (15 ANERcorp/NewsFANE + 18 Wojood spans), so the model almost
never predicts it. News names facilities as a head noun in construct state (no article) followed
by a place or person name, optionally an adjective (``الجوية``, ``الدولي``). The rule tags
head + name as FAC when the name is a predicted entity or a gazetteer place
(:mod:`rasd.ner.knowledge`), and the whole phrase when it is a known facility of the gazetteer.
"""

from __future__ import annotations

from typing import Sequence

from rasd.ner.knowledge import Table, first_forms
from rasd.ner.normalize import norm

# normalized head nouns (construct state)
HEADS = frozenset({"مطار", "سجن", "معبر", "قاعده", "ميناء", "مرفا"})
# adjectives that stay inside the facility name
ADJECTIVES = frozenset({
    "الدولي", "الجويه", "الجوي", "العسكريه", "العسكري", "البحريه", "البحري", "الحدودي", "المركزي", "التجاري",
})
NAME_TYPES = frozenset({"GPE", "LOC", "PER", "FAC"})
CONFIDENCE = 0.7
ScoredSpan = tuple[int, int, str, float]


def _is_head(piece: str) -> bool:
    """A head noun, possibly with a conjunction/preposition (``بمطار``, ``ومعبر``), never with the article."""
    return any(f in HEADS for f in first_forms(norm(piece)) if not f.startswith("ال"))


def _is_place(table: Table, normed: Sequence[str], i: int) -> int:
    """Length of the longest gazetteer place name starting at ``i`` (0 if none)."""
    best = 0
    for m in range(1, min(4, len(normed) - i) + 1):
        labels = table.get(tuple(normed[i : i + m]))
        if labels and any(x.startswith("PL:") and not x.endswith("?") for x in labels):
            best = m
    return best


def apply_facilities(spans: list[ScoredSpan], words: Sequence[str], table: Table) -> list[ScoredSpan]:
    """Replace ``head`` + name with one FAC span (see module doc); other spans are kept."""
    if not words:
        return spans
    normed = [norm(w) for w in words]
    by_start = {s[0]: s for s in spans}
    covered = {t for a, b, _, _ in spans for t in range(a, b)}
    out = list(spans)
    for i, w in enumerate(words[:-1]):
        if i in covered or not _is_head(w):
            continue
        j = i + 1
        known = next((m for m in range(min(4, len(words) - i), 1, -1) for f in first_forms(normed[i])
                      if any(x.startswith("PL:facility") for x in table.get((f,) + tuple(normed[i + 1 : i + m]), ()))),
                     0)
        if known:
            end = i + known
        elif j in by_start and by_start[j][2] in NAME_TYPES:
            end = by_start[j][1]
        elif j not in covered and (m := _is_place(table, normed, j)):
            end = j + m
        else:
            continue
        if end < len(words) and normed[end] in ADJECTIVES:
            end += 1
        out = [s for s in out if s[1] <= i or s[0] >= end]
        out.append((i, end, "FAC", CONFIDENCE))
        covered.update(range(i, end))
    return sorted(out)
