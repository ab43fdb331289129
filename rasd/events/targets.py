"""Who an event targets, found after every trigger is bound: the actor of a condemned event, the owner of a
criticised decision, the pair «بينهما» refers to (docs/events.md §6, "Nouns as arguments of verbs").

Functions take the coder's list of events under construction (:class:`rasd.events.component.Coded`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotations import DocState
from rasd.events.roles import is_country, is_place, participant
from rasd.events import lexicon as lx
from rasd.events.view import DocView, Phrase, bare_key, best_mention, conj_prefix, earlier_in_sentence, noun_phrase

if TYPE_CHECKING:
    from rasd.events.component import Coded


def condemned_events(view: DocView, coded: list[Coded]) -> None:
    """«أدانت الوزارة الهجوم الذي نفذه X»، «استنكرت الأستاذة الاعتداء»: when the object of a condemnation,
    refusal or praise is an event noun, the target is that event's actor, not the event."""
    toks = view.toks
    for e in coded:
        if e.suppressed or e.c.trigger.type not in ("ACCUSE", "SUPPORT", "REJECT"):
            continue
        a2 = e.r.a2
        if a2 is None:  # «رفض السفير اقتراح أنان»: an event noun bound as the theme; its actor is the target
            theme = e.r.theme
            inner = next((n for n in coded if n is not e and n.c.nominal and theme is not None
                          and n.c.first == theme.first and theme.first > e.c.last and n.r.a1 is not None), None)
            if inner is not None:
                e.r.a2 = inner.r.a1
                e.r.why.append(f"a2 = the actor of the {'targeted' if e.c.trigger.type != 'ACCUSE' else 'condemned'} "
                               f"event «{toks[inner.c.head].text}» (the object)")
            continue
        inner = next((n for n in coded if n is not e and n.c.nominal and n.c.first == a2.first), None)
        if inner is None and a2.last > a2.first and a2.first not in view.mention_of \
                and not participant(view, Phrase(a2.first, a2.first, a2.start, toks[a2.first].end)):
            # «أدان جرائم الحرب التي ارتكبتها إسرائيل»، «أعمال العنف»: a thing noun whose genitive is the event
            inner = next((n for n in coded if n is not e and n.c.nominal and n.c.first == a2.first + 1), None)
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
        if obj is not None and obj.first > e.c.last and obj.first not in view.mention_of \
                and toks[obj.first].key.startswith(("ال", "بال", "لل")) and not participant(view, obj):
            owner = _relative_maker(view, obj)  # «رفض الإجراءات التي اتخذتها السلطات الأمريكية»
            if owner is not None:
                e.r.a2 = owner
                e.r.why.append(f"a2 = who made «{toks[obj.first].text}» (subject of its relative clause)")
                continue
        if obj is None or obj.first <= e.c.last or obj.last == obj.first or obj.first in view.mention_of \
                or participant(view, Phrase(obj.first, obj.first, obj.start, toks[obj.first].end)):
            continue  # the object's head itself must be a thing (قرار، اقتراح، تصريحات), not a participant
        if any(n.c.first == obj.first for n in coded if n is not e):
            continue  # an event noun object: its actor is handled by _condemned_events
        k = obj.first + 1
        if k in view.date_of or toks[k].key[:1] in "وفب" and conj_prefix(toks[k].text):
            continue
        if toks[obj.first].key.startswith("ال"):
            continue  # a definite noun heads no idafa: «الرعاية الأمريكية» is noun + adjective
        owner = noun_phrase(view, k, max_len=6)
        if owner is not None and participant(view, owner) and owner.mention is not None or owner is not None \
                and owner.first in view.mention_of and view.mention_of[owner.first].label in ("PER", "ORG", "GPE"):
            e.r.a2 = owner
            e.r.why.append(f"a2 = the owner of «{toks[obj.first].text}» (genitive of the object)")


def _relative_maker(view: DocView, obj: Phrase) -> Phrase | None:
    """«الإجراءات التي اتخذتها السلطات»، «القرار الذي أصدرته الحكومة»: the subject of a relative clause whose verb
    takes the object back as a pronoun made the thing."""
    from rasd.events.clauses import REL_PRONOUNS, skip_light

    toks = view.toks
    j = obj.last + 1
    if j + 2 >= len(toks) or toks[j].key not in REL_PRONOUNS or toks[j].sent != toks[obj.first].sent:
        return None
    v = toks[j + 1]
    if not v.word or not v.key.endswith(("ه", "ها", "هم")) or v.key.startswith(("ال", "ب", "ل")):
        return None
    k = skip_light(view, j + 2, v.sent)
    owner = noun_phrase(view, k, max_len=6) if k is not None else None
    if owner is not None and owner.mention is not None and owner.mention.label in ("PER", "ORG", "GPE"):
        return owner
    return None


