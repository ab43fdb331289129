"""The document page's view model: highlighted text, events with their marked sentence and sources.

Pure functions of a contract :class:`~rasd.schema.Result`; every HTML fragment comes from
:func:`rasd.serve.highlight.highlight`, which escapes each text segment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from markupsafe import Markup

from rasd.schema import Actor, Attribution, Event, Place, Relation, Result
from rasd.serve.highlight import Mention, Part, count_bidi_controls, highlight, url_id
from rasd.serve.templating import label


@dataclass(frozen=True)
class Source:
    """One link of an attribution chain (outermost first)."""

    text: str
    cue: str
    actor: Optional[str]
    name: Optional[str]


@dataclass(frozen=True)
class EventView:
    event: Event
    sentence_html: Markup
    actor1_name: Optional[str]
    actor2_name: Optional[str]
    place: Optional[Place]
    sources: list[Source]


@dataclass(frozen=True)
class RelationView:
    relation: Relation
    subject_name: str
    object_name: str
    evidence_html: Markup
    sources: list[Source]


@dataclass(frozen=True)
class ActorCount:
    actor: Actor
    mentions: int


@dataclass(frozen=True)
class DocumentView:
    result: Result
    text_html: Markup
    events: list[EventView]
    relations: list[RelationView]
    actors: list[ActorCount]
    places: list[Place]
    bidi_controls: int


def actor_href(actor_id: str) -> str:
    return f"/actors/{url_id(actor_id)}"


def place_href(place_id: str) -> str:
    return f"/events?place={url_id(place_id)}"


def mention_marks(r: Result) -> list[Mention]:
    """One mark per mention span. Mentions sharing a span (coreference resolving «الطرفين» to both sides)
    become one mark whose title names every referent and whose link opens the first."""
    actors = {a.id: a for a in r.actors}
    places = {p.id: p for p in r.places}
    by_span: dict[tuple[int, int], list] = {}
    for m in r.mentions:
        by_span.setdefault((m.start, m.end), []).append(m)
    out = []
    for (start, end), group in by_span.items():
        targets: list[tuple[str, str]] = []  # (href, title piece), in mention order, without repeats
        for m in group:
            if m.actor and m.actor in actors:
                a = actors[m.actor]
                target = (actor_href(a.id), a.name + (f" ({a.code})" if a.code else ""))
            elif m.place and m.place in places:
                target = (place_href(m.place), places[m.place].name)
            else:
                continue
            if target not in targets:
                targets.append(target)
        title = label("label", group[0].label)
        if len(targets) > 1:
            title += " · يحيل إلى: " + "، ".join(t for _, t in targets)
        elif targets:
            title += f" · {targets[0][1]}"
        out.append(Mention(start, end, group[0].label, href=targets[0][0] if targets else None, title=title,
                           referents=len(targets)))
    return out


def event_parts(e: Event) -> list[Part]:
    parts = [Part(e.trigger.start, e.trigger.end, "trigger", e.id)]
    for name in ("actor1", "actor2", "location", "quantity"):
        arg = getattr(e, name)
        if arg is not None:
            parts.append(Part(arg.start, arg.end, name, e.id))
    if e.date is not None and e.date.start is not None and e.date.end is not None:
        parts.append(Part(e.date.start, e.date.end, "date", e.id))
    parts.extend(Part(a.start, a.end, "source", e.id) for a in e.attribution)
    return parts


def sources(chain: list[Attribution], actors: dict[str, Actor]) -> list[Source]:
    return [Source(text=a.text, cue=a.cue, actor=a.actor,
                   name=actors[a.actor].name if a.actor and a.actor in actors else None) for a in chain]


def _sentence_window(r: Result, index: int, parts: list[Part]) -> tuple[int, int]:
    if 0 <= index < len(r.sentences):
        s = r.sentences[index]
        return s.start, s.end
    return min(p.start for p in parts), max(p.end for p in parts)


def document_view(r: Result) -> DocumentView:
    text = r.document.text
    actors = {a.id: a for a in r.actors}
    places = {p.id: p for p in r.places}
    all_parts = [p for e in r.events for p in event_parts(e)]
    events = []
    for e in r.events:
        parts = event_parts(e)
        events.append(EventView(
            event=e, sentence_html=highlight(text, (), parts, window=_sentence_window(r, e.sentence, parts)),
            actor1_name=actors[e.actor1.actor].name if e.actor1 and e.actor1.actor in actors else None,
            actor2_name=actors[e.actor2.actor].name if e.actor2 and e.actor2.actor in actors else None,
            place=places.get(e.location.place) if e.location and e.location.place else None,
            sources=sources(e.attribution, actors)))
    relations = [RelationView(
        relation=rel, subject_name=actors[rel.subject].name if rel.subject in actors else rel.subject,
        object_name=actors[rel.object].name if rel.object in actors else rel.object,
        evidence_html=highlight(text, (), (), window=(rel.evidence.start, rel.evidence.end)),
        sources=sources(rel.attribution, actors)) for rel in r.relations]
    counts: dict[str, int] = {}
    for m in r.mentions:
        if m.actor:
            counts[m.actor] = counts.get(m.actor, 0) + 1
    actor_counts = sorted((ActorCount(actors[a], n) for a, n in counts.items() if a in actors),
                          key=lambda c: (-c.mentions, c.actor.name))
    return DocumentView(result=r, text_html=highlight(text, mention_marks(r), all_parts), events=events,
                        relations=relations, actors=actor_counts, places=sorted(places.values(), key=lambda p: p.name),
                        bidi_controls=count_bidi_controls(text) + count_bidi_controls(r.document.title or ""))
