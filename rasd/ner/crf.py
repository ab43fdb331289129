"""The shipped NER model: a linear-chain CRF (python-crfsuite) over Arabic-aware features.

Chosen over a spaCy tok2vec + transition NER because it scored higher on dev, trains in
about a minute and tags ~10x faster (benchmarks/ner/experiments.md). Features of a
token (all computed from its text, see :mod:`rasd.ner.normalize`): normalized form,
form without proclitics, prefixes/suffixes, shape, ANERgazet membership, and k-means
clusters of its floret vector (trained here on ant_corpus); neighbours at +-1/+-2
contribute forms, shapes, gazetteer flags and clusters. Per-entity confidence is the
lowest CRF marginal probability of the entity's predicted tags. After the CRF: DATE rules
(:mod:`rasd.ner.dates`) and memorized training entities (:mod:`rasd.ner.memory`).
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

from rasd.ner.dates import merge_dates
from rasd.ner.boundaries import split_spans
from rasd.ner.facilities import apply_facilities
from rasd.ner.gazetteer import gaz_feature
from rasd.ner.knowledge import KNOWLEDGE_FILE, Matcher, Table, read_knowledge
from rasd.ner.memory import MEMORY_FILE, apply_memory, read_memory
from rasd.ner.neural import NEURAL_FILE, NeuralTagger
from rasd.ner.normalize import norm, shape, stem
from rasd.ner.scorer import spans_from_tags

CRF_FILE = "crf.model"
VECTORS_FILE = "vectors.npy"
VECTORS_CFG = "vectors.json"
CENTROIDS_FILE = "centroids.npz"
ScoredSpan = tuple[int, int, str, float]
CACHE_SIZE = 300_000  # word types whose context-free features are kept


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

    def __post_init__(self) -> None:
        self._recent: dict[str, numpy.ndarray] = {}

    def lookup(self, words: Sequence[str]) -> numpy.ndarray:
        """Vectors (n, dim) of words; those of the latest :meth:`clusters` batch are reused (the neural
        tagger asks for the same new words right after the CRF featurizer)."""
        recent = self._recent
        missing = [w for w in words if w not in recent]
        extra = dict(zip(missing, self.vectors.get_batch(missing))) if missing else {}
        return numpy.stack([recent[w] if w in recent else extra[w] for w in words]).astype("float32")

    def clusters(self, words: Sequence[str]) -> list[tuple[int, ...]]:
        """Cluster id of each word in every centroid set (nearest by cosine)."""
        if not words:
            return []
        v = self.vectors.get_batch(list(words))
        self._recent = dict(zip(words, v))
        v = v / (numpy.linalg.norm(v, axis=1, keepdims=True) + 1e-8)
        ids = numpy.stack([numpy.argmax(v @ c.T, axis=1) for c in self.centroids.values()], axis=1)
        return [tuple(row) for row in ids.tolist()]


EXTRAS = ("affix4", "nbr_affix", "nbr_c1024", "position", "window3", "knowledge", "knowledge_nbr")


class Featurizer:
    """String features per token, with a per-word cache of the context-free part.

    ``extras`` switches on optional feature groups (chosen on dev, recorded in meta.json):
    affix4 (4-letter stem prefix/suffix), nbr_affix (neighbours' 2-letter prefix),
    nbr_c1024 (neighbours' finest cluster), position (sentence start/end), window3 (+-3 forms).
    """

    def __init__(self, emb: Embeddings, extras: Sequence[str] = (), knowledge: Table | None = None) -> None:
        unknown = set(extras) - set(EXTRAS)
        if unknown:
            raise ValueError(f"unknown CRF feature groups {sorted(unknown)}; known: {EXTRAS}")
        self.extras = frozenset(extras)
        if "knowledge" in self.extras and knowledge is None:
            raise ValueError("the knowledge feature group needs a knowledge table (model/knowledge.tsv)")
        self.matcher = Matcher(knowledge) if "knowledge" in self.extras and knowledge is not None else None
        self.emb = emb
        self._cache: dict[str, tuple[str, ...]] = {}
        self.names = tuple(emb.centroids)
        self._nbr = tuple(
            q for q, name in enumerate(self.names) if name != "c1024" or "nbr_c1024" in self.extras
        )

    def _base(self, words: Sequence[str]) -> list[tuple[str, ...]]:
        new = [w for w in dict.fromkeys(words) if w not in self._cache]
        if new:
            if len(self._cache) + len(new) > CACHE_SIZE:
                self._cache.clear()  # bounded memory; cleared before, never between, insert and lookup
            for w, cl in zip(new, self.emb.clusters(new)):
                n, s = norm(w), stem(w)
                self._cache[w] = (n, s, n[:2], s[:3], n[-2:], s[-3:], shape(w), gaz_feature(w)) + tuple(
                    str(c) for c in cl
                ) + (s[:4], s[-4:])
        return [self._cache[w] for w in words]

    def prepare(self, sentences: Sequence[Sequence[str]]) -> None:
        """Featurize all new word types of a batch at once (one vector lookup, one matrix product)."""
        self._base([w for ws in sentences for w in ws])

    def __call__(self, words: Sequence[str]) -> list[list[str]]:
        base = self._base(words)
        k = len(self.names)
        out = []
        n = len(words)
        for i, b in enumerate(base):
            f = ["bias", "n=" + b[0], "s=" + b[1], "p2=" + b[2], "p3=" + b[3], "s2=" + b[4], "s3=" + b[5],
                 "sh=" + b[6], "g=" + b[7]]
            f.extend(f"c{j}={b[8 + j]}" for j in range(k))
            ex = self.extras
            if ex:
                if "affix4" in ex:
                    f.append("p4=" + b[8 + k])
                    f.append("s4=" + b[9 + k])
                if "position" in ex:
                    if i == 0:
                        f.append("first")
                    if i == n - 1:
                        f.append("last")
                if "window3" in ex:
                    for d in (-3, 3):
                        if 0 <= i + d < n:
                            f.append(f"{d}n={base[i + d][0]}")
                if "nbr_affix" in ex:
                    for d in (-1, 1):
                        if 0 <= i + d < n:
                            f.append(f"{d}p2={base[i + d][2]}")
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
        if self.matcher is not None:
            kf = self.matcher.features([b[0] for b in base])
            for i, k in enumerate(kf):
                out[i].extend(k)
            if "knowledge_nbr" in self.extras:
                for i in range(n):
                    for d in (-1, 1):
                        if 0 <= i + d < n:
                            out[i].extend(f"{d}{x[:2]}{x[3:].split(':')[0]}" for x in kf[i + d])
        return out


CRF2_FILE = "crf2.model"
DOC_WINDOW = 20


def doc_features(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int = DOC_WINDOW,
                 prefix: str = "t") -> list[list[list[str]]]:
    """Stacking features from first-pass tags: the token's own and neighbours' first-pass tags, and
    which entity types the same word (without proclitics) received in the other sentences within
    +-``window`` sentences (news repeats names: one confident mention helps the others).
    ``prefix`` names the first pass (``t`` the CRF, ``n`` the neural tagger)."""
    dname = "d=" if prefix == "t" else prefix + "d="
    stems = [[stem(w) for w in ws] for ws in sentences]
    per_sent: list[dict[str, set[str]]] = []
    for ss, ts in zip(stems, tags):
        d: dict[str, set[str]] = {}
        for st, t in zip(ss, ts):
            if len(st) >= 3:
                d.setdefault(st, set()).add(t[2:] if t != "O" else "O")
        per_sent.append(d)
    # sliding window of (stem -> type -> number of sentences) over [i - window, i + window]
    counts: dict[str, dict[str, int]] = {}

    def add(k: int, delta: int) -> None:
        for st, types in per_sent[k].items():
            c = counts.setdefault(st, {})
            for t in types:
                c[t] = c.get(t, 0) + delta

    n = len(sentences)
    for k in range(min(n, window + 1)):
        add(k, 1)
    out = []
    for i, (ss, ts) in enumerate(zip(stems, tags)):
        if i > 0:
            if i + window < n:
                add(i + window, 1)
            if i - window - 1 >= 0:
                add(i - window - 1, -1)
        own = per_sent[i]
        feats = []
        for j, (st, t) in enumerate(zip(ss, ts)):
            f = [f"{prefix}1={t}"]
            if j > 0:
                f.append(f"{prefix}1-1={ts[j - 1]}")
            if j + 1 < len(ts):
                f.append(f"{prefix}1+1={ts[j + 1]}")
            if len(st) >= 3:
                mine = own.get(st, ())
                f.extend(dname + x for x, c in sorted(counts.get(st, {}).items()) if c - (x in mine) > 0)
            feats.append(f)
        out.append(feats)
    return out


def neural_features(tags: Sequence[Sequence[str]], margs: Sequence[numpy.ndarray], labels: Sequence[str],
                    window: int = DOC_WINDOW) -> list[list[list[str]]]:
    """Pass-2 confidence features from the neural tagger: its tag with the tag's marginal probability
    in five bins, and the binned probability of O."""
    index = {t: i for i, t in enumerate(labels)}
    o = index["O"]
    out = []
    for ts, m in zip(tags, margs):
        feats = []
        for j, t in enumerate(ts):
            p = float(m[j, index[t]])
            feats.append([f"nc={t}|{min(int(p * 5), 4)}", f"no={min(int(float(m[j, o]) * 5), 4)}"])
        out.append(feats)
    return out


STACK_GROUPS = ("crf", "neural", "neural_conf")


def stack_features(sentences: Sequence[Sequence[str]], first: Sequence[Sequence[str]] | None, window: int,
                   neural: tuple[Sequence[Sequence[str]], Sequence[numpy.ndarray], Sequence[str]] | None = None,
                   groups: Sequence[str] = STACK_GROUPS) -> list[list[list[str]]]:
    """Second-pass features: ``crf`` = the CRF's first-pass tags (:func:`doc_features`), ``neural`` = the
    neural tagger's tags the same way (prefix ``n``), ``neural_conf`` = its binned marginals
    (:func:`neural_features`); ``neural`` is (tags, marginals, labels)."""
    parts = []
    if "crf" in groups and first is not None:
        parts.append(doc_features(sentences, first, window))
    if neural is not None:
        ntags, margs, labels = neural
        if "neural" in groups:
            parts.append(doc_features(sentences, ntags, window, "n"))
        if "neural_conf" in groups:
            parts.append(neural_features(ntags, margs, labels))
    if not parts:
        return [[[] for _ in ws] for ws in sentences]
    extra = parts[0]
    for feats in parts[1:]:
        for x, y in zip(extra, feats):
            for a, b in zip(x, y):
                a.extend(b)
    return extra


class CrfModel:
    """Loaded CRF(s) + features; ``predict`` gives scored piece-level spans.

    With ``crf2.model`` present the model is stacked: a second CRF re-tags every sentence with
    first-pass tags over the whole batch of sentences (a document, or a CoNLL file) as extra
    features (:func:`stack_features`): those of the CRF ``crf.model`` and/or, with ``neural.npz``,
    of the BiLSTM-CRF (:mod:`rasd.ner.neural`), as ``meta.json`` ``stack_groups`` says."""

    def __init__(self, path: Path) -> None:
        self.path = path
        meta_file = path / "meta.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
        options = meta.get("options", {})
        self.window = int(options.get("doc_window", DOC_WINDOW))
        self.date_rules = options.get("date_rules", "merge")  # merge | only | off
        self.memory = read_memory(path / MEMORY_FILE)
        self.facility_rules = bool(options.get("facility_rules", False))
        # models trained before ``stack_groups`` existed used every group their files allow
        self.stack_groups = tuple(options.get("stack_groups", STACK_GROUPS))
        self.knowledge = read_knowledge(path / KNOWLEDGE_FILE)
        self.featurize = Featurizer(Embeddings.load(path), options.get("extras", []), self.knowledge)
        stacked = (path / CRF2_FILE).is_file()
        self.neural = None
        if stacked and (path / NEURAL_FILE).is_file():
            matcher = Matcher(self.knowledge) if self.knowledge else None
            self.neural = NeuralTagger(path, self.featurize.emb.lookup, matcher)
        self.tagger = None  # pass 1: the only CRF, or the first of two when its tags are stack features
        if not stacked or "crf" in self.stack_groups:
            self.tagger = pycrfsuite.Tagger()
            self.tagger.open(str(path / CRF_FILE))
        self.tagger2 = None
        if stacked:
            self.tagger2 = pycrfsuite.Tagger()
            self.tagger2.open(str(path / CRF2_FILE))

    @property
    def labels(self) -> list[str]:
        final = self.tagger2 or self.tagger
        return sorted({t[2:] for t in final.labels() if t != "O"})

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[ScoredSpan]]:
        """Spans per sentence; the sentences form one document (pass-2 features look across them)."""
        return self.predict_docs([sentences])[0]

    def predict_docs(self, docs: Sequence[Sequence[Sequence[str]]]) -> list[list[list[ScoredSpan]]]:
        """Spans per sentence of each document. Pass-2 document features stay within a document;
        featurization and the neural tagger run over all sentences at once (much faster than one
        short document at a time, with the same results)."""
        sentences = [ws for doc in docs for ws in doc]
        self.featurize.prepare(sentences)
        feats = [self.featurize(ws) if ws else [] for ws in sentences]
        tagger = self.tagger
        if self.tagger2 is not None:
            first = [self.tagger.tag(f) if f else [] for f in feats] if self.tagger is not None else None
            ntags = margs = None
            if self.neural is not None:
                ntags, margs = self.neural.tag(sentences)
            lo = 0
            for doc in docs:
                hi = lo + len(doc)
                neural = (ntags[lo:hi], margs[lo:hi], self.neural.vocab.labels) if ntags is not None else None
                extra = stack_features(doc, first[lo:hi] if first is not None else None, self.window, neural,
                                       self.stack_groups)
                for f, e in zip(feats[lo:hi], extra):  # the featurizer's lists are fresh: extend in place
                    for a, b in zip(f, e):
                        a.extend(b)
                lo = hi
            tagger = self.tagger2
        out = [self._decode(tagger, words, f) for words, f in zip(sentences, feats)]
        grouped, lo = [], 0
        for doc in docs:
            grouped.append(out[lo : lo + len(doc)])
            lo += len(doc)
        return grouped

    def _decode(self, tagger, words: Sequence[str], f: list[list[str]]) -> list[ScoredSpan]:
        """Tag one featurized sentence, then the DATE rules, entity memory and facility rule."""
        if not f:
            return []
        tagger.set(f)
        tags = tagger.tag()
        spans = []
        for a, b, label in spans_from_tags(tags):
            conf = min(tagger.marginal(tags[t], t) for t in range(a, b))
            spans.append((a, b, label, round(float(conf), 4)))
        if self.date_rules != "off":
            spans = merge_dates(spans, words, keep_model_dates=self.date_rules == "merge")
        spans = split_spans(spans, words, self.knowledge)
        spans = apply_memory(spans, words, self.memory)
        if self.facility_rules:
            spans = apply_facilities(spans, words, self.knowledge)
        return spans


@lru_cache(maxsize=4)
def load_crf(path: str) -> CrfModel:
    p = Path(path)
    missing = [f for f in (VECTORS_FILE, VECTORS_CFG, CENTROIDS_FILE) if not (p / f).is_file()]
    if not (p / CRF_FILE).is_file() and not (p / CRF2_FILE).is_file():
        missing.append(CRF_FILE)
    if missing:
        raise FileNotFoundError(f"NER model at {p} lacks {', '.join(missing)}: rebuild it with `rasd train ner`")
    return CrfModel(p)


def train_crf(
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]], emb: Embeddings, model_file: Path,
    c1: float = 0.05, c2: float = 0.05, max_iterations: int = 150, extras: Sequence[str] = (),
    extra_features: Sequence[list[list[str]]] | None = None, knowledge: Table | None = None,
) -> None:
    """Train on (pieces, IOB2 tags) pairs; unknown tags (``-``) must already be resolved.
    ``extra_features`` (per sentence, per token) are appended, e.g. stacking features."""
    featurize = Featurizer(emb, extras, knowledge)
    trainer = pycrfsuite.Trainer(verbose=False)
    for k, (words, tags) in enumerate(sentences):
        if words:
            f = featurize(words)
            if extra_features is not None:
                f = [a + b for a, b in zip(f, extra_features[k])]
            trainer.append(f, list(tags))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True})
    trainer.train(str(model_file))


def tag_with(model_file: Path, emb: Embeddings, sentences: Sequence[Sequence[str]], extras: Sequence[str] = (),
             knowledge: Table | None = None) -> list[list[str]]:
    """Viterbi tags of ``sentences`` with a single CRF file (used for jackknifed first passes)."""
    featurize = Featurizer(emb, extras, knowledge)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_file))
    return [tagger.tag(featurize(ws)) if ws else [] for ws in sentences]
