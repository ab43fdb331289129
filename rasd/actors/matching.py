"""Dictionary matching on normalized token keys, shared by actors, agents, places and coreference.

A name is a tuple of token keys (:func:`name_key`: the same tokenizer and
:func:`~rasd.text.normalize.normalize_key` as the text, punctuation dropped), so
``هيئه تحرير الشام`` meets ``هيئة تحرير الشام``. Matching runs over a per-document
:class:`TokenView` (keys computed once), longest match first; a proclitic on the first
token (``وطالبان``, ``للنصرة``, ``بالنصرة``) is tried when the token itself does not match;
quotes and dashes inside a name are skipped (``داعش – خراسان``). A hashtag, one token for the
tokenizer, is seen as its words (``#الجيش_الإسرائيلي`` -> ``#`` ``الجيش`` ``_`` ``الإسرائيلي``, each with its
own offsets), so ``#حماس`` links like ``حماس``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Generic, Iterator, Sequence, TypeVar

from spacy.tokens import Doc

from rasd.text.clitics import proclitic_candidates
from rasd.text.normalize import normalize_key
from rasd.text.tokenize import iter_tokens

T = TypeVar("T")

# Tokens a name may run across without breaking the match (``_`` joins the words of a hashtag; ``#`` marks a
# word inside a name: يحيى #السنوار, حركة #حماس).
TRANSPARENT = frozenset({"-", "\u0640", "_", "#"})
QUOTES = frozenset({'"', "'"})


def _is_word(key: str) -> bool:
    return bool(key) and key[0].isalnum()


def name_key(name: str) -> tuple[str, ...]:
    """The token-key sequence a name is matched by (normalized, punctuation dropped)."""
    return tuple(k for _, _, t in iter_tokens(name) if _is_word(k := normalize_key(t)))


@dataclass
class NameIndex(Generic[T]):
    """Key tuples -> payloads, with the set of proper prefixes so scans stop early."""

    entries: dict[tuple[str, ...], list[T]] = field(default_factory=dict)
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    max_len: int = 0

    def add(self, key: tuple[str, ...], payload: T) -> None:
        if not key:
            return
        self.entries.setdefault(key, []).append(payload)
        for n in range(1, len(key)):
            self.prefixes.add(key[:n])
        self.max_len = max(self.max_len, len(key))

    def get(self, key: tuple[str, ...]) -> list[T]:
        return self.entries.get(key, [])

    def __contains__(self, key: tuple[str, ...]) -> bool:
        return key in self.entries

    def __len__(self) -> int:
        return len(self.entries)


@dataclass
class TokenView:
    """The doc's non-space tokens with their keys, computed once per document."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    keys: list[str]
    words: list[bool]
    sent_starts: list[bool]

    def __len__(self) -> int:
        return len(self.keys)

    def token_at(self, char: int) -> int | None:
        """Index of the token containing ``char`` (binary search)."""
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.ends[mid] <= char:
                lo = mid + 1
            else:
                hi = mid
        return lo if lo < len(self.starts) and self.starts[lo] <= char else None

    def prev_word(self, i: int) -> int | None:
        """Previous word token before ``i`` in the same sentence, skipping quotes/dashes only."""
        j = i
        while True:
            if self.sent_starts[j]:
                return None
            j -= 1
            if j < 0:
                return None
            if self.words[j]:
                return j
            if self.keys[j] not in QUOTES and self.keys[j] not in TRANSPARENT:
                return None

    def next_word(self, i: int) -> int | None:
        """Next word token after ``i`` in the same sentence, skipping quotes/dashes only."""
        j = i + 1
        while j < len(self.keys) and not self.words[j] and (self.keys[j] in QUOTES or self.keys[j] in TRANSPARENT):
            j += 1
        if j >= len(self.keys) or not self.words[j] or self.sent_starts[j]:
            return None
        return j

    def inside_hashtag(self, i: int) -> bool:
        """Token ``i`` is followed by more words of the same hashtag (``_`` right after it)."""
        j = i + 1
        return j < len(self.keys) and self.keys[j] == "_" and self.starts[j] == self.ends[i]

    def quotes_between(self, i: int, j: int) -> int:
        """Number of quote tokens strictly between tokens ``i`` and ``j``."""
        return sum(1 for k in range(i + 1, j) if self.keys[k] in QUOTES)

    def quoted(self, i: int, j: int) -> bool:
        """Tokens ``i..j`` stand between quotes (``«الهيئة»``)."""
        return i > 0 and j + 1 < len(self.keys) and self.keys[i - 1] in QUOTES and self.keys[j + 1] in QUOTES


