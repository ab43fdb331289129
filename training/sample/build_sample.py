"""Build the bundled sample corpus in rasd/data/sample/.

- ``seed-article.txt``: ../shared/examples/seed-article.txt (the project's hand-annotated example).
- ``ant_sample.jsonl``: 30 articles from ANT Corpus v1.1 (Apache-2.0), categories politic and
  internationalNews, chosen deterministically: the articles with the most conflict/security
  keywords, ties broken by DOCNO.

    python -m training.sample.build_sample
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from training.corpora import iter_ant, shared_data_dir

OUT = Path(__file__).resolve().parents[2] / "rasd" / "data" / "sample"
KEYWORDS = ("سوريا", "سورية", "داعش", "ليبيا", "اليمن", "العراق", "الإرهاب", "هجوم", "قصف", "اعتقال",
            "الحوثي", "طالبان", "أفغانستان", "روسيا", "تركيا", "إيران", "غزة", "مسلح")
N = 30


def _published(docno: str, time: str) -> str | None:
    m = re.match(r"(\d{4}-\d{2}-\d{2})", time)
    if m:
        return m.group(1)
    m = re.search(r"-(\d{8})$", docno)
    if not m:
        return None
    d = m.group(1)
    # DOCNO dates are YYYYMMDD, a few DDMMYYYY
    for y, mo, da in ((d[:4], d[4:6], d[6:]), (d[4:], d[2:4], d[:2])):
        if 1990 <= int(y) <= 2030 and 1 <= int(mo) <= 12 and 1 <= int(da) <= 31:
            return f"{y}-{mo}-{da}"
    return None


def main() -> None:
    scored = []
    for art in iter_ant(("politic", "internationalNews")):
        if not (300 <= len(art.text) <= 4000):
            continue
        score = sum(art.text.count(k) for k in KEYWORDS)
        scored.append((-score, art.docno, art))
    scored.sort(key=lambda t: (t[0], t[1]))
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "ant_sample.jsonl").open("w", encoding="utf-8") as f:
        for _, _, art in scored[:N]:
            f.write(json.dumps({"id": art.docno, "url": art.url, "title": art.title,
                                "source": "Jawhara FM", "published": _published(art.docno, art.time),
                                "text": art.text}, ensure_ascii=False) + "\n")
    shutil.copyfile(shared_data_dir().parent / "examples" / "seed-article.txt", OUT / "seed-article.txt")
    print(f"wrote {N} ANT articles and the seed article to {OUT}")


if __name__ == "__main__":
    main()
