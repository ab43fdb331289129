"""Time of one long document through the whole pipeline, as its size doubles (one core).

Usage: OMP_NUM_THREADS=1 taskset -c 0 python -m benchmarks.long_document [--words 16000 32000 64000 128000]
The text is words of the bundled seed article drawn at random (seeded) with no sentence punctuation: the
worst case for per-sentence and per-document work (transcripts, scraped captions, hostile input). Linear
scaling means the time doubles with the size.
"""

from __future__ import annotations

import argparse
import platform
import random
import re
import time
from datetime import date
from importlib.resources import files


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, nargs="+", default=[16000, 32000, 64000, 128000])
    args = ap.parse_args()
    import rasd

    seed = files("rasd.data").joinpath("sample", "seed-article.txt").read_text(encoding="utf-8")
    vocab = re.sub(r"[.،؟!:؛]", " ", seed).split()
    rnd = random.Random(1)
    nlp = rasd.load()
    nlp("تجربة")
    print(f"{date.today()} · {platform.machine()} · python {platform.python_version()}")
    print("| words | chars | seconds | events |")
    print("|---:|---:|---:|---:|")
    for n in args.words:
        text = " ".join(rnd.choice(vocab) for _ in range(n))
        t = time.perf_counter()
        res = nlp(text)
        print(f"| {n:,} | {len(text):,} | {time.perf_counter() - t:.1f} | {len(res.events):,} |", flush=True)


if __name__ == "__main__":
    main()
