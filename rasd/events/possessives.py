"""Event nouns with a possessive pronoun and no actor yet (split from component.py and senses.py).

«أعلنت الولايات رفضها»: the pronoun names the actor — the speaker the noun is reported by, the previous
event's actor, or the subject of the nearest verb. A transitive masdar (اعتقاله، إيقافهم) takes its
pronoun as the patient instead: «أكد والد العبيدي قبل اعتقاله» — the speaker was arrested.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events import lexicon as lx
from rasd.events.apposition import medium_head
from rasd.events.roles import participant
from rasd.events.senses import patient_genitive
from rasd.events.targets import pronoun_kind
from rasd.events.view import DocView, Phrase, conj_prefix, earlier_in_sentence, is_verb_form, noun_phrase

if TYPE_CHECKING:  # pragma: no cover
    from rasd.events.component import Coded

_BEFORE_AFTER = frozenset(lx.nkey(w) for w in ("قبل", "بعد", "عقب", "إثر", "فور", "منذ", "أثناء", "خلال", "لدى", "عند",
                                                "حين", "إبان"))


def possessive_actor(view: DocView, coded: list[Coded]) -> None:
    """«رفضها»، «هجومها»: an event noun with a possessive pronoun is done by the clause's actor —
    the speaker it is reported by (أعلنت الولايات رفضها) or the previous event's actor."""
    toks = view.toks
    for k, e in enumerate(coded):
        c = e.c
        if e.suppressed or not c.nominal or e.r.a1 is not None or c.first != c.last:
            continue
        if not lx.carries_pronoun(toks[c.first].text, c.split.rest, c.trigger.id):
            continue
        if patient_genitive(c.trigger) and any(toks[j].key in ("انه", "انها", "بانه", "بانها")
                                                      for j in range(max(c.first - 3, 0), c.first)):
            continue  # «أكدت الوزارة أنه بإيقافهم»: the pronoun of a transitive masdar is its patient
        src = e.sources[-1].phrase if e.sources else None
        if src is not None and patient_genitive(c.trigger) and c.first > 0 \
                and toks[c.first - 1].key in _BEFORE_AFTER and src.last < c.first \
                and not (c.first + 1 < len(toks) and toks[c.first + 1].key.startswith("ل")):
            if e.r.a2 is None:  # «أكد والد العبيدي قبل اعتقاله»: the speaker was arrested, not the arrester
                e.r.a2 = src
                e.r.why.append("a2 = the speaker («قبل/بعد» + a transitive masdar with his pronoun: he underwent it)")
            continue
        kind = pronoun_kind(toks[c.first].text, dual="p")  # (a dual owner is checked as a plural)
        if src is not None and (0 <= c.first - src.last <= 4 or 0 <= c.first - src.last <= 12
                                and _adjunct_gap(view, src.last + 1, c.first) <= 3) \
                and _fits(view, src, kind, toks[e.sources[-1].cue_tok]):
            e.r.a1 = src
            e.r.why.append("a1 = the speaker (possessive pronoun on the event noun)")
            continue
        prev = next((p for p in earlier_in_sentence(view, coded, k) if p.r.a1 is not None and not p.suppressed), None)
        if prev is not None and _fits(view, prev.r.a1, kind, toks[prev.c.head] if prev.c.verbal else None):
            e.r.a1 = prev.r.a1
            e.r.why.append("a1 = the preceding event's actor (possessive pronoun on the event noun)")
        elif prev is not None and kind is not None:
            near = _nearest_agreeing(view, c, kind)  # «اتهم السنيورة واشنطن بإعطاء فرصة لإسرائيل لمتابعة عدوانها»
            if near is not None:
                e.r.a1 = near
                e.r.why.append(f"a1 = the nearest earlier participant the pronoun agrees with ({kind})")


def _gender(view: DocView, ph: Phrase, verb=None) -> str | None:
    """m / f / p of a participant: states are feminine (إسرائيل، روسيا); a person's gender is its verb's
    (اتهم / اتهمت); else from the head's ending; None when unclear."""
    m = ph.mention
    if m is not None and m.label == "GPE":
        return "f"
    if m is not None and m.label == "ORG" and m.method != "agent":  # «حماس» is a حركة: a name's gender is unclear
        return "f" if view.toks[ph.first].key.endswith("ه") else None
    if m is not None and m.label == "PER" and m.method != "agent":
        if verb is None:
            return None
        k = verb.key.lstrip("وف")
        return "f" if k.endswith("ت") and not k.endswith(("وت", "ات")) or k[:1] == "ت" else "m"
    head = view.toks[ph.first].key
    if head.endswith(("ين", "ون", "ات")):
        return "p"
    return "f" if head.endswith("ه") else "m"


def _fits(view: DocView, ph: Phrase | None, kind: str | None, verb=None) -> bool:
    """Can the pronoun (m/f/p) refer to ``ph``? Unknown genders fit (only a clear mismatch rules out)."""
    if ph is None or kind is None:
        return ph is not None
    g = _gender(view, ph, verb)
    return g is None or g == kind or kind == "f" and g == "p" and not view.toks[ph.first].key.endswith(("ين", "ون"))


