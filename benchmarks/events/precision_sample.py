"""List every event the coder produces on a sample of real articles it was never tuned on, for judging
precision by hand (benchmarks/events/precision_sample.md).

    python -m benchmarks.events.precision_sample [--category internationalNews] [--skip 700] [--count 30]

Articles are taken in file order from ANT v1.1 (Apache-2.0), starting after ``--skip`` articles of the
category, skipping any document that a dev or dev2 record (tests/events/dev/) was drawn from and
articles without text. Each event is printed with its sentence, so a reader can mark it correct or not.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

DEV_DIR = Path(__file__).resolve().parents[2] / "tests" / "events" / "dev"
# dev3a/dev3b (blind) were drawn outside the windows of samples A–G (training/events/sample_dev3.py), so listing them
# leaves those samples unchanged (``--skip`` counts raw file positions) and keeps them out of new samples.
DEV_SETS = (DEV_DIR / "dev.jsonl", DEV_DIR / "dev2.jsonl", DEV_DIR / "dev3a.jsonl", DEV_DIR / "dev3b.jsonl")


def dev_docnos() -> set[str]:
    """DOCNOs of the ANT documents dev or blind dev2 records were drawn from (never part of a precision sample;
    only the locators of dev2 are read, never its text)."""
    out = set()
    for path in DEV_SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                loc = json.loads(line)["locator"]
                if loc.startswith("ant:"):
                    out.add(loc.split(":")[2])
    return out


def sample(category: str, skip: int, count: int) -> list:
    from training.corpora import iter_ant

    seen = dev_docnos()
    out = []
    for k, art in enumerate(iter_ant((category,))):
        if k < skip or art.docno in seen or not art.text.strip():
            continue
        out.append(art)
        if len(out) >= count:
            break
    return out


def _span(x) -> str:
    return f"«{x.text}»" if x is not None else "-"


def main() -> None:
    import rasd
    from training.events.corpora import iso_date

    ap = argparse.ArgumentParser()
    ap.add_argument("--category", default="internationalNews")
    ap.add_argument("--skip", type=int, default=700)
    ap.add_argument("--count", type=int, default=30)
    args = ap.parse_args()
    pl = rasd.load()
    n = 0
    for art in sample(args.category, args.skip, args.count):
        res = pl(art.text, published=iso_date(art.time))
        print(f"## {art.docno} — {art.title}")
        for ev in res.events:
            n += 1
            s = res.sentences[ev.sentence]
            sent = res.document.text[s.start:s.end].replace("\n", " ")
            attr = " ← ".join(f"«{a.text}»" for a in ev.attribution)
            print(f"{n}. {ev.type} «{ev.trigger.text}» a1={_span(ev.actor1)} a2={_span(ev.actor2)} "
                  f"loc={_span(ev.location)} {ev.modality} [{attr}] ({ev.method} {ev.confidence:.2f})")
            print(f"    > {sent}")
        print()
    print(f"events: {n}")


if __name__ == "__main__":
    main()
