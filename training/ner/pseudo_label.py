"""Pseudo-label ant_corpus news for self-training the BiLSTM-CRF, and choose the score threshold on dev.

The labelling itself is :mod:`rasd.ner.pseudo` (also used by ``rasd.ner.train --self-train``).
``--calibrate`` prints, for score thresholds, how good the ANERcorp dev sentences reaching them are
(ANERcorp-scheme P/R/F1 and exact sentences): the threshold is chosen there. ``--teacher neural`` scores
with the model's BiLSTM-CRF alone (Viterbi tags, min marginal) instead of the stacked model.

Usage (one core): OMP_NUM_THREADS=1 taskset -c 1 python training/ner/pseudo_label.py --out /tmp/pseudo.jsonl
    [--categories internationalNews,politic,sport] [--model DIR] [--calibrate] [--teacher stacked|neural]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rasd.ner.component import load_model
from rasd.ner.dataset import build, to_pieces, token_spans
from rasd.ner.evaluate import gold_tags, scheme_map
from rasd.ner.pseudo import (
    CATEGORIES,
    dev_docnos,
    ant_documents,
    filter_documents,
    scored_tags,
    write_pseudo,
)
from rasd.ner.scorer import score, spans_from_tags, tags_from_spans
from rasd.ner.train import REPO, default_data_dir


def neural_scored(neural, docs):
    """:func:`rasd.ner.pseudo.scored_tags` with the BiLSTM-CRF alone as teacher."""
    sentences = [ws for doc in docs for ws in doc]
    tags, margs = neural.tag(sentences)
    index = {x: i for i, x in enumerate(neural.vocab.labels)}
    flat = []
    for ts, m in zip(tags, margs):
        conf = [float(m[i, index[t]]) for i, t in enumerate(ts)]
        flat.append((["-" if t.endswith("-DATE") else t for t in ts], min(conf, default=0.0), conf))
    out, lo = [], 0
    for doc in docs:
        out.append(flat[lo : lo + len(doc)])
        lo += len(doc)
    return out


def calibrate(rows, corpus) -> None:
    """ANE-scheme scores of the dev sentences whose score reaches each threshold."""
    dev = corpus.dev_anercorp_original
    m = scheme_map("anercorp")
    gold = gold_tags(dev, "anercorp")
    pred = []
    for s, (tags, *_) in zip(dev, rows):
        ts = token_spans(to_pieces(s.tokens), spans_from_tags([t if t != "-" else "O" for t in tags]), len(s))
        pred.append(tags_from_spans(len(s), [(a, b, m[x]) for a, b, x in ts if m.get(x)]))
    for t in (0.0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99):
        keep = [i for i, (_, sc, _) in enumerate(rows) if sc >= t]
        if not keep:
            continue
        sc = score([gold[i] for i in keep], [pred[i] for i in keep])
        exact = sum(gold[i] == pred[i] for i in keep)
        n_gold = sum(1 for i in keep for g in gold[i] if g.startswith("B-"))
        print(f"t={t:.2f} kept {len(keep)}/{len(rows)} sentences, {n_gold} gold entities, "
              f"P {100 * sc.micro.precision:.1f} R {100 * sc.micro.recall:.1f} F1 {100 * sc.micro.f1:.1f}, "
              f"exact sentences {100 * exact / len(keep):.1f}%", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    ap.add_argument("--model", default=None, help="model dir (default: the shipped one)")
    ap.add_argument("--categories", default=",".join(CATEGORIES))
    ap.add_argument("--calibrate", action="store_true")
    ap.add_argument("--teacher", choices=("stacked", "neural"), default="stacked",
                    help="the full model, or its BiLSTM-CRF alone")
    a = ap.parse_args()
    data = default_data_dir()
    corpus = build(data)
    model = load_model(a.model)
    scorer = (lambda docs: neural_scored(model.neural, docs)) if a.teacher == "neural" else (
        lambda docs: scored_tags(model, docs))
    if a.calibrate:  # dev as one document, as rasd eval ner does
        (rows,) = scorer([[to_pieces(s.tokens).words for s in corpus.dev_anercorp_original]])
        calibrate(rows, corpus)
    if a.out is None:
        return
    held_out = [to_pieces(s.tokens).words for ss in [*corpus.dev.values(), corpus.dev_anercorp_original] for s in ss]
    docs, dropped = filter_documents(ant_documents(data, a.categories.split(",")), held_out, dev_docnos(REPO))
    print(f"{len(docs)} documents, {sum(len(s) for _, s in docs)} sentences ({dropped} repeated/dev-overlapping "
          "dropped)", flush=True)
    if a.teacher == "stacked":
        write_pseudo(model, docs, a.out)
        return
    with a.out.open("w", encoding="utf-8") as f:
        for (docno, sents), rows in zip(docs, scorer([s for _, s in docs])):
            for words, (tags, sc, conf) in zip(sents, rows):
                f.write(json.dumps({"doc": docno, "words": words, "tags": tags, "score": round(sc, 4),
                                    "conf": [round(c, 3) for c in conf]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
