"""Cite the Arabic PETRARCH actor dictionary in registry rows whose names it contains.

    python training/actors/link_petrarch.py [--check]       (rewrites the hand-written registry files)

For every row, PETRARCH entries whose loose key (no article, unified alef/ya/ta marbuta) equals the key of the
row's name or of one of its aliases, and whose CAMEO code is compatible with the row's code (same three-letter
prefix, or both IGO/IMG/NGO), are cited as `petrarch_ar:actor_dict_ar_v4.txt:<line>` in the `source` column.
Single-token names are matched only for countries (multi-token names are specific enough; single surnames are
not). Existing citations are verified: a citation whose line is not an entry sharing a token with the row's
names is reported (and dropped when rewriting). The registry spelling is never taken from PETRARCH: the dictionary
is lemmatised and partly machine-translated, so it only serves as corroborating provenance.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import petrarch_ar
from common import ACTORS_DIR, join_multi, loose_key, split_multi

HAND_WRITTEN = ["armed_groups.tsv", "persons.tsv", "organizations.tsv", "media.tsv", "parties.tsv"]
_CITE = re.compile(r"^petrarch_ar:actor_dict_ar_v4\.txt:(\d+)$")
_TRANSNATIONAL = ("IGO", "IMG", "NGO")
MAX_CITES = 3  # corroboration, not a concordance: the dictionary repeats entries


def compatible(row_code: str, entry_codes: list[str]) -> bool:
    for code in entry_codes:
        if code[:3] == row_code[:3]:
            return True
        if code[:3] in _TRANSNATIONAL and row_code[:3] in _TRANSNATIONAL:
            return True
    return False


def row_keys(fields: dict[str, str]) -> set[str]:
    names = [fields.get("name", "")] + split_multi(fields.get("aliases", ""))
    return {loose_key(n) for n in names if n}


def link_sources(fields: dict[str, str], index: dict[str, list[petrarch_ar.PetrarchEntry]],
                 by_line: dict[int, petrarch_ar.PetrarchEntry]) -> tuple[str, list[str]]:
    """Return (new source value, problems found in existing citations)."""
    keys = row_keys(fields)
    tokens = {t for k in keys for t in k.split()}
    problems: list[str] = []
    kept: list[str] = []
    for src in split_multi(fields.get("source", "")):
        m = _CITE.match(src)
        if m:
            entry = by_line.get(int(m.group(1)))
            if entry is None or not (set(entry.key.split()) & tokens):
                problems.append(f"{fields.get('id')}: {src} does not name this actor")
                continue
        kept.append(src)
    single_ok = fields.get("kind") == "country"
    found = sorted({entry.line: entry for key in keys if " " in key or single_ok
                    for entry in index.get(key, [])
                    if compatible(fields.get("code", ""), [c.code for c in entry.codes])}.values(),
                   key=lambda e: e.line)
    cited = {s for s in kept if _CITE.match(s)}
    new = [e.source for e in found if e.source not in cited][:max(0, MAX_CITES - len(cited))]
    at = len(kept) - 1 if kept and kept[-1] == "curated" else len(kept)
    kept[at:at] = new
    return join_multi(kept), problems


def rewrite(path: Path, index, by_line, write: bool) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    header: list[str] | None = None
    problems: list[str] = []
    for i, line in enumerate(lines):
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        fields = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        new_source, found = link_sources(fields, index, by_line)
        problems += [f"{path.name}:{i + 1}: {p}" for p in found]
        fields["source"] = new_source
        lines[i] = "\t".join(fields[c] for c in header)
    if write:
        path.write_text("\n".join(lines), encoding="utf-8")
    return problems


def link_agents(path: Path, write: bool) -> int:
    """Cite agents.all.ar.txt lines whose Arabic phrase equals (loosely) an agent phrase/form with the same code."""
    index: dict[tuple[str, str], list[petrarch_ar.AgentEntry]] = {}
    for e in petrarch_ar.parse_agents():
        index.setdefault((loose_key(e.arabic), e.code), []).append(e)
    lines = path.read_text(encoding="utf-8").split("\n")
    header: list[str] | None = None
    n = 0
    for i, line in enumerate(lines):
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        fields = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        forms = [fields["phrase"]] + split_multi(fields.get("forms", ""))
        hits = sorted({e.line: e for f in forms for e in index.get((loose_key(f), fields["code"]), [])}.values(),
                      key=lambda e: e.line)[:MAX_CITES]
        kept = [s for s in split_multi(fields["source"]) if not s.startswith(f"petrarch_ar:{petrarch_ar.AGENTS_FILE}:")]
        at = len(kept) - 1 if kept and kept[-1] == "curated" else len(kept)
        kept[at:at] = [e.source for e in hits]
        n += bool(hits)
        fields["source"] = join_multi(kept)
        lines[i] = "\t".join(fields[c] for c in header)
    if write:
        path.write_text("\n".join(lines), encoding="utf-8")
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report, do not rewrite")
    ap.add_argument("files", nargs="*", default=HAND_WRITTEN)
    args = ap.parse_args(argv)
    entries = petrarch_ar.parse()
    index = petrarch_ar.index_by_key(entries)
    by_line = {e.line: e for e in entries}
    problems: list[str] = []
    for name in args.files:
        problems += rewrite(ACTORS_DIR / name, index, by_line, write=not args.check)
    if not args.files or args.files == HAND_WRITTEN:
        n = link_agents(ACTORS_DIR / "agents.tsv", write=not args.check)
        print(f"agents.tsv: {n} rows cite {petrarch_ar.AGENTS_FILE}")
    for p in problems:
        print(p)
    return 1 if problems and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
