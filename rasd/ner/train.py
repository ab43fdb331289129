"""Rebuild the shipped NER model from ../shared/data: ``rasd train ner`` or ``python -m rasd.ner.train``.

Steps: harmonize the corpora and split dev (:mod:`rasd.ner.dataset`); split tokens like
the run-time tokenizer; train floret vectors + k-means clusters on ant_corpus and the
training sentences (:mod:`rasd.ner.vectors`); write the ANERgazet feature file and the knowledge
table (:mod:`rasd.ner.knowledge`); train the pass-1 CRF (:mod:`rasd.ner.crf`), the BiLSTM-CRF
(:mod:`rasd.ner.neural_train`, torch) and the pass-2 CRF over their jackknifed tags; score dev and
write ``dev_scores.json`` and ``label_precision.json``. The defaults are the shipped configuration;
training needs the ``train`` extra (floret, torch). Run on one core (~25 min):
``OMP_NUM_THREADS=1 taskset -c 1 rasd train ner``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from rasd.ner.corpus import read_gazetteers
from rasd.ner.crf import (
    CENTROIDS_FILE,
    CRF2_FILE,
    CRF_FILE,
    STACK_GROUPS,
    VECTORS_CFG,
    VECTORS_FILE,
    Embeddings,
    stack_features,
    tag_with,
    train_crf,
)
from rasd.ner.dataset import Corpus, build, piece_tags, to_pieces
from rasd.ner.gazetteer import write_gazetteer
from rasd.ner.knowledge import KNOWLEDGE_FILE, Table, build_knowledge, write_knowledge
from rasd.ner.memory import MEMORY_FILE, build_memory, write_memory
from rasd.ner.paths import ner_data_dir

REPO = Path(__file__).resolve().parents[2]
EMB_FILES = (VECTORS_FILE, VECTORS_CFG, CENTROIDS_FILE)


def default_data_dir() -> Path:
    """``$RASD_SHARED/data`` or ``<repo>/../shared/data``."""
    shared = os.environ.get("RASD_SHARED")
    return Path(shared) / "data" if shared else REPO.parent / "shared" / "data"


@dataclass(frozen=True)
class TrainOptions:
    """Choices made on dev (benchmarks/ner/experiments.md)."""

    sources: tuple[str, ...] = ("anercorp", "wojood")
    c1: float = 0.05
    c2: float = 0.05
    max_iterations: int = 150
    extras: tuple[str, ...] = ("affix4", "knowledge", "knowledge_nbr")
    stack: bool = True  # second, document-aware CRF over jackknifed first-pass tags
    folds: int = 5
    doc_window: int = 20
    date_rules: str = "merge"  # rule DATE spans (rasd/ner/dates.py): merge with model DATEs | only rules | off
    reuse_embeddings: bool = False  # reuse <work>/emb from an earlier run (experiments only)
    neural: bool = True  # BiLSTM-CRF (rasd.ner.neural, trained with torch) as second-pass features
    neural_epochs: int = 10
    neural_pretrained: bool = True  # initialize its word embeddings with fastText skipgram vectors of ant_corpus
    facility_rules: bool = True  # head noun + name -> FAC (rasd/ner/facilities.py)
    stack_groups: tuple[str, ...] = STACK_GROUPS  # second-pass feature groups (rasd.ner.crf.stack_features)
    # self-training of the BiLSTM-CRF (experiments 34-): ``self_train`` first trains a teacher (these options
    # without self-training) into <work>/teacher, pseudo-labels ant_corpus with it (rasd.ner.pseudo) and adds
    # ``self_train_ratio`` x the gold sentence count of them to every training of the BiLSTM-CRF; or give a
    # JSONL file of pseudo-labelled sentences (training/ner/pseudo_label.py) and how many to add
    self_train: bool = False
    self_train_ratio: float = 1.0
    self_train_categories: tuple[str, ...] = ("internationalNews", "politic", "sport")
    neural_pseudo: str = ""
    neural_pseudo_k: int = 0
    neural_pseudo_min_score: float = 0.9
    neural_pseudo_weight: float = 1.0
    neural_pseudo_mask: float = 0.0  # > 0: pieces of pseudo-labelled sentences less confident than this -> unknown
    neural_pseudo_mask_ends: bool = False  # span ends of pseudo-labelled sentences -> unknown (mask_span_ends)
    neural_average_last: int = 0  # > 1: the BiLSTM-CRF's weights averaged over its last N epochs
    # extra unlabelled text for the BiLSTM's skipgram vectors (rasd.ner.vectors.NON_COMMERCIAL_TEXT): off for the
    # shipped model; «saudinewsnet» (6x the text of ant_corpus) makes the model non-commercial (meta.json says so)
    skipgram_extra: tuple[str, ...] = ()


def training_pairs(corpus: Corpus, sources: tuple[str, ...], keep_unknown: bool = False,
                   ) -> list[tuple[tuple[str, ...], list[str]]]:
    """(pieces, tags); unknown tags become O for the CRF (it has no missing labels), the neural
    tagger keeps them (``-``, marginalized in its loss)."""
    pairs = []
    for src in sources:
        for s in corpus.train[src]:
            p = to_pieces(s.tokens)
            pairs.append((p.words, [t if t != "-" or keep_unknown else "O" for t in piece_tags(s, p)]))
    return pairs


def train(data: Path, out: Path, work: Path, opts: TrainOptions = TrainOptions()) -> dict:
    """Train and install the model into ``out/model`` (+ ``out/gazetteer.tsv``); returns the dev report."""
    from rasd.ner.evaluate import dev_report
    from rasd.ner.vectors import build_embeddings

    check_options(opts)
    require_training_packages(opts)
    t0 = time.time()
    work.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    corpus = build(data)
    requested, self_training = opts, None
    if opts.self_train and opts.stack and opts.neural:
        opts, self_training = self_train_teacher(data, work, opts, corpus)
    gaz = read_gazetteers(data)
    write_gazetteer(gaz, out / "gazetteer.tsv")
    if out.resolve() == ner_data_dir().resolve():
        from rasd.ner.gazetteer import _tables

        _tables.cache_clear()
    emb_dir = work / "emb"
    if not (opts.reuse_embeddings and all((emb_dir / f).is_file() for f in EMB_FILES)):
        lines = [" ".join(to_pieces(s.tokens).words) for ss in corpus.train.values() for s in ss]
        build_embeddings(data, lines, emb_dir, work / "floret")
    t_emb = time.time() - t0
    model_dir = out / "model"
    tmp_dir = work / "model"
    if tmp_dir.exists():
        shutil.rmtree(tmp_dir)
    tmp_dir.mkdir(parents=True)
    for f in EMB_FILES:
        shutil.copy(emb_dir / f, tmp_dir / f)
    pairs = training_pairs(corpus, opts.sources)
    emb = Embeddings.load(tmp_dir)
    knowledge = None
    if "knowledge" in opts.extras:
        knowledge = build_knowledge()
        write_knowledge(knowledge, tmp_dir / KNOWLEDGE_FILE)
    if uses_first_crf(opts):
        train_crf(pairs, emb, tmp_dir / CRF_FILE, opts.c1, opts.c2, opts.max_iterations, opts.extras,
                  knowledge=knowledge)
    if opts.stack:
        neural_pairs = training_pairs(corpus, opts.sources, keep_unknown=True) if opts.neural else None
        train_stacked(pairs, emb, tmp_dir, work, opts, knowledge, neural_pairs, data)
    write_memory(*build_memory(pairs), tmp_dir / MEMORY_FILE)
    meta = {"name": "rasd-ner-crf", "options": asdict(requested), "train_sentences": len(pairs),
            "removed_duplicates": corpus.removed_duplicates}
    if self_training is not None:
        meta["self_training"] = self_training
    if opts.skipgram_extra:
        from rasd.ner.vectors import NON_COMMERCIAL_TEXT

        meta["license"] = "; ".join(NON_COMMERCIAL_TEXT[x] for x in opts.skipgram_extra)
        meta["non_commercial"] = True  # the skipgram vectors (in neural.npz) were trained on this text
    (tmp_dir / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    if model_dir.exists():
        shutil.rmtree(model_dir)
    shutil.copytree(tmp_dir, model_dir)
    report = dev_report(corpus, model_dir)
    write_confidence(report, model_dir)
    report["train_seconds"] = round(time.time() - t0)
    report["embedding_seconds"] = round(t_emb)
    report["meta"] = meta
    (out / "dev_scores.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return report


def self_train_teacher(data: Path, work: Path, opts: TrainOptions, corpus: Corpus) -> tuple[TrainOptions, dict]:
    """Train the teacher (``opts`` without self-training) into ``<work>/teacher``, pseudo-label ant_corpus
    with it and return the student's options (the teacher's embeddings reused, the pseudo-labelled file) and
    a record of what was done (for ``meta.json``).
    The teacher never sees dev; the pseudo-labelled sentences hold no gold sentence, so the same set serves
    every jackknife fold."""
    from rasd.ner.pseudo import dev_docnos, label_ant

    teacher = work / "teacher"
    if opts.reuse_embeddings and (teacher / "dev_scores.json").is_file():  # experiments: reuse the teacher
        report = json.loads((teacher / "dev_scores.json").read_text(encoding="utf-8"))
    else:
        report = train(data, teacher, work, replace(opts, self_train=False))
    print(f"teacher: ANE dev micro F1 {report['anercorp_dev.anercorp']['micro']['f']}", flush=True)
    held_out = [to_pieces(s.tokens).words for ss in [*corpus.dev.values(), corpus.dev_anercorp_original] for s in ss]
    pseudo = work / "pseudo.jsonl"
    n = label_ant(data, teacher / "model", held_out, pseudo, opts.self_train_categories, dev_docnos(REPO))
    gold = sum(len(corpus.train[src]) for src in opts.sources)
    k = round(opts.self_train_ratio * gold)
    print(f"teacher: {n} ant_corpus sentences pseudo-labelled, {k} to add", flush=True)
    record = {"teacher_anercorp_dev_f1": report["anercorp_dev.anercorp"]["micro"]["f"], "pseudo_labelled": n,
              "pseudo_added": k, "min_score": opts.neural_pseudo_min_score, "weight": opts.neural_pseudo_weight,
              "mask_below": opts.neural_pseudo_mask, "mask_ends": opts.neural_pseudo_mask_ends}
    return replace(opts, reuse_embeddings=True, neural_pseudo=str(pseudo), neural_pseudo_k=k), record


def uses_first_crf(opts: TrainOptions) -> bool:
    """A first-pass CRF is trained unless the model is stacked on the neural tagger's tags alone."""
    return not opts.stack or "crf" in opts.stack_groups


