"""Split CoNLL tokens the way the run-time tokenizer splits text.

ANERcorp writes ``(د`` and ``أ)``; the rasd tokenizer (``rasd/text/tokenize.py``) gives
``(`` ``د`` and ``أ`` ``)``. Training data and CoNLL input are split with the same rules
so that the model sees at train time what it sees at run time: punctuation is its own
token, numbers keep their separators (``3.5``, ``2,000``), ``لـ«`` gives ``لـ`` ``«``,
URLs, e-mails, hashtags and @handles stay whole, proclitics are not split.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200c\u200d"
_LETTER = r"[^\W\d_]"
_WORD_CHAR = rf"(?:{_LETTER}|[{_MARKS}])"
_PIECE_RE = re.compile(
    rf"""
    (?:https?://|www\.)[^\s<>"«»]+[^\s<>"«».,،:;؛!?؟)\]] |
    [\w.+-]+@[\w-]+(?:\.[\w-]+)+ |
    [#@](?:\w|[{_MARKS}])+ |
    \d+(?:[.,\u066b\u066c]\d+)*(?:%|\u066a)? |
    [A-Za-z]+(?:['\u2019][A-Za-z]+)*(?:-[A-Za-z0-9]+)*(?:\d+[A-Za-z]*)? |
    {_WORD_CHAR}+ |
    \.{{2,}}|… |
    \S
    """,
    re.VERBOSE,
)


@lru_cache(maxsize=100_000)
def split_token(token: str) -> tuple[str, ...]:
    """Pieces of one whitespace-free token; a token with no pieces is returned whole."""
    pieces = tuple(m.group() for m in _PIECE_RE.finditer(token))
    return pieces if pieces else (token,)


def is_punct(piece: str) -> bool:
    """True for pieces that carry no letters or digits (never part of an entity at train time)."""
    return not any(c.isalnum() for c in piece)
