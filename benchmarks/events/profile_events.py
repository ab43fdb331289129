"""Profile the events stage alone: where does ``rasd_events`` spend its time?

    OMP_NUM_THREADS=1 taskset -c 0 python -m benchmarks.events.profile_events [--docs 300] [--top 25] [--write]

Runs every stage before ``rasd_events`` once, then times ``rasd_events`` on the same docs (warm caches
excluded: the first pass fills the lexicon's lru caches like a long ingest would) and prints the
cProfile hot spots. ``--write`` appends a dated line to benchmarks/results/events.md.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import platform
import pstats
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[1] / "results" / "events.md"


def main() -> None:
    from benchmarks.pipeline_speed import _corpus
    from rasd.annotations import state
    from rasd.events.component import code_document
    import rasd

    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    docs = _corpus(args.docs)
    nlp = rasd.load().nlp
    pre = [(n, p) for n, p in nlp.pipeline if n != "rasd_events"]
    prepared = []
    for d in docs:
        doc = nlp.make_doc(d["text"])
        for _, proc in pre:
            doc = proc(doc)
        prepared.append(doc)
    tokens = sum(len(d["text"].split()) for d in docs)

    def run(reset: bool = True) -> float:
        t0 = time.perf_counter()
        for doc in prepared:
            st = state(doc)
            st.events.clear()
            st.relations.clear()
            code_document(doc)
        return time.perf_counter() - t0

    cold = run()
    prof = cProfile.Profile()
    prof.enable()
    warm = run()
    prof.disable()
    warm_plain = run()
    print(f"{len(docs)} docs, {tokens:,} ws tokens: events stage cold {tokens / cold:,.0f} tok/s, "
          f"warm {tokens / warm_plain:,.0f} tok/s")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(args.top)
    if args.write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        if not RESULTS.exists():
            RESULTS.write_text("# Events stage speed\n\nCommand: `OMP_NUM_THREADS=1 taskset -c 0 python -m "
                               "benchmarks.events.profile_events --docs N --write` (rasd_events alone, "
                               "after the earlier stages; one core).\n\n| date | machine | input | cold | warm |\n"
                               "|---|---|---|---|---|\n", encoding="utf-8")
        with RESULTS.open("a", encoding="utf-8") as fh:
            fh.write(f"| {dt.date.today().isoformat()} | {platform.machine()}, one core | {len(docs)} docs, "
                     f"{tokens:,} ws tokens | {tokens / cold:,.0f} tok/s | {tokens / warm_plain:,.0f} tok/s |\n")


if __name__ == "__main__":
    main()