def check_options(opts: TrainOptions) -> None:
    unknown = set(opts.stack_groups) - set(STACK_GROUPS)
    if unknown:
        raise ValueError(f"unknown stack groups {sorted(unknown)}; known: {STACK_GROUPS}")
    if opts.stack and not opts.neural and "crf" not in opts.stack_groups:
        raise ValueError("a stacked model without the neural tagger needs the 'crf' stack group")
    if opts.stack and opts.neural and not {"neural", "neural_conf"} & set(opts.stack_groups):
        raise ValueError("--neural needs the 'neural' or 'neural_conf' stack group")
    from rasd.ner.vectors import NON_COMMERCIAL_TEXT

    unknown_text = set(opts.skipgram_extra) - set(NON_COMMERCIAL_TEXT)
    if unknown_text:
        raise ValueError(f"unknown --skipgram-extra {sorted(unknown_text)}; known: {sorted(NON_COMMERCIAL_TEXT)}")
    if opts.neural_pseudo_k and not Path(opts.neural_pseudo).is_file():
        raise ValueError(f"--neural-pseudo-k needs a pseudo-labelled JSONL file, not found: {opts.neural_pseudo!r}")


class MissingTrainingPackage(ImportError):
    """A package needed only for training (the ``train`` extra) is not installed."""


