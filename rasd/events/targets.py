"""Who an event targets, found after every trigger is bound: the actor of a condemned event, the owner of a
criticised decision, the pair «بينهما» refers to (docs/events.md §6, "Nouns as arguments of verbs").

Functions take the coder's list of events under construction (:class:`rasd.events.component.Coded`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotations import DocState
from rasd.events.roles import is_place, participant
from rasd.events.view import DocView, Phrase, conj_prefix, noun_phrase

if TYPE_CHECKING:
    from rasd.events.component import Coded


def condemned_events(view: DocView, coded: list[Coded]) -> None:
    """«أدانت الوزارة الهجوم الذي نفذه X»، «استنكرت الأستاذة الاعتداء»: when the object of a condemnation,
    refusal or praise is an event noun, the target is that event's actor, not the event."""
    toks = view.toks
    for e in coded:
        if e.suppressed or e.c.trigger.type not in ("ACCUSE", "SUPPORT", "REJECT") or e.r.a2 is None:
            continue
        inner = next((n for n in coded if n is not e and n.c.nominal and n.c.first == e.r.a2.first), None)
        if inner is None:
            continue
        e.r.a2 = inner.r.a1
        e.r.why = [w for w in e.r.why if not w.startswith("a2 = ")]  # superseded
        e.r.why.append(f"a2 = the actor of the {'condemned' if e.c.trigger.type == 'ACCUSE' else 'targeted'} "
                       f"event «{toks[inner.c.head].text}»" + ("" if inner.r.a1 is not None else " (unknown)"))


def owner_of_the_object(view: DocView, coded: list[Coded]) -> None:
    """«رفض السفير اقتراح أنان»، «انتقد قرار وزارة التربية»: criticising, refusing or praising someone's
    proposal, decision or statement targets its owner — the participant genitive of the object (which
    replaces a thing bound as actor2: «انتقد تصريحات الرئيس الروسي» → الرئيس الروسي)."""
    toks = view.toks
    for e in coded:
        if e.suppressed or e.c.trigger.type not in ("ACCUSE", "REJECT", "SUPPORT"):
            continue
        obj = e.r.theme if e.r.a2 is None else e.r.a2
        if obj is None or obj.first <= e.c.last or obj.last == obj.first or obj.first in view.mention_of \
                or participant(view, Phrase(obj.first, obj.first, obj.start, toks[obj.first].end)):
            continue  # the object's head itself must be a thing (قرار، اقتراح، تصريحات), not a participant
        if any(n.c.first == obj.first for n in coded if n is not e):
            continue  # an event noun object: its actor is handled by _condemned_events
        k = obj.first + 1
        if k in view.date_of or toks[k].key[:1] in "وفب" and conj_prefix(toks[k].text):
            continue
        owner = noun_phrase(view, k, max_len=6)
        if owner is not None and participant(view, owner) and owner.mention is not None or owner is not None \
                and owner.first in view.mention_of and view.mention_of[owner.first].label in ("PER", "ORG", "GPE"):
            e.r.a2 = owner
            e.r.why.append(f"a2 = the owner of «{toks[obj.first].text}» (genitive of the object)")


def dual_pronoun(view: DocView, st: DocState, coded: list[Coded]) -> None:
    """«التنسيق بينهما/بينهم»: the pair is the nearest preceding coordination of two actors (X و Y)."""
    toks = view.toks
    for e in coded:
        if e.suppressed or not e.c.trigger.symmetric or (e.r.a1 is not None and e.r.a2 is not None):
            continue
        j = e.c.last + 1
        if j >= len(toks) or toks[j].key not in ("بينهما", "بينهم"):
            continue
        pair = coordination_before(view, st, e.c.first)
        if pair is not None:
            e.r.a1, e.r.a2 = pair
            e.r.why.append(f"a1, a2 = the pair «{toks[j].text}» refers to (nearest «X و Y» before)")


def coordination_before(view: DocView, st: DocState, i: int) -> tuple[Phrase, Phrase] | None:
    from rasd.events.roles import _phrase_ending_at  # private helper shared with the role binder

    toks = view.toks
    lo = view.sents[toks[i].sent][0]
    for k in range(i - 1, lo, -1):
        t = toks[k]
        bare_and = t.key == "و"
        attached = not bare_and and t.key[:1] == "و" and conj_prefix(t.text).startswith("و")
        if not (bare_and or attached):
            continue
        y = noun_phrase(view, k + 1) if bare_and else noun_phrase(view, k, strip=len(conj_prefix(t.text)))
        b = k - 1
        x = _phrase_ending_at(view, b, lo) if b >= lo else None
        if x is None or y is None or is_place(view, st, x) or is_place(view, st, y):
            continue
        return x, y
    return None