def decision_owner(view: DocView, coded: list[Coded]) -> None:
    """«امتثالا لقرار محكمة محلية بمنع توزيع الصور»، «قرار الحكومة بإغلاق المعبر»: the owner of a decision,
    order or decree (its participant genitive) is the actor of the act it decides (ب + event noun)."""
    toks = view.toks
    decisions = lx.lexicon().word_class("decision")
    court = lx.lexicon().word_class("court")
    for e in coded:
        if e.suppressed or e.r.a1 is not None or not e.c.nominal or e.c.split.prep != "ب":
            continue
        lo = view.sents[toks[e.c.first].sent][0]
        k = next((k for k in range(e.c.first - 1, max(lo, e.c.first - 7) - 1, -1)
                  if bare_key(toks[k]) in decisions or toks[k].key in decisions), None)
        if k is None:
            continue
        owner = noun_phrase(view, k + 1, max_len=6)
        if owner is None or owner.last != e.c.first - 1 or not (participant(view, owner) or bare_key(
                toks[owner.first]) in court or toks[owner.first].key in court):
            issuer = _issuer(view, k, lo)  # «أصدر مدير الجامعة قرارا أمس بإعفاء …»
            if issuer is not None:
                e.r.a1 = issuer
                e.r.why.append(f"a1 = the subject of «{toks[issuer.first - 1].text}» that issues «{toks[k].text}»")
            continue
        e.r.a1 = owner
        e.r.why.append(f"a1 = the owner of «{toks[k].text}» that decides the act (قرار X بـ)")


_ISSUE = frozenset({"اصدر", "اصدرت", "اصدروا", "يصدر", "تصدر", "اتخذ", "اتخذت", "اتخذوا", "يتخذ", "تتخذ",
                    "اعتمد", "اعتمدت", "تبني", "تبنت", "اقر", "اقرت"})  # (adopted, passed: a resolution)


def _issuer(view: DocView, k: int, lo: int) -> Phrase | None:
    """The subject of «أصدر/اتخذ» whose object is the decision noun at ``k`` (VSO: verb, subject, decision)."""
    from rasd.events.clauses import phrase_ending_at  # private helper shared with the role binder

    toks = view.toks
    end = k - 1
    while end > lo and (end in view.date_of or toks[end].key in lx.lexicon().word_class("time")):
        end -= 1  # «أصدر مجلس الأمن اليوم الجمعة قرارا»: a date between the subject and the decision
    subj = phrase_ending_at(view, end, max(lo, end - 8))
    if subj is not None and subj.last > subj.first and _issue_verb(toks[subj.first]):
        # «اعتمد المجلس التنفيذي»: a verb the phrase finder read as the phrase's head noun
        subj = Phrase(subj.first + 1, subj.last, toks[subj.first + 1].start, subj.end,
                      best_mention(view, subj.first + 1, subj.last))
    if subj is None or subj.first - 1 < lo:
        return None
    return subj if _issue_verb(toks[subj.first - 1]) and participant(view, subj) else None


def _issue_verb(tok) -> bool:
    return tok.key in _ISSUE or tok.key[:1] in "وف" and tok.key[1:] in _ISSUE


def deciding_body(view: DocView, coded: list[Coded]) -> None:
    """«أصدر مجلس الأمن قرارا يطلب من …»، «ويطلب القرار من …»: a decision that requests or demands stands for the
    body that issued it — in its own sentence, or for «القرار» in one of the two sentences before."""
    toks = view.toks
    decisions = lx.lexicon().word_class("decision")
    for e in coded:
        a1 = e.r.a1
        if e.suppressed or a1 is None or not e.c.verbal or bare_key(toks[a1.first]) not in decisions:
            continue
        sent = toks[a1.first].sent
        issuer = _issuer(view, a1.first, view.sents[sent][0])
        if issuer is None and toks[a1.first].key.startswith("ال"):
            for s in range(sent - 1, max(sent - 3, -1), -1):
                lo, hi = view.sents[s]
                ks = [k for k in range(lo, hi + 1) if bare_key(toks[k]) in decisions]
                issuer = next((x for k in reversed(ks) if (x := _issuer(view, k, lo)) is not None), None)
                if issuer is not None:
                    break
        if issuer is not None:
            e.r.a1 = issuer
            e.r.why.append(f"a1 = the body that issued «{toks[a1.first].text}» (subject of «{toks[issuer.first - 1].text}»)")


