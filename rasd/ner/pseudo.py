"""Pseudo-labelled ant_corpus sentences for self-training the BiLSTM-CRF (training only).

A teacher model that never saw dev (a stacked model trained on the training split) tags the sentences of
chosen ant_corpus categories (Apache-2.0 news; an article is one document, so the pass-2 document features
work as at run time) and scores every sentence by its *least confident piece*: the pass-2 CRF marginal of
the predicted tag (O included, so a sentence with a doubtful missed entity scores low) and the confidence
of every final span (memory spans 0.5, rule DATEs 0.9); each piece also keeps its own confidence (its
marginal, capped by the confidence of the span holding it), so training can mask doubtful pieces as unknown
instead of dropping their sentence (:func:`rasd.ner.neural_train.read_pseudo`). Pieces of predicted DATE
spans become ``-`` (unknown, marginalized in the neural loss: the DATE rules are not a teacher). Sentences sharing a
normalized 8-piece sequence with a dev sentence, and repeated sentences, are dropped, and so are the ant_corpus
articles of the project's other dev sets (actor linking, events: :data:`DEV_FILES`). The score threshold
was chosen on ANERcorp dev (``training/ner/pseudo_label.py --calibrate``, benchmarks/ner/experiments.md).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from rasd.ner.normalize import norm
from rasd.ner.scorer import tags_from_spans
from rasd.ner.subtok import split_token

ANT_DIR = "ant_corpus_v1.1"
CATEGORIES = ("internationalNews", "politic", "sport")
ENDS = frozenset({".", "؟", "?", "!", "…"})
MIN_LEN, MAX_LEN = 5, 60
# files of the repository whose ant_corpus articles (``JA-…`` doc numbers) are dev data of other stages
DEV_FILES = ("tests/actors/dev/*.jsonl", "tests/events/dev/*.jsonl", "training/events/*annotations*.txt")
_DOCNO = re.compile(r"JA-[A-Za-z]+-\d+-\d+")
_DOC = re.compile(r"<DOCNO>(.*?)</DOCNO>.*?<TEXT>(.*?)</TEXT>", re.DOTALL)
Scored = tuple[list[str], float, list[float]]  # piece tags, sentence score, per-piece confidence


def split_sentences(paragraph: str) -> list[list[str]]:
    """Pieces (run-time splitting rules) of one paragraph, cut after ``. ؟ ? ! …``."""
    sents: list[list[str]] = []
    cur: list[str] = []
    for piece in (p for w in paragraph.split() for p in split_token(w)):
        cur.append(piece)
        if piece in ENDS:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def ant_documents(data: Path, categories: Sequence[str]) -> list[tuple[str, list[list[str]]]]:
    """(docno, sentences) of the TEXT of every article of the categories; sentences outside 5–60 pieces are
    dropped (very long ones are rarely confident throughout)."""
    out = []
    for cat in categories:
        path = data / ANT_DIR / f"ANT_v1.1_{cat}.trec.xml"
        if not path.is_file():
            raise FileNotFoundError(f"no ant_corpus category {cat!r}: {path} is missing")
        for m in _DOC.finditer(path.read_text(encoding="utf-8")):
            sents = [s for para in html.unescape(m.group(2)).split("\n") for s in split_sentences(para)
                     if MIN_LEN <= len(s) <= MAX_LEN]
            if sents:
                out.append((m.group(1).strip(), sents))
    return out


def dev_docnos(repo: Path) -> frozenset[str]:
    """ant_corpus doc numbers used by the dev sets of other stages (never pseudo-labelled)."""
    return frozenset(m.group() for pattern in DEV_FILES for path in sorted(repo.glob(pattern))
                     for m in _DOCNO.finditer(path.read_text(encoding="utf-8")))


def grams(words: Sequence[str], n: int = 8) -> set[tuple[str, ...]]:
    ws = tuple(norm(w) for w in words)
    if len(ws) <= n:
        return {ws}
    return {ws[i : i + n] for i in range(len(ws) - n + 1)}


def filter_documents(docs: Iterable[tuple[str, list[list[str]]]], held_out: Iterable[Sequence[str]],
                     exclude: frozenset[str] = frozenset()) -> tuple[list[tuple[str, list[list[str]]]], int]:
    """Drop the documents in ``exclude``, repeated sentences and those sharing an 8-piece sequence with
    ``held_out`` (dev) sentences; returns the kept documents and the number of dropped sentences."""
    blocked = set().union(*(grams(s) for s in held_out))
    seen: set[str] = set()
    out, dropped = [], 0
    for docno, sents in docs:
        if docno in exclude:
            dropped += len(sents)
            continue
        kept = []
        for s in sents:
            key = " ".join(norm(w) for w in s)
            if key in seen or grams(s) & blocked:
                dropped += 1
                continue
            seen.add(key)
            kept.append(s)
        if kept:
            out.append((docno, kept))
    return out, dropped


def scored_tags(model, docs: Sequence[Sequence[Sequence[str]]]) -> list[list[Scored]]:
    """Final piece tags (DATE -> ``-``), the sentence score and the per-piece confidences (module doc) of
    every sentence of a stacked/CRF model (:class:`rasd.ner.crf.CrfModel`)."""
    margs: list[list[float]] = []
    decode = model._decode

    def recording(tagger, words, f):
        spans = decode(tagger, words, f)
        if f:  # _decode left this sentence in the tagger: its marginals are still there
            margs.append([tagger.marginal(t, i) for i, t in enumerate(tagger.tag())])
        else:
            margs.append([0.0] * len(words))
        return spans

    model._decode = recording
    try:
        predicted = model.predict_docs(docs)
    finally:
        model._decode = decode
    out, k = [], 0
    for doc, spans_doc in zip(docs, predicted):
        rows = []
        for words, spans in zip(doc, spans_doc):
            tags = tags_from_spans(len(words), [(a, b, t) for a, b, t, _ in spans])
            conf = list(margs[k])
            for a, b, _, c in spans:
                conf[a:b] = [min(x, c) for x in conf[a:b]]
            low = min(conf + [c for *_, c in spans], default=0.0)
            rows.append((["-" if t.endswith("-DATE") else t for t in tags], low, conf))
            k += 1
        out.append(rows)
    return out


def write_pseudo(model, docs: Sequence[tuple[str, list[list[str]]]], out: Path, batch_docs: int = 64) -> int:
    """Tag ``docs`` with ``model`` and write one JSON object per sentence (``doc``, ``words``, ``tags``,
    ``score``, ``conf``: per-piece confidence); returns the number of sentences."""
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for lo in range(0, len(docs), batch_docs):
            batch = docs[lo : lo + batch_docs]
            for (docno, sents), rows in zip(batch, scored_tags(model, [s for _, s in batch])):
                for words, (tags, score, conf) in zip(sents, rows):
                    f.write(json.dumps({"doc": docno, "words": list(words), "tags": tags, "score": round(score, 4),
                                        "conf": [round(c, 3) for c in conf]}, ensure_ascii=False) + "\n")
                    n += 1
    return n


def label_ant(data: Path, model_dir: Path, held_out: Iterable[Sequence[str]], out: Path,
              categories: Sequence[str] = CATEGORIES, exclude: frozenset[str] = frozenset()) -> int:
    """Pseudo-label the ant_corpus ``categories`` with the model at ``model_dir`` into ``out`` (JSONL)."""
    from rasd.ner.crf import load_crf

    docs, _ = filter_documents(ant_documents(data, categories), held_out, exclude)
    return write_pseudo(load_crf(str(model_dir)), docs, out)
