"""Dev experiments for the BiLSTM-CRF (rasd.ner.neural): train with torch, score the numpy export each epoch.

Usage (torch venv, one core): OMP_NUM_THREADS=1 taskset -c 1 python training/ner/neural_experiment.py
    [--knowledge] [--epochs 10] [--hidden 100] [--out /tmp/ner_neural] [--emb /tmp/rasd_ner_work/emb]
Prints ANERcorp-scheme dev micro F1 per epoch (dev = last 10% of ANERcorp train, docs/ner.md).
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from rasd.ner.crf import Embeddings
from rasd.ner.dataset import build, piece_tags, to_pieces, token_spans
from rasd.ner.evaluate import gold_tags, scheme_map
from rasd.ner.knowledge import Matcher, build_knowledge
from rasd.ner.neural import NeuralTagger
from rasd.ner.neural_train import NeuralOptions, train_neural
from rasd.ner.scorer import score, spans_from_tags, tags_from_spans
from rasd.ner.train import default_data_dir


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
    emb = Embeddings.load(a.emb)
    know = build_knowledge() if a.knowledge else None
    dev = corpus.dev_anercorp_original

    def on_epoch(k: int, out: Path) -> None:
        tagger = NeuralTagger(out, emb.lookup, Matcher(know) if know else None)
        f, per = dev_f1(tagger, dev)
        print(f"epoch {k} ANE dev F1 {100 * f:.2f} | {per}", flush=True)

    train_neural(pairs, emb.lookup, know, a.out, opts, on_epoch, log=lambda s: print(s, flush=True))


if __name__ == "__main__":
    main()