def coordinated_event_nouns(view: DocView, coded: list[Coded]) -> None:
    """«أعلنت الدول قطع العلاقات مع الدوحة وإغلاق الأجواء»: an event noun joined by «و» to an earlier event
    noun of the same clause (no verb, comma or clause word between) shares its actor."""
    from rasd.events.view import is_verb_form

    toks = view.toks
    breaks = lx.lexicon().word_class("clause_break")
    for k, e in enumerate(coded):
        if e.suppressed or not e.c.nominal or e.r.a1 is not None or e.c.split.conj != "و":
            continue
        prev = next((p for p in earlier_in_sentence(view, coded, k) if not p.suppressed and p.c.nominal
                     and p.r.a1 is not None and p.c.last < e.c.first), None)
        if prev is None or e.c.first - prev.c.last > 8:
            continue
        between = range(prev.c.last + 1, e.c.first)
        if any(not toks[j].word or toks[j].key in breaks or is_verb_form(toks[j].key, toks[j].text)
               or toks[j].key[:1] == "و" and conj_prefix(toks[j].text).startswith("و") for j in between):
            continue  # only the complements of the first noun stand between the two
        e.r.a1 = prev.r.a1
        e.r.why.append(f"a1 = the actor of the coordinated «{toks[prev.c.head].text}»")


_GATHER = frozenset({"جمع", "جمعت", "يجمع", "تجمع", "سيجمع", "ستجمع"})


def gathered(view: DocView, coded: list[Coded]) -> None:
    """«لقاء جمع أمس رئيس الجمهورية بوزير الثقافة»، «اجتماع يجمع الطرفين»: the meeting's participants are the
    object of «جمع» (brought together) — X, and Y after «ب/مع» or «و»."""
    from rasd.events.clauses import skip_light

    toks = view.toks
    for e in coded:
        c = e.c
        if e.suppressed or not c.nominal or c.trigger.type != "CONSULT":
            continue
        j = c.last + 1
        if j < len(toks) and toks[j].key in ("الذي", "التي"):
            j += 1
        if j >= len(toks) or toks[j].sent != toks[c.first].sent or toks[j].key not in _GATHER:
            continue
        k = skip_light(view, j + 1, toks[j].sent)
        x = noun_phrase(view, k) if k is not None else None
        if x is None or not participant(view, x):
            continue
        y = None
        n = x.last + 1
        if n < len(toks) and toks[n].sent == toks[j].sent and toks[n].word:
            pre = conj_prefix(toks[n].text)
            if pre in ("ب", "و") or toks[n].key in ("مع", "و"):
                y = noun_phrase(view, n + 1) if toks[n].key in ("مع", "و") else noun_phrase(view, n, strip=len(pre))
        e.r.a1, e.r.a2 = x, y if y is not None and participant(view, y) else e.r.a2
        e.r.why.append(f"a1, a2 = those «{toks[j].text}» brings together")


def purpose_actor(view: DocView, coded: list[Coded]) -> None:
    """«توجه الوزير إلى بروكسل للمشاركة في اجتماع»، «تحركت القوات نحو المدينة لطرد المسلحين»: the actor of a
    purpose masdar (ل + masdar) is the subject of the verb it depends on — the nearest earlier verbal event of
    the clause, when that verb has no participant object (which could be the controller instead)."""
    from rasd.events.clauses import COMPLEMENTIZERS

    toks = view.toks
    breaks = lx.lexicon().word_class("clause_break")
    for k, e in enumerate(coded):
        if e.suppressed or not e.c.nominal or e.r.a1 is not None or e.c.split.prep != "ل":
            continue
        p = next((p for p in earlier_in_sentence(view, coded, k) if p.c.verbal and p.c.last < e.c.first), None)
        if p is None or p.r.subject is None or e.c.first - p.c.last > 10:
            continue
        if any(toks[j].key in COMPLEMENTIZERS or toks[j].key in breaks or toks[j].text in ("،", ",", ":", "؛")
               for j in range(p.c.last + 1, e.c.first)):
            continue
        obj = p.r.a2 if p.r.a2 is not p.r.subject else p.r.a1
        if obj is not None and participant(view, obj) and obj.first > p.c.last:
            continue  # «أرسلت الحكومة وفدا … للتفاوض»: the object may be the one who acts
        e.r.a1 = p.r.subject
        e.r.why.append(f"a1 = the subject of «{toks[p.c.head].text}» (purpose «لـ» + masdar)")


