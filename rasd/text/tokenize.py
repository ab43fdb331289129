"""Tokenization of Arabic news text into exact character spans, and a spaCy tokenizer.

Words are runs of letters (with their diacritics, tatweel and zero-width joiners);
punctuation is split off (``طالبان».`` -> ``طالبان`` ``»`` ``.``); numbers keep
their internal separators (``3.5``, ``2,000``, ``٢٠٢٣``); ``لـ«المعارضات»`` gives
``لـ`` ``«`` ``المعارضات`` ``»``; URLs, e-mails, hashtags and @handles stay whole.
Proclitics are *not* split here (see :mod:`rasd.text.clitics`).

spaCy's ``Doc`` keeps every character: whitespace other than a single trailing
space becomes its own token, so ``doc.text == text`` always and token offsets are
offsets into the original.
"""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc
from spacy.vocab import Vocab

# Letters (any script), combining marks, tatweel and joiners can be inside a word.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200c\u200d"
_LETTER = r"[^\W\d_]"
_WORD_CHAR = rf"(?:{_LETTER}|[{_MARKS}])"

_TOKEN_RE = re.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s<>"«»]+[^\s<>"«».,،:;؛!?؟)\]]) |
    (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+) |
    (?P<tag>[#@](?:\w|[{marks}])+) |
    (?P<num>\d+(?:[.,\u066b\u066c]\d+)*(?:%|\u066a)?) |
    (?P<latin>[A-Za-z]+(?:['\u2019][A-Za-z]+)*(?:[-][A-Za-z0-9]+)*(?:\d+[A-Za-z]*)?) |
    (?P<word>{word}+) |
    (?P<ellipsis>\.{{2,}}|…) |
    (?P<other>\S)
    """.format(marks=_MARKS, word=_WORD_CHAR),
    re.VERBOSE,
)


def token_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every non-whitespace token of ``text``."""
    return [m.span() for m in _TOKEN_RE.finditer(text) if not m.group().isspace()]


def iter_tokens(text: str) -> Iterator[tuple[int, int, str]]:
    for start, end in token_spans(text):
        yield start, end, text[start:end]


def words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """Words and trailing-space flags for ``spacy.tokens.Doc`` such that ``doc.text == text``.

    A single ``' '`` after a token is its trailing space; any other whitespace
    (newlines, runs of spaces, tabs, leading whitespace) becomes a whitespace token.
    """
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for start, end in token_spans(text):
        if start > pos:
            _add_gap(text[pos:start], words, spaces)
        words.append(text[start:end])
        spaces.append(False)
        pos = end
    if pos < len(text):
        _add_gap(text[pos:], words, spaces)
    return words, spaces


def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    if words and not spaces[-1] and not words[-1].isspace() and gap[0] == " ":
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        if words and words[-1].isspace() and not spaces[-1]:
            words[-1] += gap  # keep one whitespace token per gap
        else:
            words.append(gap)
            spaces.append(False)


class ArabicTokenizer:
    """A spaCy tokenizer (``nlp.tokenizer``) built on :func:`words_and_spaces`."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # spaCy serializes tokenizers with the pipeline; ours has no state.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "ArabicTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "ArabicTokenizer":
        return self