def require_training_packages(opts: TrainOptions) -> None:
    """Fail before any work when floret (vectors) or torch (the neural tagger) is missing."""
    needed = {"floret": "floret (word vectors)"}
    if opts.stack and opts.neural:
        needed["torch"] = "torch (the BiLSTM-CRF of the shipped model)"
    missing = [mod for mod in needed if importlib.util.find_spec(mod) is None]
    if not missing:
        return
    hint = ""
    if "torch" in missing:
        hint = (" (CPU-only torch: `pip install torch --index-url https://download.pytorch.org/whl/cpu`),"
                " or train without the neural tagger: `rasd train ner --no-neural` (a weaker model)")
    raise MissingTrainingPackage(
        f"training the NER model needs {' and '.join(needed[m] for m in missing)}, not installed: "
        f"`pip install 'rasd[train]'`{hint}")


def train_stacked(pairs, emb: Embeddings, model_dir: Path, work: Path, opts: TrainOptions,
                  knowledge: Table | None = None, neural_pairs=None, data: Path | None = None) -> None:
    """Jackknife first-pass tags (CRF, and the neural tagger's tags + marginals when ``neural_pairs`` is
    given) over ``opts.folds`` contiguous folds, then train the second CRF (and the full neural tagger)."""
    n = len(pairs)
    words = [w for w, _ in pairs]
    first: list[list[str]] = [[] for _ in pairs]
    ntags: list[list[str]] = [[] for _ in pairs]
    margs: list = [None] * n
    nopts = neural_options(opts, work, data) if neural_pairs is not None else None
    pseudo = pseudo_pairs(opts)
    for k in range(opts.folds):
        lo, hi = k * n // opts.folds, (k + 1) * n // opts.folds
        if uses_first_crf(opts):
            fold_file = work / f"fold{k}.crf"
            train_crf(pairs[:lo] + pairs[hi:], emb, fold_file, opts.c1, opts.c2, opts.max_iterations, opts.extras,
                      knowledge=knowledge)
            for i, tags in enumerate(tag_with(fold_file, emb, words[lo:hi], opts.extras, knowledge)):
                first[lo + i] = tags
        if neural_pairs is not None:
            tagged = fold_neural(neural_pairs[:lo] + neural_pairs[hi:], words[lo:hi], emb, knowledge,
                                 work / f"fold{k}.neural", nopts, pseudo, opts.neural_pseudo_weight)
            for i, (t, m) in enumerate(zip(*tagged)):
                ntags[lo + i], margs[lo + i] = t, m
    neural = None
    if neural_pairs is not None:
        from rasd.ner.neural_train import train_neural

        all_pairs, weights = with_pseudo(neural_pairs, pseudo, opts.neural_pseudo_weight)
        train_neural(all_pairs, emb.lookup, knowledge, model_dir, nopts, weights=weights)
        labels = _neural_labels(model_dir)
        neural = (ntags, margs, labels)
    extra = stack_features(words, first, opts.doc_window, neural, opts.stack_groups)
    train_crf(pairs, emb, model_dir / CRF2_FILE, opts.c1, opts.c2, opts.max_iterations, opts.extras, extra, knowledge)


