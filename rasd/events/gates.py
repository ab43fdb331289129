"""Weak senses need their typical participants (split from component.py): movement verbs are MOBILIZE only for an
armed mover, travel verbs a CONSULT visit only for a visitor going to a place, hosting refugees or a facility
receiving people is no meeting; a visit's destination is its host and place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotations import DocState
from rasd.events import lexicon as lx
from rasd.events import nonevents
from rasd.events.places import is_country, is_place, participant
from rasd.events.view import DocView, Phrase, bare_key, conj_prefix, noun_phrase

if TYPE_CHECKING:
    from rasd.events.component import Coded


def words_in(view: DocView, ph: Phrase | None, cls: str) -> bool:
    if ph is None:
        return False
    words = lx.lexicon().word_class(cls)
    for j in range(ph.first, ph.last + 1):
        k = view.toks[j].key
        if k in words or k[2:] in words or k[1:] in words or k[3:] in words:
            return True
    return False


def _armed(view: DocView, ph: Phrase | None) -> bool:
    if ph is None:
        return False
    armed = lx.lexicon().word_class("armed")
    for j in range(ph.first, ph.last + 1):
        k = view.toks[j].key
        if k in armed or k[2:] in armed or k[1:] in armed:
            return True
    return False


def _visitor(view: DocView, ph: Phrase | None) -> bool:
    """An actor that can pay a visit: a linked person/organisation/state, a title or a delegation."""
    if ph is None:
        return False
    if ph.mention is not None and ph.mention.label in ("PER", "ORG", "GPE", "NORP"):
        return True
    lex = lx.lexicon()
    k = view.toks[ph.first].key
    k = k[2:] if k.startswith("ال") else k
    return k in lex.word_class("title") or k in lex.word_class("group") or "ال" + k in lex.word_class("title")


def gate(view: DocView, st: DocState, e: Coded) -> None:
    """Weak senses need their typical participants: movement verbs (انتقل، تحرك) are MOBILIZE only
    for an armed mover (PLOVER: troop moves); travel verbs (سافر، وصل، توجه) are a CONSULT visit
    only for a visitor going to a place."""
    c = e.c
    heads = lx.lexicon().word_class("place_head")
    if c.trigger.type == "CONSULT" and any(words_in(view, x, "hosted_people") for x in (e.r.a1, e.r.a2)):
        c.score = 0.0  # «استقبال اللاجئين»: hosting refugees, patients or tourists is no meeting
        return
    if c.trigger.type == "THREATEN" and c.kind == "present" and all(
            x is not None and x.mention is None and not participant(view, x) for x in (e.r.a1, e.r.a2)):
        c.score = 0.0  # «التصعيد يهدد المفاوضات»: a thing that endangers a thing; no one threatens
        return
    if nonevents.court_conviction(view, c, e.r.a1):
        e.type_override = ("SANCTION", "convict", "116")
        e.why.append("«أدان» by a court: a conviction (SANCTION)")
    if c.trigger.type == "ASSAULT" and _cyber(view, c):
        e.type_override = ("COERCE", "cyber", "170")  # PLOVER: cyber attacks are COERCE cyber, not armed assault
        e.why.append("an electronic attack («إلكتروني/معلوماتي/سيبراني»): COERCE cyber")
    if c.trigger.type == "COERCE" and c.trigger.mode == "seize" and words_in(view, e.r.a1, "militant") \
            and not words_in(view, e.r.a1, "security"):
        e.type_override = ("ASSAULT", None, "190")
        e.why.append("storming/seizure by an armed non-state actor: ASSAULT")
    if c.trigger.type == "CONSULT" and any(
            x is not None and x is not e.r.dest and not is_country(view, st, x)
            and (is_place(view, st, x) or bare_key(view.toks[x.first]) in heads) for x in (e.r.a1, e.r.a2)):
        c.score = 0.0  # «استقبل المستشفى 8 مصابين»: a facility receiving people is no meeting
        return
    if c.trigger.type == "CONSULT" and c.trigger.mode == "visit" and c.trigger.confidence < 0.5:
        if _visitor(view, e.r.a1) and e.r.dest is not None and is_place(view, st, e.r.dest):
            c.score = max(c.score, 0.6)
            e.why.append("travel of an official or delegation to a place: a visit")
        else:
            c.score = 0.0
        return
    if c.trigger.type == "MOBILIZE" and c.trigger.confidence < 0.3:
        if _armed(view, e.r.a1):
            c.score = 0.7
            e.why.append("movement of an armed actor: MOBILIZE")
        else:
            c.score = 0.0


def visit_and_moves(view: DocView, e: Coded) -> None:
    t = e.c.trigger.type
    if e.r.dest is not None:
        if t == "CONSULT" and e.r.a2 is None:
            e.r.a2 = e.r.dest
            e.r.why.append("a2 = the destination of the visit (host)")
        if t in ("CONSULT", "MOBILIZE") and e.r.loc is not e.r.dest:
            e.r.loc = e.r.dest
            e.r.why.append("loc = destination of the move")
    if e.c.trigger.symmetric and e.r.a1 is not None and e.r.a2 is None:
        toks = view.toks
        j = e.r.a1.last + 1
        if j < len(toks) and toks[j].key.startswith("و") and toks[j].sent == toks[e.c.first].sent:
            pre = conj_prefix(toks[j].text)
            if not pre and j in view.mention_of and len(toks[j].key) > 3 and view.mention_of[j].label == "PER":
                pre = "و"  # «شافيز ولوكاشنكو»: a rare name after و is not in the corpus counts
            if pre.startswith("و"):
                ph = noun_phrase(view, j, strip=len(pre))
                if ph is not None:
                    e.r.a2 = ph
                    e.r.why.append("a2 = second conjunct of a symmetric event's subject")


_CYBER = frozenset(lx.nkey(w) for w in (
    "إلكتروني", "الإلكتروني", "إلكترونية", "الإلكترونية", "الكتروني", "الالكتروني", "الكترونية", "الالكترونية",
    "إلكترونيا", "الكترونيا", "معلوماتي", "المعلوماتي", "معلوماتية", "المعلوماتية", "سيبراني", "السيبراني",
    "سيبرانية", "السيبرانية", "التكروني"))


def _cyber(view: DocView, c) -> bool:
    """«هجوم إلكتروني»، «شنت هجمات الكترونية»، «هجوم معلوماتي كبير»: an attack noun qualified as electronic."""
    toks = view.toks
    last = max((c.last,) + tuple(c.consumed))  # «شنت مجموعة من القراصنة هجمات إلكترونية»: after the particle noun
    return any(toks[j].key in _CYBER for j in range(c.first, min(last + 3, len(toks)))
               if toks[j].sent == toks[c.first].sent)
