"""Sentence splitting tuned to Arabic news.

Split after ``.`` ``؟`` ``?`` ``!`` (and any closing quotes or brackets that follow)
and at line breaks; never after a one-letter abbreviation such as ``د.`` (doctor)
or ``م.`` (engineer / AD) when the line goes on, and never inside numbers (the
tokenizer keeps ``3.5`` whole).
"""

from __future__ import annotations

from typing import Sequence

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from rasd.text.tokenize import token_spans

_ENDERS = frozenset({".", "؟", "?", "!"})
_CLOSERS = frozenset({"»", '"', "”", "’", "'", ")", "]", "›"})
# Abbreviations written with a period, as separate tokens before the period.
_ABBREVIATIONS = frozenset({"د", "م", "أ", "ا", "ص", "ج", "ق", "ت", "ش", "ه", "هـ", "س", "ب", "ك", "ل", "ع", "Dr", "Mr", "Mrs", "St", "Prof"})


def _is_abbreviation(tokens: Sequence[str], i: int) -> bool:
    """Token i is a period closing an abbreviation (``د.``) and the line goes on."""
    if tokens[i] != "." or i == 0 or tokens[i - 1] not in _ABBREVIATIONS:
        return False
    for j in range(i + 1, len(tokens)):
        if "\n" in tokens[j]:
            return False  # "ب." at the end of a line ends the sentence
        if not tokens[j].isspace():
            return True
    return False


# Unpunctuated text (transcripts, scraped captions, hostile input) would otherwise make one huge
# "sentence", and the later stages work per sentence: a run of words is cut after a clause mark
# once it is long, and hard at the limit. Real news sentences stay far below (the seed's longest: ~80 words).
SOFT_MAX_WORDS = 150
HARD_MAX_WORDS = 300
_CLAUSE_MARKS = frozenset({"،", "؛", ",", ";", ":"})


def sentence_starts(tokens: Sequence[str]) -> list[bool]:
    """``True`` for every token that begins a sentence (whitespace tokens never do)."""
    starts = [False] * len(tokens)
    boundary = True
    i = 0
    n = len(tokens)
    words = 0
    while i < n:
        tok = tokens[i]
        if tok.isspace():
            if "\n" in tok:
                boundary = True
            i += 1
            continue
        if boundary or words >= HARD_MAX_WORDS:
            starts[i] = True
            boundary = False
            words = 0
        words += 1
        if words >= SOFT_MAX_WORDS and tok in _CLAUSE_MARKS:
            boundary = True
        if tok in _ENDERS or (len(tok) > 1 and set(tok) <= _ENDERS):
            if not _is_abbreviation(tokens, i):
                while i + 1 < n and tokens[i + 1] in _CLOSERS | _ENDERS:
                    i += 1
                boundary = True
        i += 1
    return starts


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence, from its first to its last non-space token."""
    spans = token_spans(text)
    words: list[str] = []
    word_spans: list[tuple[int, int]] = []
    pos = 0
    for s, e in spans:
        if s > pos:
            words.append(text[pos:s])
            word_spans.append((pos, s))
        words.append(text[s:e])
        word_spans.append((s, e))
        pos = e
    starts = sentence_starts(words)
    out: list[tuple[int, int]] = []
    cur: list[int] | None = None
    for flag, w, (s, e) in zip(starts, words, word_spans):
        if flag:
            if cur:
                out.append((cur[0], cur[1]))
            cur = [s, e]
        elif cur is not None and not w.isspace():
            cur[1] = e
    if cur:
        out.append((cur[0], cur[1]))
    return out


@Language.component(
    "rasd_sentences",
    assigns=["token.is_sent_start"],
)
def sentences_component(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    starts = sentence_starts([t.text for t in doc])
    # one array write: setting ``token.is_sent_start`` token by token re-checks the whole doc each
    # time (quadratic on a long unpunctuated document)
    flags = numpy.fromiter((1 if flag or i == 0 else -1 for i, flag in enumerate(starts)), dtype="int64",
                           count=len(starts))
    doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))  # -1 wraps, as spaCy's own arrays do
    return doc


def doc_sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Sentence ``[start, end)`` character spans of a processed doc, whitespace trimmed."""
    out = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if toks:
            out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return out
