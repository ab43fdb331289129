"""Train the BiLSTM-CRF of :mod:`rasd.ner.neural` with torch (training only: ``pip install -e .[train]``).

Batched (sentences of similar length, 32 per batch), Adam, dropout 0.5 on inputs and LSTM
outputs, word dropout; tags unknown in the data (``-``) are marginalized in the CRF loss.
:func:`export` writes the weights as float16 numpy arrays for the torch-free run time.
Single-threaded and seeded: the same data and options give the same model.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy

from rasd.ner.knowledge import Matcher, Table
from rasd.ner.neural import NEURAL_FILE, NEURAL_VOCAB, Vocab
from rasd.ner.normalize import norm
from rasd.ner.scorer import spans_from_tags

Pair = tuple[Sequence[str], Sequence[str]]  # pieces, tags ("-" = unknown)


@dataclass(frozen=True)
class NeuralOptions:
    epochs: int = 8
    hidden: int = 100
    word_dim: int = 64
    char_dim: int = 30
    char_filters: int = 50
    know_dim: int = 16
    dropout: float = 0.5
    word_dropout: float = 0.1
    lr: float = 2e-3
    batch: int = 32
    min_count: int = 2
    seed: int = 0
    stem_input: bool = False  # also embed the form without proclitics (same table)
    pretrained: str = ""  # word2vec-format text vectors (normalized words) to initialize word_emb
    pretrained_max: int = 60_000
    average_last: int = 0  # > 1: export the mean of the weights at the end of the last N epochs


def _model(vocab: Vocab, opts: NeuralOptions, vec_dim: int):
    import torch
    import torch.nn as nn

    class CRF(nn.Module):
        def __init__(self, n: int) -> None:
            super().__init__()
            self.trans = nn.Parameter(torch.zeros(n, n))
            self.start = nn.Parameter(torch.zeros(n))
            self.end = nn.Parameter(torch.zeros(n))

        def log_z(self, em, mask):
            alpha = self.start + em[:, 0]
            for t in range(1, em.size(1)):
                nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans, 1) + em[:, t]
                alpha = torch.where(mask[:, t : t + 1], nxt, alpha)
            return torch.logsumexp(alpha + self.end, 1)

        def nll(self, em, allowed, mask, weight=None):
            penalty = (~allowed).float() * -1e4
            per_sentence = self.log_z(em, mask) - self.log_z(em + penalty, mask)
            return per_sentence.sum() if weight is None else (per_sentence * weight).sum()

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            n_lab = len(vocab.labels)
            self.word_emb = nn.Embedding(len(vocab.words) + 2, opts.word_dim, padding_idx=0)
            nn.init.normal_(self.word_emb.weight, std=0.1)
            self.char_emb = nn.Embedding(len(vocab.chars) + 2, opts.char_dim, padding_idx=0)
            self.conv = nn.Conv1d(opts.char_dim, opts.char_filters, 3, padding=1)
            self.gaz_emb = nn.Embedding(len(vocab.gaz) + 2, 8, padding_idx=0)
            self.shape_emb = nn.Embedding(len(vocab.shapes) + 2, 8, padding_idx=0)
            self.know = nn.Linear(max(len(vocab.know), 1), opts.know_dim)
            d_in = vec_dim + opts.word_dim * (2 if opts.stem_input else 1) + opts.char_filters + 16 + opts.know_dim
            self.drop = nn.Dropout(opts.dropout)
            self.lstm = nn.LSTM(d_in, opts.hidden, bidirectional=True, batch_first=True)
            self.out = nn.Linear(2 * opts.hidden, n_lab)
            self.crf = CRF(n_lab)

        def emissions(self, vec, wid, sid, ch, gz, sh, kn, lengths):
            b, t, c = ch.shape
            ce = self.char_emb(ch.view(b * t, c)).transpose(1, 2)
            conv = torch.relu(self.conv(ce)).max(2).values.view(b, t, -1)
            words = [self.word_emb(wid)] + ([self.word_emb(sid)] if opts.stem_input else [])
            x = torch.cat([vec] + words + [conv, self.gaz_emb(gz), self.shape_emb(sh), self.know(kn)], 2)
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
            return self.out(self.drop(h))

    return Tagger()


def _encode(pairs: Sequence[Pair], vocab: Vocab, vectors: Callable[[Sequence[str]], numpy.ndarray],
            matcher: Matcher | None):
    """Per sentence numpy inputs: vec, word ids, char ids, gaz, shape, knowledge, allowed-tag mask."""
    types = sorted({w for ws, _ in pairs for w in ws})
    tindex = {w: i for i, w in enumerate(types)}
    vecs = vectors(types) if types else numpy.zeros((0, 1), numpy.float32)
    wid, sid, ch, gz, sh = vocab.word_inputs(types)
    lab = {t: i for i, t in enumerate(vocab.labels)}
    out = []
    for words, tags in pairs:
        ix = numpy.array([tindex[w] for w in words])
        allowed = numpy.ones((len(words), len(vocab.labels)), dtype=bool)
        for i, t in enumerate(tags):
            if t != "-":
                allowed[i] = False
                allowed[i, lab[t]] = True
        kn = vocab.knowledge_inputs(matcher, [norm(w) for w in words])
        if not kn.shape[1]:
            kn = numpy.zeros((len(words), 1), dtype=numpy.float32)
        out.append((vecs[ix], wid[ix], sid[ix], ch[ix], gz[ix], sh[ix], kn, allowed))
    return out


def _batches(encoded, batch: int, rng: random.Random, shuffle: bool):
    order = sorted(range(len(encoded)), key=lambda k: (len(encoded[k][1]), rng.random() if shuffle else k))
    groups = [order[i : i + batch] for i in range(0, len(order), batch)]
    if shuffle:
        rng.shuffle(groups)
    return groups


def _collate(encoded, group, word_dropout: float, rng: numpy.random.Generator | None):
    import torch

    lengths = [len(encoded[k][1]) for k in group]
    t = max(lengths)
    b = len(group)
    first = encoded[group[0]]
    arrays = [numpy.zeros((b, t) + a.shape[1:], dtype=a.dtype) for a in first]
    mask = numpy.zeros((b, t), dtype=bool)
    for r, k in enumerate(group):
        n = lengths[r]
        for a, src in zip(arrays, encoded[k]):
            a[r, :n] = src
        mask[r, :n] = True
    arrays[7][~mask] = True  # padding: every tag allowed (masked out of the recursion anyway)
    if rng is not None and word_dropout:
        drop = (rng.random(arrays[1].shape) < word_dropout) & mask
        arrays[1][drop] = 1
        arrays[2][drop] = 1
    return tuple(torch.from_numpy(a) for a in arrays) + (torch.from_numpy(mask), torch.tensor(lengths))


def train_neural(
    pairs: Sequence[Pair], vectors: Callable[[Sequence[str]], numpy.ndarray], knowledge: Table | None, out_dir: Path, opts: NeuralOptions = NeuralOptions(),
    on_epoch: Callable[[int, Path], None] | None = None, log: Callable[[str], None] = print,
    weights: Sequence[float] | None = None,
) -> None:
    """Train and export to ``out_dir`` (``neural.npz`` + ``neural.json``); ``vectors`` maps words to their floret
    vectors (the CRF's ``Embeddings.lookup``); ``on_epoch(k, out_dir)`` runs after each epoch's export
    (experiments use it to score dev; with ``opts.average_last`` > 1 it runs once more, with k = ``opts.epochs``,
    after the averaged weights are exported). ``weights``: per pair loss weight (e.g. < 1 for pseudo-labelled
    sentences); None = all 1."""
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(opts.seed)
    rng = random.Random(opts.seed)
    nrng = numpy.random.default_rng(opts.seed)
    labels = sorted({t for _, ts in pairs for t in ts if t != "-"} | {"O"})
    know_labels = sorted({x for v in knowledge.values() for x in v}) if knowledge else []
    pre = read_vec(Path(opts.pretrained), opts.pretrained_max) if opts.pretrained else {}
    vocab = Vocab.build([w for ws, _ in pairs for w in ws], opts.min_count, labels, know_labels, list(pre))
    matcher = Matcher(knowledge) if knowledge else None
    if weights is not None and len(weights) != len(pairs):
        raise ValueError(f"{len(weights)} weights for {len(pairs)} training pairs")
    keep = [k for k, p in enumerate(pairs) if len(p[0])]
    encoded = _encode([pairs[k] for k in keep], vocab, vectors, matcher)
    weight = None if weights is None else numpy.array([weights[k] for k in keep], dtype=numpy.float32)
    model = _model(vocab, opts, encoded[0][0].shape[1])
    if pre:
        with torch.no_grad():
            for w, i in vocab.words.items():
                if w in pre:
                    model.word_emb.weight[i] = torch.from_numpy(pre[w][: opts.word_dim])
    optim = torch.optim.Adam(model.parameters(), lr=opts.lr)
    out_dir.mkdir(parents=True, exist_ok=True)
    snapshots: list[dict] = []
    for epoch in range(opts.epochs):
        t0 = time.time()
        model.train()
        total = 0.0
        for group in _batches(encoded, opts.batch, rng, shuffle=True):
            vec, wid, sid, ch, gz, sh, kn, allowed, mask, lengths = _collate(encoded, group, opts.word_dropout, nrng)
            em = model.emissions(vec, wid, sid, ch, gz, sh, kn, lengths)
            w = None if weight is None else torch.from_numpy(weight[group])
            loss = model.crf.nll(em, allowed, mask, w)
            optim.zero_grad()
            (loss / len(group)).backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optim.step()
            total += float(loss.detach())
        export(model, vocab, out_dir, opts)
        log(f"neural epoch {epoch} loss {total / len(encoded):.3f} {time.time() - t0:.0f}s")
        if on_epoch is not None:
            on_epoch(epoch, out_dir)
        if opts.average_last > 1 and epoch >= opts.epochs - opts.average_last:
            snapshots.append({k: v.detach().clone() for k, v in model.state_dict().items()})
    if len(snapshots) > 1:
        model.load_state_dict({k: sum(s[k] for s in snapshots) / len(snapshots) for k in snapshots[0]})
        export(model, vocab, out_dir, opts)
        log(f"neural: exported the mean of the last {len(snapshots)} epochs' weights")
        if on_epoch is not None:
            on_epoch(opts.epochs, out_dir)


def mask_span_ends(tags: list[str]) -> list[str]:
    """Leave a teacher's span *ends* unknown (``-``): the last piece of every span longer than one piece and
    the ``O`` piece right after every span. Where a name stops is then learnt from gold sentences only, while
    the pseudo-labelled sentence still teaches that a name starts here and its type."""
    out = list(tags)
    for start, end, _ in spans_from_tags(tags):
        if end - start > 1:
            out[end - 1] = "-"
        if end < len(tags) and tags[end] == "O":
            out[end] = "-"
    return out


def read_pseudo(path: Path, k: int, min_score: float, seed: int = 0, mask_below: float = 0.0,
                mask_ends: bool = False) -> list[tuple[tuple[str, ...], list[str]]]:
    """``k`` pseudo-labelled sentences (JSONL rows ``words``, ``tags``, ``score`` [, ``conf``] written by
    :mod:`rasd.ner.pseudo`) drawn at random (seeded) among those scoring >= ``min_score``. With
    ``mask_below`` > 0 a piece whose confidence (``conf``) is below it becomes ``-`` (unknown, marginalized
    in the loss): the sentence still teaches its confident pieces. ``mask_ends``: see :func:`mask_span_ends`."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    pool = [r for r in rows if r["score"] >= min_score]
    if k > len(pool):
        raise ValueError(f"{path}: only {len(pool)} pseudo-labelled sentences score >= {min_score}, {k} asked")
    if mask_below > 0 and any("conf" not in r for r in pool):
        raise ValueError(f"{path}: masking needs per-piece confidences (`conf`); relabel with rasd.ner.pseudo")
    picked = random.Random(seed).sample(pool, k)
    out = []
    for r in picked:
        tags = mask_span_ends(r["tags"]) if mask_ends else list(r["tags"])
        if mask_below > 0:
            tags = [t if c >= mask_below else "-" for t, c in zip(tags, r["conf"])]
        out.append((tuple(r["words"]), tags))
    return out


def read_vec(path: Path, limit: int) -> dict[str, numpy.ndarray]:
    """The first ``limit`` rows of a word2vec-format text file (fastText writes the most frequent first)."""
    out = {}
    with path.open(encoding="utf-8") as f:
        f.readline()
        for line in f:
            if len(out) >= limit:
                break
            parts = line.rstrip("\n").split(" ")
            out[norm(parts[0])] = numpy.asarray(parts[1:], dtype=numpy.float32)
    return out


def export(model, vocab: Vocab, out_dir: Path, opts: NeuralOptions) -> None:
    """float16 weights for :class:`rasd.ner.neural.NeuralTagger` (LSTM biases summed, gate order i f g o)."""
    sd = {k: v.detach().cpu().numpy() for k, v in model.state_dict().items()}
    arrays = {
        "word_emb": sd["word_emb.weight"], "char_emb": sd["char_emb.weight"], "conv_w": sd["conv.weight"],
        "conv_b": sd["conv.bias"], "gaz_emb": sd["gaz_emb.weight"], "shape_emb": sd["shape_emb.weight"],
        "know_w": sd["know.weight"][:, : len(vocab.know)], "know_b": sd["know.bias"],
        "wih_f": sd["lstm.weight_ih_l0"], "whh_f": sd["lstm.weight_hh_l0"],
        "b_f": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "wih_b": sd["lstm.weight_ih_l0_reverse"], "whh_b": sd["lstm.weight_hh_l0_reverse"],
        "b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"], "out_b": sd["out.bias"],
        "trans": sd["crf.trans"], "start": sd["crf.start"], "end": sd["crf.end"],
        "stem_input": numpy.array([1.0 if opts.stem_input else 0.0]),
    }
    numpy.savez(out_dir / NEURAL_FILE, **{k: v.astype(numpy.float16) for k, v in arrays.items()})
    (out_dir / NEURAL_VOCAB).write_text(json.dumps(vocab.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
