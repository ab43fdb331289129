"""Harmonized training corpus, the dev split, and CoNLL-token <-> model-piece mapping.

Dev (never trained on, used for every choice): the last 10% of ANERcorp train by
sentence order, three whole AQMAR articles and the Wojood sample's val part.
ANERcorp repeats some passages: train sentences sharing a normalized 8-token sequence
(or, if shorter, their whole text) with a dev sentence are removed from train (counted in
``Corpus.removed_duplicates``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from rasd.ner.conll import Sentence
from rasd.ner.corpus import read_anercorp, read_aqmar, read_wojood, refine_anercorp, sentence_key
from rasd.ner.scorer import spans_from_tags, tags_from_spans
from rasd.ner.subtok import is_punct, split_token

DEV_FRACTION = 0.10
AQMAR_DEV_ARTICLES = ("Damascus", "Raul_Gonzales", "Linux")


@dataclass
class Corpus:
    """Sentences with rasd IOB2 tags over original tokens (``-`` = unknown)."""

    train: dict[str, list[Sentence]] = field(default_factory=dict)  # by source
    dev: dict[str, list[Sentence]] = field(default_factory=dict)
    dev_anercorp_original: list[Sentence] = field(default_factory=list)  # PERS/LOC/ORG/MISC gold
    removed_duplicates: int = 0


def build(data: Path) -> Corpus:
    """Read every source and split train/dev (see module doc)."""
    ane = read_anercorp(data)
    refined, _ = refine_anercorp(ane, data)
    cut = len(ane) - round(len(ane) * DEV_FRACTION)
    corpus = Corpus()
    dev_grams = set().union(*(_grams(s) for s in ane[cut:]))
    train = [s for s in refined[:cut] if not _grams(s) & dev_grams]
    corpus.removed_duplicates = cut - len(train)
    corpus.train["anercorp"] = train
    corpus.dev["anercorp"] = refined[cut:]
    corpus.dev_anercorp_original = ane[cut:]
    aqmar = read_aqmar(data)
    corpus.train["aqmar"] = [s for name, ss in aqmar.items() if name not in AQMAR_DEV_ARTICLES for s in ss]
    corpus.dev["aqmar"] = [s for name in AQMAR_DEV_ARTICLES for s in aqmar[name]]
    corpus.train["wojood"] = read_wojood(data, 0)
    corpus.dev["wojood"] = read_wojood(data, 1)
    return corpus


def _grams(s: Sentence, n: int = 8) -> set[tuple[str, ...]]:
    toks = tuple(sentence_key(s).split(" "))
    if len(toks) <= n:
        return {toks} if len(toks) >= 4 else set()
    return {toks[i : i + n] for i in range(len(toks) - n + 1)}


@dataclass(frozen=True)
class Pieces:
    """Model tokens of one CoNLL sentence and, for each, the index of its CoNLL token."""

    words: tuple[str, ...]
    owner: tuple[int, ...]


def to_pieces(tokens: Sequence[str]) -> Pieces:
    words: list[str] = []
    owner: list[int] = []
    for i, tok in enumerate(tokens):
        for piece in split_token(tok):
            words.append(piece)
            owner.append(i)
    return Pieces(tuple(words), tuple(owner))


def piece_tags(sentence: Sentence, pieces: Pieces) -> list[str]:
    """Project token-level IOB2 tags (with ``-`` unknown) onto pieces.

    An entity covers its tokens' pieces minus leading/trailing punctuation pieces
    (``(د`` B-ORG -> ``(`` O, ``د`` B-ORG)."""
    n = len(pieces.words)
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for k, o in enumerate(pieces.owner):
        first.setdefault(o, k)
        last[o] = k
    spans = []
    for st, en, typ in spans_from_tags([t if t != "-" else "O" for t in sentence.tags]):
        a, b = first[st], last[en - 1] + 1
        while a < b and is_punct(pieces.words[a]):
            a += 1
        while b > a and is_punct(pieces.words[b - 1]) and not _closes(pieces.words, a, b - 1):
            b -= 1
        if a < b:
            spans.append((a, b, typ))
    tags = tags_from_spans(n, spans)
    for k, o in enumerate(pieces.owner):
        if sentence.tags[o] == "-":
            tags[k] = "-"
    return tags


_PAIRS = {")": "(", "]": "[", "»": "«"}


def _closes(words: Sequence[str], a: int, k: int) -> bool:
    """True if ``words[k]`` closes a bracket opened inside ``words[a:k]`` (``عام ( 1948 )``)."""
    opener = _PAIRS.get(words[k])
    return opener is not None and words[a:k].count(opener) > words[a:k].count(words[k])


def token_spans(pieces: Pieces, spans: Sequence[tuple[int, int, str]], n_tokens: int) -> list[tuple[int, int, str]]:
    """Map piece-level entity spans back to CoNLL-token spans (first entity wins a shared token)."""
    out = []
    used: set[int] = set()
    for a, b, typ in sorted(spans):
        st, en = pieces.owner[a], pieces.owner[b - 1] + 1
        if used.intersection(range(st, en)):
            continue
        used.update(range(st, en))
        out.append((st, en, typ))
    return out
