"""Score the event coder on an annotated dev file (``tests/events/dev/dev.jsonl`` format, docs/events.md).

Matching (docs/events.md, "Notes for the coder implementer"): a predicted event matches a gold event
when their triggers overlap (one-to-one, same type preferred). Event-type scores count a match as
correct only with the same PLOVER type. Roles are judged on type-correct matches by *head overlap*
(the first word of one span lies inside the other; both empty also counts), accepting an
actor1/actor2 swap for symmetric triggers. Attribution is correct when the chains have the same
length and each level head-overlaps, outermost first; modality when the values are equal.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from rasd import schema
from rasd.events import lexicon as lx

_WORD = re.compile(r"\w+")


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    records: int = 0
    gold_events: int = 0
    predicted: int = 0
    per_type: dict[str, TypeScore] = field(default_factory=dict)
    trigger_matches: int = 0
    roles: Counter = field(default_factory=Counter)  # name -> correct
    role_total: int = 0
    errors: list[str] = field(default_factory=list)
    dump: list[str] = field(default_factory=list)  # per-record error blocks with sentence, gold and prediction

    @property
    def micro(self) -> TypeScore:
        t = TypeScore()
        for s in self.per_type.values():
            t.tp += s.tp
            t.fp += s.fp
            t.fn += s.fn
        return t

    def accuracy(self, name: str) -> float:
        return self.roles[name] / self.role_total if self.role_total else 0.0

    def to_dict(self) -> dict:
        m = self.micro
        return {
            "records": self.records, "gold_events": self.gold_events, "predicted_events": self.predicted,
            "trigger_matches": self.trigger_matches, "type_matches": self.role_total,
            "micro": {"precision": round(m.precision, 3), "recall": round(m.recall, 3), "f1": round(m.f1, 3)},
            "per_type": {t: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                             "tp": s.tp, "fp": s.fp, "fn": s.fn} for t, s in sorted(self.per_type.items())},
            "accuracy": {k: round(self.accuracy(k), 3) for k in
                         ("actor1", "actor2", "roles", "location", "attribution", "modality")},
        }


def _head(text: str, start: int, end: int) -> tuple[int, int] | None:
    m = _WORD.search(text, start, end)
    return (m.start(), m.end()) if m else None


def head_overlap(text: str, gold: dict | None, pred) -> bool:
    """Both empty, or the head word of one span lies inside the other."""
    if gold is None or pred is None:
        return gold is None and pred is None
    ps, pe = pred.start, pred.end
    gs, ge = gold["start"], gold["end"]
    gh, ph = _head(text, gs, ge), _head(text, ps, pe)
    return bool(gh and ps <= gh[0] < pe) or bool(ph and gs <= ph[0] < ge)


def _symmetric(ev: schema.Event) -> bool:
    parts = ev.method.split(":")
    trig = lx.lexicon().triggers.get(parts[1]) if len(parts) > 1 else None
    return bool(trig and trig.symmetric)


def _attribution_ok(text: str, gold: list[dict], pred: list[schema.Attribution]) -> bool:
    if len(gold) != len(pred):
        return False
    return all(head_overlap(text, g, p) for g, p in zip(gold, pred))


def _match(gold: list[dict], pred: list[schema.Event]) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    order = sorted(range(len(gold)), key=lambda g: gold[g]["trigger"]["start"])
    for same_type in (True, False):
        for gi in order:
            if any(p[0] == gi for p in pairs):
                continue
            g = gold[gi]
            gs, ge = g["trigger"]["start"], g["trigger"]["end"]
            for pi, ev in enumerate(pred):
                if pi in used or not (ev.trigger.start < ge and gs < ev.trigger.end):
                    continue
                if same_type and ev.type != g["type"]:
                    continue
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def half_of(record_id: str) -> str:
    """A fixed two-way split of a dev file by record id (sha1 parity): ``a`` to develop on, ``b`` to check
    that a change generalises."""
    return "ab"[int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 2]


def _span(text: str, x) -> str:
    if x is None:
        return "-"
    if isinstance(x, dict):
        return f"«{x['text']}»"
    return f"«{text[x.start:x.end]}»"


def _dump_record(report: Report, record: dict, result: schema.Result, first_error: int) -> None:
    if len(report.errors) == first_error:
        return
    text = record["text"]
    lines = [f"## {record['id']}", text, "gold:"]
    for g in record["events"]:
        attr = " ← ".join(f"{a['text']}|{a.get('cue', '')}" for a in g.get("attribution") or [])
        lines.append(f"  {g['type']:9} {_span(text, g['trigger'])} a1={_span(text, g.get('actor1'))} "
                     f"a2={_span(text, g.get('actor2'))} loc={_span(text, g.get('location'))} "
                     f"{g.get('modality', 'asserted')} [{attr}]")
    lines.append("predicted:")
    for ev in result.events:
        attr = " ← ".join(_span(text, a) for a in ev.attribution)
        lines.append(f"  {ev.type:9} «{ev.trigger.text}» a1={_span(text, ev.actor1)} a2={_span(text, ev.actor2)} "
                     f"loc={_span(text, ev.location)} {ev.modality} [{attr}] {ev.method} {ev.confidence}")
        lines.append(f"      why: {ev.reason}")
    lines.append("errors:")
    lines += ["  " + e.split(": ", 1)[1] for e in report.errors[first_error:]]
    report.dump.append("\n".join(lines) + "\n")


def score_record(report: Report, record: dict, result: schema.Result) -> None:
    first_error = len(report.errors)
    _score_record(report, record, result)
    _dump_record(report, record, result, first_error)


def _score_record(report: Report, record: dict, result: schema.Result) -> None:
    text = record["text"]
    gold = record["events"]
    pred = result.events
    report.records += 1
    report.gold_events += len(gold)
    report.predicted += len(pred)
    pairs = _match(gold, pred)
    report.trigger_matches += len(pairs)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    for gi, pi in pairs:
        g, ev = gold[gi], pred[pi]
        if ev.type == g["type"]:
            report.per_type.setdefault(g["type"], TypeScore()).tp += 1
            _score_roles(report, text, g, ev, record["id"])
        else:
            report.per_type.setdefault(g["type"], TypeScore()).fn += 1
            report.per_type.setdefault(ev.type, TypeScore()).fp += 1
            report.errors.append(f"{record['id']}: «{g['trigger']['text']}» gold {g['type']} predicted {ev.type}")
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            report.per_type.setdefault(g["type"], TypeScore()).fn += 1
            report.errors.append(f"{record['id']}: missed {g['type']} «{g['trigger']['text']}»")
    for pi, ev in enumerate(pred):
        if pi not in matched_p:
            report.per_type.setdefault(ev.type, TypeScore()).fp += 1
            report.errors.append(f"{record['id']}: spurious {ev.type} «{ev.trigger.text}» ({ev.method})")


def _score_roles(report: Report, text: str, g: dict, ev: schema.Event, rid: str) -> None:
    report.role_total += 1
    a1 = head_overlap(text, g.get("actor1"), ev.actor1)
    a2 = head_overlap(text, g.get("actor2"), ev.actor2)
    if not (a1 and a2) and _symmetric(ev):
        s1 = head_overlap(text, g.get("actor1"), ev.actor2)
        s2 = head_overlap(text, g.get("actor2"), ev.actor1)
        if s1 and s2:
            a1 = a2 = True
    loc = head_overlap(text, g.get("location"), ev.location)
    attr = _attribution_ok(text, g.get("attribution") or [], ev.attribution)
    mod = g.get("modality", "asserted") == ev.modality
    for name, ok in (("actor1", a1), ("actor2", a2), ("location", loc), ("attribution", attr), ("modality", mod)):
        if ok:
            report.roles[name] += 1
        else:
            report.errors.append(f"{rid}: {g['type']} «{g['trigger']['text']}» wrong {name}")
    report.roles["roles"] += (a1 + a2) / 2


def load_dev(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(records: Iterable[dict], pipeline) -> Report:
    report = Report()
    for rec in records:
        result = pipeline(rec["text"], published=rec.get("published"))
        score_record(report, rec, result)
    return report
