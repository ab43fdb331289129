"""The shipped NER model as a spaCy component, and tagging of pre-tokenized sentences.

The model (``rasd/data/ner/model``, a CRF: :mod:`rasd.ner.crf`) is loaded lazily from
package resources. The component reads the host document's non-whitespace tokens,
splits any token the way the rasd tokenizer would (so it also works after another
tokenizer), tags them and writes host-token spans back. The host pipeline's vocab and
token attributes are not touched.

Labels written to ``doc.ents``: PER ORG GPE LOC FAC NORP DATE. The model also predicts
MISC (served in the ANERcorp scheme); those spans go to ``doc.spans["ner_misc"]``.
Every entity (both places) gets ``span._.ner_confidence`` in [0, 1]: the lowest CRF
marginal probability among its tags (``span._.ner_method`` says which model).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from rasd.ner.dataset import Pieces, to_pieces, token_spans
from rasd.ner.paths import ner_data_dir
from rasd.ner.scheme import RASD_LABELS

MODEL_DIR = "model"
MISC_KEY = "ner_misc"
METHOD = "rasd.ner.crf"
ScoredSpan = tuple[int, int, str, float]


class ModelNotFound(FileNotFoundError):
    """The trained model is missing from the package (rebuild with ``rasd train ner``)."""


def model_path(path: str | Path | None = None) -> Path:
    """The shipped model directory, or a user's (the ``--out`` of `rasd train ner` or its ``model`` folder)."""
    if path is None:
        shipped = ner_data_dir() / MODEL_DIR
        if not shipped.is_dir():
            raise ModelNotFound(f"no NER model at {shipped}: run `rasd train ner` to build it")
        return shipped
    p = Path(path)
    if (p / MODEL_DIR / "meta.json").is_file():
        p = p / MODEL_DIR
    if not (p / "meta.json").is_file():
        raise ModelNotFound(f"{p} is not a rasd NER model (no meta.json): build one with `rasd train ner --out DIR`")
    return p


@lru_cache(maxsize=4)
def load_model(path: str | None = None):
    """The trained model (cached); ``path`` defaults to the shipped one."""
    from rasd.ner.crf import load_crf

    return load_crf(str(path or model_path()))


def tag_tokens_scored(model, sentences: Sequence[Sequence[str]]) -> list[list[ScoredSpan]]:
    """Scored entity spans over the given tokens (CoNLL tokens may hold punctuation: ``(د``);
    the sentences form one document."""
    return tag_docs_scored(model, [sentences])[0]


def tag_docs_scored(model, docs: Sequence[Sequence[Sequence[str]]]) -> list[list[list[ScoredSpan]]]:
    """:func:`tag_tokens_scored` for several documents tagged in one batch (documents stay independent)."""
    pieces: list[list[Pieces]] = [[to_pieces(toks) for toks in doc] for doc in docs]
    predicted = model.predict_docs([[p.words for p in doc] for doc in pieces])
    return [_token_spans(ps, pred, doc) for ps, pred, doc in zip(pieces, predicted, docs)]


def _token_spans(pieces: Sequence[Pieces], predicted, sentences: Sequence[Sequence[str]]) -> list[list[ScoredSpan]]:
    out = []
    for p, spans, toks in zip(pieces, predicted, sentences):
        conf = {(a, b, t): c for a, b, t, c in spans}
        mapped = token_spans(p, [(a, b, t) for a, b, t, _ in spans], len(toks))
        # confidence of the piece span that produced each token span (first one wins, as in token_spans)
        by_start = {}
        for a, b, t, c in sorted(spans):
            by_start.setdefault((p.owner[a], t), c)
        out.append([(s, e, t, by_start.get((s, t), min(conf.values(), default=0.0))) for s, e, t in mapped])
    return out


def tag_tokens(model, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
    return [[(a, b, t) for a, b, t, _ in spans] for spans in tag_tokens_scored(model, sentences)]


class RasdNER:
    """spaCy component: sets ``doc.ents`` from the shipped model (see module doc)."""

    def __init__(self, nlp: Language, name: str, model: str | None) -> None:
        self.name = name
        self.model = model
        for ext, default in (("ner_confidence", None), ("ner_method", None)):
            if not Span.has_extension(ext):
                Span.set_extension(ext, default=default)

    def __call__(self, doc: Doc) -> Doc:
        self._process(load_model(self.model), [doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterable[Doc]:
        """Tag ``batch_size`` documents at a time (one batch for the neural tagger; same results)."""
        model = load_model(self.model)
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self._process(model, batch)
                yield from batch
                batch = []
        if batch:
            self._process(model, batch)
            yield from batch

    def _process(self, model, docs: Sequence[Doc]) -> None:
        indices = [_word_indices(doc) for doc in docs]
        words = [[[doc[i].text for i in ii] for ii in idx] for doc, idx in zip(docs, indices)]
        for doc, idx, spans in zip(docs, indices, tag_docs_scored(model, words)):
            self._write(doc, idx, spans)

    def _write(self, doc: Doc, idx: list[list[int]], tagged: list[list[ScoredSpan]]) -> None:
        ents, misc = [], []
        for ii, spans in zip(idx, tagged):
            for s, e, label, conf in spans:
                span = Span(doc, ii[s], ii[e - 1] + 1, label=label)
                span._.ner_confidence = conf
                span._.ner_method = METHOD
                (ents if label in RASD_LABELS else misc).append(span)
        doc.ents = ents
        doc.spans[MISC_KEY] = misc


def _word_indices(doc: Doc) -> list[list[int]]:
    """Token indices of the non-whitespace tokens, per sentence (the whole doc without sentence boundaries)."""
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    return [[t.i for t in sent if not t.is_space and t.text.strip()] for sent in sents]


ASSIGNS = ["doc.ents", "doc.spans", "span._.ner_confidence", "span._.ner_method"]


# Sentence boundaries are used when present, not required (the whole doc is then one sequence).
@Language.factory("rasd_ner", default_config={"model": None}, assigns=ASSIGNS)
def make_rasd_ner(nlp: Language, name: str, model: str | None) -> RasdNER:
    return RasdNER(nlp, name, model)


def add_ner(nlp: Language, name: str = "ner", **kwargs) -> None:
    """Add the shipped NER to ``nlp`` (after the sentence component, if any)."""
    nlp.add_pipe("rasd_ner", name=name, **kwargs)