def neural_options(opts: TrainOptions, work: Path, data: Path | None):
    """Options of the neural tagger; with ``neural_pretrained`` its skipgram vectors are trained first."""
    from rasd.ner.neural_train import NeuralOptions

    if not opts.neural_pretrained:
        return NeuralOptions(epochs=opts.neural_epochs, average_last=opts.neural_average_last)
    from rasd.ner.vectors import build_skipgram

    vec = work / ("skipgram" + "".join(f"+{x}" for x in opts.skipgram_extra) + ".vec")
    if not (opts.reuse_embeddings and vec.is_file()):
        text = work / "floret" / "text.txt"
        if opts.skipgram_extra:
            from rasd.ner.vectors import saudinewsnet_lines

            extra = work / "skipgram_text.txt"
            with extra.open("w", encoding="utf-8") as f:
                f.write(text.read_text(encoding="utf-8"))
                if "saudinewsnet" in opts.skipgram_extra:
                    f.write("\n".join(saudinewsnet_lines(data or default_data_dir())) + "\n")
            text = extra
        build_skipgram(text, vec)
    return NeuralOptions(epochs=opts.neural_epochs, word_dim=100, stem_input=True, pretrained=str(vec),
                         average_last=opts.neural_average_last)


def pseudo_pairs(opts: TrainOptions) -> list:
    """The pseudo-labelled sentences added to every training of the neural tagger (none by default). The same
    set serves every jackknife fold: it holds no gold sentence, only ant_corpus text."""
    if not opts.neural_pseudo_k:
        return []
    from rasd.ner.neural_train import read_pseudo

    return read_pseudo(Path(opts.neural_pseudo), opts.neural_pseudo_k, opts.neural_pseudo_min_score,
                       mask_below=opts.neural_pseudo_mask, mask_ends=opts.neural_pseudo_mask_ends)


