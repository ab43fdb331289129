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


VEC = None
CLUST = {}


from functools import lru_cache
import numpy as np


@lru_cache(maxsize=None)
def clusters(w):
    v = VEC.get_vector(w)
    v = v / (np.linalg.norm(v) + 1e-8)
    return {k: int(np.argmax(C @ v)) for k, C in CLUST.items()}


def vec_feats(w):
    v = VEC.get_vector(w)
    n = (v * v).sum() ** 0.5 or 1.0
    return {f"v{k}": float(x / n) for k, x in enumerate(v)}


def sent_feats(words):
    base = [tok_feats(w) for w in words]
    out = []
    for i in range(len(words)):
        f = {"bias": 1.0}
        if DENSE:
            f.update(vec_feats(words[i]))
        if CLUST:
            for k, cid in clusters(words[i]).items():
                f[f"0{k}={cid}"] = 1.0
            for d in (-1, 1):
                if 0 <= i + d < len(words):
                    for k, cid in clusters(words[i + d]).items():
                        if k != "c1024":
                            f[f"{d}{k}={cid}"] = 1.0
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
    ap.add_argument("--vectors", default="")
    ap.add_argument("--clusters", default="")
    ap.add_argument("--dense", action="store_true")
    ap.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9")
    a = ap.parse_args()
    global VEC
    if a.vectors:
        import spacy
        VEC = spacy.load(a.vectors).vocab
    if a.clusters:
        z = np.load(a.clusters)
        CLUST.update({k: z[k] for k in z.files})
    global DENSE
    DENSE = a.dense
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
    labels = tg.labels()
    sents = c.dev_anercorp_original
    m = scheme_map("anercorp")
    gold = gold_tags(sents, "anercorp")
    marg = []
    for s in sents:
        p = to_pieces(s.tokens)
        tg.set(sent_feats(p.words))
        vit = tg.tag()
        mm = [{y: tg.marginal(y, t) for y in labels} for t in range(len(p.words))]
        marg.append((p, vit, mm))
    for thr in [None] + [float(x) for x in a.thresholds.split(",")]:
        pred = []
        for s, (p, vit, mm) in zip(sents, marg):
            if thr is None:
                tags = vit
            else:
                tags = []
                for t, d in enumerate(mm):
                    if d.get("O", 0) >= thr:
                        tags.append("O")
                    else:
                        tags.append(max((v, y) for y, v in d.items() if y != "O")[1])
            ts = token_spans(p, spans_from_tags(tags), len(s))
            pred.append(tags_from_spans(len(s), [(x, y, m[z]) for x, y, z in ts if m.get(z)]))
        sc = score(gold, pred)
        if thr is None:
            print(sc.table())
        print("thr", thr, "micro F1 %.2f P %.2f R %.2f" % (100 * sc.micro.f1, 100 * sc.micro.precision, 100 * sc.micro.recall))


if __name__ == "__main__":
    main()
