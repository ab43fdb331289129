"""NER speed, load time and peak RAM on the ANERcorp dev split (run with OMP_NUM_THREADS=1).

Usage: OMP_NUM_THREADS=1 taskset -c 1 python benchmarks/ner/bench_speed.py [--model DIR] [--repeat 3]
Measures: cold model load (import + spacy.load), tagging throughput of ``tag_tokens``
(CoNLL path: piece splitting + model; all dev sentences as one batch) and of the spaCy component on a
blank("ar") pipeline (one doc per dev sentence, ``pipe`` batches of 64 docs), and peak RSS of the process.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import time
from datetime import date
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--data", type=Path, default=None)
    args = ap.parse_args()
    t0 = time.perf_counter()
    from rasd.ner.component import load_model, tag_tokens

    nlp = load_model(args.model)
    load_s = time.perf_counter() - t0

    from rasd.ner.dataset import build
    from rasd.ner.train import default_data_dir

    corpus = build(args.data or default_data_dir())
    sents = [list(s.tokens) for s in corpus.dev["anercorp"] + corpus.dev["aqmar"]]
    n_tok = sum(map(len, sents))
    t = time.perf_counter()
    tag_tokens(nlp, sents)  # first pass: empty feature cache (every word type featurized)
    cold = n_tok / (time.perf_counter() - t)
    best = 0.0
    for _ in range(args.repeat):
        t = time.perf_counter()
        tag_tokens(nlp, sents)
        best = max(best, n_tok / (time.perf_counter() - t))

    import spacy

    from rasd.ner.component import add_ner

    host = spacy.blank("ar")
    add_ner(host, config={"model": args.model})  # the same model as above (was: always the shipped one)
    nlp.featurize._cache.clear()
    texts = [" ".join(s) for s in sents]
    docs = [host.make_doc(t) for t in texts]
    n_host = sum(len(d) for d in docs)
    t = time.perf_counter()
    for _ in host.get_pipe("ner").pipe(docs):
        pass
    comp = n_host / (time.perf_counter() - t)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "date": date.today().isoformat(), "machine": f"{platform.machine()} {platform.processor() or ''} 2 cores (1 used)",
        "tokens": n_tok, "load_seconds": round(load_s, 2), "cold_tokens_per_s": round(cold), "warm_tokens_per_s": round(best),
        "component_cold_tokens_per_s": round(comp), "peak_rss_mb": round(rss_mb),
    }, indent=1))


if __name__ == "__main__":
    main()
