"""A BiLSTM-CRF tagger run in numpy (trained with torch by :mod:`rasd.ner.neural_train`).

Input of a piece: its floret vector (the CRF's, frozen), a trained embedding of its normalized
form (training-vocabulary words), a character CNN over the normalized form, the ANERgazet flag,
the shape and the knowledge-table labels (:mod:`rasd.ner.knowledge`). Everything but the knowledge
labels is context-free, so the LSTM input projections are computed once per word type and cached;
per token only the recurrence runs, vectorized over all sentences of a batch (a document). The
CRF layer gives Viterbi tags and per-tag marginals (forward-backward), used by the second CRF pass.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy

from rasd.ner.gazetteer import gaz_feature
from rasd.ner.knowledge import Matcher
from rasd.ner.normalize import norm, shape, stem

NEURAL_FILE = "neural.npz"
NEURAL_VOCAB = "neural.json"
MAX_CHARS = 20
CACHE_SIZE = 300_000
BATCH = 64  # sentences run through the LSTM together


@dataclass(frozen=True)
class Vocab:
    """String -> id tables shared by training and inference (id 0 = padding, 1 = unknown)."""

    words: dict[str, int]
    chars: dict[str, int]
    gaz: dict[str, int]
    shapes: dict[str, int]
    know: dict[str, int]  # "kb=ORG:media" -> column of the multi-hot knowledge input
    labels: tuple[str, ...]

    @classmethod
    def build(cls, words: Sequence[str], min_count: int, labels: Sequence[str], know_labels: Sequence[str],
              extra_words: Sequence[str] = ()) -> "Vocab":
        """Vocabulary of the training pieces (normalized forms seen ``min_count`` times) plus ``extra_words``
        (normalized words of the pretrained vectors)."""
        from collections import Counter

        wc = Counter(norm(w) for w in words)
        cc = Counter(c for w in wc for c in norm(w)[:MAX_CHARS])
        table = lambda items: {x: i + 2 for i, x in enumerate(sorted(items))}  # noqa: E731
        return cls(
            words=table({w for w, c in wc.items() if c >= min_count} | set(extra_words)),
            chars=table(c for c, n in cc.items() if n >= 2),
            gaz=table({gaz_feature(w) for w in wc}),
            shapes=table({shape(w) for w in wc}),
            know={k: i for i, k in enumerate(sorted(p + x for x in know_labels for p in ("kb=", "ki=")))},
            labels=tuple(labels),
        )

    def to_json(self) -> dict:
        return {"words": self.words, "chars": self.chars, "gaz": self.gaz, "shapes": self.shapes,
                "know": self.know, "labels": list(self.labels)}

    @classmethod
    def from_json(cls, d: dict) -> "Vocab":
        return cls(d["words"], d["chars"], d["gaz"], d["shapes"], d["know"], tuple(d["labels"]))

    def word_inputs(self, words: Sequence[str]) -> tuple[numpy.ndarray, ...]:
        """(word ids, stem ids, char ids (n, MAX_CHARS + 2), gazetteer ids, shape ids) of word types."""
        n = len(words)
        wid = numpy.array([self.words.get(norm(w), 1) for w in words], dtype=numpy.int64)
        sid = numpy.array([self.words.get(stem(w), 1) for w in words], dtype=numpy.int64)
        ch = numpy.zeros((n, MAX_CHARS + 2), dtype=numpy.int64)
        for i, w in enumerate(words):
            for j, c in enumerate(norm(w)[:MAX_CHARS]):
                ch[i, j + 1] = self.chars.get(c, 1)
        gz = numpy.array([self.gaz.get(gaz_feature(w), 1) for w in words], dtype=numpy.int64)
        sh = numpy.array([self.shapes.get(shape(w), 1) for w in words], dtype=numpy.int64)
        return wid, sid, ch, gz, sh

    def knowledge_inputs(self, matcher: Matcher | None, normed: Sequence[str]) -> numpy.ndarray:
        """Multi-hot (len, n_know) knowledge labels of one sentence's pieces."""
        out = numpy.zeros((len(normed), len(self.know)), dtype=numpy.float32)
        if matcher is not None:
            for i, feats in enumerate(matcher.features(normed)):
                for f in feats:
                    j = self.know.get(f)
                    if j is not None:
                        out[i, j] = 1.0
        return out


def _sigmoid(x: numpy.ndarray) -> numpy.ndarray:
    return 0.5 * (numpy.tanh(0.5 * x) + 1.0)


