"""The shipped NER model: a linear-chain CRF (python-crfsuite) over Arabic-aware features.

Chosen over a spaCy tok2vec + transition NER because it scored higher on dev, trains in
about a minute and tags ~10x faster (benchmarks/ner/experiments.md). Features of a
token (all computed from its text, see :mod:`rasd.ner.normalize`): normalized form,
form without proclitics, prefixes/suffixes, shape, ANERgazet membership, and k-means
clusters of its floret vector (trained here on ant_corpus); neighbours at +-1/+-2
contribute forms, shapes, gazetteer flags and clusters. Per-entity confidence is the
lowest CRF marginal probability of the entity's predicted tags.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy
import pycrfsuite
from spacy.vectors import Vectors

from rasd.ner.gazetteer import gaz_feature
from rasd.ner.normalize import norm, shape, stem
from rasd.ner.scorer import spans_from_tags

CRF_FILE = "crf.model"
VECTORS_FILE = "vectors.npy"
VECTORS_CFG = "vectors.json"
CENTROIDS_FILE = "centroids.npz"
ScoredSpan = tuple[int, int, str, float]


@dataclass
class Embeddings:
    """Floret vectors (subword-hashed: every token gets a vector) and k-means centroids."""

    vectors: Vectors
    centroids: dict[str, numpy.ndarray]  # name -> (k, dim), rows L2-normalized

    @classmethod
    def load(cls, path: Path) -> "Embeddings":
        cfg = json.loads((path / VECTORS_CFG).read_text(encoding="utf-8"))
        data = numpy.load(path / VECTORS_FILE).astype("float32")
        vec = Vectors(data=data, mode="floret", minn=cfg["minn"], maxn=cfg["maxn"], hash_count=cfg["hash_count"],
                      hash_seed=cfg["hash_seed"], bow=cfg["bow"], eow=cfg["eow"])
        with numpy.load(path / CENTROIDS_FILE) as z:
            cents = {k: z[k].astype("float32") for k in sorted(z.files)}
        return cls(vec, cents)

    def clusters(self, words: Sequence[str]) -> list[tuple[int, ...]]:
        """Cluster id of each word in every centroid set (nearest by cosine)."""
        if not words:
            return []
        v = self.vectors.get_batch(list(words))
        v = v / (numpy.linalg.norm(v, axis=1, keepdims=True) + 1e-8)
        ids = [numpy.argmax(v @ c.T, axis=1) for c in self.centroids.values()]
        return [tuple(int(x[i]) for x in ids) for i in range(len(words))]


class Featurizer:
    """String features per token, with a per-word cache of the context-free part."""

    def __init__(self, emb: Embeddings) -> None:
        self.emb = emb
        self._cache: dict[str, tuple[str, ...]] = {}
        self.names = tuple(emb.centroids)
        self._nbr = tuple(q for q, name in enumerate(self.names) if name != "c1024")  # finest set: token only

    def _base(self, words: Sequence[str]) -> list[tuple[str, ...]]:
        new = [w for w in dict.fromkeys(words) if w not in self._cache]
        if new:
            for w, cl in zip(new, self.emb.clusters(new)):
                n, s = norm(w), stem(w)
                self._cache[w] = (n, s, n[:2], s[:3], n[-2:], s[-3:], shape(w), gaz_feature(w)) + tuple(
                    str(c) for c in cl
                )
            if len(self._cache) > 500_000:
                self._cache.clear()
        return [self._cache[w] for w in words]

    def __call__(self, words: Sequence[str]) -> list[list[str]]:
        base = self._base(words)
        k = len(self.names)
        out = []
        n = len(words)
        for i, b in enumerate(base):
            f = ["bias", "n=" + b[0], "s=" + b[1], "p2=" + b[2], "p3=" + b[3], "s2=" + b[4], "s3=" + b[5],
                 "sh=" + b[6], "g=" + b[7]]
            f.extend(f"c{j}={b[8 + j]}" for j in range(k))
            for d in (-2, -1, 1, 2):
                j = i + d
                if 0 <= j < n:
                    o = base[j]
                    f.append(f"{d}n={o[0]}")
                    f.append(f"{d}s={o[1]}")
                    if d in (-1, 1):
                        f.append(f"{d}sh={o[6]}")
                        f.append(f"{d}g={o[7]}")
                        f.append(f"{d}s3={o[5]}")
                        f.extend(f"{d}c{q}={o[8 + q]}" for q in self._nbr)
                else:
                    f.append(f"{d}pad")
            if i > 0:
                f.append(f"bi={base[i - 1][0]}|{b[0]}")
            out.append(f)
        return out


class CrfModel:
    """Loaded CRF + features; ``predict`` gives scored piece-level spans."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.featurize = Featurizer(Embeddings.load(path))
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path / CRF_FILE))

    @property
    def labels(self) -> list[str]:
        return sorted({t[2:] for t in self.tagger.labels() if t != "O"})

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[ScoredSpan]]:
        out = []
        for words in sentences:
            if not words:
                out.append([])
                continue
            self.tagger.set(self.featurize(words))
            tags = self.tagger.tag()
            spans = []
            for a, b, label in spans_from_tags(tags):
                conf = min(self.tagger.marginal(tags[t], t) for t in range(a, b))
                spans.append((a, b, label, round(float(conf), 4)))
            out.append(spans)
        return out


@lru_cache(maxsize=4)
def load_crf(path: str) -> CrfModel:
    p = Path(path)
    missing = [f for f in (CRF_FILE, VECTORS_FILE, VECTORS_CFG, CENTROIDS_FILE) if not (p / f).is_file()]
    if missing:
        raise FileNotFoundError(f"NER model at {p} lacks {', '.join(missing)}: rebuild it with `rasd train ner`")
    return CrfModel(p)


def train_crf(
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]], emb: Embeddings, model_file: Path,
    c1: float = 0.05, c2: float = 0.05, max_iterations: int = 150,
) -> None:
    """Train on (pieces, IOB2 tags) pairs; unknown tags (``-``) must already be resolved."""
    featurize = Featurizer(emb)
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sentences:
        if words:
            trainer.append(featurize(words), list(tags))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True})
    trainer.train(str(model_file))
