"""The shipped NER model as a spaCy component, and tagging of pre-tokenized sentences.

The trained pipeline (``rasd/data/ner/model``: tok2vec + transition NER) is loaded
lazily from package resources and kept private: the component builds its own ``Doc``
from the host document's non-whitespace tokens (splitting any token the way the rasd
tokenizer would), runs the model and writes the entities back as host spans. So the
host pipeline's vocab, tokenizer and token attributes are never touched.

Labels written to ``doc.ents``: PER ORG GPE LOC FAC NORP DATE. The model also predicts
MISC (for the ANERcorp scheme); those spans go to ``doc.spans["ner_misc"]`` only.
Each entity gets ``span._.ner_confidence``: the precision of its label on the dev split
(``model/confidence.json``, written by training), a calibrated prior rather than a
per-instance probability, which the greedy transition model does not produce.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from rasd.ner.paths import ner_data_dir
from rasd.ner.dataset import Pieces, to_pieces, token_spans
from rasd.ner.scheme import RASD_LABELS
from rasd.ner.scorer import Span as TokSpan

MODEL_DIR = "model"
MISC_KEY = "ner_misc"
METHOD = "rasd.ner.v1"


class ModelNotFound(FileNotFoundError):
    """The trained model is missing from the package (rebuild with ``rasd train ner``)."""


def model_path() -> Path:
    path = ner_data_dir() / MODEL_DIR
    if not (path / "config.cfg").is_file():
        raise ModelNotFound(f"no NER model at {path}: run `rasd train ner` to build it")
    return path


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Language:
    """The trained inner pipeline (cached); ``path`` defaults to the shipped model."""
    from rasd.ner import model as _model  # noqa: F401  (registers rasd.ArabicEmbed.v1)

    return spacy.load(path or model_path())


def predict_pieces(nlp: Language, sentences: Sequence[Sequence[str]], batch_size: int = 128) -> list[list[TokSpan]]:
    """Entity spans (piece indices, label) for already split sentences."""
    docs: Iterable[Doc] = (Doc(nlp.vocab, words=list(ws)) if ws else Doc(nlp.vocab) for ws in sentences)
    for _, proc in nlp.pipeline:
        docs = proc.pipe(docs, batch_size=batch_size)
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]


def tag_tokens(nlp: Language, sentences: Sequence[Sequence[str]]) -> list[list[TokSpan]]:
    """Entity spans over the given tokens (CoNLL tokens may hold punctuation: ``(د``)."""
    pieces: list[Pieces] = [to_pieces(toks) for toks in sentences]
    spans = predict_pieces(nlp, [p.words for p in pieces])
    return [token_spans(p, s, len(toks)) for p, s, toks in zip(pieces, spans, sentences)]


class RasdNER:
    """spaCy component: sets ``doc.ents`` from the shipped model (see module doc)."""

    def __init__(self, nlp: Language, name: str, model: str | None) -> None:
        self.name = name
        self.model = model
        if not Span.has_extension("ner_confidence"):
            Span.set_extension("ner_confidence", default=None)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        inner = load_model(self.model)
        self._conf = load_confidence(self.model)
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._process(inner, batch)
                batch = []
        if batch:
            yield from self._process(inner, batch)

    def _process(self, inner: Language, docs: list[Doc]) -> list[Doc]:
        conf = self._conf
        idx = [[t.i for t in doc if not t.is_space and t.text.strip()] for doc in docs]
        words = [[doc[i].text for i in ii] for doc, ii in zip(docs, idx)]
        for doc, ii, spans in zip(docs, idx, tag_tokens(inner, words)):
            ents, misc = [], []
            for s, e, label in spans:
                span = Span(doc, ii[s], ii[e - 1] + 1, label=label)
                span._.ner_confidence = conf.get(label)
                (ents if label in RASD_LABELS else misc).append(span)
            doc.ents = ents
            doc.spans[MISC_KEY] = misc
        return docs


@lru_cache(maxsize=4)
def load_confidence(path: str | None = None) -> dict[str, float]:
    """Dev precision per label (0..1) from ``confidence.json`` next to the model weights."""
    f = Path(path or model_path()) / "confidence.json"
    if not f.is_file():
        return {}
    return {k: float(v) for k, v in json.loads(f.read_text(encoding="utf-8")).items()}


@Language.factory("rasd_ner", default_config={"model": None})
def make_rasd_ner(nlp: Language, name: str, model: str | None) -> RasdNER:
    return RasdNER(nlp, name, model)


def add_ner(nlp: Language, name: str = "ner", **kwargs) -> None:
    """Add the shipped NER to ``nlp`` (after the sentence component, if any)."""
    nlp.add_pipe("rasd_ner", name=name, **kwargs)