def _nearest_agreeing(view: DocView, c, kind: str) -> Phrase | None:
    toks = view.toks
    lo = view.sents[toks[c.first].sent][0]
    for k in range(c.first - 1, lo - 1, -1):
        ph = noun_phrase(view, k, strip=None)
        if ph is None or ph.first != k or ph.last >= c.first or not participant(view, ph) \
                or ph.mention is not None and ph.mention.label == "NORP" or is_verb_form(toks[k].key, toks[k].text):
            continue
        if _gender(view, ph) == kind:
            return ph
    return None


def _adjunct_gap(view: DocView, a: int, b: int) -> int:
    """Tokens in ``[a, b)`` that are not commas, time words, dates or a «في بيان (لها)» adjunct («أعلنت الكتلة،
    مساء الثلاثاء في بيان، رفضها»)."""
    toks = view.toks
    time = lx.lexicon().word_class("time")
    n, j = 0, a
    while j < b:
        t = toks[j]
        if not t.word or j in view.date_of or t.key in time:
            j += 1
            continue
        if t.key == "في" and j + 1 < b and medium_head(view, j + 1):
            j += 2
            if j < b and toks[j].key in ("له", "لها", "لهم"):
                j += 1
            continue
        n += 1
        j += 1
    return n


def _nearest_subject(view: DocView, c) -> tuple[Phrase, str] | None:
    """The subject of the nearest verb before candidate ``c`` in its sentence (and that verb's text), if it is
    a participant; none across a complement clause (the subject outside it is the speaker)."""
    toks = view.toks
    lo = max(view.sents[toks[c.first].sent][0], c.first - 10)
    for j in range(c.first - 1, lo - 1, -1):
        t = toks[j]
        if t.key in ("ان", "انه", "انها", "بان", "بانه"):
            return None
        if not is_verb_form(t.key, t.text):
            continue
        ph = _verb_subject(view, j)
        return (ph, t.text) if ph is not None and ph.last < c.first else None
    return None


def _verb_subject(view: DocView, j: int) -> Phrase | None:
    """The VSO subject right after verb ``j``: a participant, not a prepositional phrase."""
    ph = noun_phrase(view, j + 1) if j + 1 < len(view.toks) else None
    if ph is None or not participant(view, ph) or any(ch in conj_prefix(view.toks[ph.first].text) for ch in "بلك"):
        return None
    return ph


def possessive_subject(view: DocView, coded: list[Coded]) -> None:
    """«وقال أوباما للصحافيين بعد مباحثاته مع الرئيس الكيني»: an event noun with a possessive pronoun and
    no actor yet is done by the subject of the nearest verb before it in the sentence."""
    toks = view.toks
    for e in coded:
        c = e.c
        if e.suppressed or not c.nominal or e.r.a1 is not None or c.first != c.last:
            continue
        if not lx.carries_pronoun(toks[c.first].text, c.split.rest, c.trigger.id) or patient_genitive(c.trigger):
            continue  # «بإيقافهم»: the pronoun of a transitive masdar is its patient
        found = _nearest_subject(view, c)
        if found is not None:
            e.r.a1 = found[0]
            e.r.why.append(f"a1 = the subject of «{found[1]}» (possessive pronoun on the event noun)")


_DURING = frozenset(lx.nkey(w) for w in ("خلال", "أثناء", "في", "لدى", "إبان"))


def meeting_subject(view: DocView, coded: list[Coded]) -> None:
    """«وأكد الوزير خلال اتصال هاتفي مع نظيره …»: a meeting, call or talks noun in a «خلال/في» adjunct with
    no actor yet has the subject of the verb it qualifies as a participant."""
    toks = view.toks
    for e in coded:
        c = e.c
        if e.suppressed or not c.nominal or e.r.a1 is not None or c.trigger.type != "CONSULT" or c.split.prep:
            continue
        lo = view.sents[toks[c.first].sent][0]
        opening = [t.key for t in toks[lo:c.first] if t.word]  # «وبعد سلسلة من المحادثات مع …، أعلن X»
        fronted = 1 <= len(opening) <= 4 and opening[0].lstrip("و") in _OPENERS
        if not fronted and (c.first == 0 or toks[c.first - 1].key not in _DURING):
            continue
        found = _nearest_subject(view, c) if not fronted else _subject_after(view, c)
        if found is not None and (e.r.a2 is None or found[0].first != e.r.a2.first):
            e.r.a1 = found[0]
            e.r.why.append(f"a1 = the subject of «{found[1]}» (the meeting is an adjunct of its clause)")


_OPENERS = frozenset(lx.nkey(w) for w in ("بعد", "خلال", "عقب", "إثر", "اثر", "في", "على"))


def _subject_after(view: DocView, c) -> tuple[Phrase, str] | None:
    """The subject of the main verb after a sentence-opening adjunct (VSO: verb, then its subject)."""
    toks = view.toks
    hi = view.sents[toks[c.first].sent][1]
    for j in range(c.last + 1, min(hi, c.last + 25) + 1):
        t = toks[j]
        if t.key in ("ان", "انه", "انها", "الذي", "التي", "الذين"):
            return None
        if t.word and is_verb_form(t.key, t.text):
            ph = _verb_subject(view, j) if j + 1 <= hi else None
            return (ph, t.text) if ph is not None else None
    return None
