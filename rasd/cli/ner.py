"""``rasd ner``, ``rasd eval ner`` and ``rasd train ner`` (wired by ``register``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    """Add ``ner`` to the main app, to ``rasd eval`` and to ``rasd train``."""
    app.command("ner")(ner_tag)
    eval_app.command("ner")(ner_eval)
    train_app.command("ner")(ner_train)


def ner_tag(
    conll: Path = typer.Option(..., "--conll", help="CoNLL input: token in the first column, blank line = sentence break."),
    scheme: str = typer.Option("rasd", "--scheme", help="rasd (PER ORG GPE LOC FAC NORP DATE) or anercorp (PERS ORG LOC MISC)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
    model: Optional[Path] = typer.Option(None, "--model", help="Model directory (default: the shipped model)."),
) -> None:
    """Tag a CoNLL file: writes token<TAB>tag (IOB2), one line per input line."""
    from rasd.ner.conll import format_conll, read_conll
    from rasd.ner.evaluate import tag_document

    doc = _read(conll)
    text = format_conll(doc, tag_document(doc, _scheme(scheme), str(model) if model else None))
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def ner_eval(
    conll: Path = typer.Option(..., "--conll", help="Gold CoNLL (tag in the last column)."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Predicted CoNLL; without it the model tags the gold tokens."),
    scheme: str = typer.Option("anercorp", "--scheme", help="rasd or anercorp."),
    model: Optional[Path] = typer.Option(None, "--model", help="Model directory (default: the shipped model)."),
    confusion: bool = typer.Option(False, "--confusion", help="Also print the span-type confusion table."),
) -> None:
    """Entity-level P/R/F1 (exact span and type, conlleval-style) per type and micro."""
    from rasd.ner.evaluate import confusion_table, gold_tags, tag_document
    from rasd.ner.scorer import score

    sch = _scheme(scheme)
    gold_doc = _read(conll)
    gold = gold_tags(gold_doc.sentences, sch)
    if pred is not None:
        pdoc = _read(pred)
        if [s.tokens for s in pdoc.sentences] != [s.tokens for s in gold_doc.sentences]:
            raise typer.BadParameter(f"{pred}: tokens or sentence breaks differ from {conll}", param_hint="--pred")
        predicted = gold_tags(pdoc.sentences, sch)
    else:
        predicted = tag_document(gold_doc, sch, str(model) if model else None)
    result = score(gold, predicted)
    typer.echo(result.table())
    if confusion:
        typer.echo(confusion_table(result))


def ner_train(
    data: Optional[Path] = typer.Option(None, "--data", help="shared data dir (default $RASD_SHARED/data or <repo>/../shared/data)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Where the model goes (default: rasd/data/ner in the package)."),
    work: Path = typer.Option(Path("/tmp/rasd_ner_work"), "--work", help="Scratch directory."),
    neural: bool = typer.Option(True, "--neural/--no-neural",
                                help="Train the BiLSTM-CRF (needs torch) as pass-2 features, as the shipped model does."),
    skipgram_extra: Optional[str] = typer.Option(
        None, "--skipgram-extra", help="Extra unlabelled text for the BiLSTM's word vectors: 'saudinewsnet' "
        "(+2.5 dev F1 for the BiLSTM alone; makes the model NON-COMMERCIAL, CC BY-NC-SA 4.0, as meta.json records). "
        "Needs --out: the shipped model stays permissive."),
) -> None:
    """Rebuild the shipped NER model (about 25 minutes on one core; needs the train extra; see docs/ner.md)."""
    from rasd.ner.paths import ner_data_dir
    from rasd.ner.train import MissingTrainingPackage, TrainOptions, default_data_dir, train

    extra = tuple(x for x in (skipgram_extra or "").split(",") if x)
    if extra and out is None:
        typer.echo("error: --skipgram-extra makes a non-commercial model: give --out DIR (the shipped model is "
                   "permissive)", err=True)
        raise typer.Exit(2)
    try:
        report = train(data or default_data_dir(), out or ner_data_dir(), work,
                       TrainOptions(neural=neural, skipgram_extra=extra))
    except MissingTrainingPackage as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    except ValueError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    ane = report["anercorp_dev.anercorp"]["micro"]["f"]
    rasd = report["anercorp_dev.rasd"]["micro"]["f"]
    typer.echo(f"dev micro F1: ANERcorp scheme {ane}, rasd scheme {rasd}; {report['train_seconds']} s")


def _scheme(scheme: str) -> str:
    if scheme not in ("rasd", "anercorp"):
        raise typer.BadParameter(f"unknown scheme {scheme!r}: use rasd or anercorp", param_hint="--scheme")
    return scheme


def _read(path: Path):
    from rasd.ner.conll import read_conll

    if not path.is_file():
        raise typer.BadParameter(f"{path}: no such file", param_hint="--conll")
    try:
        return read_conll(path)
    except ValueError as err:
        raise typer.BadParameter(str(err)) from err


def _standalone() -> typer.Typer:
    """A minimal app exposing the three commands (``python -m rasd.cli.ner``), until main wires them."""
    app, ev, tr = typer.Typer(), typer.Typer(), typer.Typer()
    app.add_typer(ev, name="eval")
    app.add_typer(tr, name="train")
    register(app, ev, tr)
    return app


if __name__ == "__main__":
    _standalone()()
