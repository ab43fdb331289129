"""End-to-end training: a tiny CRF run on a few sentences, the defaults = the shipped model, and (slow) the
full rebuild command."""

import json
import shutil
import sys
from dataclasses import asdict

import pytest

from rasd.ner.component import load_model, model_path, tag_tokens
from rasd.ner.conll import Sentence
from rasd.ner.crf import (
    CENTROIDS_FILE,
    VECTORS_CFG,
    VECTORS_FILE,
    Embeddings,
    train_crf,
)
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


def test_defaults_are_the_shipped_configuration():
    """`rasd train ner` without options rebuilds the shipped configuration (reuse_embeddings only
    skips recomputing identical vectors in experiments; stack_groups postdates the shipped meta.json)."""
    from rasd.ner.crf import STACK_GROUPS
    from rasd.ner.train import TrainOptions

    shipped = json.loads((model_path() / "meta.json").read_text(encoding="utf-8"))["options"]
    shipped.setdefault("stack_groups", list(STACK_GROUPS))
    defaults = json.loads(json.dumps(asdict(TrainOptions())))
    # options added after a model was trained: their values meaning "not used" (no self-training, no averaging)
    not_used = {"self_train": False, "neural_pseudo": "", "neural_pseudo_k": 0, "neural_average_last": 0}
    for key, value in defaults.items():
        if key not in shipped:
            shipped[key] = not_used.get(key, value)
    for key in ("reuse_embeddings",):
        shipped.pop(key), defaults.pop(key)
    assert defaults == shipped


@pytest.mark.parametrize("missing, neural, expect", [
    ("torch", True, ["torch", "rasd[train]", "--no-neural"]),
    ("floret", False, ["floret", "rasd[train]"]),
])
def test_missing_training_package_fails_before_any_work(tmp_path, monkeypatch, missing, neural, expect):
    from rasd.ner.train import MissingTrainingPackage, TrainOptions, train

    monkeypatch.setitem(sys.modules, missing, None)  # importlib finds no spec: as if not installed
    with pytest.raises(MissingTrainingPackage) as err:
        train(tmp_path / "data", tmp_path / "out", tmp_path / "work", TrainOptions(neural=neural))
    for text in expect:
        assert text in str(err.value)
    assert not (tmp_path / "work").exists() and not (tmp_path / "out").exists()


def test_no_torch_needed_without_the_neural_tagger(monkeypatch):
    import importlib.util

    from rasd.ner.train import MissingTrainingPackage, TrainOptions, require_training_packages

    # floret installed, torch not (whatever this environment really has)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else object())
    require_training_packages(TrainOptions(neural=False))
    with pytest.raises(MissingTrainingPackage, match="torch"):
        require_training_packages(TrainOptions(neural=True))


@pytest.mark.slow
def test_full_rebuild_command(tmp_path, data_dir):
    from rasd.ner.train import TrainOptions, train

    pytest.importorskip("torch", reason="the default (shipped) configuration trains the neural tagger with torch")
    report = train(data_dir, tmp_path / "out", tmp_path / "work", TrainOptions(max_iterations=5, neural_epochs=1))
    for f in ("crf.model", "crf2.model", "neural.npz", "knowledge.tsv"):
        assert (tmp_path / "out" / "model" / f).is_file(), f
    assert report["anercorp_dev.anercorp"]["micro"]["n"] > 800


def test_command_line_options_reach_the_training_options(monkeypatch, tmp_path, capsys):
    """Experiment flags of ``python -m rasd.ner.train`` end up in TrainOptions (no training is run)."""
    import rasd.ner.train as tr

    seen = {}

    def fake_train(data, out, work, opts):
        seen["opts"] = opts
        f = {"f": 0.0}
        return {"anercorp_dev.anercorp": {"micro": f}, "anercorp_dev.rasd": {"micro": f},
                "aqmar_dev.anercorp": {"micro": f}, "wojood_val.rasd": {"micro": f}, "train_seconds": 0}

    monkeypatch.setattr(tr, "train", fake_train)
    tr.main(["--out", str(tmp_path), "--work", str(tmp_path / "w"), "--self-train", "--neural-pseudo-mask", "0.7",
             "--neural-pseudo-min-score", "0", "--stack-groups", "crf,neural_conf",
             "--self-train-categories", "politic,localNews", "--neural-average-last", "3",
             "--neural-pseudo-mask-ends"])
    opts = seen["opts"]
    assert (opts.self_train, opts.neural_pseudo_mask, opts.neural_pseudo_min_score) == (True, 0.7, 0.0)
    assert opts.stack_groups == ("crf", "neural_conf")
    assert opts.self_train_categories == ("politic", "localNews")
    assert opts.neural_average_last == 3
    assert opts.neural_pseudo_mask_ends
    assert "ANE dev micro F1 0.0" in capsys.readouterr().out


def test_non_commercial_text_is_opt_in_and_recorded(monkeypatch, tmp_path):
    """``--skipgram-extra saudinewsnet`` reaches the options; an unknown corpus is refused; the CLI will not
    write a non-commercial model over the shipped (permissive) one."""
    import rasd.ner.train as tr
    from typer.testing import CliRunner

    from rasd.cli.main import app

    seen = {}

    def fake_train(data, out, work, opts):
        seen["opts"] = opts
        f = {"micro": {"f": 0.0}}
        return {"anercorp_dev.anercorp": f, "anercorp_dev.rasd": f, "aqmar_dev.anercorp": f, "wojood_val.rasd": f,
                "train_seconds": 0}

    monkeypatch.setattr(tr, "train", fake_train)
    tr.main(["--out", str(tmp_path), "--work", str(tmp_path / "w"), "--skipgram-extra", "saudinewsnet"])
    assert seen["opts"].skipgram_extra == ("saudinewsnet",)
    with pytest.raises(ValueError, match="unknown --skipgram-extra"):
        tr.check_options(tr.TrainOptions(skipgram_extra=("wikipedia",)))
    res = CliRunner().invoke(app, ["train", "ner", "--skipgram-extra", "saudinewsnet"])
    assert res.exit_code == 2 and "non-commercial" in res.output


def test_saudinewsnet_lines_are_tokenized_paragraphs(tmp_path):
    from rasd.ner.vectors import saudinewsnet_lines

    folder = tmp_path / "saudinewsnet" / "json"
    folder.mkdir(parents=True)
    arts = [{"title": "وزير الخارجية يلتقي نظيره", "content": "قال الوزير، أمس، إن المحادثات بناءة.\nسطر قصير"},
            {"title": None, "content": ""}]
    (folder / "2015-07-21.json").write_text(json.dumps(arts, ensure_ascii=False), encoding="utf-8")
    lines = saudinewsnet_lines(tmp_path)
    assert lines[0] == "وزير الخارجية يلتقي نظيره"
    assert lines[1].startswith("قال الوزير ،") and len(lines) == 2  # «سطر قصير» is too short to keep
    with pytest.raises(FileNotFoundError):
        saudinewsnet_lines(tmp_path / "nowhere")
