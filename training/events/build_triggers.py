"""Build rasd/data/events/triggers.tsv from the curated sources in training/events/lexicon/*.lex.

Why a build step: the sources are compact (block defaults, frame macros) and readable for
curators; the shipped TSV is explicit (every column filled per row) so the coder needs no macro
logic. The build also records PETRARCH provenance, keeps ids stable across rebuilds and checks
every row against the ontology tables and the frame grammar.

    /work/venv/bin/python training/events/build_triggers.py
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from frames import FrameError, format_frame, noun_frame, parse_frame  # noqa: E402
from petrarch_index import lookup, norm  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
LEX_DIR = Path(__file__).resolve().parent / "lexicon"
DATA = REPO / "rasd" / "data" / "events"
OUT = DATA / "triggers.tsv"

COLUMNS = ["id", "type", "mode", "cameo", "context", "pos", "lemma", "past", "present", "masdar",
           "plural", "particle", "frame", "frame_noun", "symmetric", "negative", "extra_forms",
           "confidence", "note", "source"]
MACROS = {
    "T": "a1=subj a2=obj",  # transitive verb
    "I": "a1=subj",  # intransitive verb
    # nouns of attack/sanction that are not masdars of a transitive verb: the genitive is the agent
    "A": "a1=gen|prep:من قبل|prep:على يد a2=prep:على|prep:ضد|prep:بحق",
}
SEP = " | "
_KEYS = "mode|cameo|ctx|frame|nframe|conf|sym|neg|pl|x|note"


@dataclass
class Entry:
    file: str
    line: int
    pos: str
    type: str
    opts: dict[str, str]
    lemma: str
    past: str = ""
    present: str = ""
    masdars: list[str] = field(default_factory=list)
    particles: list[str] = field(default_factory=list)


def split_alts(s: str) -> list[str]:
    return [a.strip() for a in s.split("|") if a.strip() and a.strip() != "-"]


def parse_lex(path: Path) -> list[Entry]:
    out: list[Entry] = []
    block: dict[str, str] = {}
    btype = ""
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path.name}:{n}"
        if line.startswith("@"):
            head, _, rest = line[1:].partition(" ")
            btype = head
            block = {}
            for m in re.finditer(rf"({_KEYS})=(.*?)(?=\s+(?:{_KEYS})=|$)", rest):
                block[m.group(1)] = m.group(2).strip()
            continue
        parts = [p.strip() for p in line.split(" ; ")]
        head, opts = parts[0], dict(block)
        for p in parts[1:]:
            k, eq, v = p.partition("=")
            if not eq:
                raise SystemExit(f"{where}: option without '=': {p!r}")
            opts[k.strip()] = v.strip()
        kind, _, body = head.partition(" ")
        if kind == "V":
            toks = body.split()
            if len(toks) != 3:
                raise SystemExit(f"{where}: V needs 'past present masdar': {body!r}")
            out.append(Entry(path.name, n, "verb", btype, opts, toks[0], toks[0], toks[1], split_alts(toks[2])))
        elif kind == "N":
            out.append(Entry(path.name, n, "noun", btype, opts, body.strip()))
        elif kind == "P":
            verb, plus, parts_s = body.partition(" + ")
            toks = verb.split()
            if not plus or len(toks) != 3:
                raise SystemExit(f"{where}: P needs 'past present masdar + particles': {body!r}")
            particles = list(dict.fromkeys(split_alts(parts_s)))
            out.append(Entry(path.name, n, "phrase", btype, opts, f"{toks[0]} {particles[0]}", toks[0], toks[1],
                             split_alts(toks[2]), particles))
        else:
            raise SystemExit(f"{where}: unknown entry kind {kind!r}")
    return out


def read_table(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as f:
        rows = [l for l in f if not l.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))


def frames_for(e: Entry) -> tuple[str, str]:
    where = f"{e.file}:{e.line}"
    raw = MACROS.get(e.opts.get("frame", ""), e.opts.get("frame", ""))
    try:
        vf = parse_frame(raw)
        nf_raw = e.opts.get("nframe", "")
        nf = parse_frame(MACROS.get(nf_raw, nf_raw)) if nf_raw else None
    except FrameError as err:
        raise SystemExit(f"{where}: {err}")
    if e.pos == "noun":
        explicit_noun = "frame" in _entry_keys(e) and nf is None
        return "", format_frame(nf if nf is not None else vf if explicit_noun else noun_frame(vf))
    return format_frame(vf), format_frame(nf if nf is not None else noun_frame(vf))


_ENTRY_KEYS: dict[tuple[str, int], set[str]] = {}


def _entry_keys(e: Entry) -> set[str]:
    return _ENTRY_KEYS.get((e.file, e.line), set())


def record_entry_keys(path: Path) -> None:
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = raw.strip().split(" ; ")
        if raw[:2] in ("V ", "N ", "P "):
            _ENTRY_KEYS[(path.name, n)] = {p.partition("=")[0].strip() for p in parts[1:]}


def provenance(e: Entry, cameo: str, type_of: dict[str, str]) -> str:
    words = [e.past] + e.masdars if e.pos != "noun" else [e.lemma]
    if e.pos == "phrase":
        words = [f"{e.past} {p}" for p in e.particles] + words
    best: tuple[int, str] | None = None
    for w in words:
        for h in lookup(w):
            if cameo and cameo in h.codes:
                rank = 0 if h.text.split()[0] == w.split()[0] else 1
            elif any(type_of.get(c) == e.type for c in h.codes):
                rank = 2
            else:
                continue
            if best is None or rank < best[0]:
                best = (rank, h.ref)
    if best is None:
        return "curated"
    return best[1] if best[0] == 0 else f"{best[1]}{SEP}curated"


def ctx_list(s: str) -> list[str]:
    return [c.strip() for c in re.split(r"[,|]", s) if c.strip()]


def main() -> None:
    types = {r["type"]: r for r in read_table("plover_types.tsv")}
    modes = {(r["type"], r["mode"]) for r in read_table("plover_modes.tsv")}
    contexts = {r["context"] for r in read_table("plover_contexts.tsv")}
    cameo_codes = {r["code"] for r in read_table("cameo_codes.tsv")}
    type_of = {r["cameo"]: r["type"] for r in read_table("cameo_to_plover.tsv")}

    entries: list[Entry] = []
    for path in sorted(LEX_DIR.glob("*.lex")):
        record_entry_keys(path)
        entries += parse_lex(path)

    order = list(types)
    entries.sort(key=lambda e: order.index(e.type) if e.type in order else len(order))

    # ids are stable: an entry keeps its id as long as (type, pos, lemma) is unchanged
    old_ids: dict[tuple[str, str, str], str] = {}
    if OUT.exists():
        for r in read_table(OUT.name):
            old_ids[(r["type"], r["pos"], r["lemma"])] = r["id"]
    next_num: dict[str, int] = {}
    for i in old_ids.values():
        t, _, num = i.rpartition(".")
        next_num[t] = max(next_num.get(t, 0), int(num))

    rows, seen, errors = [], set(), []
    for e in entries:
        where = f"{e.file}:{e.line}"
        o = e.opts
        t, mode, cameo = e.type, o.get("mode", ""), o.get("cameo", "")
        ctx = ctx_list(o.get("ctx", ""))
        if t not in types:
            errors.append(f"{where}: unknown type {t}")
        if mode and (t, mode) not in modes:
            errors.append(f"{where}: mode {mode!r} is not a {t} mode")
        if cameo and cameo not in cameo_codes:
            errors.append(f"{where}: CAMEO code {cameo} not in cameo_codes.tsv")
        if cameo in type_of and type_of[cameo] != t and "maps to" not in o.get("note", ""):
            errors.append(f"{where}: CAMEO {cameo} maps to {type_of[cameo]}, not {t} (explain with 'maps to' in note)")
        for c in ctx:
            if c not in contexts:
                errors.append(f"{where}: unknown context {c!r}")
        frame, nframe = frames_for(e)
        key = (t, e.pos, e.lemma)
        if key in seen:
            errors.append(f"{where}: duplicate entry {key}")
        seen.add(key)
        rid = old_ids.get(key)
        if rid is None:
            slug = t.lower()
            next_num[slug] = next_num.get(slug, 0) + 1
            rid = f"{slug}.{next_num[slug]:03d}"
        conf = float(o.get("conf", "0.5"))
        if not 0 < conf <= 1:
            errors.append(f"{where}: confidence {conf} outside (0, 1]")
        rows.append({
            "id": rid, "type": t, "mode": mode, "cameo": cameo, "context": SEP.join(ctx), "pos": e.pos,
            "lemma": e.lemma, "past": e.past, "present": e.present, "masdar": SEP.join(e.masdars),
            "plural": SEP.join(split_alts(o.get("pl", ""))), "particle": SEP.join(e.particles),
            "frame": frame, "frame_noun": nframe, "symmetric": "1" if o.get("sym") == "1" else "0",
            "negative": "1" if o.get("neg") == "1" else "0",
            "extra_forms": SEP.join(split_alts(o.get("x", ""))), "confidence": f"{conf:.2f}",
            "note": o.get("note", ""), "source": provenance(e, cameo, type_of),
        })
    if errors:
        raise SystemExit("\n".join(errors))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in rows:
        for v in r.values():
            if "\t" in v or "\n" in v:
                raise SystemExit(f"tab/newline in {r['id']}: {v!r}")
    header = [
        "Event trigger lexicon for the rasd event coder: Arabic verbs, verbal nouns, nouns and phrasal",
        "triggers with PLOVER type/mode/context, closest CAMEO code, argument frames and a prior confidence.",
        "Column meanings, the frame notation and matching rules: docs/events.md.",
        "Curated by hand starting from the Arabic PETRARCH verb dictionaries (petrarch_arabic_dictionaries:",
        "CAMEO.ar.0.5.txt, verbs_assualt_only.txt; openeventdata/UniversalPetrarch, MIT) with the English",
        "CAMEO.2.0.txt (cameo_phoenix_dictionaries_petrarch2, MIT) as a guide to CAMEO semantics; types and",
        "modes follow the PLOVER manual (plover_ontology, CC BY-SA 4.0).",
        "source: petrarch_ar:<file>:<line> = lemma and CAMEO code as on that dictionary line;",
        "'... | curated' = found there but code, type or spelling corrected; 'curated' = written by hand.",
        "Regenerate from training/events/lexicon/*.lex: /work/venv/bin/python training/events/build_triggers.py",
        "License of this file: CC BY-SA 4.0 (uses PLOVER definitions); PETRARCH-derived content MIT.",
    ]
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("".join(f"# {h}\n" for h in header))
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")
    by_type: dict[str, int] = {}
    for r in rows:
        by_type[r["type"]] = by_type.get(r["type"], 0) + 1
    print(f"wrote {OUT} ({len(rows)} rows)")
    for t in types:
        print(f"  {t:10s} {by_type.get(t, 0)}")
    src = {}
    for r in rows:
        k = "curated" if r["source"] == "curated" else ("petrarch+curated" if "curated" in r["source"] else "petrarch")
        src[k] = src.get(k, 0) + 1
    print("  sources:", src)


if __name__ == "__main__":
    main()
