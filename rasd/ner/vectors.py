"""Floret (subword-hashed) static vectors and k-means word clusters trained here.

Text: ant_corpus_v1.1 (Apache-2.0; title, abstract and body of every record) plus the
NER *training* sentences (never the dev ones), split with the run-time rules
(:mod:`rasd.ner.subtok`). floret is needed only at training time; at run time the
table is read by ``spacy.vectors.Vectors`` in floret mode (float16 on disk).
Clusters: spherical k-means (k = 64, 256, 1024) over the vectors of the frequent words.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path
from typing import Iterable

import numpy

from rasd.ner.crf import CENTROIDS_FILE, VECTORS_CFG, VECTORS_FILE

ANT_DIR = "ant_corpus_v1.1"
DIM = 100
BUCKET = 50_000
CLUSTER_SIZES = (64, 256, 1024)
_FIELD = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)


def ant_lines(data: Path) -> list[str]:
    """One line per paragraph of ant_corpus, tokenized like run-time text."""
    from rasd.ner.subtok import split_token

    out = []
    for path in sorted((data / ANT_DIR).glob("ANT_v1.1_*.trec.xml")):
        text = path.read_text(encoding="utf-8")
        for m in _FIELD.finditer(text):
            for para in html.unescape(m.group(2)).split("\n"):
                toks = [p for w in para.split() for p in split_token(w)]
                if len(toks) > 3:
                    out.append(" ".join(toks))
    return out


SAUDINEWSNET_DIR = "saudinewsnet"
NON_COMMERCIAL_TEXT = {  # extra unlabelled text a user may add to the skipgram corpus, and the license it imposes
    "saudinewsnet": "CC BY-NC-SA 4.0 (saudinewsnet: non-commercial, research only)",
}


def saudinewsnet_lines(data: Path) -> list[str]:
    """Title and paragraphs of every saudinewsnet article, tokenized like run-time text (for the skipgram
    vectors only: the corpus is non-commercial, so a model trained with it is too)."""
    from rasd.ner.subtok import split_token

    folder = data / SAUDINEWSNET_DIR / "json"
    files = sorted(folder.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no saudinewsnet JSON files in {folder}")
    out = []
    for path in files:
        for art in json.loads(path.read_text(encoding="utf-8")):
            for field in ("title", "content"):
                for para in (art.get(field) or "").split("\n"):
                    toks = [p for w in para.split() for p in split_token(w)]
                    if len(toks) > 3:
                        out.append(" ".join(toks))
    return out


def kmeans(x: numpy.ndarray, k: int, iters: int, seed: int = 0) -> numpy.ndarray:
    """Spherical k-means on L2-normalized rows; returns normalized centroids."""
    rng = numpy.random.default_rng(seed)
    c = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iters):
        assign = numpy.argmax(x @ c.T, axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                m = members.mean(0)
                c[j] = m / (numpy.linalg.norm(m) or 1.0)
    return c


def read_floret(path: Path) -> tuple[numpy.ndarray, dict]:
    """Table and hashing settings from a ``.floret`` text file (header: rows dim minn maxn hashes seed bow eow)."""
    with path.open(encoding="utf-8") as f:
        head = f.readline().split()
        rows, dim = int(head[0]), int(head[1])
        table = numpy.zeros((rows, dim), dtype="float32")
        for line in f:
            parts = line.rstrip("\n").split(" ")
            table[int(parts[0])] = numpy.asarray(parts[1 : dim + 1], dtype="float32")
    cfg = {"minn": int(head[2]), "maxn": int(head[3]), "hash_count": int(head[4]), "hash_seed": int(head[5]),
           "bow": head[6], "eow": head[7], "dim": dim, "bucket": rows}
    return table, cfg


def build_embeddings(data: Path, extra_lines: Iterable[str], out: Path, work: Path, threads: int = 1) -> None:
    """Train floret on ant_corpus + ``extra_lines``; write vectors and centroids into ``out``."""
    import floret
    from spacy.vectors import Vectors

    work.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    lines = ant_lines(data) + list(extra_lines)
    txt = work / "text.txt"
    txt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    model = floret.train_unsupervised(
        str(txt), model="cbow", mode="floret", dim=DIM, bucket=BUCKET, minn=3, maxn=5, hashCount=2,
        epoch=10, minCount=3, thread=threads, verbose=0,
    )
    flo = work / "vectors.floret"
    model.save_floret_vectors(str(flo))
    table, cfg = read_floret(flo)
    numpy.save(out / VECTORS_FILE, table.astype("float16"))
    (out / VECTORS_CFG).write_text(json.dumps(cfg, indent=1) + "\n", encoding="utf-8")
    vec = Vectors(data=table, mode="floret", minn=cfg["minn"], maxn=cfg["maxn"], hash_count=cfg["hash_count"],
                  hash_seed=cfg["hash_seed"], bow=cfg["bow"], eow=cfg["eow"])
    counts = Counter(w for line in lines for w in line.split())
    words = [w for w, c in counts.most_common(60_000) if c >= 3]
    x = vec.get_batch(words)
    x = x / (numpy.linalg.norm(x, axis=1, keepdims=True) + 1e-8)
    cents = {f"c{k}": kmeans(x, k, 15 if k < 1000 else 10).astype("float16") for k in CLUSTER_SIZES}
    numpy.savez(out / CENTROIDS_FILE, **cents)


def build_skipgram(text: Path, out: Path, dim: int = DIM, threads: int = 1) -> None:
    """fastText skipgram vectors of the normalized words of ``text`` (the floret training text: ant_corpus +
    NER training sentences), written word2vec-style, most frequent first; they initialize the neural
    tagger's word embeddings (:mod:`rasd.ner.neural_train`)."""
    import floret

    from rasd.ner.normalize import norm

    normed = out.with_suffix(".txt")
    with text.open(encoding="utf-8") as f, normed.open("w", encoding="utf-8") as g:
        for line in f:
            g.write(" ".join(norm(w) for w in line.split()) + "\n")
    model = floret.train_unsupervised(str(normed), model="skipgram", mode="fasttext", dim=dim, epoch=10, minCount=2,
                                      thread=threads, minn=3, maxn=5, verbose=0)
    words = model.get_words()
    with out.open("w", encoding="utf-8") as f:
        f.write(f"{len(words)} {dim}\n")
        for w in words:
            f.write(w + " " + " ".join(f"{x:.4f}" for x in model.get_word_vector(w)) + "\n")
