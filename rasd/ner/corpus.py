"""Read the training corpora and harmonize them to rasd labels (see docs/ner.md).

Each reader returns ``Sentence`` objects whose tags are rasd IOB2 tags over the
*original* corpus tokens; ``-`` marks a token whose annotation is unknown (e.g. AQMAR
MIS* spans), which training treats as missing rather than O.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rasd.ner.align import align
from rasd.ner.conll import Sentence, read_conll
from rasd.ner.normalize import norm
from rasd.ner.scheme import (
    ANERCORP_TO_RASD,
    AQMAR_TAG_FIXES,
    AQMAR_TO_RASD,
    NEWSFANE_TO_RASD,
    WOJOOD_TO_RASD,
)
from rasd.ner.scorer import spans_from_tags, tags_from_spans

ANERCORP = "anercorp_camellab/ANERCorp_CamelLab_train.reconstructed.txt"
NEWSFANE = "newsfane_gold/NewsFANE_Gold_2014_170K.shared_part.txt"
AQMAR_DIR = "aqmar/articles"
WOJOOD = ("wojood_sample/train.txt", "wojood_sample/val.txt")
GAZETTEERS = {
    "LOC": "anercorp_camellab/ANERgazet/AlignedLocGazetteer.txt",
    "ORG": "anercorp_camellab/ANERgazet/AlignedOrgGazetteer.txt",
    "PER": "anercorp_camellab/ANERgazet/AlignedPersGazetteer.txt",
}


@dataclass(frozen=True)
class RefineStats:
    """What the NewsFANE refinement did (for docs/ner.md)."""

    aligned_chars: int
    total_chars: int
    changes: Counter  # (anercorp type, rasd type) -> entity count


def read_anercorp(data: Path) -> list[Sentence]:
    """ANERcorp train with the original PERS/LOC/ORG/MISC tags."""
    return read_conll(data / ANERCORP).sentences


def read_newsfane(data: Path) -> tuple[list[str], list[str]]:
    """NewsFANE tokens and IOB2 fine tags; empty-token lines dropped."""
    toks: list[str] = []
    types: list[str] = []
    text = (data / NEWSFANE).read_text(encoding="utf-8-sig")
    for line in text.replace("\r\n", "\n").split("\n"):
        tok, _, tag = line.partition("\t")
        tok = tok.replace("\u200e", "").strip()
        tag = tag.strip()
        if not tok:
            continue
        toks.append(tok)
        types.append(tag if tag[:2] in ("B-", "I-") else "O")
    return toks, types


def refine_anercorp(sentences: list[Sentence], data: Path) -> tuple[list[Sentence], RefineStats]:
    """Map ANERcorp to rasd labels, using NewsFANE fine types to split LOC into GPE/LOC/FAC
    and to add NORP spans (NewsFANE ``Group``: العرب, المسلمين) where ANERcorp has O or MISC."""
    flat = [t for s in sentences for t in s.tokens]
    ftoks, ftypes = read_newsfane(data)
    al = align(flat, ftoks, ftypes)
    out: list[Sentence] = []
    changes: Counter = Counter()
    k = 0
    for s in sentences:
        types = al.token_types[k : k + len(s)]
        starts = al.token_starts[k : k + len(s)]
        k += len(s)
        spans = []
        covered = set()
        for st, en, typ in spans_from_tags(s.tags):
            fine = _majority(types[st:en])
            if fine and _extends(types, starts, st, en, fine):
                fine = None  # nested in a longer NewsFANE entity (سوق دبي): keep the default
            rasd = ANERCORP_TO_RASD.get(typ, "MISC")
            mapped = NEWSFANE_TO_RASD.get(fine) if fine else None
            if typ == "LOC" and mapped in ("GPE", "LOC", "FAC"):
                rasd = mapped
            elif typ == "MISC" and mapped == "NORP":
                rasd = "NORP"
            changes[(typ, rasd)] += 1
            spans.append((st, en, rasd))
            covered.update(range(st, en))
        for st, en in _newsfane_spans(types, starts, "Group"):
            if not covered.intersection(range(st, en)):
                spans.append((st, en, "NORP"))
                changes[("O", "NORP")] += 1
        out.append(Sentence(s.tokens, tuple(tags_from_spans(len(s), sorted(spans))), s.lines))
    return out, RefineStats(al.aligned_chars, al.total_chars, changes)


def _majority(types: list[Counter]) -> str | None:
    total: Counter = Counter()
    for c in types:
        total.update(c)
    total.pop("O", None)
    return total.most_common(1)[0][0] if total else None


def _top(c: Counter) -> str | None:
    ents = [(n, t) for t, n in c.items() if t != "O"]
    return max(ents)[1] if ents else None


def _extends(types: list[Counter], starts: list[set[str]], st: int, en: int, fine: str) -> bool:
    """True when the NewsFANE entity of type ``fine`` continues outside tokens [st, en)."""
    before = st > 0 and _top(types[st - 1]) == fine and fine not in starts[st]
    after = en < len(types) and _top(types[en]) == fine and fine not in starts[en]
    return before or after


def _newsfane_spans(types: list[Counter], starts: list[set[str]], fine: str) -> list[tuple[int, int]]:
    """Token runs whose characters are mostly NewsFANE type ``fine``, split where a new entity begins."""
    spans, start = [], None
    for i in range(len(types) + 1):
        on = i < len(types) and bool(types[i]) and types[i].most_common(1)[0][0] == fine
        if start is not None and (not on or fine in starts[i]):
            spans.append((start, i))
            start = None
        if on and start is None:
            start = i
    return spans


def read_aqmar(data: Path) -> dict[str, list[Sentence]]:
    """AQMAR by article; MIS* spans become unknown ("-"), LOC becomes GPE."""
    out: dict[str, list[Sentence]] = {}
    for path in sorted((data / AQMAR_DIR).glob("*.txt")):
        sents = []
        for s in read_conll(path).sentences:
            tags = [AQMAR_TAG_FIXES.get(t, t) for t in s.tags] if s.tags else ["O"] * len(s)
            tags = [t if t == "O" or t[:2] in ("B-", "I-") else "O" for t in tags]
            new = ["O"] * len(s)
            for st, en, typ in spans_from_tags(tags):
                rasd = AQMAR_TO_RASD.get("MIS" if typ.startswith("MIS") else typ)
                for i in range(st, en):
                    new[i] = "-" if rasd is None else ("B-" if i == st else "I-") + rasd
            sents.append(Sentence(s.tokens, tuple(new), s.lines))
        out[path.stem] = sents
    return out


def read_wojood(data: Path, part: int) -> list[Sentence]:
    """Wojood sample (part 0 = train, 1 = val): outermost spans of mapped types; layers nest."""
    sents: list[Sentence] = []
    text = (data / WOJOOD[part]).read_text(encoding="utf-8-sig")
    for block in text.replace("\r\n", "\n").split("\n\n"):
        rows = [ln.split() for ln in block.split("\n") if ln.strip()]
        if not rows:
            continue
        toks = [r[0] for r in rows]
        depth = max(len(r) - 1 for r in rows)
        layers = [[r[1 + d] if len(r) > 1 + d else "O" for r in rows] for d in range(depth)]
        cands = []
        for layer in layers:
            for st, en, typ in spans_from_tags(layer):
                rasd = WOJOOD_TO_RASD.get(typ)
                if rasd:
                    cands.append((st, en, rasd))
        cands.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        chosen, used = [], set()
        for st, en, t in cands:
            if not used.intersection(range(st, en)):
                chosen.append((st, en, t))
                used.update(range(st, en))
        keep = [i for i, t in enumerate(toks) if t != "$#$"]
        tags = tags_from_spans(len(toks), sorted(chosen))
        sents.append(Sentence(tuple(toks[i] for i in keep), tuple(tags[i] for i in keep)))
    return sents


def read_gazetteers(data: Path) -> dict[str, set[str]]:
    """ANERgazet entries by type, normalized (one entry per line, ``====`` lines skipped)."""
    gaz: dict[str, set[str]] = {}
    for typ, rel in GAZETTEERS.items():
        entries = set()
        for line in (data / rel).read_text(encoding="utf-8-sig").splitlines():
            line = line.strip()
            if line and not line.startswith("="):
                entries.add(" ".join(norm(w) for w in line.split()))
        gaz[typ] = entries
    return gaz


def sentence_key(s: Sentence) -> str:
    """Normalized sentence string used to detect duplicated passages."""
    return " ".join(norm(t) for t in s.tokens)