_PP_PRONOUNS = {"عليه": "m", "عليها": "f", "عليهم": "p", "معه": "m", "معها": "f", "معهم": "p",
                "ضده": "m", "ضدها": "f", "ضدهم": "p"}


def pronoun_kind(text: str, dual: str | None = None) -> str | None:
    """m / f / p for a token ending in the pronoun ه / ها / هم (not ة); ``dual`` for one ending in هما."""
    if text.endswith("ة"):
        return None
    if text.endswith("هما"):
        return dual
    if text.endswith("هم"):
        return "p"
    if text.endswith("ها"):
        return "f"
    return "m" if text.endswith("ه") else None


def _agrees(view: DocView, ph: Phrase, kind: str) -> bool:
    first, last = view.toks[ph.first].key, view.toks[ph.last].key
    plural = any(k.endswith(("ين", "ون", "ات")) for k in (first, last)) or bare_key(view.toks[ph.first]) in (
        "بعض", "عدد", "مجموعه")
    if kind == "p":
        return plural
    feminine = first.endswith("ه") and not plural
    return feminine if kind == "f" else not feminine and not plural


def pronoun_patient(view: DocView, coded: list[Coded]) -> None:
    """«إطلاق سراحها»، «الاعتداء عليهم»، «تبادل لإطلاق النار معه»: a pronoun on the event's particle or on a
    following «على/مع/ضد» is its patient; it refers to the nearest earlier participant of the sentence that
    agrees in gender and number (and is not the event's own actor)."""
    toks = view.toks
    for e in coded:
        c = e.c
        if e.suppressed or e.r.a2 is not None or c.trigger.type not in ("ASSAULT", "COERCE", "RETREAT", "SANCTION"):
            continue
        kind = None
        if c.last > c.head or c.consumed:
            kind = pronoun_kind(toks[max((c.last,) + c.consumed)].text)
        j = c.last + 1
        if kind is None and j < len(toks) and toks[j].sent == toks[c.first].sent:
            kind = _PP_PRONOUNS.get(toks[j].key[1:] if toks[j].key[:1] == "و" else toks[j].key)
        if kind is None:
            continue
        lo = view.sents[toks[c.first].sent][0]
        for k in range(c.first - 1, lo - 1, -1):
            ph = noun_phrase(view, k)
            if ph is None or ph.first != k or ph.last >= c.first or not participant(view, ph):
                continue
            if e.r.a1 is not None and e.r.a1.first <= k <= e.r.a1.last:
                continue
            if _agrees(view, ph, kind):
                e.r.a2 = ph
                e.r.why.append(f"a2 = the nearest earlier participant the pronoun «{kind}» refers to")
                break


def dual_pronoun(view: DocView, st: DocState, coded: list[Coded]) -> None:
    """«التنسيق بينهما/بينهم»، «محادثاتهما»: the pair is the nearest preceding coordination of two actors (X و Y)."""
    toks = view.toks
    for e in coded:
        if e.suppressed or not e.c.trigger.symmetric or (e.r.a1 is not None and e.r.a2 is not None):
            continue
        j = e.c.last + 1
        dual_owner = toks[e.c.last].text.endswith("هما") and e.c.first == e.c.last  # «محادثاتهما»: their talks
        if not dual_owner and (j >= len(toks) or toks[j].key not in ("بينهما", "بينهم")):
            continue
        pair = coordination_before(view, st, e.c.first)
        if pair is not None:
            e.r.a1, e.r.a2 = pair
            said = toks[e.c.last].text if dual_owner else toks[j].text
            e.r.why.append(f"a1, a2 = the pair «{said}» refers to (nearest «X و Y» before)")


def coordination_before(view: DocView, st: DocState, i: int) -> tuple[Phrase, Phrase] | None:
    from rasd.events.clauses import clause_initial, phrase_ending_at, prepositional  # shared with the role binder

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
        x = phrase_ending_at(view, b, lo) if b >= lo else None
        if x is None or y is None or any(is_place(view, st, p) and (not is_country(view, st, p) or prepositional(view, x))
                                         for p in (x, y)):
            continue  # (two states are a pair of actors; two towns, or states after «في كل من», are places)
        if x.first < x.last and x.first not in view.mention_of and x.first in (lo, lo + 1) \
                and not toks[x.first].key.startswith("ال") and clause_initial(view, x.first):
            # «أحرز | العراق والأمم المتحدة تقدما»: the bare word opening the sentence is the verb (VSO)
            x = Phrase(x.first + 1, x.last, toks[x.first + 1].start, x.end, best_mention(view, x.first + 1, x.last))
        return x, y
    return None
