"""Speed of linking + coreference + geocoding (rasd_linker, rasd_coref, rasd_places), one core.

    OMP_NUM_THREADS=1 taskset -c 1 python -m benchmarks.actors.speed [--docs 2000] [--write]

Documents: ANT Corpus politic + internationalNews articles from ../shared (Apache-2.0). Tokenization and
sentence splitting run before the clock starts; each stage is timed on its own. Tokens = non-space spaCy
tokens of the rasd tokenizer. Also measures start-up: registry and gazetteer loading in a fresh process
(no cache) and the first-document latency. --write appends to benchmarks/actors/results/speed.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results" / "speed.md"
STAGES = ("rasd_linker", "rasd_coref", "rasd_places")

_STARTUP = """
import time
t0 = time.perf_counter()
import spacy, rasd.actors.registry, rasd.actors.gazetteer, rasd.actors.agents
t = time.perf_counter()
from rasd.actors.registry import load_registry
reg = load_registry()
t1 = time.perf_counter()
from rasd.actors.gazetteer import load_gazetteer
gaz = load_gazetteer()
t2 = time.perf_counter()
from rasd.actors.agents import agent_index
agent_index(reg)
t3 = time.perf_counter()
print(f"{t1 - t:.3f} {t2 - t1:.3f} {t3 - t2:.3f} {t - t0:.3f} {len(reg.actors)} {len(reg.index)} {len(gaz.places)} {len(gaz.index)}")
"""


def startup() -> dict:
    out = subprocess.run([sys.executable, "-c", _STARTUP], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout.split()
    reg_s, gaz_s, agents_s, import_s = map(float, out[:4])
    actors, names, places, place_names = map(int, out[4:])
    return dict(registry_s=reg_s, gazetteer_s=gaz_s, agents_s=agents_s, import_s=import_s, actors=actors, names=names,
                places=places, place_names=place_names)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()

    from training.corpora import iter_ant

    import rasd
    from rasd.ingest.article import Article

    texts = []
    for art in iter_ant(("politic", "internationalNews")):
        if art.text.strip():
            texts.append(Article(text=art.text, origin=art.docno))
        if len(texts) >= args.docs:
            break
    boot = startup()
    pipeline = rasd.load()
    procs = {name: proc for name, proc in pipeline.nlp.pipeline}
    missing = [s for s in STAGES if s not in procs]
    if missing:
        raise SystemExit(f"stages not in the pipeline: {missing}")
    t0 = time.perf_counter()
    first = pipeline.make_doc(texts[0])
    for name, proc in pipeline.nlp.pipeline:
        first = proc(first)
    first_ms = (time.perf_counter() - t0) * 1000
    docs = []
    for art in texts:
        doc = pipeline.make_doc(art)
        for name, proc in pipeline.nlp.pipeline:
            if name in STAGES:
                break
            doc = proc(doc)
        docs.append(doc)
    tokens = sum(1 for d in docs for t in d if not t.is_space)
    timings = {}
    for name in STAGES:
        proc = procs[name]
        t = time.perf_counter()
        docs = [proc(d) for d in docs]
        timings[name] = time.perf_counter() - t
    total = sum(timings.values())
    mentions = sum(len(d._.rasd.mentions) for d in docs)
    line = (f"| {dt.date.today()} | {platform.machine()}, {os.cpu_count()} cores, "
            f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', '-')}, Python {platform.python_version()} "
            f"| {len(docs)} ANT docs, {tokens:,} tokens, {mentions:,} mentions "
            f"| {tokens / total:,.0f} tok/s | " + " / ".join(f"{tokens / timings[s]:,.0f}" for s in STAGES)
            + f" | registry {boot['registry_s']:.2f} s ({boot['actors']:,} actors, {boot['names']:,} names), "
            f"gazetteer {boot['gazetteer_s']:.2f} s ({boot['places']:,} places), agents {boot['agents_s']:.2f} s "
            f"(after {boot['import_s']:.2f} s of imports incl. spaCy); "
            f"first doc {first_ms:.0f} ms | {', '.join(pipeline.pipe_names)} |")
    print(line)
    if args.write:
        if not RESULTS.exists():
            RESULTS.parent.mkdir(parents=True, exist_ok=True)
            RESULTS.write_text(
                "# Linking + coreference + geocoding speed\n\n"
                "Command: `OMP_NUM_THREADS=1 taskset -c 1 python -m benchmarks.actors.speed --docs N --write`. "
                "Speed counts only the three stages (tokenizer and sentences run before the clock); "
                "start-up is measured in a fresh process.\n\n"
                "| date | machine | input | linking+coref+places | linker / coref / places tok/s | start-up "
                "| pipeline |\n|---|---|---|---|---|---|---|\n", encoding="utf-8")
        with RESULTS.open("a", encoding="utf-8") as f:
            f.write(line + "\n")


if __name__ == "__main__":
    main()
