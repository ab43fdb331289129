"""Genitives and «بين X و Y»: the idafa complement of an event noun, its ل-owner, and whether a genitive is
itself an event noun (its kind or content, not a participant). Split from roles.py; re-exported there."""

from __future__ import annotations

from rasd.events import lexicon as lx
from rasd.events.places import participant
from rasd.events.triggers import Candidate, instrument_at
from rasd.events.view import (DocView, Phrase, attached_prep, conj_prefix, is_definite, looks_adjectival, noun_phrase, place_pp,
                              starts_pp)


_QUALIFIERS = frozenset({"عمل", "سلام", "تعاون", "شراكه", "صداقه", "مجامله", "تجاره", "هدنه", "مصالحه", "عام"})


def masdar_shape(key: str) -> bool:
    """Derived-verb masdar patterns that nouns of other kinds rarely have: تفعيل (تشكيل، توزيع),
    إفعال (إطلاق، إغلاق), افتعال (اجتماع، احتلال), انفعال (انسحاب), استفعال (استقبال), تفاعل/تفعّل."""
    n = len(key)
    return (n == 5 and key[0] == "ت" and key[3] == "ي") or (n == 5 and key[0] == "ا" and key[3] == "ا") \
        or (n == 6 and key[0] == "ا" and key[4] == "ا" and key[1] != "ل") \
        or (n == 7 and key.startswith("است") and key[5] == "ا")


def event_noun(view: DocView, j: int, strip: int | None = None) -> bool:
    """Does the phrase at token ``j`` start with an event noun or a qualifier (زيارة «عمل»، اتفاق «سلام»,
    مشاورات «تشكيل» الحكومة، رفض «عرض»)? Such a genitive is the event's kind or content, not its actor."""
    t = view.toks[j]
    if view.mention_of.get(j) is not None:
        return False
    k = t.key[strip:] if strip else (t.key[len(conj_prefix(t.text)):] if t.key[:1] in "وفبلك" else t.key)
    k = k[2:] if k.startswith("ال") and len(k) > 4 else k
    k = k[:-1] if k.endswith("ا") and len(k) > 3 else k  # tanween alif
    lex = lx.lexicon()
    if any(k in lex.word_class(c) for c in ("org_head", "group", "title", "security", "armed", "civilian")):
        return False  # تنظيم «النصرة»: an organisation noun, not the masdar «organising»
    if k in _QUALIFIERS or masdar_shape(k):
        return True
    return any(a.entry.kind in ("masdar", "noun") and not a.entry.rest and a.split.prefix == ""
               for a in lx.analyze(k))


def _nisba(key: str) -> bool:
    """A definite relational adjective (الأمنية، العسكري، الوطنية) — it agrees, it names no participant."""
    return key.startswith("ال") and len(key) > 4 and key.endswith(("يه", "ي", "يين", "يون"))


def find_between(view: DocView, window: range) -> tuple[Phrase, Phrase] | None:
    toks = view.toks
    for j in list(window)[:5]:
        if toks[j].key in ("بين", "وبين"):
            x = noun_phrase(view, j + 1, coord=False, max_len=8)
            if x is None:
                return None
            k = x.last + 1
            while k < len(toks) and k <= x.last + 8 and toks[k].sent == toks[j].sent:
                if toks[k].key.startswith("و") and conj_prefix(toks[k].text).startswith("و"):
                    if _nisba(toks[k].key[1:]) and _nisba(toks[k - 1].key) and k - 1 >= x.first:
                        # «بين الوحدات الأمنية والعسكرية ومجموعات مسلحة»: coordinated adjectives stay in X
                        x = Phrase(x.first, k, x.start, toks[k].end, x.mention)
                        k += 1
                        continue
                    y = noun_phrase(view, k, strip=len(conj_prefix(toks[k].text)))
                    if y is not None:
                        return x, y
                    break
                if toks[k].key == "،" or toks[k].key in lx.lexicon().word_class("clause_break"):
                    break
                k += 1
            return None
    return None


def genitive(view: DocView, c: Candidate) -> Phrase | None:
    """The idafa complement of a bare masdar/noun (توقيف مواطن أجنبي); none after a pronoun suffix."""
    t = view.toks[c.last]
    if c.split.article or c.last + 1 >= len(view.toks) or c.kind == "hal":
        return None
    if c.first == c.last and lx.carries_pronoun(t.text, c.split.rest, c.trigger.id):
        return None
    if t.key.endswith("ا") and c.kind != "participle":  # tanween alif: indefinite, no idafa
        return None
    rest = c.split.rest
    if c.first == c.last and rest.endswith(("ين", "ون", "ان")) and any(
            e.trigger.id == c.trigger.id for e in lx.lexicon().forms.get(rest[:-2], ())):
        return None  # a dual or sound plural keeps its ن only without a genitive (قرضين حجمهما)
    if c.last > c.first and (looks_adjectival(t.key, participles=False) or t.key.startswith("ال")):
        return None  # «لحملة عسكرية | متسارعة»، «وقف إطلاق النار | أربعة أيام»: an adjective or a definite word
        # closes the idafa chain; nothing after it is the noun's genitive
    n = view.toks[c.last + 1]
    if n.sent != t.sent or not n.word:
        return None
    if n.key[:1] in "بلوف" and conj_prefix(n.text) or starts_pp(n.key) or place_pp(n.key) or attached_prep(view, c.last + 1):
        return None  # a prepositional phrase is no genitive («بطاقة إيداع | بالسجن»)
    agrees = t.key.endswith("ات") and n.key.endswith("ه") and n.key.startswith("م")  # تنازلات محدودة
    construct = c.trigger.is_phrase and not t.key.startswith("ال")  # «إطلاق سراح المختطفين»
    if looks_adjectival(n.key, participles=False) or agrees or n.key in lx.lexicon().word_class("adjective") \
            or n.key.startswith("ال") and (
            c.split.article or c.last > c.first and not construct):
        return None  # an adjective (تعزيزات أمنية كبيرة) or an agreeing definite word is no genitive
    if n.key in lx.lexicon().word_class("time") or c.last + 1 in view.date_of:
        return None
    if instrument_at(view, c.last + 1, c.trigger.type):
        return None  # «هجمات الغاز السام»: the weapon, not a participant
    return noun_phrase(view, c.last + 1)


def lam_genitive(view: DocView, c: Candidate) -> Phrase | None:
    """«الوقفة الاحتجاجية للأساتذة»، «الزيارة الرسمية للرئيس»: a definite event noun cannot take an idafa;
    its owner follows with ل (after its adjectives)."""
    toks = view.toks
    if not (c.split.article or c.last > c.first) or c.verbal:
        return None
    j = c.last + 1
    while j < len(toks) and j <= c.last + 2 and toks[j].word and is_definite(toks[j].key, toks[j].text) \
            and looks_adjectival(toks[j].key):
        j += 1
    if j >= len(toks) or toks[j].sent != toks[c.first].sent or not toks[j].key.startswith("ل") \
            or not conj_prefix(toks[j].text).endswith("ل") and not toks[j].key.startswith("لل"):
        return None
    ph = noun_phrase(view, j)
    return ph if participant(view, ph) else None
