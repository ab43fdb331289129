"""Addressable text units of the shared corpora used for the events dev set.

Why: every dev record must be re-findable in ../shared/data. A locator names one unit
(a paragraph line of an ANT article, a FIGNEWS post, an ANERcorp sentence, a SaudiNewsNet
paragraph); the record's text must be a substring of that unit. build_dev.py and
validate_dev.py --check-sources resolve locators through this module.

Locators:
    ant:<category>:<DOCNO>:<TITLE|ABSTRACT|TEXT>:<line>   line = 0-based index of non-empty lines
    fig:<ID>:<Source Language>                             Arabic text (original or the Arabic MT column)
    aner:<sentence index>                                  tokens joined by single spaces (0-based)
    snn:<YYYY-MM-DD>:<article index>:<paragraph>           paragraph = 0-based index of non-empty lines
"""

from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def shared_data() -> Path:
    env = os.environ.get("RASD_SHARED")
    return (Path(env) if env else REPO.parent / "shared") / "data"


@dataclass(frozen=True)
class Unit:
    locator: str
    source: str  # human-readable corpus + file + doc id + line
    license: str
    published: str | None
    text: str


LICENSES = {
    "ant": "Apache-2.0",
    "fig": "MIT",
    "aner": "CC BY-SA 4.0",
    "snn": "CC BY-NC-SA 4.0",
}


@lru_cache(maxsize=16)
def _ant_docs(category: str) -> dict[str, dict[str, str]]:
    raw = (shared_data() / "ant_corpus_v1.1" / f"ANT_v1.1_{category}.trec.xml").read_text(encoding="utf-8")
    docs = {}
    for m in re.finditer(r"<DOC>(.*?)</DOC>", raw, re.S):
        body = m.group(1)
        fields = {k: v for k, v in re.findall(r"<(DOCNO|TITLE|TIME|ABSTRACT|TEXT)>(.*?)</\1>", body, re.S)}
        docs[fields["DOCNO"].strip()] = fields
    return docs


@lru_cache(maxsize=1)
def _fig_rows() -> dict[tuple[str, str], dict[str, str]]:
    csv.field_size_limit(10**9)
    path = shared_data() / "fignews2024" / "FIGNEWS-2024-TEXT-IAA.tsv"
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {(r["ID"], r["Source Language"]): r for r in rows}


@lru_cache(maxsize=1)
def _aner_sentences() -> list[str]:
    path = shared_data() / "anercorp_camellab" / "ANERCorp_CamelLab_train.reconstructed.txt"
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(" ".join(cur))
                cur = []
            continue
        cur.append(line.rsplit(" ", 1)[0])
    if cur:
        sents.append(" ".join(cur))
    return sents


@lru_cache(maxsize=32)
def _snn_articles(day: str) -> list[dict]:
    return json.loads((shared_data() / "saudinewsnet" / "json" / f"{day}.json").read_text(encoding="utf-8"))


def iso_date(time: str) -> str | None:
    """ANT <TIME> is either ISO (2017-01-22T00:06:00+01:00) or DD/MM/YYYY; return YYYY-MM-DD."""
    time = time.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", time)
    if m:
        return "-".join(m.groups())
    m = re.match(r"(\d{2})/(\d{2})/(\d{4})", time)
    if m:
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    return None


def _lines(s: str) -> list[str]:
    return [l.strip() for l in s.splitlines() if l.strip()]


def resolve(locator: str) -> Unit:
    kind, _, rest = locator.partition(":")
    if kind == "ant":
        cat, docno, field, line = rest.split(":")
        doc = _ant_docs(cat)[docno]
        text = _lines(doc[field])[int(line)]
        pub = iso_date(doc.get("TIME", ""))
        src = f"ant_corpus_v1.1:ANT_v1.1_{cat}.trec.xml:{docno}:{field}:line {line}"
        return Unit(locator, src, LICENSES[kind], pub, text)
    if kind == "fig":
        fid, lang = rest.split(":")
        row = _fig_rows()[(fid, lang)]
        col = "Text" if lang == "Arabic" else "Arabic MT"
        src = f"fignews2024:FIGNEWS-2024-TEXT-IAA.tsv:ID {fid}:{lang}:{col}"
        return Unit(locator, src, LICENSES[kind], None, row[col].strip())
    if kind == "aner":
        i = int(rest)
        src = f"anercorp_camellab:ANERCorp_CamelLab_train.reconstructed.txt:sentence {i}"
        return Unit(locator, src, LICENSES[kind], None, _aner_sentences()[i])
    if kind == "snn":
        day, idx, para = rest.split(":")
        art = _snn_articles(day)[int(idx)]
        text = _lines(art["content"])[int(para)]
        src = f"saudinewsnet:json/{day}.json:article {idx} ({art['source']}, {art['url']}):paragraph {para}"
        return Unit(locator, src, LICENSES[kind], None, text)
    raise ValueError(f"unknown locator kind {kind!r} in {locator!r}")


def iter_units(kinds: tuple[str, ...] = ("ant", "fig", "aner", "snn"), snn_days: int = 3):
    """All units (for searching candidates)."""
    if "ant" in kinds:
        for cat in ("localNews", "internationalNews", "politic"):
            for docno, doc in _ant_docs(cat).items():
                for i, _ in enumerate(_lines(doc.get("TEXT", ""))):
                    yield resolve(f"ant:{cat}:{docno}:TEXT:{i}")
    if "fig" in kinds:
        for (fid, lang) in _fig_rows():
            yield resolve(f"fig:{fid}:{lang}")
    if "aner" in kinds:
        for i in range(len(_aner_sentences())):
            yield resolve(f"aner:{i}")
    if "snn" in kinds:
        days = sorted(p.stem for p in (shared_data() / "saudinewsnet" / "json").glob("*.json"))[1:1 + snn_days]
        for day in days:
            for idx, art in enumerate(_snn_articles(day)):
                for p, _ in enumerate(_lines(art.get("content") or "")):
                    yield resolve(f"snn:{day}:{idx}:{p}")
