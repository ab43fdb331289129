"""Safe HTML for hostile article text: highlighted spans, escaped segments, bidi controls neutralized.

Article text is never injected raw. It is cut at span boundaries into segments; each
segment is escaped on its own (``markupsafe.escape``) and wrapped in elements whose
attributes are escaped too. Bidi embedding/override/isolate controls (U+202A–U+202E,
U+2066–U+2069) are removed *for display only* — stored text and offsets are untouched —
so a U+202E in an article cannot reorder the page around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence
from urllib.parse import quote

from markupsafe import Markup, escape

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")

# Event parts, in the order their classes are written.
EVENT_PARTS = ("trigger", "actor1", "actor2", "location", "date", "quantity", "source")


def display_text(text: str) -> str:
    """``text`` with bidi embedding/override/isolate controls removed (display only)."""
    return BIDI_CONTROLS.sub("", text)


def count_bidi_controls(text: str) -> int:
    return len(BIDI_CONTROLS.findall(text))


def safe(text: Optional[str]) -> Markup:
    """Escaped, bidi-neutralized text."""
    return escape(display_text(text or ""))


def bdi(text: Optional[str]) -> Markup:
    """Untrusted text isolated in ``<bdi>`` (names, titles, outlets inside RTL/LTR chrome)."""
    return Markup("<bdi>%s</bdi>") % display_text(text or "")


def url_id(value: str) -> str:
    """An id as one URL path segment (ids may hold ``:`` or ``.``, never a raw ``/``)."""
    return quote(value, safe="")


@dataclass(frozen=True)
class Mention:
    """An entity mention: the outer layer of highlighting (at most one per character)."""

    start: int
    end: int
    label: str
    href: Optional[str] = None
    title: Optional[str] = None
    referents: int = 1  # >1: one phrase naming several actors (e.g. «الطرفين» resolved to both sides)


@dataclass(frozen=True)
class Part:
    """An event part (trigger, role, attribution source): the inner layer; may overlap anything."""

    start: int
    end: int
    part: str  # one of EVENT_PARTS
    event: str  # event id, for grouping in the page


def non_overlapping(mentions: Iterable[Mention]) -> list[Mention]:
    """Mentions left to right, longest first at a tie, dropping any that overlap a kept one."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if m.end > m.start and (not kept or m.start >= kept[-1].end):
            kept.append(m)
    return kept


def _open_mention(m: Mention) -> Markup:
    cls = f"m m-{re.sub(r'[^A-Za-z]', '', m.label) or 'X'}" + (" m-multi" if m.referents > 1 else "")
    title = Markup(' title="%s"') % display_text(m.title) if m.title else Markup("")
    if m.href:
        return Markup('<a class="%s" href="%s"%s>') % (cls, m.href, title)
    return Markup('<mark class="%s"%s>') % (cls, title)


def _close_mention(m: Mention) -> Markup:
    return Markup("</a>") if m.href else Markup("</mark>")


def _part_span(parts: Sequence[Part], segment: Markup) -> Markup:
    """A segment inside event parts. Classes say every role the segment plays in some event; ``data-parts``
    says which role in which event (``e1:actor1 e5:actor2``), so lighting one event shows *its* roles."""
    names = sorted({p.part for p in parts}, key=EVENT_PARTS.index)
    events = sorted({p.event for p in parts})
    pairs = sorted({(p.event, p.part) for p in parts}, key=lambda x: (x[0], EVENT_PARTS.index(x[1])))
    return Markup('<span class="ev %s" data-ev="%s" data-parts="%s">%s</span>') % (
        " ".join(f"ev-{n}" for n in names), " ".join(events), " ".join(f"{e}:{n}" for e, n in pairs), segment)


def highlight(text: str, mentions: Iterable[Mention] = (), parts: Iterable[Part] = (),
              window: Optional[tuple[int, int]] = None) -> Markup:
    """HTML of ``text[window]`` with mentions as links/marks and event parts as spans."""
    lo, hi = window if window else (0, len(text))
    ms = [m for m in non_overlapping(mentions) if m.start >= lo and m.end <= hi]
    ps = [p for p in parts if p.end > p.start and p.start < hi and p.end > lo]
    cuts = {lo, hi}
    for m in ms:
        cuts.update((m.start, m.end))
    for p in ps:
        cuts.update((max(p.start, lo), min(p.end, hi)))
    bounds = sorted(cuts)
    starts = {m.start: m for m in ms}
    ends = {m.end: m for m in ms}
    out: list[Markup] = []
    for a, b in zip(bounds, bounds[1:]):
        if a in ends:
            out.append(_close_mention(ends[a]))
        if a in starts:
            out.append(_open_mention(starts[a]))
        seg = safe(text[a:b])
        covering = [p for p in ps if p.start <= a and p.end >= b]
        out.append(_part_span(covering, seg) if covering else seg)
    if hi in ends:
        out.append(_close_mention(ends[hi]))
    return Markup("").join(out)
