"""Roles that come from the reporting frame around an event (split from component.py): «أعلن X توقيف …»
— the announcer acts; «قالت X إنها سترفض» — the pronoun is the speaker; an impersonal arrest announced by a
security body — that body acted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events import lexicon as lx
from rasd.events.clauses import COMPLEMENTIZERS, THAT_PRONOUN, first_person
from rasd.events.view import DocView, bare_key, is_verb_form

if TYPE_CHECKING:
    from rasd.events.component import Coded


def reporter_roles(view: DocView, e: Coded) -> None:
    """«أعلن X توقيف …»: the announcer acts; «قالت X إنها سترفض»: the pronoun is the speaker;
    impersonal arrests announced by a security body: it acted."""
    if e.r.a1 is not None or not e.sources:
        return
    toks = view.toks
    inner = e.sources[-1]
    ph = inner.phrase
    if ph is None:
        return
    if e.c.verbal and (first_person(e.c) or toks[e.c.head].key.endswith("نا") and not e.r.explicit_subject):
        e.r.a1 = ph
        e.r.why.append("a1 = the speaker (first-person plural verb)")
        return
    if e.c.support is not None and e.c.support[0].subject_role == "a1" and e.c.support[1] < e.c.first \
            and _first_person_light_verb(toks[e.c.support[1]].key):
        e.r.a1 = ph  # «المتحدث العسكري: نخوض اشتباكات مع …»
        e.r.why.append(f"a1 = the speaker (first-person support verb «{toks[e.c.support[1]].text}»)")
        return
    if e.c.nominal and e.c.first > 1 and toks[e.c.first - 1].key == "علي" \
            and toks[e.c.first - 2].key in THAT_PRONOUN:
        e.r.a1 = ph  # «مشيرا إلى أنه على استعداد للقاء حفتر»
        e.r.why.append(f"a1 = the speaker («{toks[e.c.first - 2].text} على» + the noun)")
        return
    if e.c.kind == "hal" and inner.kind in ("verb", "carry") and inner.cue_tok < e.c.first:
        e.r.a1 = ph  # «وأعلنت الحكومة رفضها …، داعية البرلمان إلى الحوار»: the hal shares the main verb's subject
        e.r.why.append(f"a1 = the subject of «{toks[inner.cue_tok].text}» (hal participle)")
        e.sources = e.sources[:-1]  # and stands beside that verb, not inside what it reports: its own act
        return
    if e.c.verbal and e.c.first > 0 and toks[e.c.first - 1].key in THAT_PRONOUN:
        e.r.a1 = ph
        e.r.why.append(f"a1 = the speaker («{toks[e.c.first - 1].text}» + verb)")
        return
    if e.c.support is not None and e.c.support[0].subject_role == "a1" and e.c.support[1] < e.c.first:
        sv = e.c.support[1]
        k = sv - 1
        if k > 0 and toks[k].key in ("لن", "لم", "لا", "قد", "سوف"):
            k -= 1  # «قال إنه لن يقدّم استقالته»: the pronoun subject of the light verb is the speaker
        under_way = toks[sv].key in ("يجري", "تجري") and sv + 1 == e.c.first and e.c.split.article
        if k >= 0 and toks[k].key in THAT_PRONOUN and not under_way:  # («أنه يجري التحقيق معه»: the
            e.r.a1 = ph  # investigation is under way — impersonal, no speaker as investigator)
            e.r.why.append(f"a1 = the speaker («{toks[k].text}» + «{toks[sv].text}»)")
            return
    between = range(ph.last + 1, e.c.first)
    conjuncts = [j for j in between if toks[j].key[:1] == "و" and j in view.mention_of]  # «دول السعودية ومصر والإمارات»
    batch = lx.lexicon().word_class("batch")  # «أعلنت عن حزمة مساعدات»: a package of the announced event nouns
    adjacent = all(j in view.date_of or toks[j].key in lx.lexicon().word_class("time") or toks[j].key in ("عن", "،")
                   or j in conjuncts or _qualifier_word(view, j) or bare_key(toks[j]) in batch and j == e.c.first - 1
                   for j in between) \
        and len(between) - len(conjuncts) <= 5 or len(between) <= 1
    if e.c.nominal and inner.kind == "verb" and ph.last < e.c.first and adjacent \
            and lx.nkey(e.c.trigger.lemma) not in lx.lexicon().word_class("casualty") \
            and lx.nkey(toks[inner.cue_tok].text).lstrip("وف")[:3] in ("اعل", "كشف", "يعل", "تعل", "يكش"):
        e.r.a1 = ph
        e.r.why.append(f"a1 = the announcer of «{toks[inner.cue_tok].text}» (event noun as its object)")
        return
    impersonal = e.c.support is not None and e.c.support[0].subject_role == "impersonal"
    if impersonal and e.c.trigger.type in ("COERCE", "ASSAULT"):
        security = lx.lexicon().word_class("security")
        keys = {toks[j].key for j in range(ph.first, ph.last + 1)}
        keys |= {k[2:] for k in keys if k.startswith("ال")} | {k[1:] for k in keys if k[:1] in "لو"}
        if keys & security or any(" ".join((toks[j].key, toks[j + 1].key)) in security for j in range(ph.first, ph.last)):
            e.r.a1 = ph
            e.r.why.append("a1 = the security body announcing the impersonal arrest")


def _first_person_light_verb(key: str) -> bool:
    """«نخوض»، «نشن»، «نفذنا»: a support verb with the 1st-person plural prefix or suffix."""
    k = key[1:] if key[:1] in "وف" and len(key) > 3 else key
    return len(k) >= 3 and (k[0] == "ن" and bool(lx.support_verb("ي" + k[1:])) or k.endswith("نا"))


def _qualifier_word(view: DocView, j: int) -> bool:
    """A word that can still qualify the announcer before the announced event noun: an adjective or a
    ب/في place phrase («أعضاء مكتب الاتحاد الحر بالمهدية اليوم عن استقالة»), not a verb or a clause word."""
    t = view.toks[j]
    if not t.word or is_verb_form(t.key, t.text) or t.key in COMPLEMENTIZERS:
        return False
    if t.key in ("في", "عبر"):
        return True
    if t.key in lx.lexicon().word_class("stop") or t.key.endswith("ا") and not t.key.startswith("ال"):
        return False  # an accusative noun is the verb's object, not a qualifier of its subject
    return t.key.startswith(("ال", "بال")) or j in view.mention_of