def whole_hashtag(view: TokenView, hit: "Hit") -> bool:
    """The name is a hashtag by itself (``#غزة``, ``#قطاع_غزة``, not ``#حرب_غزة``): a writer's deliberate
    tag, so the name is meant, not a common word that happens to spell it."""
    f = hit.first
    starts_tag = f > 0 and view.texts[f - 1] == "#" and view.ends[f - 1] == view.starts[f]
    return starts_tag and not view.inside_hashtag(hit.last)


def after_definite_noun(view: TokenView, hit: "Hit", exempt: frozenset[str] = frozenset()) -> bool:
    """A one-word definite name right after a definite word reads as its adjective:
    ``الشرق الأقصى`` (the Far East, not al-Aqsa), ``الصراع المسلح`` (armed conflict, not gunmen)."""
    if hit.first != hit.last or hit.clitic or not view.keys[hit.first].startswith("ال"):
        return False
    p = view.prev_word(hit.first)
    if p is None or view.keys[p] in exempt or any(view.keys[k] not in QUOTES for k in range(p + 1, hit.first)):
        return False
    k = view.keys[p]
    return k.startswith("ال") or any(stem.startswith("ال") and len(stem) > 3 for _, stem in clitic_variants(k))


def token_view(doc: Doc) -> TokenView:
    """The doc's :class:`TokenView`, cached in ``doc.user_data``."""
    view = doc.user_data.get("rasd.tokens")
    if view is None or len(view.starts) and view.ends[-1] > len(doc.text):
        starts, ends, texts, keys, words, sents = [], [], [], [], [], []
        for t in doc:
            if t.is_space:
                continue
            first = bool(t.is_sent_start) and t.i > 0
            for start, end in hashtag_parts(t.text):
                k = _key(t.text[start:end])
                starts.append(t.idx + start)
                ends.append(t.idx + end)
                texts.append(t.text[start:end])
                keys.append(k)
                words.append(_is_word(k))
                sents.append(first)
                first = False
        view = TokenView(starts, ends, texts, keys, words, sents)
        doc.user_data["rasd.tokens"] = view
    return view


@lru_cache(maxsize=100_000)
def hashtag_parts(token: str) -> tuple[tuple[int, int], ...]:
    """``[start, end)`` parts of a token for the view: the token itself, or for a hashtag its ``#``, its
    words and the ``_`` between them (``#قطاع_غزة`` -> ``#`` ``قطاع`` ``_`` ``غزة``)."""
    if len(token) < 2 or token[0] != "#":
        return ((0, len(token)),)
    parts = [(0, 1)]
    pos = 1
    for word in token[1:].split("_"):
        if word:
            parts.append((pos, pos + len(word)))
        pos += len(word)
        if pos < len(token):
            parts.append((pos, pos + 1))
            pos += 1
    return tuple(parts)


@lru_cache(maxsize=100_000)
def _key(text: str) -> str:
    return normalize_key(text)


@lru_cache(maxsize=100_000)
def clitic_variants(key: str) -> tuple[tuple[str, str], ...]:
    """(proclitic, stem key) readings of a token key, without the bare reading, shortest prefix first.

    The article is never stripped (names carry it: ``النصرة``); ``لل`` restores it (``للنصرة``).
    """
    return tuple((c.prefix, c.key) for c in proclitic_candidates(key) if not c.strips_article)


@dataclass(frozen=True)
class Hit(Generic[T]):
    """A dictionary match: tokens ``first..last``, chars ``[start, end)`` without the proclitic."""

    first: int
    last: int
    start: int
    end: int
    key: tuple[str, ...]
    payloads: tuple[T, ...]
    clitic: str  # the stripped proclitic surface, "" if none


def surface_offset(text: str, prefix_key: str) -> int:
    """Offset in the surface token where the stem starts, given the proclitic's key letters."""
    if not prefix_key:
        return 0
    n = 0
    for i, ch in enumerate(text):
        if n >= len(prefix_key):
            # tatweel and marks after the clitic (لـ, بِـ) belong to the prefix
            if _key(ch) == "":
                continue
            return i
        n += len(_key(ch))
    return len(text)


