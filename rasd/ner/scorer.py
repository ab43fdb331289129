"""Entity-level scoring, conlleval-style: exact span and type; ``I-X`` without a
preceding ``B-X``/``I-X`` starts an entity."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

Span = tuple[int, int, str]


def _split(tag: str) -> tuple[str, str]:
    if tag in ("O", "", "-") or len(tag) < 2:
        return "O", ""
    if tag[1] == "-" and tag[0] in "BIES":
        return tag[0], tag[2:]
    return "B", tag  # bare type: treat as a one-token-start entity


def spans_from_tags(tags: Sequence[str]) -> list[Span]:
    """``[start, end)`` token spans with types from IOB1/IOB2 tags (E/S tolerated)."""
    spans: list[Span] = []
    start, cur = -1, ""
    for i, tag in enumerate(tags):
        prefix, typ = _split(tag)
        continues = prefix in ("I", "E") and typ == cur and start >= 0
        if not continues and start >= 0:
            spans.append((start, i, cur))
            start, cur = -1, ""
        if prefix != "O" and not continues:
            start, cur = i, typ
        if prefix in ("E", "S") and start >= 0:
            spans.append((start, i + 1, cur))
            start, cur = -1, ""
    if start >= 0:
        spans.append((start, len(tags), cur))
    return spans


def tags_from_spans(n: int, spans: Iterable[Span]) -> list[str]:
    """IOB2 tags of length ``n`` from non-overlapping spans."""
    tags = ["O"] * n
    for s, e, t in spans:
        tags[s] = f"B-{t}"
        for i in range(s + 1, e):
            tags[i] = f"I-{t}"
    return tags


@dataclass(frozen=True)
class PRF:
    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Per-type and micro P/R/F1 plus a type-confusion count over span matches."""

    per_type: dict[str, PRF] = field(default_factory=dict)
    micro: PRF = PRF(0, 0, 0)
    confusion: Counter = field(default_factory=Counter)  # (gold, pred) with "O" for missing

    def table(self) -> str:
        rows = [f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
        for t, s in sorted(self.per_type.items()) + [("micro", self.micro)]:
            rows.append(
                f"{t:<6} {100 * s.precision:6.2f} {100 * s.recall:6.2f} {100 * s.f1:6.2f} {s.n_gold:6d} {s.n_pred:6d}"
            )
        return "\n".join(rows)


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> Scores:
    """Score predicted IOB tag sequences against gold ones (same sentences, same lengths)."""
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} sentences, prediction {len(pred)}")
    tp: Counter = Counter()
    ng: Counter = Counter()
    npred: Counter = Counter()
    confusion: Counter = Counter()
    for i, (g, p) in enumerate(zip(gold, pred)):
        if len(g) != len(p):
            raise ValueError(f"sentence {i + 1}: gold has {len(g)} tokens, prediction {len(p)}")
        gs, ps = set(spans_from_tags(g)), set(spans_from_tags(p))
        for _, _, t in gs:
            ng[t] += 1
        for _, _, t in ps:
            npred[t] += 1
        for _, _, t in gs & ps:
            tp[t] += 1
        pbounds = {(s, e): t for s, e, t in ps}
        gbounds = {(s, e): t for s, e, t in gs}
        for (s, e), t in gbounds.items():
            confusion[(t, pbounds.get((s, e), "O"))] += 1
        for (s, e), t in pbounds.items():
            if (s, e) not in gbounds:
                confusion[("O", t)] += 1
    types = sorted(set(ng) | set(npred))
    per_type = {t: PRF(tp[t], npred[t], ng[t]) for t in types}
    micro = PRF(sum(tp.values()), sum(npred.values()), sum(ng.values()))
    return Scores(per_type, micro, confusion)
