"""Print a seeded random sample of unused units for the blind dev set part dev3b.

Why: dev3b must be drawn without looking at the coder's output, from text that neither dev.jsonl nor
dev2.jsonl used. Three sources (dev3a, another part, takes ANT internationalNews and politic):
- ANT v1.1 localNews (Apache-2.0): random documents whose title/abstract has a political or security
  word (a keyword filter, not coder output);
- SaudiNewsNet (CC BY-NC-SA 4.0): random articles with such a word in the title, from days that
  dev.jsonl does not use at all;
- ANERcorp CAMeL train (CC BY-SA 4.0): random blocks of consecutive sentences (the corpus has no
  document ids; a block of BLOCK sentences stands for a document) that are not next to a used sentence
  and have at least --aner-min-hits sentences with such a word (the corpus is half sports, culture and
  business; a single hit such as «رئيس» lets those in).
Units (ANER: whole blocks) that share an 8-word sequence with a dev/dev2 text are dropped: the corpora
repeat stories. The annotator reads the printed lines and picks sentences by hand, in the order they come.

    /work/venv/bin/python training/events/sample_dev3b.py --seed 47 > /tmp/dev3b_pool.txt
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import _aner_sentences, _ant_docs, _lines, _snn_articles, shared_data

REPO = Path(__file__).resolve().parents[2]
DEV_FILES = ("dev.jsonl", "dev2.jsonl")
BLOCK = 10
NGRAM = 8
POLITICAL = re.compile(
    r"أمن|حرس|إرهاب|ارهاب|حجز|إيقاف|ايقاف|اعتقال|مسلح|احتجاج|اعتصام|إضراب|اضراب|مواجهات|الشرطة|الجيش|"
    r"هجوم|قصف|غارة|غارات|تفجير|اشتباك|قتل|مقتل|عقوبات|اتفاق|محادثات|مفاوضات|زيارة|يلتقي|التقى|استقبل|"
    r"وزير|رئيس|الحكومة|البرلمان|مجلس|انسحاب|مساعدات|دعم|يدين|أدان|اتهم|يتهم|رفض|يرفض|طالب|يطالب|"
    r"هدد|يهدد|تظاهر|مظاهرة|الحوثي|داعش|التحالف"
)


def dev_records() -> list[dict]:
    out = []
    for name in DEV_FILES:
        p = REPO / "tests" / "events" / "dev" / name
        if p.exists():
            out += [json.loads(l) for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
    return out


def used_locators() -> list[list[str]]:
    return [r["locator"].split(":") for r in dev_records()]


def grams(text: str, n: int = NGRAM) -> set[tuple[str, ...]]:
    toks = text.split()
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


@lru_cache(maxsize=1)
def dev_grams() -> frozenset[tuple[str, ...]]:
    """Word n-grams of every dev/dev2 text: the corpora repeat stories (ANERcorp holds some articles
    twice, newspapers print the same agency wire), so a unit sharing one is dev text under another id."""
    return frozenset(g for r in dev_records() for g in grams(r["text"]))


def is_dev_text(text: str) -> bool:
    return not grams(text).isdisjoint(dev_grams())


def ant_sample(rng: random.Random, n: int, lines: int, used: list[list[str]]) -> list[str]:
    used_docs = {loc[2] for loc in used if loc[0] == "ant"}
    docs = _ant_docs("localNews")
    ids = sorted(d for d in docs if d not in used_docs
                 and POLITICAL.search(docs[d].get("TITLE", "") + docs[d].get("ABSTRACT", "")))
    out = []
    for docno in rng.sample(ids, min(n, len(ids))):
        for i, line in enumerate(_lines(docs[docno].get("TEXT", ""))[:lines]):
            if not is_dev_text(line):
                out.append(f"ant:localNews:{docno}:TEXT:{i}\t{line}")
    return out


def snn_sample(rng: random.Random, n: int, paras: int, used: list[list[str]]) -> list[str]:
    used_days = {loc[1] for loc in used if loc[0] == "snn"}
    days = sorted(p.stem for p in (shared_data() / "saudinewsnet" / "json").glob("*.json"))
    days = [d for d in days if d not in used_days]
    pool = sorted((day, i) for day in days for i, art in enumerate(_snn_articles(day))
                  if (art.get("content") or "").strip() and POLITICAL.search(art.get("title") or ""))
    out = []
    for day, i in rng.sample(pool, min(n, len(pool))):
        art = _snn_articles(day)[i]
        for p, line in enumerate(_lines(art["content"])[:paras]):
            if not is_dev_text(line):
                out.append(f"snn:{day}:{i}:{p}\t{line}")
    return out


def aner_sample(rng: random.Random, n: int, min_hits: int, used: list[list[str]]) -> list[str]:
    sents = _aner_sentences()
    used_blocks = {int(loc[1]) // BLOCK for loc in used if loc[0] == "aner"}
    near = used_blocks | {b - 1 for b in used_blocks} | {b + 1 for b in used_blocks}
    blocks = [b for b in range(len(sents) // BLOCK + 1) if b not in near
              and sum(1 for s in sents[b * BLOCK:(b + 1) * BLOCK] if POLITICAL.search(s)) >= min_hits
              and not any(is_dev_text(s) for s in sents[b * BLOCK:(b + 1) * BLOCK])]
    out = []
    for b in rng.sample(blocks, min(n, len(blocks))):
        for i in range(b * BLOCK, min((b + 1) * BLOCK, len(sents))):
            out.append(f"aner:{i}\t{sents[i]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=47)
    ap.add_argument("--ant-docs", type=int, default=30)
    ap.add_argument("--snn-docs", type=int, default=25)
    ap.add_argument("--aner-blocks", type=int, default=25)
    ap.add_argument("--aner-min-hits", type=int, default=5, help="sentences of a block with a political word")
    ap.add_argument("--lines", type=int, default=4, help="lines/paragraphs printed per ANT/SNN document")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    used = used_locators()
    for row in (ant_sample(rng, a.ant_docs, a.lines, used) + snn_sample(rng, a.snn_docs, a.lines, used)
                + aner_sample(rng, a.aner_blocks, a.aner_min_hits, used)):
        print(row)


if __name__ == "__main__":
    main()
