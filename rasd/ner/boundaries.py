"""Split entity spans that run over words a name cannot contain.

Three splits, each checked against the training data (ANERcorp + Wojood train, 12,364 entities):
- **Clause words** (``إن أن الذي التي قد …``) never occur inside a name there except as letter names of a
  spelled acronym (``سي إن إن``, ``تي إن كي``), so in ``وزارة الداخلية إن قوات الأمن`` the name ends
  before ``إن``. The span is cut there; what follows belongs to the next clause and is dropped (keeping it
  with the name's label added a false ORG on ANERcorp dev: ``… إن السفير``).
- **Coordinated names**: ``ماكرون وشولتس`` is two persons when the part before the ``و``-word is a whole
  name of rasd's knowledge table (:mod:`rasd.ner.knowledge`) and the ``و``-word without ``و`` begins one.
  Inner ``و``-words of gold PER spans (``ولد``, ``وقاص``, ``وايت``) are no such pair.
- **A plural nisba after a feminine definite word** (``الحكومة اليمنية | الحوثيين``، ``منظمة العفو الدولية |
  الحوثيين``): a masculine plural adjective cannot agree with ``اليمنية``, so it starts a new mention, the
  people the nisba names (NORP). No gold span of the training data holds that sequence.
MISC and DATE spans are left alone (titles of works, ``هذا العام``).
"""

from __future__ import annotations

from typing import Sequence

from rasd.ner.knowledge import Table
from rasd.ner.normalize import norm

ScoredSpan = tuple[int, int, str, float]
# normalized (rasd.ner.normalize.norm) complementizers, relative pronouns and verbal particles
CLAUSE_WORDS = frozenset(norm(w) for w in (
    "إن", "أن", "إنه", "أنه", "إنها", "أنها", "لأن", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي",
    "اللاتي", "قد", "لقد", "سوف"))
# letter names that spell Latin acronyms (سي إن إن، تي إن كي، بي بي سي): a clause word next to one is a letter
LETTER_NAMES = frozenset(norm(w) for w in (
    "سي", "تي", "بي", "دي", "جي", "كي", "إل", "إم", "أم", "إف", "اف", "إن", "ان", "أن", "إس", "اس", "إي", "اي",
    "يو", "آر", "إكس", "زد", "واي", "إتش"))
SPLIT_LABELS = frozenset({"PER", "ORG", "GPE", "LOC", "FAC", "NORP"})


def _is_letter(normed: Sequence[str], i: int, step: int) -> bool:
    """Is the nearest piece at ``i``, ``i+step``… that is not a dot a letter name (``سي . أن . أن``)?"""
    while 0 <= i < len(normed) and normed[i] == ".":
        i += step
    return 0 <= i < len(normed) and normed[i] in LETTER_NAMES


def _clause_split(span: ScoredSpan, normed: Sequence[str]) -> list[ScoredSpan]:
    a, b, label, conf = span
    for i in range(a + 1, b):
        if normed[i] in CLAUSE_WORDS and not (_is_letter(normed, i - 1, -1) or _is_letter(normed, i + 1, 1)):
            return [(a, i, label, conf)]
    return [span]


def _is_name(table: Table, key: tuple[str, ...]) -> bool:
    return any(not x.endswith("?") and not x.startswith(("AGT:", "ADJ")) for x in table.get(key, ()))


def _starts_name(table: Table, normed: Sequence[str], i: int, b: int) -> bool:
    head = normed[i][1:]
    return any(_is_name(table, (head,) + tuple(normed[i + 1 : j])) for j in range(i + 1, b + 1))


def _coordination_split(span: ScoredSpan, normed: Sequence[str], table: Table) -> list[ScoredSpan]:
    a, b, label, conf = span
    for i in range(a + 1, b):
        w = normed[i]
        if w.startswith("و") and len(w) > 3 and _is_name(table, tuple(normed[a:i])) and _starts_name(table, normed, i, b):
            return [(a, i, label, conf)] + _coordination_split((i, b, label, conf), normed, table)
    return [span]


def _nisba_split(span: ScoredSpan, normed: Sequence[str]) -> list[ScoredSpan]:
    a, b, label, conf = span
    for i in range(a + 1, b):
        w, prev = normed[i], normed[i - 1]
        if w.startswith("ال") and w.endswith(("يين", "يون")) and prev.startswith("ال") and prev.endswith("ه"):
            return [(a, i, label, conf), (i, b, "NORP", conf)]
    return [span]


def split_spans(spans: list[ScoredSpan], words: Sequence[str], table: Table) -> list[ScoredSpan]:
    """``spans`` with the splits of the module doc applied (offsets are piece indices)."""
    if not spans:
        return spans
    normed = [norm(w) for w in words]
    out: list[ScoredSpan] = []
    for span in spans:
        if span[2] not in SPLIT_LABELS:
            out.append(span)
            continue
        for part in _clause_split(span, normed):
            for piece in _nisba_split(part, normed) if part[2] != "NORP" else [part]:
                out.extend(_coordination_split(piece, normed, table) if table else [piece])
    return out
