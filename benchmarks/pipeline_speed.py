"""Whole-pipeline speed: ingest (JSONL) -> all stages -> contract JSON, on one core.

    OMP_NUM_THREADS=1 taskset -c 0 python -m benchmarks.pipeline_speed [--docs 1000] [--write]

Reads ANT Corpus articles (politic + internationalNews + localNews) from ../shared when present,
else repeats the bundled sample. Counts whitespace tokens of the document texts. With --write,
appends a dated result to benchmarks/results/pipeline.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results" / "pipeline.md"


def _corpus(n: int) -> list[dict]:
    try:
        from training.corpora import iter_ant

        docs = []
        for art in iter_ant(("politic", "internationalNews", "localNews")):
            if art.text.strip():
                docs.append({"id": art.docno, "text": art.text, "published": art.time[:10] or None})
            if len(docs) >= n:
                break
        if docs:
            return docs
    except FileNotFoundError:
        pass
    from importlib import resources

    sample = resources.files("rasd.data").joinpath("sample/ant_sample.jsonl").read_text(encoding="utf-8")
    base = [json.loads(x) for x in sample.splitlines()]
    return [dict(d, id=f"{d['id']}-{i}", text=d["text"] + f"\n{i}") for i in range(n // len(base) + 1) for d in base][:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()

    docs = _corpus(args.docs)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8")
        t0 = time.perf_counter()
        import rasd
        from rasd.ingest import read_path
        from rasd.runner import RunSummary, process

        nlp = rasd.load()
        t_load = time.perf_counter() - t0
        # warm-up (lazy data loading happens on first document)
        list(nlp.pipe(["قال الرئيس إن الجيش السوري دخل مدينة حلب أمس."]))
        t1 = time.perf_counter()
        summary = RunSummary()
        n_ws = 0
        n_events = 0
        for result, _ in process(read_path(path), nlp, summary=summary):
            result.to_json()
            n_ws += len(result.document.text.split())
            n_events += len(result.events)
        elapsed = time.perf_counter() - t1
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    line = (f"| {dt.date.today()} | {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', '-')} | {summary.documents} docs, {n_ws:,} ws tokens "
            f"| {n_ws / elapsed:,.0f} ws tokens/s | load {t_load:.2f} s | peak RSS {rss_mb:,.0f} MB "
            f"| {n_events:,} events | stages: {', '.join(nlp.pipe_names)} |")
    print(line)
    if summary.failures:
        print(f"{len(summary.failures)} failures, e.g. {summary.failures[0]}", file=sys.stderr)
    if args.write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        if not RESULTS.exists():
            RESULTS.write_text(
                "# Whole-pipeline speed\n\nCommand: `OMP_NUM_THREADS=1 taskset -c 0 python -m benchmarks.pipeline_speed "
                "--docs N --write` (ingest JSONL → all stages → contract JSON; one core).\n\n"
                "| date | machine | input | speed | model load | memory | output | pipeline |\n"
                "|---|---|---|---|---|---|---|---|\n", encoding="utf-8")
        with RESULTS.open("a", encoding="utf-8") as f:
            f.write(line + "\n")


if __name__ == "__main__":
    main()
