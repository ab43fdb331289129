"""Dev experiments for the BiLSTM-CRF (rasd.ner.neural): train with torch, score the numpy export each epoch.

Usage (torch venv, one core): OMP_NUM_THREADS=1 taskset -c 1 python training/ner/neural_experiment.py
    [--knowledge] [--epochs 10] [--hidden 100] [--out /tmp/ner_neural] [--emb /tmp/rasd_ner_work/emb]
Prints ANERcorp-scheme dev micro F1 per epoch (dev = last 10% of ANERcorp train, docs/ner.md).

Self-training (``--pseudo FILE`` from training/ner/pseudo_label.py): adds ``--pseudo-k`` pseudo-labelled
sentences drawn (seeded) among those scoring >= ``--pseudo-min-score``, with loss weight ``--pseudo-weight``.
``--keep-epochs`` copies every epoch's export to ``<out>/epoch<k>`` and finally scores the mean of the last
2..N exports (weight averaging done on the exported arrays, which are linear in the torch weights).
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
from pathlib import Path

from rasd.ner.crf import Embeddings
from rasd.ner.dataset import build, piece_tags, to_pieces, token_spans
from rasd.ner.evaluate import gold_tags, scheme_map
from rasd.ner.knowledge import Matcher, build_knowledge
from rasd.ner.neural import NeuralTagger
from rasd.ner.neural_train import NeuralOptions, read_pseudo, train_neural
from rasd.ner.scorer import score, spans_from_tags, tags_from_spans
from rasd.ner.train import default_data_dir, with_pseudo


def dev_f1(tagger: NeuralTagger, sents) -> tuple[float, str]:
    m = scheme_map("anercorp")
    pieces = [to_pieces(s.tokens) for s in sents]
    tags, _ = tagger.tag([p.words for p in pieces])
    pred = []
    for s, p, t in zip(sents, pieces, tags):
        ts = token_spans(p, spans_from_tags(t), len(s))
        pred.append(tags_from_spans(len(s), [(a, b, m[x]) for a, b, x in ts if m.get(x)]))
    sc = score(gold_tags(sents, "anercorp"), pred)
    return sc.micro.f1, " ".join(f"{k} {100 * v.f1:.1f}" for k, v in sorted(sc.per_type.items()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--knowledge", action="store_true")
    ap.add_argument("--out", type=Path, default=Path("/tmp/ner_neural"))
    ap.add_argument("--emb", type=Path, default=Path("/tmp/rasd_ner_work/emb"))
    ap.add_argument("--sources", default="anercorp,wojood")
    ap.add_argument("--pseudo", type=Path, default=None)
    ap.add_argument("--pseudo-k", type=int, default=0)
    ap.add_argument("--pseudo-min-score", type=float, default=0.9)
    ap.add_argument("--pseudo-weight", type=float, default=1.0)
    ap.add_argument("--pseudo-seed", type=int, default=0)
    ap.add_argument("--keep-epochs", action="store_true")
    for f in dataclasses.fields(NeuralOptions):
        if isinstance(f.default, bool):
            ap.add_argument("--" + f.name.replace("_", "-"), action="store_true")
        else:
            ap.add_argument("--" + f.name.replace("_", "-"), type=type(f.default), default=f.default)
    a = ap.parse_args()
    opts = NeuralOptions(**{f.name: getattr(a, f.name) for f in dataclasses.fields(NeuralOptions)})
    corpus = build(default_data_dir())
    pairs = []
    for src in a.sources.split(","):
        for s in corpus.train[src]:
            p = to_pieces(s.tokens)
            pairs.append((p.words, piece_tags(s, p)))
    extra = read_pseudo(a.pseudo, a.pseudo_k, a.pseudo_min_score, a.pseudo_seed) if a.pseudo and a.pseudo_k else []
    if extra:
        print(f"{len(pairs)} gold + {len(extra)} pseudo-labelled sentences (weight {a.pseudo_weight})", flush=True)
    pairs, weights = with_pseudo(pairs, extra, a.pseudo_weight)
    emb = Embeddings.load(a.emb)
    know = build_knowledge() if a.knowledge else None
    dev = corpus.dev_anercorp_original

    def on_epoch(k: int, out: Path) -> None:
        tagger = NeuralTagger(out, emb.lookup, Matcher(know) if know else None)
        f, per = dev_f1(tagger, dev)
        name = f"epoch {k}" if k < opts.epochs else f"averaged last {opts.average_last}"
        print(f"{name} ANE dev F1 {100 * f:.2f} | {per}", flush=True)
        if a.keep_epochs and k < opts.epochs:
            shutil.copytree(out, a.out.parent / f"{a.out.name}.epoch{k}", dirs_exist_ok=True)

    train_neural(pairs, emb.lookup, know, a.out, opts, on_epoch, log=lambda s: print(s, flush=True), weights=weights)
    if a.keep_epochs:
        for n in range(2, 6):
            avg = a.out.parent / f"{a.out.name}.avg{n}"
            average_exports([a.out.parent / f"{a.out.name}.epoch{k}" for k in range(opts.epochs - n, opts.epochs)], avg)
            f, per = dev_f1(NeuralTagger(avg, emb.lookup, Matcher(know) if know else None), dev)
            print(f"mean of the last {n} epoch exports ANE dev F1 {100 * f:.2f} | {per}", flush=True)


def average_exports(dirs: list[Path], out: Path) -> None:
    """Mean of several exports of one training run (same vocabulary) -> ``out``."""
    import numpy

    from rasd.ner.neural import NEURAL_FILE, NEURAL_VOCAB

    out.mkdir(parents=True, exist_ok=True)
    zs = [numpy.load(d / NEURAL_FILE) for d in dirs]
    mean = {k: (sum(z[k].astype(numpy.float32) for z in zs) / len(zs)).astype(numpy.float16) for k in zs[0].files}
    numpy.savez(out / NEURAL_FILE, **mean)
    shutil.copy(dirs[0] / NEURAL_VOCAB, out / NEURAL_VOCAB)


if __name__ == "__main__":
    main()
