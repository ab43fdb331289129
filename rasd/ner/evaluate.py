"""Tag CoNLL documents and score them in the rasd or ANERcorp scheme."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Sequence


from rasd.ner.component import load_model, tag_tokens
from rasd.ner.conll import ConllDocument, Sentence
from rasd.ner.scheme import ANERCORP_TO_RASD, RASD_OUTPUT, RASD_TO_ANERCORP
from rasd.ner.scorer import Scores, score, spans_from_tags, tags_from_spans

SCHEMES = ("rasd", "anercorp")


def scheme_map(scheme: str) -> dict[str, str | None]:
    if scheme == "rasd":
        return dict(RASD_OUTPUT)
    if scheme == "anercorp":
        return dict(RASD_TO_ANERCORP)
    raise ValueError(f"unknown scheme {scheme!r}: use one of {', '.join(SCHEMES)}")


def predict_tags(nlp, sentences: Sequence[Sentence], scheme: str) -> list[list[str]]:
    """IOB2 tags per token in the given scheme."""
    mapping = scheme_map(scheme)
    out = []
    for s, spans in zip(sentences, tag_tokens(nlp, [x.tokens for x in sentences])):
        kept = [(a, b, mapping[t]) for a, b, t in spans if mapping.get(t)]
        out.append(tags_from_spans(len(s), kept))
    return out


def detect_scheme(sentences: Sequence[Sentence]) -> str:
    """``anercorp`` when the gold types are within PERS/ORG/LOC/MISC, else ``rasd``."""
    types = {t for s in sentences for _, _, t in spans_from_tags([x if x != "-" else "O" for x in s.tags])}
    return "anercorp" if types <= {"PERS", "ORG", "LOC", "MISC"} else "rasd"


def gold_tags(sentences: Sequence[Sentence], scheme: str, gold_scheme: str | None = None) -> list[list[str]]:
    """Gold tags converted to ``scheme`` (unknown ``-`` tags count as O).

    rasd gold is mapped down to the ANERcorp scheme; ANERcorp gold asked for in the rasd
    scheme is mapped PERS->PER, LOC->GPE (an approximation: LOC/FAC cannot be recovered)."""
    gold_scheme = gold_scheme or detect_scheme(sentences)
    if gold_scheme == scheme:
        mapping = None
    elif gold_scheme == "rasd":
        mapping = scheme_map(scheme)
    else:
        mapping = dict(ANERCORP_TO_RASD)
    out = []
    for s in sentences:
        tags = [t if t != "-" else "O" for t in s.tags] if s.tags else ["O"] * len(s)
        spans = spans_from_tags(tags)
        if mapping is not None:
            spans = [(a, b, mapping.get(t)) for a, b, t in spans]
        if scheme == "rasd":
            spans = [(a, b, t) for a, b, t in spans if t and RASD_OUTPUT.get(t)]
        out.append(tags_from_spans(len(s), [x for x in spans if x[2]]))
    return out


def _drop(tags: list[list[str]], ignore: set[str]) -> list[list[str]]:
    return [tags_from_spans(len(t), [x for x in spans_from_tags(t) if x[2] not in ignore]) for t in tags]


def evaluate(nlp, sentences: Sequence[Sentence], scheme: str, ignore: frozenset[str] = frozenset()) -> Scores:
    """Score the model; types in ``ignore`` (not annotated in that corpus) are removed from gold and prediction."""
    return score(_drop(gold_tags(sentences, scheme), ignore), _drop(predict_tags(nlp, sentences, scheme), ignore))


def scores_dict(s: Scores) -> dict:
    d = {t: {"p": round(100 * v.precision, 2), "r": round(100 * v.recall, 2), "f": round(100 * v.f1, 2),
             "n": v.n_gold} for t, v in sorted(s.per_type.items())}
    d["micro"] = {"p": round(100 * s.micro.precision, 2), "r": round(100 * s.micro.recall, 2),
                  "f": round(100 * s.micro.f1, 2), "n": s.micro.n_gold}
    return d


def dev_report(corpus, model_dir: Path) -> dict:
    """Dev scores: ANERcorp dev in both schemes (original ANERcorp gold for its scheme), AQMAR, Wojood."""
    return dev_report_for(load_model(str(model_dir)), corpus)


def dev_report_for(nlp, corpus) -> dict:
    """ANERcorp has no DATE annotation and AQMAR neither DATE, NORP nor MIS* (unknown): those
    types are left out of the corresponding scores; AQMAR is scored in the 4-type scheme
    (its LOC covers GPE/LOC/FAC)."""
    return {
        "anercorp_dev.anercorp": scores_dict(evaluate(nlp, corpus.dev_anercorp_original, "anercorp")),
        "anercorp_dev.rasd": scores_dict(evaluate(nlp, corpus.dev["anercorp"], "rasd", frozenset({"DATE"}))),
        "aqmar_dev.anercorp": scores_dict(evaluate(nlp, corpus.dev["aqmar"], "anercorp", frozenset({"MISC"}))),
        "wojood_val.rasd": scores_dict(evaluate(nlp, corpus.dev["wojood"], "rasd")),
    }


def confusion_table(s: Scores) -> str:
    labels = sorted({g for g, _ in s.confusion} | {p for _, p in s.confusion})
    rows = ["gold\\pred " + " ".join(f"{x:>6}" for x in labels)]
    for g in labels:
        rows.append(f"{g:<9} " + " ".join(f"{s.confusion.get((g, p), 0):6d}" for p in labels))
    return "\n".join(rows)


def tag_document(doc: ConllDocument, scheme: str, model: str | None = None) -> list[list[str]]:
    return predict_tags(load_model(model), doc.sentences, scheme)


def count_tokens(doc: ConllDocument) -> Counter:
    return Counter(t for s in doc.sentences for t in s.tokens)
