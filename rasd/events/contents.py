"""Rule 8 (docs/events.md): what is requested, refused, threatened, promised or traded is not a separate event.

Split from component.py. ``suppress_contents`` marks the complements of REQUEST/REJECT/THREATEN/AGREE triggers;
``deal_terms`` marks the terms of a deal, offer or negotiation («صفقة لتبادل الأسرى»، «مقابل إطلاق سراح …»)
whether or not the deal noun itself is coded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events import lexicon as lx
from rasd.events import senses
from rasd.events.view import DocView, conj_prefix

if TYPE_CHECKING:
    from rasd.events.component import Coded

CONTENT_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE"})  # their complements are not events
TRADED = frozenset({"RETREAT", "CONCEDE"})  # releases, exchanges, ceasefires; «اتفاقية للتعاون» stays COOPERATE
DEAL_REACH = 6  # tokens from a deal noun to the event noun that states its term
_STIPULATE = frozenset({"ينص", "تنص", "يتضمن", "تتضمن", "يشمل", "تشمل", "تبدا", "يبدا"})


def suppress_contents(view: DocView, coded: list[Coded]) -> None:
    """Rule 8: what is requested, refused, threatened or promised is not a separate event."""
    toks = view.toks
    for k, a in enumerate(coded):
        if a.c.trigger.type not in CONTENT_TYPES or a.suppressed:
            continue
        for b in coded[k + 1:]:
            gap = b.c.first - a.c.last - 1
            if gap > 10 or toks[b.c.first].sent != toks[a.c.first].sent:
                break
            prev = toks[b.c.first - 1].key if b.c.first > 0 else ""
            marked = b.c.split.prep in ("ب", "ل") or prev in ("الي", "عن", "ان", "علي", "بان", "من") \
                or support_masdar_pp(toks[b.c.first - 1])
            vso_object = a.c.verbal and b.c.nominal and any(
                x is not None and x.first > a.c.last and b.c.first == x.last + 1 for x in (a.r.a1, a.r.a2))
            # «رفضت كوريا الشمالية الاجتماع»، «طالبت ألمانيا من روسيا سحب قواتها»
            complement = b.c.verbal and any(toks[j].key in ("ان", "بان", "انه", "بانه", "انها", "بانها", "وان", "وبان")
                                            and toks[j - 1].key not in ("بعد", "قبل", "منذ", "رغم", "بمجرد")
                                            for j in range(a.c.last + 1, b.c.first)) \
                and not any(toks[j].key in lx.lexicon().word_class("clause_break") for j in range(a.c.last + 1, b.c.first))
            if (gap == 0 and b.c.nominal) or vso_object or complement \
                    or (marked and toks[b.c.first].clause - toks[a.c.last].clause <= 1):
                b.suppressed = f"content of the {a.c.trigger.type} trigger «{toks[a.c.head].text}» (rule 8)"
                if a.c.trigger.type == "THREATEN" and a.r.a2 is None and b.r.a2 is not None:
                    a.r.a2 = b.r.a2  # «هدد بقتل الخونة»: the threatened are the patients of the content
                    a.r.why.append(f"a2 = the patient of the threatened «{toks[b.c.head].text}»")
                senses.joined_contents(view, coded, b, f"content of the {a.c.trigger.type} trigger «{toks[a.c.head].text}» (rule 8)")
                break


def support_masdar_pp(t) -> bool:
    """«بإجراء محاكمة»، «لعقد محادثات»: ب/ل + a support verb's masdar introduces a content noun."""
    pre = conj_prefix(t.text)
    if not pre.endswith(("ب", "ل")):
        return False
    rest = t.key[len(pre):]
    rest = rest[2:] if rest.startswith("ال") else rest
    return rest in lx.support_masdars()


def _deal_noun(view: DocView, j: int) -> bool:
    k = view.toks[j].key
    k = k[len(conj_prefix(view.toks[j].text)):] if k[:1] in "وفبل" else k
    deals = lx.lexicon().word_class("deal_noun")
    return k in deals or k.startswith("ال") and k[2:] in deals


def deal_terms(view: DocView, coded: list[Coded]) -> None:
    """«صفقة جديدة لتبادل الأسرى»، «اتفاق لإطلاق سراح رهائن»، «عرض … ينص على وقف إطلاق النار مقابل إطلاق سراح
    الأسرى»: an event noun that states a term of a deal, offer or negotiation (after ل/ب, a stipulating verb, or
    «مقابل») is part of what is traded, not an event of its own."""
    toks = view.toks
    for b in coded:
        if b.suppressed or not b.c.nominal or b.c.trigger.type not in TRADED:
            continue
        i = b.c.first
        prev = toks[i - 1].key if i > 0 and toks[i - 1].sent == toks[i].sent else ""
        if prev == "مقابل" or prev == "ومقابل":
            b.suppressed = "a term of an exchange («مقابل»)"
            continue
        marked = b.c.split.prep in ("ب", "ل") or prev in ("علي", "الي")
        if not marked:
            continue
        for j in range(i - 1, max(i - 1 - DEAL_REACH, -1), -1):
            t = toks[j]
            if t.sent != toks[i].sent or t.key in lx.lexicon().word_class("clause_break") or t.text in (".", "؛", ":"):
                break
            if _deal_noun(view, j) or t.key in _STIPULATE and j + 1 <= i:
                b.suppressed = f"a term of the deal or offer «{t.text}» (rule 8)"
                break