def with_pseudo(pairs: list, pseudo: list, weight: float) -> tuple[list, list[float] | None]:
    """Gold pairs + pseudo-labelled pairs and their loss weights (None when there are no pseudo pairs)."""
    if not pseudo:
        return pairs, None
    return pairs + pseudo, [1.0] * len(pairs) + [weight] * len(pseudo)


def fold_neural(train_pairs, words, emb: Embeddings, knowledge: Table | None, out: Path, nopts,
                pseudo: list | None = None, pseudo_weight: float = 1.0):
    """Train the neural tagger on one jackknife fold (+ ``pseudo`` pairs) and tag the held-out sentences
    (tags, marginals)."""
    from rasd.ner.knowledge import Matcher
    from rasd.ner.neural import NeuralTagger
    from rasd.ner.neural_train import train_neural

    all_pairs, weights = with_pseudo(train_pairs, pseudo or [], pseudo_weight)
    train_neural(all_pairs, emb.lookup, knowledge, out, nopts, weights=weights)
    tagger = NeuralTagger(out, emb.lookup, Matcher(knowledge) if knowledge else None)
    return tagger.tag(words)


def _neural_labels(model_dir: Path) -> tuple[str, ...]:
    from rasd.ner.neural import NEURAL_VOCAB

    return tuple(json.loads((model_dir / NEURAL_VOCAB).read_text(encoding="utf-8"))["labels"])


