"""numpy BiLSTM-CRF inference: exact CRF decoding, and batching never changes a sentence's result."""

import itertools
import json

import numpy
import pytest

from rasd.ner.knowledge import Matcher, key_of
from rasd.ner.neural import NEURAL_FILE, NEURAL_VOCAB, NeuralTagger, Vocab, marginals, viterbi


def _brute_force(em, trans, start, end):
    n_lab = em.shape[1]
    scores = {}
    for path in itertools.product(range(n_lab), repeat=len(em)):
        s = start[path[0]] + end[path[-1]] + sum(em[t, p] for t, p in enumerate(path))
        s += sum(trans[a, b] for a, b in zip(path, path[1:]))
        scores[path] = s
    z = sum(numpy.exp(v) for v in scores.values())
    marg = numpy.zeros(em.shape)
    for path, s in scores.items():
        for t, p in enumerate(path):
            marg[t, p] += numpy.exp(s) / z
    return list(max(scores, key=scores.get)), marg


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_viterbi_and_marginals_are_exact_on_a_padded_batch(seed):
    rng = numpy.random.default_rng(seed)
    lengths = numpy.array([5, 3, 3, 1])  # sorted by decreasing length, as NeuralTagger batches them
    em = rng.normal(size=(4, 5, 3)).astype(numpy.float32)
    trans, start, end = rng.normal(size=(3, 3)) * 2, rng.normal(size=3), rng.normal(size=3)
    paths = viterbi(em, lengths, trans, start, end)
    marg = marginals(em, lengths, trans, start, end)
    for r, n in enumerate(lengths):
        best, exact = _brute_force(em[r, :n], trans, start, end)
        assert paths[r, :n].tolist() == best
        assert numpy.allclose(marg[r, :n], exact, atol=1e-5)


LABELS = ("B-GPE", "B-PER", "I-PER", "O")
SENTENCES = [
    ["قال", "الرئيس", "فلاديمير", "بوتين", "في", "موسكو", "."],
    ["زار", "بغداد"],
    [],
    ["وصل", "الوفد", "إلى", "دمشق", "أمس", "قادما", "من", "بغداد", "بعد", "لقاء", "مع", "بوتين", "."],
]


@pytest.fixture(scope="module")
def tagger(tmp_path_factory):
    """A randomly initialized model in the exported format (the format, not the weights, is under test)."""
    path = tmp_path_factory.mktemp("neural")
    words = [w for s in SENTENCES for w in s]
    vocab = Vocab.build(words, 1, LABELS, ["PER:person", "PL:city"])
    rng = numpy.random.default_rng(0)
    h, d_vec, d_word, d_char, filters, d_know = 8, 6, 5, 4, 7, 3
    d_in = d_vec + d_word + filters + 16 + d_know
    r = lambda *shape: rng.normal(scale=0.5, size=shape)  # noqa: E731
    arrays = {
        "word_emb": r(len(vocab.words) + 2, d_word), "char_emb": r(len(vocab.chars) + 2, d_char),
        "conv_w": r(filters, d_char, 3), "conv_b": r(filters), "gaz_emb": r(len(vocab.gaz) + 2, 8),
        "shape_emb": r(len(vocab.shapes) + 2, 8), "know_w": r(d_know, len(vocab.know)), "know_b": r(d_know),
        "wih_f": r(4 * h, d_in), "whh_f": r(4 * h, h), "b_f": r(4 * h),
        "wih_b": r(4 * h, d_in), "whh_b": r(4 * h, h), "b_b": r(4 * h),
        "out_w": r(len(LABELS), 2 * h), "out_b": r(len(LABELS)),
        "trans": r(len(LABELS), len(LABELS)), "start": r(len(LABELS)), "end": r(len(LABELS)),
        "stem_input": numpy.array([0.0]),
    }
    numpy.savez(path / NEURAL_FILE, **{k: v.astype(numpy.float16) for k, v in arrays.items()})
    (path / NEURAL_VOCAB).write_text(json.dumps(vocab.to_json(), ensure_ascii=False), encoding="utf-8")

    def vectors(ws):
        return numpy.stack([numpy.full(d_vec, (len(w) % 7) / 7, dtype=numpy.float32) for w in ws])

    table = {key_of("فلاديمير بوتين"): frozenset({"PER:person"}), key_of("بغداد"): frozenset({"PL:city"})}
    return NeuralTagger(path, vectors, Matcher(table))


def test_batching_and_order_do_not_change_results(tagger):
    tags, margs = tagger.tag(SENTENCES)
    assert [len(t) for t in tags] == [len(s) for s in SENTENCES]
    assert all(set(t) <= set(LABELS) for t in tags)
    for s, t, m in zip(SENTENCES, tags, margs):
        alone_tags, alone_margs = tagger.tag([s])
        assert alone_tags[0] == t
        assert numpy.allclose(alone_margs[0], m, atol=1e-5)
        if s:
            assert numpy.allclose(m.sum(1), 1.0, atol=1e-5)
    reversed_tags, _ = tagger.tag(SENTENCES[::-1])
    assert reversed_tags[::-1] == tags
