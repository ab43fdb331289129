"""Print a seeded random sample of unused ANT documents for part a of the blind third dev set (dev3a).

Why: dev3 must be drawn without looking at the coder's output and from text nobody has tuned on.
Documents are chosen at random (fixed seed) from ANT v1.1 internationalNews and politic (Apache-2.0),
skipping every document used by dev.jsonl, dev2.jsonl and (when present) dev3b.jsonl, and every
internationalNews article of the hand-judged precision samples (benchmarks/events/precision_sample.md and
experiments.md: A 701-730, B 1001-1020, D 301-313, E 501-512, G 1201-1212). Those samples were taken in
file order after skipping dev documents, so each window is widened by a margin (ANT DOCNO numbers equal
the file position + 1). No keyword filter: sentences are taken as they come. The annotator reads the
printed lines and picks sentences by hand.

    /work/venv/bin/python training/events/sample_dev3.py --seed 31 --docs 45 > /tmp/dev3a_pool.txt
    # types the draw lacks: the next documents of the same seeded order that contain a threat/cooperation word
    /work/venv/bin/python training/events/sample_dev3.py --seed 31 --docs 45 --pattern 'هدد|تهديد|توعد|تعاون|تنسيق' --extra 6
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import _ant_docs, _lines  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
DEV_FILES = ("dev.jsonl", "dev2.jsonl", "dev3b.jsonl")
CATEGORIES = ("internationalNews", "politic")
# (first article number, last article number) of each internationalNews precision sample
PRECISION_WINDOWS = ((301, 313), (501, 512), (701, 730), (1001, 1020), (1201, 1212))
MARGIN = 15  # dev documents skipped inside a window push the sample this far at most


def used_docs() -> set[str]:
    """DOCNOs (ANT) and unit keys (other corpora) of every existing dev record; only locators are read."""
    out: set[str] = set()
    for name in DEV_FILES:
        p = REPO / "tests" / "events" / "dev" / name
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    loc = json.loads(line)["locator"].split(":")
                    out.add(loc[2] if loc[0] == "ant" else ":".join(loc[:2]))
    return out


def in_precision_sample(docno: str) -> bool:
    """True for internationalNews articles that a precision sample may have contained."""
    parts = docno.split("-")
    if len(parts) < 3 or parts[1] != "internationalNews":
        return False
    n = int(parts[2])
    return any(lo - 1 <= n <= hi + MARGIN for lo, hi in PRECISION_WINDOWS)


def candidates(category: str, used: set[str]) -> list[str]:
    docs = _ant_docs(category)
    return sorted(d for d in docs if d not in used and not in_precision_sample(d) and _lines(docs[d].get("TEXT", "")))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--docs", type=int, default=45, help="documents per ANT category")
    ap.add_argument("--lines", type=int, default=6, help="TEXT lines printed per document")
    ap.add_argument("--pattern", help="also print, per category, the next --extra documents of the same seeded order "
                    "(after the --docs sample) whose TEXT matches this regex (for types the sample lacks)")
    ap.add_argument("--extra", type=int, default=5)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    used = used_docs()
    for cat in CATEGORIES:
        docs = _ant_docs(cat)
        ids = candidates(cat, used)
        drawn = rng.sample(ids, a.docs)
        chosen = list(drawn)
        if a.pattern:
            rest = [d for d in ids if d not in set(drawn)]
            hits = [d for d in rng.sample(rest, len(rest)) if re.search(a.pattern, docs[d].get("TEXT", ""))]
            chosen = hits[: a.extra]
        for docno in chosen:
            print(f"## {docno}\t{docs[docno].get('TITLE', '').strip()}")
            for i, line in enumerate(_lines(docs[docno].get("TEXT", ""))[: a.lines]):
                print(f"ant:{cat}:{docno}:TEXT:{i}\t{line}")


if __name__ == "__main__":
    main()
