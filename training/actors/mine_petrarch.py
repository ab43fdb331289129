"""Dump the Arabic PETRARCH actor dictionary as a review table (not shipped).

    python training/actors/mine_petrarch.py [--code-prefix REB] > /tmp/review.tsv

Columns: line, detokenised name, codes with dates. Used to find candidate actors and Arabic
spellings; every kept entry is re-written by hand in the registry with
`petrarch_ar:actor_dict_ar_v4.txt:<line>` (plus `curated` when corrected) as its source.
"""
from __future__ import annotations

import argparse
import sys

import petrarch_ar


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code-contains", default="", help="keep entries with a code containing this")
    ap.add_argument("--code-prefix", default="", help="keep entries with a code starting with this")
    args = ap.parse_args(argv)
    out = sys.stdout
    out.write("line\tname\tcodes\n")
    for e in petrarch_ar.parse():
        codes = [c for c in e.codes
                 if c.code.startswith(args.code_prefix) and args.code_contains in c.code]
        if not codes:
            continue
        out.write(f"{e.line}\t{e.text}\t{' ; '.join(f'{c.code} {c.dates}'.strip() for c in codes)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
