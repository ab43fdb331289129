"""Proclitic analysis for matching: و ف ب ل ك ال لل and their combinations, and لـ.

A split is proposed only when the remainder is a *known* word or name (the caller
says what is known: registry names, trigger forms, or corpus word counts), so
``وطالبان`` -> ``و`` + ``طالبان`` but ``وزير`` stays whole (``زير`` is not known).
``للنصرة`` is ``ل`` + ``النصرة`` with the article's alef elided: its stem span is
``نصرة`` and its lookup key restores ``النصرة``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable

from rasd.errors import DataFileError
from rasd.text.normalize import KEY_STEPS, key_table

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_MIN_STEM = 2

_LIGHT_STEPS = ("format", "diacritics", "tatweel")


def light_form(word: str) -> str:
    """Word without diacritics, tatweel and format marks (hamza/alef/ة/ى kept)."""
    return word.translate(key_table(_LIGHT_STEPS))


@dataclass(frozen=True)
class CliticSplit:
    """``word[:offset]`` are proclitics; ``word[offset:]`` is the stem; ``key`` is looked up."""

    prefix: str
    stem: str
    key: str
    offset: int
    strips_article: bool = False


def proclitic_candidates(word: str) -> list[CliticSplit]:
    """All structurally possible proclitic splits, shortest prefix first.

    Combinations: (و|ف)? (ب|ل|ك)? (ال)?, and (و|ف)? لل (ل + article).
    Tatweel after a clitic (``لـ``, ``بـ``) belongs to the prefix.
    """
    out: list[CliticSplit] = []
    seen: set[int] = set()

    def add(prefix_len: int, key_prefix: str = "", strips_article: bool = False) -> None:
        end = prefix_len
        while end < len(word) and word[end] == "\u0640":
            end += 1
        stem = word[end:]
        if len(stem) < _MIN_STEM or end in seen and not key_prefix:
            return
        seen.add(end)
        out.append(CliticSplit(word[:end], stem, key_prefix + stem, end, strips_article))

    for conj in _CONJ:
        for prep in _PREP:
            p = conj + prep
            if p and word.startswith(p):
                add(len(p))
            if word.startswith(p + "ال"):
                add(len(p) + 2, strips_article=True)
        if word.startswith(conj + "لل") and len(word) > len(conj) + 2:
            # لل + stem: ل + (ا)ل + stem; the stem is looked up with its article.
            add(len(conj) + 2, key_prefix="ال")
    out.sort(key=lambda c: (c.offset, c.key != "ال" + c.stem))
    return out


def split_proclitics(word: str, is_known: Callable[[str], bool]) -> CliticSplit | None:
    """The shortest proclitic split whose key ``is_known``, unless ``word`` itself is known."""
    if is_known(word):
        return None
    for cand in proclitic_candidates(word):
        if is_known(cand.key):
            return cand
    return None


# -- corpus word counts as a general "known word" test ---------------------------

@lru_cache(maxsize=1)
def word_counts() -> dict[str, int]:
    """Light-form word counts from ANT Corpus (see ``rasd/data/text/wordfreq.tsv``)."""
    ref = resources.files("rasd.data").joinpath("text/wordfreq.tsv")
    counts: dict[str, int] = {}
    for lineno, line in enumerate(ref.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#") or line.startswith("word\t"):
            continue
        word, sep, count = line.partition("\t")
        if not sep or not count.isdigit():
            raise DataFileError(str(ref), lineno, "expected word<TAB>count")
        counts[word] = int(count)
    return counts


def corpus_split(word: str, min_count: int = 3, ratio: float = 2.0) -> CliticSplit | None:
    """Strip conjunctions and prepositions (never the article) when the stem is a
    frequent word, clearly more frequent than ``word`` itself; the longest such prefix wins.

    ``وعبدالله`` -> ``و`` + ``عبدالله``; ``ولسوريا`` -> ``ول`` + ``سوريا``;
    ``وليد``, ``وزير``, ``فيصل`` stay whole.
    """
    counts = word_counts()
    w = light_form(word)
    whole = counts.get(w, 0)
    best = None
    for cand in proclitic_candidates(w):
        if cand.strips_article:
            continue
        c = counts.get(cand.key, 0)
        if c >= min_count and c >= ratio * max(whole, 1):
            best = cand
    return _remap(word, best) if best else None


def _remap(word: str, cand: CliticSplit) -> CliticSplit:
    """Translate a split found on ``light_form(word)`` back to ``word``'s own characters."""
    if light_form(word) == word:
        return cand
    n = 0
    for i, ch in enumerate(word):
        if n == len(cand.prefix):
            # skip marks that still belong to the prefix (e.g. a shadda on the clitic)
            while i < len(word) and light_form(word[i]) == "":
                i += 1
            return CliticSplit(word[:i], word[i:], cand.key, i, cand.strips_article)
        if light_form(ch):
            n += len(light_form(ch))
    return cand


__all__ = [
    "CliticSplit",
    "KEY_STEPS",
    "corpus_split",
    "light_form",
    "proclitic_candidates",
    "split_proclitics",
    "word_counts",
]
