"""EXPERIMENT (not shipped): spaCy tok2vec + transition NER with the rasd Arabic features (experiments 1-2).

Run: ``PYTHONPATH=.:training/ner python training/ner/train_cnn.py --out /tmp/cnn``.

Steps: harmonize the corpora and split dev (:mod:`rasd.ner.dataset`), split tokens like
the run-time tokenizer, write spaCy DocBins, (optionally) train floret vectors on
ant_corpus (:mod:`rasd.ner.vectors`), train tok2vec + transition NER with
``rasd/ner/config.cfg``, copy the best model into ``rasd/data/ner/model`` and write the
dev scores next to it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable

import spacy
from spacy.tokens import Doc, DocBin

import cnn_model as _model  # noqa: F401  (registers rasd.ArabicEmbed.v1; run with PYTHONPATH=.:training/ner)
from rasd.ner.conll import Sentence
from rasd.ner.dataset import Corpus, build, piece_tags, to_pieces

REPO = Path(__file__).resolve().parents[2]


def default_data_dir() -> Path:
    """``$RASD_SHARED/data`` or ``<repo>/../shared/data``."""
    shared = os.environ.get("RASD_SHARED")
    return Path(shared) / "data" if shared else REPO.parent / "shared" / "data"


def default_out_dir() -> Path:
    return REPO / "rasd" / "data" / "ner"


@dataclass(frozen=True)
class TrainOptions:
    """Choices made on dev (see benchmarks/ner/experiments.md)."""

    sources: tuple[str, ...] = ("anercorp", "aqmar", "wojood")
    vectors: bool = True
    max_epochs: int = 40
    seed: int = 0
    overrides: tuple[tuple[str, object], ...] = ()


def to_docs(sentences: Iterable[Sentence], vocab) -> list[Doc]:
    docs = []
    for s in sentences:
        p = to_pieces(s.tokens)
        tags = [None if t == "-" else t for t in piece_tags(s, p)]
        docs.append(Doc(vocab, words=list(p.words), ents=tags))
    return docs


def train_spacy(train: list[Sentence], dev: list[Sentence], work: Path, overrides: dict[str, object]) -> Path:
    """Write DocBins and run spaCy training with rasd/ner/config.cfg; returns the best model dir."""
    from spacy.cli.train import train as spacy_train

    work.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("ar")
    DocBin(docs=to_docs(train, nlp.vocab)).to_disk(work / "train.spacy")
    DocBin(docs=to_docs(dev, nlp.vocab)).to_disk(work / "dev.spacy")
    full = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"), **overrides}
    config = Path(__file__).with_name("cnn_config.cfg")
    spacy_train(Path(str(config)), work / "output", overrides=full)
    return work / "output" / "model-best"


def train(data: Path, out: Path, work: Path, opts: TrainOptions) -> dict:
    """Train and install the model into ``out/model``; returns the dev report."""
    from rasd.ner.evaluate import dev_report_for

    t0 = time.time()
    work.mkdir(parents=True, exist_ok=True)
    corpus = build(data)
    overrides: dict[str, object] = {
        "training.max_epochs": opts.max_epochs,
        "system.seed": opts.seed,
    }
    if opts.vectors:
        raise SystemExit(
            "spaCy vectors are not built by the shipped code any more: pass --no-vectors, or build a spaCy "
            "floret pipeline (spacy init vectors ar <floret file> DIR --mode floret) and --set 'paths.vectors=\"DIR\"'"
        )
        overrides["components.tok2vec.model.embed.include_static_vectors"] = True
    overrides.update(dict(opts.overrides))
    train_sents = [s for src in opts.sources for s in corpus.train[src]]
    best = train_spacy(train_sents, corpus.dev["anercorp"], work, overrides)
    model_dir = out / "model"
    if model_dir.exists():
        shutil.rmtree(model_dir)
    shutil.copytree(best, model_dir)
    train_seconds = time.time() - t0
    report = dev_report_for(SpacyTagger(model_dir), corpus)
    report["train_seconds"] = round(train_seconds)
    report["options"] = {"sources": list(opts.sources), "vectors": opts.vectors, "max_epochs": opts.max_epochs,
                         "seed": opts.seed, "overrides": {k: v for k, v in opts.overrides}}
    report["removed_duplicates"] = corpus.removed_duplicates
    (out / "dev_scores.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return report


class SpacyTagger:
    """Adapter giving a trained spaCy pipeline the ``predict`` interface of rasd.ner.crf.CrfModel."""

    def __init__(self, path: Path) -> None:
        self.nlp = spacy.load(path)

    def predict(self, sentences):
        docs = (Doc(self.nlp.vocab, words=list(ws)) if ws else Doc(self.nlp.vocab) for ws in sentences)
        for _, proc in self.nlp.pipeline:
            docs = proc.pipe(docs)
        return [[(e.start, e.end, e.label_, 1.0) for e in d.ents] for d in docs]


def write_confidence(report: dict, model_dir: Path) -> None:
    """Per-label dev precision (ANERcorp dev, rasd scheme; MISC from the ANERcorp scheme)."""
    rasd = report["anercorp_dev.rasd"]
    conf = {k: round(v["p"] / 100, 3) for k, v in rasd.items() if k != "micro"}
    conf["MISC"] = round(report["anercorp_dev.anercorp"].get("MISC", {"p": 0})["p"] / 100, 3)
    (model_dir / "confidence.json").write_text(json.dumps(conf, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=default_data_dir())
    ap.add_argument("--out", type=Path, default=Path("/tmp/rasd_ner_cnn"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/rasd_ner_work"))
    ap.add_argument("--no-vectors", action="store_true")
    ap.add_argument("--sources", default="anercorp,aqmar,wojood")
    ap.add_argument("--epochs", type=int, default=TrainOptions.max_epochs)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--set", action="append", default=[], help="config override key=json_value")
    args = ap.parse_args(argv)
    overrides = tuple((k, json.loads(v)) for k, v in (s.split("=", 1) for s in args.set))
    opts = TrainOptions(tuple(args.sources.split(",")), not args.no_vectors, args.epochs, args.seed, overrides)
    report = train(args.data, args.out, args.work, opts)
    print(json.dumps({k: v for k, v in report.items() if k != "errors"}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
