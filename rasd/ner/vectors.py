"""Floret (subword-hashed) static vectors trained here for the NER model.

Text: ant_corpus_v1.1 (Apache-2.0; title, abstract and body of every record) plus the
NER *training* sentences (never the dev ones). Tokens are split with the run-time rules
(:mod:`rasd.ner.subtok`). floret is needed only at training time; spaCy reads the
resulting floret table natively at run time.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import spacy

ANT_DIR = "ant_corpus_v1.1"
DIM = 100
BUCKET = 50_000
_FIELD = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)


def ant_lines(data: Path) -> list[str]:
    """One line per paragraph of ant_corpus, tokenized like run-time text."""
    from rasd.ner.subtok import split_token

    out = []
    for path in sorted((data / ANT_DIR).glob("ANT_v1.1_*.trec.xml")):
        text = path.read_text(encoding="utf-8")
        for m in _FIELD.finditer(text):
            for para in html.unescape(m.group(2)).split("\n"):
                toks = [p for w in para.split() for p in split_token(w)]
                if len(toks) > 3:
                    out.append(" ".join(toks))
    return out


def build_vectors(data: Path, work: Path, threads: int = 1) -> Path:
    """Train floret vectors and save a spaCy pipeline holding them; returns its path."""
    import floret

    from rasd.ner.dataset import build, to_pieces

    work.mkdir(parents=True, exist_ok=True)
    target = work / "nlp"
    if (target / "vocab" / "vectors").exists():
        return target
    corpus = build(data)
    lines = ant_lines(data)
    for sents in corpus.train.values():
        lines.extend(" ".join(to_pieces(s.tokens).words) for s in sents)
    txt = work / "text.txt"
    txt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    model = floret.train_unsupervised(
        str(txt), model="cbow", mode="floret", dim=DIM, bucket=BUCKET, minn=3, maxn=5, hashCount=2,
        epoch=10, minCount=3, thread=threads, verbose=0,
    )
    vec_path = work / "vectors.floret"
    model.save_floret_vectors(str(vec_path))
    from spacy.training.initialize import convert_vectors

    nlp = spacy.blank("ar")
    convert_vectors(nlp, vec_path, truncate=0, prune=-1, mode="floret")
    nlp.to_disk(target)
    return target