class NeuralTagger:
    """numpy inference of the exported model (weights in ``neural.npz``, vocabularies in ``neural.json``)."""

    def __init__(self, path: Path, vectors: Callable[[Sequence[str]], numpy.ndarray], matcher: Matcher | None) -> None:
        self.vocab = Vocab.from_json(json.loads((path / NEURAL_VOCAB).read_text(encoding="utf-8")))
        with numpy.load(path / NEURAL_FILE) as z:
            self.w = {k: z[k].astype(numpy.float32) for k in z.files}
        self.vectors = vectors  # words -> floret vectors (n, dim): the CRF's Embeddings.lookup
        self.matcher = matcher
        self.hidden = self.w["whh_f"].shape[1]
        self.stem_input = bool(self.w.get("stem_input", numpy.zeros(1))[0])
        self._cache: dict[str, numpy.ndarray] = {}

    def _static(self, words: Sequence[str]) -> numpy.ndarray:
        """Context-free input of word types, already multiplied into both LSTMs' input weights."""
        w = self.w
        wid, sid, ch, gz, sh = self.vocab.word_inputs(words)
        ce = w["char_emb"][ch]  # (n, C, dc)
        k = w["conv_w"].shape[2]
        pad = k // 2
        ce = numpy.pad(ce, ((0, 0), (pad, pad), (0, 0)))
        windows = numpy.concatenate([ce[:, i : i + ch.shape[1]] for i in range(k)], axis=2)  # (n, C, k*dc)
        kernel = w["conv_w"].transpose(2, 1, 0).reshape(-1, w["conv_w"].shape[0])  # (k*dc, o)
        conv = numpy.maximum(windows @ kernel + w["conv_b"], 0).max(axis=1)
        vec = self.vectors(list(words))
        parts = [vec, w["word_emb"][wid]] + ([w["word_emb"][sid]] if self.stem_input else [])
        x = numpy.concatenate(parts + [conv, w["gaz_emb"][gz], w["shape_emb"][sh]], axis=1)
        gf = x @ w["wih_f"][:, : x.shape[1]].T + w["b_f"]
        gb = x @ w["wih_b"][:, : x.shape[1]].T + w["b_b"]
        return numpy.concatenate([gf, gb], axis=1)

    def _gates(self, words: Sequence[str]) -> numpy.ndarray:
        new = [x for x in dict.fromkeys(words) if x not in self._cache]
        if new:
            if len(self._cache) + len(new) > CACHE_SIZE:
                self._cache.clear()
            for x, g in zip(new, self._static(new)):
                self._cache[x] = g
        return numpy.stack([self._cache[x] for x in words]) if words else numpy.zeros((0, 8 * self.hidden))

    def _lstm(self, gates: numpy.ndarray, active: numpy.ndarray, whh: numpy.ndarray) -> numpy.ndarray:
        """Run one direction left to right over a padded batch (B, T, 4H) of precomputed input gates whose
        rows are sorted by decreasing length (``active[t]`` rows are still running at step t)."""
        b, t_max, _ = gates.shape
        hdim = self.hidden
        h = numpy.zeros((b, hdim), dtype=numpy.float32)
        c = numpy.zeros((b, hdim), dtype=numpy.float32)
        out = numpy.zeros((b, t_max, hdim), dtype=numpy.float32)
        whh_t = numpy.ascontiguousarray(whh.T)
        for step in range(t_max):
            k = active[step]
            g = gates[:k, step] + h[:k] @ whh_t
            s = _sigmoid(g)
            ck = s[:, hdim : 2 * hdim] * c[:k] + s[:, :hdim] * numpy.tanh(g[:, 2 * hdim : 3 * hdim])
            hk = s[:, 3 * hdim :] * numpy.tanh(ck)
            c[:k] = ck
            h[:k] = hk
            out[:k, step] = hk
        return out

    def _padded_emissions(self, sentences: Sequence[Sequence[str]]) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Emission scores (B, T, n_labels) of non-empty sentences sorted by decreasing length, padded, and
        their lengths. The backward LSTM runs left to right over each sentence reversed (position t of the
        reversed copy is position n-1-t of the sentence)."""
        w = self.w
        lengths = numpy.array([len(ws) for ws in sentences], dtype=numpy.int64)
        t_max = int(lengths.max())
        hd4 = 4 * self.hidden
        gates = self._gates([x for ws in sentences for x in ws])
        know = numpy.concatenate([self.vocab.knowledge_inputs(self.matcher, [norm(x) for x in ws]) for ws in sentences])
        kx = know @ w["know_w"].T + w["know_b"]  # the bias counts even without knowledge labels
        nk = kx.shape[1]
        gates = gates + numpy.concatenate([kx @ w["wih_f"][:, -nk:].T, kx @ w["wih_b"][:, -nk:].T], axis=1)
        rows = numpy.repeat(numpy.arange(len(sentences)), lengths)
        cols = numpy.arange(len(rows)) - numpy.repeat(numpy.cumsum(lengths) - lengths, lengths)
        rev = numpy.repeat(lengths, lengths) - 1 - cols
        fwd = numpy.zeros((len(sentences), t_max, hd4), dtype=numpy.float32)
        bwd = numpy.zeros((len(sentences), t_max, hd4), dtype=numpy.float32)
        fwd[rows, cols] = gates[:, :hd4]
        bwd[rows, rev] = gates[:, hd4:]
        active = (lengths[None, :] > numpy.arange(t_max)[:, None]).sum(1)
        hf = self._lstm(fwd, active, w["whh_f"])
        hb = self._lstm(bwd, active, w["whh_b"])
        h = numpy.zeros((len(sentences), t_max, 2 * self.hidden), dtype=numpy.float32)
        h[rows, cols, : self.hidden] = hf[rows, cols]
        h[rows, cols, self.hidden :] = hb[rows, rev]
        return h @ w["out_w"].T + w["out_b"], lengths

    def tag(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[numpy.ndarray]]:
        """Viterbi tags and tag marginals (len, n_labels) per sentence, all sentences decoded together."""
        n_lab = len(self.vocab.labels)
        tags: list[list[str]] = [[] for _ in sentences]
        margs = [numpy.zeros((0, n_lab), dtype=numpy.float32) for _ in sentences]
        order = sorted((k for k, ws in enumerate(sentences) if ws), key=lambda k: -len(sentences[k]))
        w = self.w
        labels = self.vocab.labels
        for lo in range(0, len(order), BATCH):
            idx = order[lo : lo + BATCH]  # similar lengths: little padding
            em, lengths = self._padded_emissions([sentences[k] for k in idx])
            paths = viterbi(em, lengths, w["trans"], w["start"], w["end"])
            mg = marginals(em, lengths, w["trans"], w["start"], w["end"])
            for r, k in enumerate(idx):
                n = lengths[r]
                tags[k] = [labels[i] for i in paths[r, :n]]
                margs[k] = mg[r, :n]
        return tags, margs


def viterbi(em: numpy.ndarray, lengths: numpy.ndarray, trans: numpy.ndarray, start: numpy.ndarray,
            end: numpy.ndarray) -> numpy.ndarray:
    """Best tag paths (B, T) of a padded batch sorted by decreasing length; positions past a sentence's
    end are 0."""
    b, t_max, n = em.shape
    active = (lengths[None, :] > numpy.arange(t_max)[:, None]).sum(1)
    score = start + em[:, 0]
    back = numpy.zeros((b, t_max, n), dtype=numpy.int64)
    for t in range(1, t_max):
        k = active[t]
        s = score[:k, :, None] + trans  # (k, from, to)
        best = s.argmax(1)
        back[:k, t] = best
        score[:k] = numpy.take_along_axis(s, best[:, None, :], 1)[:, 0] + em[:k, t]
    cur = (score + end).argmax(1)
    paths = numpy.zeros((b, t_max), dtype=numpy.int64)
    rows = numpy.arange(b)
    for t in range(t_max - 1, -1, -1):
        k = active[t]
        paths[:k, t] = cur[:k]
        if t > 0:
            # rows still inside at t step back; rows ending at t - 1 keep their own last tag
            cur[:k] = back[rows[:k], t, cur[:k]]
    return paths


def marginals(em: numpy.ndarray, lengths: numpy.ndarray, trans: numpy.ndarray, start: numpy.ndarray,
              end: numpy.ndarray) -> numpy.ndarray:
    """Tag marginals (B, T, n) of a padded batch sorted by decreasing length: forward-backward in
    probability space, rescaled at every step (the scale factors cancel in the final normalization)."""
    b, t_max, n = em.shape
    active = (lengths[None, :] > numpy.arange(t_max)[:, None]).sum(1)
    et = numpy.exp(trans - trans.max())
    pe = numpy.exp(em - em.max(axis=2, keepdims=True))
    alpha = numpy.zeros_like(pe)
    beta = numpy.zeros_like(pe)
    a = numpy.exp(start - start.max()) * pe[:, 0]
    alpha[:, 0] = a / a.sum(1, keepdims=True)
    for t in range(1, t_max):
        k = active[t]
        nxt = (alpha[:k, t - 1] @ et) * pe[:k, t]
        alpha[:k, t] = nxt / nxt.sum(1, keepdims=True)
    bt = numpy.tile(numpy.exp(end - end.max()), (b, 1)).astype(em.dtype)
    for t in range(t_max - 1, -1, -1):
        k1 = active[t + 1] if t + 1 < t_max else 0  # rows that continue after t; the others end at t
        if k1:
            nb = (pe[:k1, t + 1] * bt[:k1]) @ et.T
            bt[:k1] = nb / nb.sum(1, keepdims=True)
        beta[:, t] = bt
    m = alpha * beta
    return m / numpy.maximum(m.sum(2, keepdims=True), 1e-30)
