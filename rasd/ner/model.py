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

FEATURES: tuple[Callable[[str], str], ...] = (
    norm,
    stem,
    lambda t: norm(t)[:2],
    lambda t: norm(t)[-2:],
    lambda t: stem(t)[-3:],
    lambda t: stem(t)[:3],
    shape,
)


@lru_cache(maxsize=300_000)
def _row(text: str) -> tuple[int, ...]:
    return tuple(hash_unicode(f(text)) & 0xFFFFFFFFFFFFFFFF for f in FEATURES)


def text_features() -> Model[List[Doc], List[Ints2d]]:
    """Per-doc uint64 arrays (tokens x features) of hashed text features."""

    def forward(model: Model, docs: List[Doc], is_train: bool):
        out = []
        for doc in docs:
            arr = numpy.array([_row(t.text) for t in doc], dtype="uint64").reshape((len(doc), len(FEATURES)))
            out.append(model.ops.asarray(arr, dtype="uint64"))
        return out, lambda d: []

    return Model("rasd_text_features", forward)


@registry.architectures("rasd.ArabicEmbed.v1")
def arabic_embed(width: int, rows: List[int], include_static_vectors: bool) -> Model[List[Doc], List[Floats2d]]:
    """Hash-embed each text feature, concatenate (with static vectors), mix with a Maxout."""
    if len(rows) != len(FEATURES):
        raise ValueError(f"rasd.ArabicEmbed.v1: {len(FEATURES)} features need {len(FEATURES)} row counts, got {len(rows)}")
    embeds = [HashEmbed(width, r, column=i, seed=11 + i, dropout=0.0) for i, r in enumerate(rows)]
    features = chain(text_features(), list2ragged(), with_array(concatenate(*embeds)))
    size = width * (len(embeds) + int(include_static_vectors))
    mix = with_array(Maxout(width, size, nP=3, dropout=0.0, normalize=True))
    if include_static_vectors:
        return chain(concatenate(features, StaticVectors(width, dropout=0.0)), mix, ragged2list())
    return chain(features, mix, ragged2list())
