"""Linking and geocoding precision/recall on a hand-annotated dev set (JSONL).

Each line: ``{"id", "source", "license", "published", "text", "mentions": [{"start", "end", "text",
"label", "actor", "place"}]}``. ``actor`` is a registry id, a list of acceptable ids (``null``
allowed in it), ``"discovered"`` (any discovered id) or ``"discovered:<name>"`` (the discovered
id of that name: a short name must reach the full name's actor); ``place`` a gazetteer id or a
list. ``label`` ``NORP`` marks an adjective: neither counted nor penalized when the actor agrees.

A gold actor id that the registry lacks counts as expecting a discovered actor (a registry gap,
reported separately). Mentions match by character overlap, so span conventions (clitics,
``تنظيم`` before ``داعش``) do not matter. Two modes: ``pipeline`` (mentions from the pipeline:
NER when installed, else the dictionaries) and ``oracle`` (gold spans given as NER entities,
which isolates linking from mention detection).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from rasd.actors.linker import discovered_id, discovered_key
from rasd.actors.registry import Registry
from rasd.annotations import MentionAnn, state
from rasd.errors import DataFileError

SCORED_LABELS = {"PER", "ORG", "GPE", "LOC", "FAC"}
SYSTEM_METHODS_EXCLUDED = {"coreference", "agent"}


@dataclass
class Score:
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
    mode: str
    passages: int = 0
    gold_mentions: int = 0
    actors: Score = field(default_factory=Score)
    places: Score = field(default_factory=Score)
    by_label: dict[str, Score] = field(default_factory=dict)
    registry_gaps: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def load_dev(path: Path) -> list[dict]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(str(path), n, f"not JSON: {exc.msg}") from None
        for m in rec["mentions"]:
            if rec["text"][m["start"]:m["end"]] != m["text"]:
                raise DataFileError(str(path), n, f"span [{m['start']}, {m['end']}) is not {m['text']!r}")
        out.append(rec)
    return out


def _accepts(expected, got: str | None, label: str, reg: Registry, gaps: Counter) -> bool:
    options = expected if isinstance(expected, list) else [expected]
    for e in options:
        if e is None:
            if got is None:
                return True
        elif e == "discovered":
            if got and got.startswith("x."):
                return True
        elif e.startswith("discovered:"):
            if got == discovered_id(label, discovered_key(e.split(":", 1)[1])):
                return True
        elif e not in reg.actors and not e.startswith(("geonames:", "rasd:")):
            gaps[e] += 1
            if got and got.startswith("x."):
                return True
        elif got == e:
            return True
    return False


def _has_expectation(expected) -> bool:
    return expected is not None and expected != [None]


def _overlaps(a, b) -> bool:
    return a["start"] < b.end and b.start < a["end"]


def score_document(rec: dict, mentions: list[MentionAnn], reg: Registry, report: Report) -> None:
    """Add one document's counts to ``report`` (actors and places scored separately)."""
    gold = rec["mentions"]
    system = [m for m in mentions if m.label in SCORED_LABELS | {"NORP"} and m.method not in SYSTEM_METHODS_EXCLUDED]
    text = rec["text"]
    for g in gold:
        for e in (g["actor"] if isinstance(g["actor"], list) else [g["actor"]]):
            if e and not e.startswith("discovered") and e not in reg.actors:
                report.registry_gaps[e] += 1
    for kind, score in (("actor", report.actors), ("place", report.places)):
        for g in gold:
            if g["label"] == "NORP" or not _has_expectation(g[kind]):
                continue
            over = [m for m in system if _overlaps(g, m)]
            ok = any(_accepts(g[kind], getattr(m, kind), g["label"], reg, Counter()) for m in over)
            lab = report.by_label.setdefault(f"{kind}:{g['label']}", Score())
            if ok:
                score.tp += 1
                lab.tp += 1
            else:
                score.fn += 1
                lab.fn += 1
                got = [f"{text[m.start:m.end]}={getattr(m, kind)}" for m in over] or ["no mention"]
                report.errors.append(f"{rec['id']} miss {kind} {g['text']!r} [{g['start']}] "
                                     f"expected {g[kind]}; got {', '.join(got)}")
        for m in system:
            got = getattr(m, kind)
            if got is None:
                continue
            over = [g for g in gold if _overlaps(g, m)]
            if m.label == "NORP" and not any(g["label"] != "NORP" for g in over):
                continue  # adjectives are not annotated: only a wrong link on a gold name counts
            if any(_accepts(g[kind], got, g["label"], reg, Counter()) for g in over if _has_expectation(g[kind])):
                continue  # counted as a true positive on the gold side
            score.fp += 1
            report.errors.append(f"{rec['id']} false {kind} {text[m.start:m.end]!r} [{m.start}] -> {got} "
                                 f"({m.method}; {m.reason})")


def run_documents(records: Iterable[dict], pipeline, oracle: bool) -> Iterable[tuple[dict, list[MentionAnn]]]:
    """Process each record; in oracle mode the gold spans are the NER entities."""
    from rasd.pipeline import _parse_published
    from rasd.ingest.article import Article

    nlp = pipeline.nlp
    for rec in records:
        art = Article(text=rec["text"], origin=rec["id"], published=_parse_published(rec.get("published")))
        doc = pipeline.make_doc(art)
        if oracle:
            spans = [doc.char_span(g["start"], g["end"], label=g["label"], alignment_mode="expand")
                     for g in rec["mentions"] if g["label"] in SCORED_LABELS]
            doc.ents = [s for s in spans if s is not None]
        for name, proc in nlp.pipeline:
            if oracle and name == "ner":
                continue
            doc = proc(doc)
        yield rec, state(doc).mentions


def evaluate(path: Path, registry_files: list[str] | None = None, oracle: bool = False) -> Report:
    import rasd

    records = load_dev(path)
    pipeline = rasd.load(user_registry=tuple(registry_files or ()))
    reg = None
    report = Report(mode="oracle mentions" if oracle else "pipeline mentions")
    for rec, mentions in run_documents(records, pipeline, oracle):
        if reg is None:
            from rasd.actors.registry import load_registry

            reg = load_registry(registry_files or ())
        report.passages += 1
        report.gold_mentions += len(rec["mentions"])
        score_document(rec, mentions, reg, report)
    return report


def format_report(r: Report) -> str:
    lines = [f"linking dev set: {r.passages} passages, {r.gold_mentions} gold mentions ({r.mode})",
             f"{'':10} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for name, s in (("actors", r.actors), ("places", r.places)):
        lines.append(f"{name:10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp}/{s.fp}/{s.fn}")
    lines.append("recall by gold label: " + ", ".join(
        f"{k} {s.recall:.2f} ({s.tp}/{s.tp + s.fn})" for k, s in sorted(r.by_label.items())))
    if r.registry_gaps:
        lines.append("gold actors missing from the registry (expected as discovered): "
                     + ", ".join(f"{k}×{n}" for k, n in r.registry_gaps.most_common()))
    return "\n".join(lines)
