"""Second-pass ablations over a finished `rasd train ner --neural` run (dev only).

Re-tags each jackknife fold with the saved fold models (work/fold{k}.crf, work/fold{k}.neural), then retrains
only the pass-2 CRF with the chosen feature groups and scores dev.
Usage: OMP_NUM_THREADS=1 taskset -c 1 python training/ner/stack_ablation.py --work /tmp/ner_work_n
    --model /tmp/ner_exp/stack_kn/model --groups crf,neural,neural_conf [--groups neural,neural_conf …]
"""

from __future__ import annotations

import argparse
import json
import pickle
import shutil
from pathlib import Path

from rasd.ner.crf import CRF2_FILE, Embeddings, stack_features, tag_with, train_crf
from rasd.ner.dataset import build
from rasd.ner.evaluate import dev_report
from rasd.ner.knowledge import KNOWLEDGE_FILE, Matcher, read_knowledge
from rasd.ner.neural import NeuralTagger
from rasd.ner.train import TrainOptions, default_data_dir, training_pairs


def jackknife(work: Path, model: Path, pairs, emb: Embeddings, knowledge, opts: TrainOptions):
    cache = work / "jackknife.pkl"
    if cache.is_file():
        return pickle.loads(cache.read_bytes())
    n = len(pairs)
    words = [w for w, _ in pairs]
    first, ntags, margs = [None] * n, [None] * n, [None] * n
    for k in range(opts.folds):
        lo, hi = k * n // opts.folds, (k + 1) * n // opts.folds
        for i, t in enumerate(tag_with(work / f"fold{k}.crf", emb, words[lo:hi], opts.extras, knowledge)):
            first[lo + i] = t
        tagger = NeuralTagger(work / f"fold{k}.neural", emb.lookup, Matcher(knowledge) if knowledge else None)
        for i, (t, m) in enumerate(zip(*tagger.tag(words[lo:hi]))):
            ntags[lo + i], margs[lo + i] = t, m
    labels = tuple(json.loads((model / "neural.json").read_text(encoding="utf-8"))["labels"])
    out = (first, ntags, margs, labels)
    cache.write_bytes(pickle.dumps(out))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--groups", action="append", required=True)
    a = ap.parse_args()
    meta = json.loads((a.model / "meta.json").read_text(encoding="utf-8"))
    o = meta["options"]
    opts = TrainOptions(sources=tuple(o["sources"]), extras=tuple(o["extras"]), folds=o["folds"],
                        doc_window=o["doc_window"])
    corpus = build(default_data_dir())
    pairs = training_pairs(corpus, opts.sources)
    emb = Embeddings.load(a.model)
    knowledge = read_knowledge(a.model / KNOWLEDGE_FILE) or None
    first, ntags, margs, labels = jackknife(a.work, a.model, pairs, emb, knowledge, opts)
    for g in a.groups:
        groups = tuple(g.split(","))
        out = a.work / f"abl_{'_'.join(groups)}"
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(a.model, out)
        extra = stack_features([w for w, _ in pairs], first, opts.doc_window, (ntags, margs, labels), groups)
        train_crf(pairs, emb, out / CRF2_FILE, opts.c1, opts.c2, opts.max_iterations, opts.extras, extra, knowledge)
        m = json.loads((out / "meta.json").read_text(encoding="utf-8"))
        m["options"]["stack_groups"] = list(groups)
        (out / "meta.json").write_text(json.dumps(m, indent=1), encoding="utf-8")
        report = dev_report(corpus, out)
        print(g, {k: {t: x["f"] for t, x in v.items()} for k, v in report.items()}, flush=True)


if __name__ == "__main__":
    main()