def match_at(view: TokenView, i: int, index: NameIndex, clitics: bool = True) -> Hit | None:
    """The longest entry of ``index`` starting at token ``i`` (bare reading preferred on ties)."""
    keys = view.keys
    if not view.words[i]:
        return None
    readings = [("", keys[i])]
    if clitics:
        readings += clitic_variants(keys[i])
    best: Hit | None = None
    entries, prefixes = index.entries, index.prefixes
    for prefix, first in readings:
        seq = (first,)
        j = last = i
        quotes = 0
        tagged = False  # the match entered a hashtag (يحيى #السنوار)
        found: tuple[int, tuple[str, ...]] | None = None
        while True:
            # «حركة طالبان» yes, حركة «طالبان no; a name entering a hashtag takes all of it: مجلس #الاتحاد_الأوروبي
            # is not مجلس الاتحاد
            if seq in entries and quotes % 2 == 0 and not (tagged and view.inside_hashtag(last)):
                found = (last, seq)
            if seq not in prefixes:
                break
            j = view.next_word(last)
            if j is None:
                break
            quotes += view.quotes_between(last, j)
            tagged = tagged or "#" in keys[last + 1:j]
            seq = seq + (keys[j],)
            last = j
        if found is not None and (best is None or found[0] > best.last):
            end_tok, key = found
            start = view.starts[i] + surface_offset(view.texts[i], prefix)
            best = Hit(i, end_tok, start, view.ends[end_tok], key, tuple(entries[key]),
                       view.texts[i][:start - view.starts[i]])
    return best


def scan(view: TokenView, index: NameIndex, clitics: bool = True,
         same: Callable[[Any], str] | None = None) -> Iterator[Hit]:
    """Longest non-overlapping matches, left to right. A longer match starting inside a match wins; with ``same``
    (the payload's identity), a match reaching past this one that names the same thing is merged with it
    («خادم الحرمين الشريفين الملك سلمان» + «سلمان بن عبدالعزيز آل سعود»: one name)."""
    if not index.entries:
        return
    entries, prefixes = index.entries, index.prefixes
    n = len(view)
    i = 0
    keys = view.keys
    while i < n:
        k = keys[i]
        # fast reject: neither the token nor any clitic reading starts a name
        if (k,) not in entries and (k,) not in prefixes and not (
                clitics and any((s,) in entries or (s,) in prefixes for _, s in clitic_variants(k))):
            i += 1
            continue
        hit = match_at(view, i, index, clitics)
        if hit is None:
            i += 1
            continue
        inner = [h for k in range(hit.first + 1, hit.last + 1)
                 if (h := match_at(view, k, index, clitics)) is not None and h.last > hit.last]
        longer = next((h for h in inner if h.last - h.first > hit.last - hit.first), None)
        if longer is not None:
            i = longer.first  # «الشيخ | تميم بن حمد آل ثاني»: a longer name starting inside this one wins
            continue
        if same is not None:
            for h in sorted(inner, key=lambda h: -h.last):  # the one reaching farthest
                ids = {same(p) for p in h.payloads}
                shared = tuple(p for p in hit.payloads if same(p) in ids)
                if shared:
                    hit = Hit(hit.first, h.last, hit.start, h.end, tuple(view.keys[hit.first:h.last + 1]), shared, hit.clitic)
                    break
        yield hit
        i = hit.last + 1


class SpanIndex:
    """Items with spans for "which overlap [start, end)" queries: a scan of every item per query is
    quadratic on long documents. An item's span is ``(item.start, item.end)`` unless ``span`` says otherwise.
    ``slack`` allows items whose spans move by up to that many characters after indexing (the linker
    extends or trims NER spans); callers check the live spans."""

    def __init__(self, items: Sequence, slack: int = 0, span: Callable[[Any], tuple[int, int]] | None = None) -> None:
        self.items = list(items)
        spans = [span(x) if span else (x.start, x.end) for x in self.items]
        self._order = sorted(range(len(self.items)), key=lambda i: spans[i][0])
        self._starts = [spans[i][0] for i in self._order]
        self._reach = max((e - s for s, e in spans), default=0) + slack
        self._slack = slack

    def near(self, start: int, end: int) -> list:
        """Items that may overlap ``[start, end)``, in their original order (a superset: filter on the spans)."""
        lo = bisect_left(self._starts, start - self._reach)
        hi = bisect_right(self._starts, end + self._slack)
        return [self.items[i] for i in sorted(self._order[lo:hi])]
