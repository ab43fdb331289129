"""Second-pass (stacked) feature groups: which first-pass features the pass-2 CRF sees, and option checks."""

import json
import shutil

import numpy
import pytest

from rasd.ner.component import model_path
from rasd.ner.crf import STACK_GROUPS, CrfModel, stack_features
from rasd.ner.train import TrainOptions, check_options, uses_first_crf

SENTS = [["قال", "فلاديمير", "بوتين", "في", "موسكو"], ["زار", "بوتين", "دمشق"]]
CRF_TAGS = [["O", "B-PER", "I-PER", "O", "B-GPE"], ["O", "B-PER", "B-GPE"]]
NEURAL_TAGS = [["O", "B-PER", "I-PER", "O", "B-LOC"], ["O", "O", "B-GPE"]]
LABELS = ("O", "B-PER", "I-PER", "B-GPE", "B-LOC")


def _margs(tags):
    out = []
    for ts in tags:
        m = numpy.full((len(ts), len(LABELS)), 0.05, dtype=numpy.float32)
        for j, t in enumerate(ts):
            m[j, LABELS.index(t)] = 0.8
        out.append(m)
    return out


NEURAL = (NEURAL_TAGS, _margs(NEURAL_TAGS), LABELS)


def _prefixes(feats):
    return {f.split("=")[0].rstrip("-+1") for sent in feats for tok in sent for f in tok}


@pytest.mark.parametrize(
    "groups, present, absent",
    [
        (("crf",), {"t", "d"}, {"n", "nd", "nc", "no"}),
        (("neural",), {"n", "nd"}, {"t", "d", "nc", "no"}),
        (("neural_conf",), {"nc", "no"}, {"t", "d", "n", "nd"}),
        (("crf", "neural_conf"), {"t", "d", "nc", "no"}, {"n", "nd"}),
        (STACK_GROUPS, {"t", "d", "n", "nd", "nc", "no"}, set()),
    ],
)
def test_groups_select_features(groups, present, absent):
    feats = stack_features(SENTS, CRF_TAGS, 20, NEURAL, groups)
    assert [len(s) for s in feats] == [len(s) for s in SENTS]
    prefixes = _prefixes(feats)
    assert present <= prefixes and not absent & prefixes, prefixes


def test_cross_sentence_tags_and_neural_confidence():
    feats = stack_features(SENTS, CRF_TAGS, 20, NEURAL, STACK_GROUPS)
    putin_2 = feats[1][1]  # بوتين in sentence 2: the CRF tagged it PER in sentence 1 and here
    assert "t1=B-PER" in putin_2 and "d=PER" in putin_2
    assert "n1=O" in putin_2 and "nd=PER" in putin_2  # the neural pass says O here, PER in sentence 1
    assert "nc=O|4" in putin_2 and "no=0" not in putin_2


def test_no_groups_and_no_crf_tags_give_empty_features():
    assert stack_features(SENTS, None, 20, None, STACK_GROUPS) == [[[] for _ in ws] for ws in SENTS]
    only_neural = stack_features(SENTS, None, 20, NEURAL, ("crf", "neural"))
    assert _prefixes(only_neural) == {"n", "nd"}


@pytest.mark.parametrize(
    "opts, message",
    [
        (TrainOptions(stack_groups=("crf", "nerual")), "unknown stack groups"),
        (TrainOptions(neural=False, stack_groups=("neural",)), "needs the 'crf' stack group"),
        (TrainOptions(neural=True, stack_groups=("crf",)), "--neural needs"),
    ],
)
def test_inconsistent_options_are_refused(opts, message):
    with pytest.raises(ValueError, match=message):
        check_options(opts)


def test_first_crf_is_trained_only_when_used():
    assert uses_first_crf(TrainOptions(stack=False, stack_groups=("neural",)))
    assert uses_first_crf(TrainOptions(stack_groups=STACK_GROUPS))
    assert not uses_first_crf(TrainOptions(neural=True, stack_groups=("neural", "neural_conf")))


def test_model_without_stack_groups_in_meta_uses_all_groups(tmp_path):
    """Models trained before ``stack_groups`` existed (meta.json lacks it) keep their full pass 2."""
    model = tmp_path / "model"
    shutil.copytree(model_path(), model)
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    meta["options"].pop("stack_groups", None)
    (model / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert CrfModel(model).stack_groups == STACK_GROUPS
    meta["options"]["stack_groups"] = ["neural", "neural_conf"]
    (model / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert CrfModel(model).tagger is None  # no first-pass CRF when its tags are not a stack feature


def test_documents_of_a_batch_get_their_own_pass_2_features(monkeypatch):
    from rasd.ner import crf
    from rasd.ner.component import load_model

    seen = []
    real = crf.stack_features

    def spy(sentences, *args, **kwargs):
        seen.append([list(ws) for ws in sentences])
        return real(sentences, *args, **kwargs)

    monkeypatch.setattr(crf, "stack_features", spy)
    doc_a = [["زار", "بوتين", "دمشق"], ["قال", "بوتين", "إن", "موسكو", "مستعدة"]]
    doc_b = [["بوتين", "رئيس", "روسيا"]]
    model = load_model()
    batched = model.predict_docs([doc_a, doc_b])
    assert seen == [doc_a, doc_b]
    seen.clear()
    assert batched == [model.predict(doc_a), model.predict(doc_b)]