def write_confidence(report: dict, model_dir: Path) -> None:
    """Per-label dev precision (ANERcorp dev, rasd scheme; MISC from the ANERcorp scheme), for reference."""
    rasd = report["anercorp_dev.rasd"]
    conf = {k: round(v["p"] / 100, 3) for k, v in rasd.items() if k != "micro"}
    conf["MISC"] = round(report["anercorp_dev.anercorp"].get("MISC", {"p": 0})["p"] / 100, 3)
    (model_dir / "label_precision.json").write_text(json.dumps(conf, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=default_data_dir())
    ap.add_argument("--out", type=Path, default=ner_data_dir())
    ap.add_argument("--work", type=Path, default=Path("/tmp/rasd_ner_work"))
    ap.add_argument("--sources", default=",".join(TrainOptions.sources))
    ap.add_argument("--c1", type=float, default=TrainOptions.c1)
    ap.add_argument("--c2", type=float, default=TrainOptions.c2)
    ap.add_argument("--iters", type=int, default=TrainOptions.max_iterations)
    ap.add_argument("--extras", default=",".join(TrainOptions.extras), help="optional CRF feature groups")
    ap.add_argument("--no-stack", dest="stack", action="store_false")
    ap.add_argument("--window", type=int, default=TrainOptions.doc_window)
    ap.add_argument("--reuse-embeddings", action="store_true")
    ap.add_argument("--neural", dest="neural", action="store_true", default=TrainOptions.neural)
    ap.add_argument("--no-neural", dest="neural", action="store_false")
    ap.add_argument("--neural-epochs", type=int, default=TrainOptions.neural_epochs)
    ap.add_argument("--no-facility-rules", dest="facility_rules", action="store_false")
    ap.add_argument("--neural-pseudo", default="", help="pseudo-labelled JSONL (training/ner/pseudo_label.py)")
    ap.add_argument("--neural-pseudo-k", type=int, default=0)
    ap.add_argument("--neural-pseudo-min-score", type=float, default=TrainOptions.neural_pseudo_min_score)
    ap.add_argument("--neural-pseudo-weight", type=float, default=TrainOptions.neural_pseudo_weight)
    ap.add_argument("--neural-pseudo-mask", type=float, default=TrainOptions.neural_pseudo_mask)
    ap.add_argument("--neural-pseudo-mask-ends", action="store_true", default=TrainOptions.neural_pseudo_mask_ends)
    ap.add_argument("--neural-average-last", type=int, default=0)
    ap.add_argument("--stack-groups", default=",".join(TrainOptions.stack_groups),
                    help="second-pass feature groups (rasd.ner.crf.STACK_GROUPS)")
    ap.add_argument("--self-train", dest="self_train", action="store_true", default=TrainOptions.self_train)
    ap.add_argument("--no-self-train", dest="self_train", action="store_false")
    ap.add_argument("--self-train-ratio", type=float, default=TrainOptions.self_train_ratio)
    ap.add_argument("--skipgram-extra", default="",
                    help="extra unlabelled text for the BiLSTM's skipgram vectors: 'saudinewsnet' (makes the model "
                         "NON-COMMERCIAL, CC BY-NC-SA 4.0; recorded in meta.json)")
    ap.add_argument("--self-train-categories", default=",".join(TrainOptions.self_train_categories),
                    help="ant_corpus categories to pseudo-label")
    a = ap.parse_args(argv)
    extras = tuple(x for x in a.extras.split(",") if x)
    opts = TrainOptions(tuple(a.sources.split(",")), a.c1, a.c2, a.iters, extras, a.stack,
                        doc_window=a.window, reuse_embeddings=a.reuse_embeddings, neural=a.neural,
                        neural_epochs=a.neural_epochs, facility_rules=a.facility_rules,
                        neural_pseudo=a.neural_pseudo, neural_pseudo_k=a.neural_pseudo_k,
                        neural_pseudo_min_score=a.neural_pseudo_min_score,
                        neural_pseudo_weight=a.neural_pseudo_weight, neural_pseudo_mask=a.neural_pseudo_mask,
                        neural_pseudo_mask_ends=a.neural_pseudo_mask_ends, neural_average_last=a.neural_average_last,
                        stack_groups=tuple(g for g in a.stack_groups.split(",") if g),
                        self_train=a.self_train, self_train_ratio=a.self_train_ratio,
                        self_train_categories=tuple(c for c in a.self_train_categories.split(",") if c),
                        skipgram_extra=tuple(x for x in a.skipgram_extra.split(",") if x))
    report = train(a.data, a.out, a.work, opts)
    ane = report["anercorp_dev.anercorp"]
    print(f"ANE dev micro F1 {ane['micro']['f']} | " + " ".join(f"{k} {v['f']}" for k, v in ane.items() if k != "micro"))
    for key in ("anercorp_dev.rasd", "aqmar_dev.anercorp", "wojood_val.rasd"):
        print(key, {k: v["f"] for k, v in report[key].items()})
    print("seconds", report["train_seconds"])


if __name__ == "__main__":
    main()
