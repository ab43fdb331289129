"""CoNLL reading and writing that keeps the input's line structure exactly.

Input: one token per line, the token is the first whitespace-separated column, other
columns are ignored (a second column, when present, is read as the tag); a blank or
whitespace-only line is a sentence break. UTF-8 with or without BOM, CRLF or LF,
trailing spaces and a missing final blank line are all accepted. Output has one line
per input token line and one blank line per input blank line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

# Characters Python does not treat as whitespace but that make a line look empty.
_INVISIBLE = "\ufeff"


@dataclass(frozen=True)
class Sentence:
    """Tokens of one sentence, their tags (empty when the input had none) and input line numbers."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...] = ()
    lines: tuple[int, ...] = ()

    def __len__(self) -> int:
        return len(self.tokens)


@dataclass
class ConllDocument:
    """A CoNLL file as a sequence of lines: each line is a token index or ``None`` (blank)."""

    sentences: list[Sentence] = field(default_factory=list)
    layout: list[tuple[int, int] | None] = field(default_factory=list)  # (sentence, token) per line

    @property
    def n_tokens(self) -> int:
        return sum(len(s) for s in self.sentences)


def parse_conll(text: str) -> ConllDocument:
    """Parse CoNLL text (see module doc) into sentences and the exact line layout."""
    if text.startswith(_INVISIBLE):
        text = text[1:]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final newline does not start a line
    doc = ConllDocument()
    toks: list[str] = []
    tags: list[str] = []
    nums: list[int] = []

    def close() -> None:
        if toks:
            doc.sentences.append(Sentence(tuple(toks), tuple(tags) if all(tags) else (), tuple(nums)))
            toks.clear()
            tags.clear()
            nums.clear()

    for i, line in enumerate(lines):
        cols = line.strip(_INVISIBLE).split()
        if not cols:
            close()
            doc.layout.append(None)
            continue
        doc.layout.append((len(doc.sentences), len(toks)))
        toks.append(cols[0])
        tags.append(cols[-1] if len(cols) > 1 else "")
        nums.append(i + 1)
    close()
    return doc


def read_conll(path: str | Path) -> ConllDocument:
    """Read a CoNLL file; raises ``ValueError`` naming the file when it is not UTF-8."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValueError(f"{path}: not UTF-8 text ({err})") from err
    return parse_conll(text)


def format_conll(doc: ConllDocument, tags: Sequence[Sequence[str]]) -> str:
    """``token<TAB>tag`` lines following ``doc.layout``; ``tags[i][j]`` tags token j of sentence i."""
    if len(tags) != len(doc.sentences):
        raise ValueError(f"got tags for {len(tags)} sentences, document has {len(doc.sentences)}")
    out: list[str] = []
    for entry in doc.layout:
        if entry is None:
            out.append("")
        else:
            s, t = entry
            out.append(f"{doc.sentences[s].tokens[t]}\t{tags[s][t]}")
    return "\n".join(out) + "\n" if out else ""


def format_sentences(sentences: Iterable[Sentence]) -> str:
    """Plain ``token<TAB>tag`` CoNLL with one blank line after each sentence."""
    out: list[str] = []
    for s in sentences:
        out.extend(f"{tok}\t{tag}" for tok, tag in zip(s.tokens, s.tags))
        out.append("")
    return "\n".join(out) + ("\n" if out else "")
