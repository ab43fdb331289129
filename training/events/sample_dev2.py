"""Print a seeded random sample of unused units for the blind second dev set (dev2).

Why: dev2 must be drawn without looking at the coder's output. Documents are chosen at random
(fixed seed) from ANT politic and from ANT localNews security items (a title/text keyword filter:
security words, not coder output), skipping every document already used by dev.jsonl; FIGNEWS
Arabic posts likewise. The annotator then reads the printed lines and picks sentences by hand.

    /work/venv/bin/python training/events/sample_dev2.py --seed 3 --docs 40 > /tmp/dev2_pool.txt
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import _ant_docs, _fig_rows, _lines  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SECURITY = re.compile(r"أمن|حرس|إرهاب|ارهاب|حجز|إيقاف|ايقاف|اعتقال|مسلح|احتجاج|اعتصام|إضراب|اضراب|مواجهات|الشرطة")


def used_docs() -> set[str]:
    out: set[str] = set()
    for name in ("dev.jsonl", "dev2.jsonl"):
        p = REPO / "tests" / "events" / "dev" / name
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                loc = json.loads(line)["locator"].split(":")
                out.add(loc[2] if loc[0] == "ant" else ":".join(loc[:2]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--docs", type=int, default=40, help="documents per ANT category")
    ap.add_argument("--posts", type=int, default=60, help="FIGNEWS Arabic posts")
    ap.add_argument("--lines", type=int, default=4, help="TEXT lines printed per document")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    used = used_docs()
    for cat in ("politic", "localNews"):
        docs = _ant_docs(cat)
        ids = sorted(d for d in docs if d not in used)
        if cat == "localNews":
            ids = [d for d in ids if SECURITY.search(docs[d].get("TITLE", "") + docs[d].get("ABSTRACT", ""))]
        for docno in rng.sample(ids, min(a.docs, len(ids))):
            for i, line in enumerate(_lines(docs[docno].get("TEXT", ""))[: a.lines]):
                print(f"ant:{cat}:{docno}:TEXT:{i}\t{line}")
    rows = sorted((fid, lang) for fid, lang in _fig_rows() if lang == "Arabic" and f"fig:{fid}" not in used)
    for fid, lang in rng.sample(rows, min(a.posts, len(rows))):
        print(f"fig:{fid}:{lang}\t{_fig_rows()[(fid, lang)]['Text'].strip()}")


if __name__ == "__main__":
    main()
