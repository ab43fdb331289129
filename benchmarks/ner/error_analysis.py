"""Confusion by type and real dev error examples for the shipped (or given) model.

Usage: python benchmarks/ner/error_analysis.py [--model DIR] [-n 20] > benchmarks/ner/error_analysis.md
Errors are taken in dev order, every k-th so that they spread over the split.
"""

from __future__ import annotations

import argparse
from datetime import date

from rasd.ner.component import load_model
from rasd.ner.dataset import build
from rasd.ner.evaluate import _drop, confusion_table, gold_tags, predict_tags
from rasd.ner.scorer import score, spans_from_tags
from rasd.ner.train import default_data_dir


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("-n", type=int, default=20)
    args = ap.parse_args()
    nlp = load_model(args.model)
    corpus = build(default_data_dir())
    print(f"# NER error analysis ({date.today().isoformat()})\n")
    print("Command: `python benchmarks/ner/error_analysis.py`; data: dev splits (docs/ner.md).\n")
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
