"""The embedding layer of the NER model: hashed Arabic-aware features of the token text.

Features come from ``token.text`` only (see :mod:`rasd.ner.normalize`), so they are
identical at training and run time whatever pipeline produced the ``Doc``: the
normalized form, the form without proclitics, normalized prefixes/suffixes and a coarse
shape. Optional static vectors (floret, trained on ant_corpus) are read from the vocab.
Registered as ``rasd.ArabicEmbed.v1`` for spaCy configs.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, List

import numpy
from spacy.ml.staticvectors import StaticVectors
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d
from murmurhash.mrmr import hash_unicode

from rasd.ner.normalize import norm, shape, stem

def _gaz(text: str) -> str:
    from rasd.ner.gazetteer import gaz_feature

    return gaz_feature(text)


FEATURES: dict[str, Callable[[str], str]] = {
    "norm": norm,
    "stem": stem,
    "pre2": lambda t: norm(t)[:2],
    "suf2": lambda t: norm(t)[-2:],
    "suf3": lambda t: stem(t)[-3:],
    "pre3": lambda t: stem(t)[:3],
    "shape": shape,
    "gaz": _gaz,
}
DEFAULT_FEATURES = ("norm", "stem", "pre2", "suf2", "suf3", "pre3", "shape")


@lru_cache(maxsize=400_000)
def _row(text: str, names: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(hash_unicode(FEATURES[n](text)) & 0xFFFFFFFFFFFFFFFF for n in names)


def text_features(names: tuple[str, ...]) -> Model[List[Doc], List[Ints2d]]:
    """Per-doc uint64 arrays (tokens x features) of hashed text features."""
    unknown = [n for n in names if n not in FEATURES]
    if unknown:
        raise ValueError(f"unknown NER text features {unknown}; known: {sorted(FEATURES)}")

    def forward(model: Model, docs: List[Doc], is_train: bool):
        out = []
        for doc in docs:
            arr = numpy.array([_row(t.text, names) for t in doc], dtype="uint64").reshape((len(doc), len(names)))
            out.append(model.ops.asarray(arr, dtype="uint64"))
        return out, lambda d: []

    return Model("rasd_text_features", forward)


@registry.architectures("rasd.ArabicEmbed.v1")
def arabic_embed(
    width: int,
    rows: List[int],
    widths: List[int],
    include_static_vectors: bool,
    vectors_width: int = 64,
    features: List[str] = list(DEFAULT_FEATURES),
) -> Model[List[Doc], List[Floats2d]]:
    """Hash-embed each text feature (own width), concatenate with projected static vectors, Maxout to ``width``."""
    if not len(rows) == len(widths) == len(features):
        raise ValueError(
            f"rasd.ArabicEmbed.v1: {len(features)} features need as many rows and widths, got {len(rows)}, {len(widths)}"
        )
    embeds = [HashEmbed(w, r, column=i, seed=11 + i, dropout=0.0) for i, (r, w) in enumerate(zip(rows, widths))]
    features = chain(text_features(tuple(features)), list2ragged(), with_array(concatenate(*embeds)))
    size = sum(widths) + (vectors_width if include_static_vectors else 0)
    mix = with_array(Maxout(width, size, nP=3, dropout=0.0, normalize=True))
    if include_static_vectors:
        return chain(concatenate(features, StaticVectors(vectors_width, dropout=0.0)), mix, ragged2list())
    return chain(features, mix, ragged2list())
