"""End-to-end: a tiny training run on a few harmonized sentences produces a loadable tagger."""

import pytest

from rasd.ner.component import load_model, tag_tokens
from rasd.ner.conll import Sentence
from rasd.ner.train import train_spacy

SENTS = [
    Sentence(("قال", "كوفي", "أنان", "في", "نيويورك", "."), ("O", "B-PER", "I-PER", "O", "B-GPE", "O")),
    Sentence(("زار", "«مجلس", "الأمن»", "دارفور", "."), ("O", "B-ORG", "I-ORG", "B-GPE", "O")),
    Sentence(("وصل", "العرب", "إلى", "البحر", "الأحمر"), ("O", "B-NORP", "O", "B-LOC", "I-LOC")),
]


@pytest.mark.slow
def test_tiny_training_run(tmp_path):
    best = train_spacy(
        SENTS * 10,
        SENTS,
        tmp_path,
        {"training.max_epochs": 15, "training.eval_frequency": 20, "components.tok2vec.model.encode.depth": 1},
    )
    nlp = load_model(str(best))
    assert set(nlp.get_pipe("ner").labels) == {"PER", "GPE", "ORG", "NORP", "LOC"}
    spans = tag_tokens(nlp, [list(s.tokens) for s in SENTS])
    assert len(spans) == 3
    assert all(0 <= a < b <= len(s) for s, sp in zip(SENTS, spans) for a, b, _ in sp)
