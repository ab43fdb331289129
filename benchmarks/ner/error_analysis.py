"""Confusion by type and real dev error examples for the shipped (or given) model.

Usage: PYTHONPATH=. python benchmarks/ner/error_analysis.py [--model DIR] [-n 20] > benchmarks/ner/error_analysis.md
Per dev set: P/R/F1, span-type confusion, errors by kind. Examples: sentences of ANERcorp dev (rasd scheme)
and AQMAR dev with an error, taken in dev order, every k-th so that they spread over the split.
"""

from __future__ import annotations

import argparse
from datetime import date

from rasd.ner.component import load_model
from rasd.ner.dataset import build
from rasd.ner.evaluate import _drop, confusion_table, gold_tags, predict_tags
from rasd.ner.scorer import score, spans_from_tags
from rasd.ner.train import default_data_dir


def error_kinds(gold: list[list[str]], pred: list[list[str]]) -> dict[str, int]:
    """Span errors by kind: wrong type (same boundaries), boundary (overlaps a span of the other side),
    missed (no overlapping prediction), spurious (no overlapping gold)."""
    kinds = {"wrong type": 0, "boundary (gold side)": 0, "missed": 0, "boundary (pred side)": 0, "spurious": 0}
    for g, p in zip(gold, pred):
        gs, ps = set(spans_from_tags(g)), set(spans_from_tags(p))
        pb = {(a, b): t for a, b, t in ps}
        for a, b, t in gs - ps:
            if (a, b) in pb:
                kinds["wrong type"] += 1
            elif any(x < b and a < y for x, y, _ in ps):
                kinds["boundary (gold side)"] += 1
            else:
                kinds["missed"] += 1
        gb = {(a, b) for a, b, _ in gs}
        for a, b, t in ps - gs:
            if (a, b) in gb:
                continue  # counted as wrong type
            if any(x < b and a < y for x, y, _ in gs):
                kinds["boundary (pred side)"] += 1
            else:
                kinds["spurious"] += 1
    return kinds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("-n", type=int, default=20)
    args = ap.parse_args()
    nlp = load_model(args.model)
    corpus = build(default_data_dir())
    print(f"# NER error analysis ({date.today().isoformat()})\n")
    print("Command: `PYTHONPATH=. python benchmarks/ner/error_analysis.py > benchmarks/ner/error_analysis.md`; "
          f"model: {'`' + args.model + '`' if args.model else 'the shipped `rasd/data/ner/model`'}; "
          "data: dev splits (docs/ner.md).\n")
    errors = []
    for title, sents, scheme, ignore in (
        ("ANERcorp dev, ANERcorp scheme (original gold)", corpus.dev_anercorp_original, "anercorp", set()),
        ("ANERcorp dev, rasd scheme (NewsFANE-refined gold, DATE not annotated)", corpus.dev["anercorp"], "rasd", {"DATE"}),
        ("AQMAR dev articles, ANERcorp scheme (MIS* not scored)", corpus.dev["aqmar"], "anercorp", {"MISC"}),
        ("Wojood val, rasd scheme", corpus.dev["wojood"], "rasd", set()),
    ):
        gold = _drop(gold_tags(sents, scheme), ignore)
        pred = _drop(predict_tags(nlp, sents, scheme), ignore)
        s = score(gold, pred)
        print(f"## {title}\n\n```\n{s.table()}\n```\n\nSpan-type confusion (exact boundaries; O = no span with these boundaries):\n")
        print(f"```\n{confusion_table(s)}\n```\n")
        kinds = error_kinds(gold, pred)
        print("Errors by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.items()) + "\n")
        if title.startswith("ANERcorp dev, rasd") or title.startswith("AQMAR"):
            for sent, g, p in zip(sents, gold, pred):
                gs, ps = set(spans_from_tags(g)), set(spans_from_tags(p))
                if gs != ps:
                    errors.append((title.split(",")[0], sent, gs, ps))
    print(f"## {args.n} dev error examples\n")
    print("Each: sentence window, then gold-only spans (missed or mislabeled) and predicted-only spans.\n")
    step = max(1, len(errors) // args.n)
    for k, (src, sent, gs, ps) in enumerate(errors[::step][: args.n], 1):
        toks = sent.tokens
        lo = min(a for a, _, _ in gs ^ ps)
        hi = max(b for _, b, _ in gs ^ ps)
        window = " ".join(toks[max(0, lo - 6) : hi + 6])
        fmt = lambda spans: "; ".join(f"{' '.join(toks[a:b])} [{t}]" for a, b, t in sorted(spans)) or "—"
        print(f"{k}. ({src}) …{window}…  \n   gold only: {fmt(gs - ps)}  \n   predicted only: {fmt(ps - gs)}\n")


if __name__ == "__main__":
    main()
