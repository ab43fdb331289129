"""Print candidate sentences for the dev set: units containing a regex, with their locator.

    /work/venv/bin/python training/events/find_candidates.py 'اشتباك|تبادل لإطلاق' --kinds ant,fig --max 20
Curation aid only; the choice of sentences and all annotation is manual.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import iter_units  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pattern")
    ap.add_argument("--kinds", default="ant,fig,aner,snn")
    ap.add_argument("--max", type=int, default=15)
    ap.add_argument("--maxlen", type=int, default=400)
    ap.add_argument("--skip", type=int, default=0)
    a = ap.parse_args()
    rx = re.compile(a.pattern)
    n = 0
    for u in iter_units(tuple(a.kinds.split(","))):
        if rx.search(u.text) and len(u.text) <= a.maxlen:
            n += 1
            if n <= a.skip:
                continue
            print(f"{u.locator}\t{u.text}")
            if n >= a.skip + a.max:
                break


if __name__ == "__main__":
    main()
