"""Acts done on an authority's order (Maghreb legal news): «أذنت النيابة العمومية بالاحتفاظ بهم»، «أذنت النيابة
لوحدات الحرس الوطني بحجز البنادق والاحتفاظ بالأطراف المعنية».

A perfective authorisation verb (word class ``authorize``) + ب + an event noun: the party authorised after ل
performs the act; without one, the authority that ordered it is its actor (as the dev annotators code it). An
imperfective permission (يسمح القانون للشرطة بـ…) is a general rule and is left to ``nonevents.permitted_act``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events import lexicon as lx
from rasd.events.clauses import phrase_ending_at
from rasd.events.roles import participant
from rasd.events.view import DocView, attached_prep, noun_phrase

if TYPE_CHECKING:  # pragma: no cover
    from rasd.events.component import Coded

REACH = 12  # tokens from the authorisation verb to the ordered event noun (its subject and beneficiary between)


def authorised_acts(view: DocView, coded: list[Coded]) -> None:
    toks = view.toks
    verbs = lx.lexicon().word_class("authorize")
    last = None  # the previous authorised act: a noun joined to it by و shares its actor («بحجز … والاحتفاظ»)
    for e in coded:
        c = e.c
        if e.suppressed or not c.nominal or e.r.a1 is not None:
            continue
        if last is not None and c.split.conj == "و" and not c.split.prep and 0 < c.first - last.c.last <= 8 \
                and toks[c.first].sent == toks[last.c.first].sent:
            e.r.a1 = last.r.a1
            e.r.why.append(f"a1 = the actor of the authorised «{toks[last.c.head].text}» it is joined to")
            last = e
            continue
        if c.split.prep != "ب":
            continue
        lo = view.sents[toks[c.first].sent][0]
        for v in range(c.first - 1, max(lo - 1, c.first - 1 - REACH), -1):
            key = toks[v].key
            if key not in verbs and not (key[:1] in "وف" and key[1:] in verbs):
                if toks[v].text in (".", "؛", ":") or key in lx.lexicon().word_class("clause_break"):
                    break
                continue
            actor, why = None, ""
            for j in range(v + 1, c.first):  # «أذنت لوحدات الحرس الوطني بحجز»: the party authorised
                if attached_prep(view, j) == "ل" or toks[j].key.startswith("لل"):
                    ph = noun_phrase(view, j)
                    if participant(view, ph):
                        actor, why = ph, f"a1 = the party «{toks[v].text}» authorises (ل + noun)"
                    break
            if actor is None:
                subj = noun_phrase(view, v + 1) if v + 1 < c.first else None
                if subj is None or subj.last >= c.first or not participant(view, subj):
                    subj = phrase_ending_at(view, v - 1, lo) if v - 1 >= lo else None
                if subj is not None and participant(view, subj):
                    actor, why = subj, f"a1 = the authority that ordered it (subject of «{toks[v].text}»)"
            if actor is not None:
                e.r.a1 = actor
                e.r.why.append(why)
                last = e
            break
