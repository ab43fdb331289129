"""End-to-end training: a tiny CRF run on a few sentences, and (slow) the full rebuild command."""

import shutil

import pytest

from rasd.ner.component import load_model, model_path, tag_tokens
from rasd.ner.conll import Sentence
from rasd.ner.crf import CENTROIDS_FILE, VECTORS_CFG, VECTORS_FILE, Embeddings, train_crf
from rasd.ner.dataset import piece_tags, to_pieces

SENTS = [
    Sentence(("قال", "كوفي", "أنان", "في", "نيويورك", "."), ("O", "B-PER", "I-PER", "O", "B-GPE", "O")),
    Sentence(("زار", "«مجلس", "الأمن»", "دارفور", "."), ("O", "B-ORG", "I-ORG", "B-GPE", "O")),
    Sentence(("وصل", "العرب", "إلى", "البحر", "الأحمر"), ("O", "B-NORP", "O", "B-LOC", "I-LOC")),
]


def test_tiny_training_run(tmp_path):
    for f in (VECTORS_FILE, VECTORS_CFG, CENTROIDS_FILE):
        shutil.copy(model_path() / f, tmp_path / f)
    pairs = []
    for s in SENTS:
        p = to_pieces(s.tokens)
        pairs.append((p.words, piece_tags(s, p)))
    train_crf(pairs * 5, Embeddings.load(tmp_path), tmp_path / "crf.model", max_iterations=30)
    model = load_model(str(tmp_path))
    assert set(model.labels) == {"PER", "GPE", "ORG", "NORP", "LOC"}
    spans = tag_tokens(model, [list(s.tokens) for s in SENTS])
    assert spans[0] == [(1, 3, "PER"), (4, 5, "GPE")]
    assert spans[1] == [(1, 3, "ORG"), (3, 4, "GPE")]


@pytest.mark.slow
def test_full_rebuild_command(tmp_path, data_dir):
    from rasd.ner.train import TrainOptions, train

    report = train(data_dir, tmp_path / "out", tmp_path / "work", TrainOptions(max_iterations=5))
    assert (tmp_path / "out" / "model" / "crf.model").is_file()
    assert report["anercorp_dev.anercorp"]["micro"]["n"] > 800
