"""Quick CRF comparison (python-crfsuite) on the same dev split: anercorp-scheme micro F1.

Usage: python training/ner/crf_experiment.py [--sources anercorp,aqmar,wojood] [--c1 0.05 --c2 0.05]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite

from rasd.ner.dataset import build, piece_tags, to_pieces, token_spans
from rasd.ner.evaluate import gold_tags, scheme_map
from rasd.ner.gazetteer import gaz_feature
from rasd.ner.normalize import norm, shape, stem
from rasd.ner.scorer import score, spans_from_tags, tags_from_spans
from rasd.ner.train import default_data_dir


def tok_feats(w: str) -> dict:
    n, s = norm(w), stem(w)
    return {"n": n, "s": s, "p2": n[:2], "p3": s[:3], "s2": n[-2:], "s3": s[-3:], "sh": shape(w), "g": gaz_feature(w)}


def sent_feats(words):
    base = [tok_feats(w) for w in words]
    out = []
    for i in range(len(words)):
        f = {"bias": 1.0}
        for k, v in base[i].items():
            f[f"0{k}={v}"] = 1.0
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(words):
                b = base[j]
                f[f"{d}n={b['n']}"] = 1.0
                f[f"{d}s={b['s']}"] = 1.0
                if abs(d) == 1:
                    f[f"{d}sh={b['sh']}"] = 1.0
                    f[f"{d}g={b['g']}"] = 1.0
                    f[f"{d}s3={b['s3']}"] = 1.0
            else:
                f[f"{d}pad"] = 1.0
        if i > 0:
            f[f"bi={base[i-1]['n']}|{base[i]['n']}"] = 1.0
        out.append(f)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", default="anercorp")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iters", type=int, default=150)
    a = ap.parse_args()
    c = build(default_data_dir())
    tr = pycrfsuite.Trainer(verbose=False)
    for src in a.sources.split(","):
        for s in c.train[src]:
            p = to_pieces(s.tokens)
            tags = [t if t != "-" else "O" for t in piece_tags(s, p)]
            tr.append(sent_feats(p.words), tags)
    tr.set_params({"c1": a.c1, "c2": a.c2, "max_iterations": a.iters, "feature.possible_transitions": True})
    t = time.time()
    tr.train("/tmp/exp/crf.model")
    print("train s", round(time.time() - t))
    tg = pycrfsuite.Tagger()
    tg.open("/tmp/exp/crf.model")
    sents = c.dev_anercorp_original
    m = scheme_map("anercorp")
    pred = []
    t = time.time()
    for s in sents:
        p = to_pieces(s.tokens)
        spans = spans_from_tags(tg.tag(sent_feats(p.words)))
        ts = token_spans(p, spans, len(s))
        pred.append(tags_from_spans(len(s), [(x, y, m[z]) for x, y, z in ts if m.get(z)]))
    print("tok/s", round(sum(map(len, sents)) / (time.time() - t)))
    print(score(gold_tags(sents, "anercorp"), pred).table())


if __name__ == "__main__":
    main()
