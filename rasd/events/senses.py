"""Word senses and event types decided by the arguments around a trigger (round 3).

Why: several frequent trigger words name different events depending on what they govern —
an actor object or a thing object, a ل/على content or none, the kind of participants:

- «عرض على الرئيس استعداده» (offer to someone) vs «عرض مشروع القانون على البرلمان» (submit) or «عرض فيلم»;
- «صفقة الأسرى»، «صفقة مع حماس» (a political deal) vs business deals;
- «على استعداد للقاء»، «مستعد لتقديم» (an offer with its content) vs «حالة استعداد»، «استعدادا للزيارة»;
- «الدعوة … على إفطار»، «بدعوة من» (an invitation: AGREE) vs «دعوة لوقف إطلاق النار» (a call: REQUEST);
- «تعهد بمواصلة القتال» (a pledge to fight: THREATEN) vs «تعهد بالإصلاح» (AGREE);
- «مواجهات بين الأمن وشباب محتجين» (PROTEST riot) vs clashes between armed forces (ASSAULT);
- «تم إيقافهم جميعا»، «ترحب بإطلاق سراحهم» (a pronoun restatement of the same event, not a second one).

Each rule is a general fact of Arabic news language with a table of examples in
``tests/events/test_grammar.py``; each records itself in the event's reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events import gazetteer
from rasd.events import lexicon as lx
from rasd.events.clauses import THAT_PRONOUN, phrase_ending_at
from rasd.events.roles import participant
from rasd.events.view import DocView, Phrase, bare_key, conj_prefix, earlier_in_sentence, noun_phrase, place_pp

if TYPE_CHECKING:  # pragma: no cover
    from rasd.events.component import Coded

_OFFER = "agree.006"          # عرض (offer / show / submit)
_DEAL = "agree.022"           # صفقة
_READINESS = frozenset({"agree.026", "agree.027"})  # استعداد، مستعد
_PLEDGES = frozenset({"agree.003", "agree.004"})     # تعهد، وعد
_CALL = "request.003"         # دعا / دعوة


def _cls(name: str) -> frozenset[str]:
    return lx.lexicon().word_class(name)


def _key(view: DocView, j: int) -> str:
    return bare_key(view.toks[j])


def _same_sent(view: DocView, i: int, j: int) -> bool:
    return 0 <= j < len(view.toks) and view.toks[j].sent == view.toks[i].sent


def _after(view: DocView, e: Coded, prep: str, window: int) -> Phrase | None:
    """The phrase after the first «prep» (a separate word or a proclitic) within ``window`` tokens."""
    toks = view.toks
    for j in range(e.c.last + 1, min(e.c.last + 1 + window, len(toks))):
        if not _same_sent(view, e.c.first, j) or toks[j].text in (".", "؛"):
            return None
        if toks[j].key == prep:
            return noun_phrase(view, j + 1)
        if len(prep) == 1 and toks[j].key.startswith(prep) and len(toks[j].key) > 3:
            return noun_phrase(view, j, strip=len(prep))
    return None


def _institution(view: DocView, ph: Phrase) -> bool:
    """A body one submits things to (البرلمان، المحكمة، اللجنة، مجلس): «عرض X على» it is no offer."""
    words = _cls("submission_body")
    return any(_key(view, j) in words or view.toks[j].key in words for j in range(ph.first, ph.last + 1))


def offers(view: DocView, coded: list[Coded]) -> None:
    """«عرض الرئيس على أمير قطر استعداده»، «رفض عرض من حماس»: عرض is an offer (AGREE) when a
    participant is its recipient (على) or its author (من); «على البرلمان» (submitting) stays unscored."""
    for e in coded:
        if e.suppressed or e.c.trigger.id != _OFFER:
            continue
        to = _after(view, e, "علي", 8)
        by = _after(view, e, "من", 1) if e.c.nominal else None
        if to is not None and participant(view, to) and not _institution(view, to):
            e.c.score = max(e.c.score, 0.75)
            if e.r.a2 is None or e.r.a2.first != to.first:
                e.r.a2 = to
            e.why.append("an offer to a participant («عرض … على»)")
        elif by is not None and participant(view, by):
            e.c.score = max(e.c.score, 0.75)
            e.r.a1 = e.r.a1 or by
            e.why.append("an offer by a participant («عرض من»)")


def deals(view: DocView, coded: list[Coded]) -> None:
    """«صفقة الأسرى»، «التوصل إلى صفقة مع حماس»: a deal is an agreement between political actors when
    it exchanges captives or names its partner; other deals (business) keep their low prior."""
    toks = view.toks
    captives = _cls("captives")
    for e in coded:
        if e.suppressed or e.c.trigger.id != _DEAL:
            continue
        nxt = e.c.last + 1
        about_captives = any(_same_sent(view, e.c.first, j) and (_key(view, j) in captives or toks[j].key in captives)
                             for j in range(nxt, nxt + 3))
        partner = _after(view, e, "مع", 2)
        if partner is not None and participant(view, partner):
            e.r.a2 = e.r.a2 or partner
            e.c.score = max(e.c.score, 0.8)
            e.why.append("a deal with a participant («صفقة مع»)")
        elif about_captives:
            e.c.score = max(e.c.score, 0.8)
            e.why.append("a deal about captives")


_MEET_MASDARS = frozenset(lx.nkey(w) for w in ("لقاء", "اللقاء", "مقابلة", "استقبال", "الاجتماع", "اجتماع", "محاورة",
                                                "التفاوض", "تفاوض", "الحوار", "حوار"))


def readiness(view: DocView, coded: list[Coded]) -> None:
    """«على استعداد للقاء حفتر»، «الصندوق مستعد لتقديم المساعدات»: declared readiness with its content is
    an offer (AGREE; its content is not a second event, rule 8). Without a ل/على content, as «حالة
    استعداد» (alert) or as the adverb «استعدادا لـ» (in preparation for), it is no event."""
    toks = view.toks
    for e in coded:
        if e.suppressed or e.c.trigger.id not in _READINESS:
            continue
        t = toks[e.c.first]
        nxt = e.c.last + 1
        content = _same_sent(view, e.c.first, nxt) and (
            toks[nxt].key.startswith("ل") and len(toks[nxt].key) > 3 or toks[nxt].key in ("علي", "الي"))
        plural = e.c.split.rest.endswith("ات")
        adverb = t.key.endswith("ا") and not e.c.split.article
        alert = e.c.first > 0 and _key(view, e.c.first - 1) in ("حاله", "حالة")
        if not content or plural or adverb or alert:
            e.suppressed = "readiness without a content (no offer)"
            continue
        e.c.score = max(e.c.score, 0.8)
        e.why.append("declared readiness with its content: an offer")
        k = toks[nxt].key
        if e.r.a2 is None and k[:1] == "ل" and {k[1:], k[2:], "ال" + k[2:]} & _MEET_MASDARS:
            partner = noun_phrase(view, nxt + 1) if nxt + 1 < len(toks) and _same_sent(view, nxt, nxt + 1) else None
            if partner is not None and participant(view, partner):
                e.r.a2 = partner  # «على استعداد للقاء اللواء خليفة حفتر»: whom the offer is made to
                e.r.why.append("a2 = whom the offered meeting is with")
        if e.r.a1 is None and e.c.trigger.id == "agree.027":
            lo = view.sents[t.sent][0]
            j = e.c.first - 1
            while j >= lo and toks[j].key in ("انه", "انها", "انهم", "ان"):
                j -= 1
            ph = phrase_ending_at(view, j, lo) if j >= lo else None
            if ph is not None and participant(view, ph):
                e.r.a1 = ph
                e.r.why.append("a1 = the subject of the predicate «مستعد»")


_INVITED_TO = frozenset({"زياره", "حضور", "المشاركه", "مشاركه", "افطار", "عشاء", "غداء", "مادبه", "حفل",
                         "الزياره", "الحضور", "الافطار", "العشاء", "الغداء", "المادبه", "الحفل", "زيارته",
                         "زيارتها"})


def _invited_to(view: DocView, j: int) -> bool:
    """Is token ``j`` a visit/meal/attendance noun introduced by ل، إلى or على (لزيارة، إلى حفل، على إفطار)?"""
    key = view.toks[j].key
    if key.startswith("لل") and key[2:] in _INVITED_TO or key.startswith("ل") and key[1:] in _INVITED_TO:
        return True
    return key in _INVITED_TO and j > 0 and view.toks[j - 1].key in ("الي", "علي")


def invitations(view: DocView, coded: list[Coded]) -> None:
    """«الدعوة التي وجهها له العاهل … على إفطار»، «زيارة بدعوة من الوزير»: a دعوة whose content is a
    visit, a meal or attendance, or «بدعوة من» + a participant, is an invitation (AGREE, intent to meet);
    «دعوة لوقف إطلاق النار» stays a call (REQUEST)."""
    toks = view.toks
    for e in coded:
        if e.suppressed or e.c.trigger.id != _CALL or not e.c.nominal:
            continue
        by = _after(view, e, "من", 1) if e.c.split.prep == "ب" and not e.c.split.article else None
        inviter = by is not None and participant(view, by)
        window = [j for j in range(e.c.last + 1, min(e.c.last + 12, len(toks))) if _same_sent(view, e.c.first, j)]
        if inviter or any(_invited_to(view, j) for j in window):
            e.type_override = ("AGREE", None, "036")
            e.why.append("an invitation (to a visit, a meal or attendance): AGREE")
            if inviter:
                e.r.a1 = by
                e.r.why.append("a1 = the inviter («بدعوة من»)")


_FIGHTING = frozenset({"القتال", "بالقتال", "الحرب", "بالحرب", "الرد", "بالرد", "بالانتقام", "الانتقام",
                       "بالثار", "الثار", "القصاص", "بالقصاص"})
_CONTINUE = frozenset({"بمواصله", "مواصله", "بمتابعه", "باستمرار"})  # «تعهد بمواصلة الهجمات» only with an attack


def pledges(view: DocView, coded: list[Coded]) -> None:
    """«تعهد الأسد بمواصلة القتال»، «توعد بالرد»: a pledge whose content is fighting or revenge is a
    threat (THREATEN), not a promise of cooperation."""
    toks = view.toks
    for e in coded:
        if e.suppressed or e.c.trigger.id not in _PLEDGES:
            continue
        window = [j for j in range(e.c.last + 1, min(e.c.last + 10, len(toks))) if _same_sent(view, e.c.first, j)]
        fighting = any(toks[j].key in _FIGHTING for j in window) and any(toks[j].key.startswith("ب") for j in window)
        violent = any(o is not e and _same_sent(view, e.c.first, o.c.first) and e.c.last < o.c.first <= e.c.last + 10
                      and o.c.trigger.type == "ASSAULT" and (o.c.split.prep == "ب" or o.c.first > 0
                                                              and toks[o.c.first - 1].key in _CONTINUE) for o in coded)
        if fighting or violent:
            e.type_override = ("THREATEN", "violence", "138")
            e.why.append("a pledge to fight or retaliate: THREATEN")


def _forms(view: DocView, j: int) -> set[str]:
    """A token's key with its proclitics peeled one letter at a time (والأمن → الامن، للشباب → شباب)."""
    k = view.toks[j].key
    out = {k, _key(view, j)}
    for n in (1, 2, 3):
        if k[:n] and all(ch in "وفبلك" for ch in k[:n]):
            out.add(k[n:])
            if k[n:n + 2] != "ال" and k[:n].endswith("ل"):
                out.add("ال" + k[n:])
    return out


def _side(view: DocView, ph: Phrase | None, cls: str) -> bool:
    if ph is None:
        return False
    words = _cls(cls)
    return any(_forms(view, j) & words for j in range(ph.first, ph.last + 1))


def _region(view: DocView, e: Coded) -> range:
    """Tokens of the clash's participants: from the trigger to the end of «بين X و Y» or the later role."""
    end = max([e.c.last] + [x.last for x in (e.r.a1, e.r.a2) if x is not None])
    return range(e.c.first, min(end + 4, len(view.toks)))


_CLASH_NOUNS = frozenset(lx.nkey(w) for w in ("مناوشات", "مواجهة", "مواجهات", "اشتباكات", "صدامات", "اشتباك"))


def clashes(view: DocView, coded: list[Coded]) -> None:
    """«المناوشات بين مجموعة من شباب الجهة والأمن»، «مواجهات بين الوحدات الأمنية وعدد من الشباب المحتجين»:
    a clash between security forces and people who are not armed (civilians, youths, worshippers,
    protesters) is a PROTEST riot by the people; a clash with armed or militant fighters stays ASSAULT."""
    for e in coded:
        if e.suppressed or e.type_override or e.c.trigger.type != "ASSAULT" or not (
                e.c.trigger.symmetric or lx.nkey(e.c.trigger.lemma) in _CLASH_NOUNS):
            continue
        region = [j for j in _region(view, e) if _same_sent(view, e.c.first, j)]
        keys = set().union(*(_forms(view, j) for j in region)) if region else set()
        civil = bool(keys & _cls("civilian"))
        armed = bool(keys & _cls("militant"))
        security = _side(view, e.r.a1, "security") or _side(view, e.r.a2, "security")
        if civil and security and not armed:
            e.type_override = ("PROTEST", "riot", "145")
            people = e.r.a2 if _side(view, e.r.a1, "security") else e.r.a1
            police = e.r.a1 if people is e.r.a2 else e.r.a2
            if people is not None and police is not None and people is not e.r.a1:
                e.r.a1, e.r.a2 = people, police
                e.r.why.append("a1 = the people in the clash, a2 = the security forces")
            e.why.append("a clash between security forces and unarmed people: PROTEST riot")


def _pronoun_end(view: DocView, e: Coded) -> bool:
    """Does the trigger end in a pronoun (إيقافهم، إطلاق سراحهم)? A written ة never is one."""
    c = e.c
    if c.first == c.last:
        return lx.carries_pronoun(view.toks[c.first].text, c.split.rest, c.trigger.id)
    text = view.toks[c.last].text
    return not text.endswith("ة") and view.toks[c.last].key.endswith(("هم", "ها", "هما", "هن"))


_DEMONSTRATIVE = frozenset({"هذا", "هذه", "ذلك", "تلك"})


def _demonstrative_before(view: DocView, e: Coded) -> bool:
    """«في أعقاب هذا الهجوم»: a demonstrative before a definite event noun points back to a known event."""
    j = e.c.first - 1
    if j > 0 and view.toks[j].text in ('"', "«", "“"):  # «هذا "الهجوم الإرهابي الجبان"»
        j -= 1
    return j >= 0 and view.toks[j].key in _DEMONSTRATIVE and bool(e.c.split.article) and _same_sent(view, j, e.c.first)


def restatements(view: DocView, coded: list[Coded]) -> None:
    """«تمكنت الوحدات من إيقاف 4 شبان … وتم إيقافهم جميعا»، «تطلق سراح رهينتين … ترحب بإطلاق سراحهم»،
    «أدانت التفجير الذي استهدف … في أعقاب هذا الهجوم»: a later event noun of the same type whose pronoun
    or demonstrative refers back to an earlier event in the sentence names that event again."""
    toks = view.toks
    for k, e in enumerate(coded):
        c = e.c
        if e.suppressed or not c.nominal or not (_pronoun_end(view, e) or _demonstrative_before(view, e)):
            continue
        if c.split.rest.endswith(("ات", "اتها", "اتهم", "اته")):
            continue
        earlier = next((p for p in earlier_in_sentence(view, coded, k) if not p.suppressed
                        and p.c.trigger.type == c.trigger.type and p.c.last < c.first), None)
        if earlier is not None and (earlier.r.a2 is not None or earlier.c.verbal or _demonstrative_before(view, e)):
            e.suppressed = f"restates «{toks[earlier.c.head].text}» (its pronoun refers back)"


_JOINERS = frozenset({"و", "او", "مقابل", "ثم", "مع"})


def joined_contents(view: DocView, coded: list[Coded], b: Coded, why: str) -> None:
    """«ترفض وقف إطلاق النار مقابل إطلاق سراح الرهائن»، «ناقشا وقف القتال وزيادة المساعدات»: event nouns
    joined to a content noun by و، أو، مقابل، ثم belong to the same content."""
    toks = view.toks
    k = coded.index(b)
    last = b.c.last
    for n in coded[k + 1:]:
        if toks[n.c.first].sent != toks[b.c.first].sent or n.c.first - last - 1 > 4 or not n.c.nominal:
            break
        gap = [toks[j].key for j in range(last + 1, n.c.first)]
        conj_word = any(conj_prefix(toks[j].text).startswith("و") for j in range(last + 1, n.c.first))
        joined = (n.c.split.conj in ("و", "ف") or conj_word) and not any(g in (".", "،", "؛") for g in gap) \
            or any(g in _JOINERS for g in gap) and not any(g in (".", "؛") for g in gap)
        if not joined:
            break
        if not n.suppressed:
            n.suppressed = why + " (joined)"
        last = n.c.last


_DISCUSS = frozenset(lx.nkey(w) for w in ("ناقش", "بحث", "تباحث", "تناول", "تفاوض", "تشاور", "تداول", "درس"))
_TOPIC_MARKERS = frozenset({"بشان", "حول", "لبحث", "لمناقشه", "لدراسه", "بخصوص", "حيال"})


def consult_topics(view: DocView, coded: list[Coded]) -> None:
    """«مفاوضات وقف إطلاق النار»، «ناقشا وقف القتال»، «محادثات بشأن تبادل الأسرى»، «اجتماع لبحث التعاون»:
    what a meeting or negotiation is about (its genitive, direct object, بشأن/حول phrase or purpose) is
    its topic, not a second event."""
    toks = view.toks
    for k, a in enumerate(coded):
        if a.suppressed or a.c.trigger.type != "CONSULT" or a.c.score < 0.5:
            continue
        discussion = a.c.nominal or lx.nkey(a.c.trigger.lemma) in _DISCUSS
        for b in coded[k + 1:]:
            if toks[b.c.first].sent != toks[a.c.first].sent or b.c.first - a.c.last - 1 > 6:
                break
            if b.suppressed or b.c.trigger.type == "CONSULT" or not b.c.nominal:
                continue
            start = a.c.last
            if a.c.verbal and a.r.a1 is not None and a.r.a1.first > a.c.last:
                start = a.r.a1.last  # VSO: «ناقش الرئيسان وقف القتال»
            gap = range(start + 1, b.c.first)
            head_only = len(gap) <= 1 and all(toks[j].word and toks[j].key not in _cls("stop") for j in gap)
            genitive = discussion and head_only and not b.c.split.conj and not b.c.split.prep
            gap = range(a.c.last + 1, b.c.first)
            marked = any(toks[j].key in _TOPIC_MARKERS for j in gap) and not any(toks[j].key in (".", "؛") for j in gap)
            purpose = b.c.split.lam and b.c.kind == "masdar" and len(gap) <= 3
            if genitive or marked or purpose:
                why = f"topic of the CONSULT trigger «{toks[a.c.head].text}»"
                b.suppressed = why
                joined_contents(view, coded, b, why)
            break


_MEETINGS = frozenset({"اجتمع", "انعقد", "مؤتمر", "جلسة"})
_DOCUMENTS = frozenset(lx.nkey(w) for w in ("مشروع", "قانون", "ملف", "وثيقة", "تقرير", "ميزانية", "مقترح", "مقترحات",
                                            "مشاريع", "قوانين", "ملفات", "فصول", "فصل", "برنامج", "مخطط", "نص"))


_PLURAL_BODIES = frozenset({"احزاب", "فصائل", "قوي", "دول", "اطراف", "كتل"})


def _single_body(view: DocView, ph: Phrase | None) -> bool:
    """One organisation or party (الحركة، حزب افاق تونس، اللجنة), not people or several bodies."""
    if ph is None or any(view.toks[j].key == "و" or view.toks[j].key.startswith("و") and j > ph.first
                         for j in range(ph.first, ph.last + 1)):
        return False
    head = _key(view, ph.first)
    if head.endswith("ات") or head.removeprefix("ال") in _PLURAL_BODIES:
        return False  # «الأحزاب المعارضة»، «المنظمات الحقوقية»: several bodies meet
    return head in _cls("org_head") or head in _cls("group") and head not in _cls("civilian") \
        or ph.mention is not None and ph.mention.label == "ORG"


def internal_meetings(view: DocView, coded: list[Coded]) -> None:
    """«الحركة قررت إثر اجتماعها»، «الاجتماع الذي يعقده الحزب»: a meeting of one organisation with
    itself is internal business, not a CONSULT between actors."""
    for e in coded:
        if e.suppressed or e.c.trigger.type != "CONSULT" or not e.c.nominal or lx.nkey(e.c.trigger.lemma) not in \
                {lx.nkey(x) for x in _MEETINGS}:
            continue
        present = [x for x in (e.r.a1, e.r.a2) if x is not None]
        if len(present) == 1 and _single_body(view, present[0]):
            e.suppressed = "a meeting of one organisation (internal business)"


def deliberations(view: DocView, coded: list[Coded]) -> None:
    """«ناقشت لجنة الصحة مشروع قانون»، «بحث المجلس ملف الانتخابات»: a body discussing a bill, file or
    report with no partner (مع …) deliberates; it is no CONSULT between actors."""
    toks = view.toks
    for e in coded:
        if e.suppressed or e.c.trigger.type != "CONSULT" or not e.c.verbal \
                or lx.nkey(e.c.trigger.lemma) not in _DISCUSS:
            continue
        a1 = e.r.a1
        if a1 is not None and _key(view, a1.first).endswith(("ان", "ين")):
            continue  # «بحث الرئيسان الملف»: two participants
        start = a1.last if a1 is not None and a1.first > e.c.last else e.c.last
        window = [j for j in range(start + 1, min(start + 14, len(toks))) if _same_sent(view, e.c.first, j)]
        if any(toks[j].key == "مع" for j in window):
            continue
        doc = next((j for j in window if _forms(view, j) & _DOCUMENTS), None)
        if doc is not None and not any(participant(view, noun_phrase(view, j)) and view.mention_of.get(j) is not None
                                       and view.mention_of[j].label in ("PER", "GPE") for j in window if j < doc):
            e.suppressed = "a body deliberating over a bill, file or report (no partner)"


def _head_in(view: DocView, ph: Phrase | None, cls: str) -> bool:
    return ph is not None and bool(_forms(view, ph.first) & _cls(cls))


def interceptions(view: DocView, coded: list[Coded]) -> None:
    """«تمكنت القبة الحديدية من اعتراض الصواريخ»، «اعترضت طريق السيارة»: اعترض/اعتراض with a missile,
    aircraft, vessel or a road as its object intercepts; it is an objection (ACCUSE) only with an actor
    or a decision as its object."""
    toks = view.toks
    for e in coded:
        if e.suppressed or e.c.trigger.type != "ACCUSE" or not lx.nkey(e.c.trigger.lemma).startswith("اعترض"):
            continue
        nxt = [j for j in range(e.c.last + 1, min(e.c.last + 4, len(toks))) if _same_sent(view, e.c.first, j)]
        if any(_forms(view, j) & _cls("intercepted") for j in nxt[:1]) or _head_in(view, e.r.a2, "intercepted"):
            e.suppressed = "an interception (its object is a missile, vehicle or road), not an objection"


def metaphors(view: DocView, coded: list[Coded]) -> None:
    """«PUBG تفجر مفاجأة»، «في ظل تفجّر الوضع الاجتماعي»، «لتسيطر على الوقت»، «الاستسلام لهذا الخمول»: an attack,
    seizure or surrender whose subject, object or place is an abstract thing (a surprise, a crisis, anger, the
    situation, time, lethargy) is a figure of speech."""
    toks = view.toks
    for e in coded:
        if e.suppressed or e.c.trigger.type not in ("ASSAULT", "COERCE", "RETREAT"):
            continue
        nxt = e.c.last + 1
        if nxt < len(toks) and _forms(view, nxt) & _DEMONSTRATIVES:
            nxt += 1  # «الاستسلام لهذا الخمول»
        right = _same_sent(view, e.c.first, nxt) and bool(_forms(view, nxt) & _cls("abstract"))
        if right or any(_head_in(view, ph, "abstract") for ph in (e.r.a1, e.r.a2, e.r.loc)):
            e.suppressed = "a figure of speech (its subject or object is an abstract thing)"


_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"})


def animal_attacks(view: DocView, coded: list[Coded]) -> None:
    """«لقي غواص مصرعه بعد تعرضه لهجوم من سمكة قرش»، «هجمات القرش»: an attack by an animal (its actor, its
    genitive or «من» + animal right after the noun) is no event between political actors."""
    toks = view.toks
    for e in coded:
        if e.suppressed or e.c.trigger.type != "ASSAULT":
            continue
        nxt = [j for j in range(e.c.last + 1, min(e.c.last + 4, len(toks))) if _same_sent(view, e.c.first, j)]
        near = nxt[:1] + [k for j in nxt[:2] if toks[j].key == "من" for k in (j + 1, j + 2) if k < len(toks)]
        if any(_forms(view, j) & _cls("animal") for j in near) or _head_in(view, e.r.a1, "animal"):
            e.suppressed = "an attack by an animal, not by a political actor"


def pretending(view: DocView, coded: list[Coded]) -> None:
    """«تظاهر شاب بفقدانه البصر»، «يتظاهر بأنه نائم»: تظاهر + ب is «to pretend», not a demonstration."""
    toks = view.toks
    for e in coded:
        if e.suppressed or e.c.trigger.type != "PROTEST" or lx.nkey(e.c.trigger.lemma) != "تظاهر":
            continue
        j = e.c.last + 1
        while j < len(toks) and _same_sent(view, e.c.first, j) and j <= e.c.last + 4 and not toks[j].key.startswith("ب"):
            j += 1  # the VSO subject may stand between (تظاهر شاب أسترالي بفقدانه)
        if j > e.c.last + 4 or not _same_sent(view, e.c.first, j) or not toks[j].key.startswith("ب"):
            continue
        m = view.mention_of.get(j)
        stem = toks[j].key[1:]
        place = m is not None and m.label in ("GPE", "LOC", "FAC") or place_pp(toks[j].key) \
            or stem.removeprefix("ال") in _cls("place_head") or gazetteer.lookup(stem) is not None
        if not place:  # «تظاهروا بالعاصمة»، «بشارع بورقيبة» is where they demonstrated
            e.suppressed = "«تظاهر بـ» = to pretend, not a demonstration"


_CONTROL = frozenset(lx.nkey(w) for w in ("قرر", "قررت", "قرروا", "تقرر", "يقرر", "اعتزم", "اعتزمت", "يعتزم", "تعتزم",
                                          "يعتزمون", "عزم", "عزمت", "ينوي", "تنوي", "نوى", "نوت", "يزمع", "تزمع",
                                          "أزمع", "أزمعت", "يستعد", "تستعد", "استعد", "استعدت", "خطط", "خططت", "يخطط",
                                          "تخطط", "يخططون", "سعى", "سعت", "يسعى", "تسعى", "يسعون"))


def control_subjects(view: DocView, coded: list[Coded]) -> None:
    """«قررت الهيئة الإدارية تنفيذ إضراب»، «تعتزم النقابة تنظيم وقفة احتجاجية»، «قرر الحزب الانسحاب»:
    the subject of a decision or intention verb is the agent of the event noun it governs (directly or
    through a support masdar such as تنفيذ، تنظيم، شن، إجراء، عقد)."""
    toks = view.toks
    for e in coded:
        if e.suppressed or not e.c.nominal or e.r.a1 is not None or e.c.split.prep not in ("", "ل") or e.c.split.conj:
            continue  # (ل: «يخطط للاستقالة»، «يسعى لعقد اجتماع»)
        k = e.c.first - 1
        if k >= 0 and lx.support_verb(toks[k].key) and _same_sent(view, e.c.first, k):
            k -= 1  # «تنفيذ إضراب»: the support masdar
        lo = view.sents[toks[e.c.first].sent][0]
        # the control verb: right before, or before its VSO subject (which may hold commas)
        for v in range(k, max(lo - 1, k - 25), -1):
            key = toks[v].key
            if key in _CONTROL or key[:1] in "وف" and key[1:] in _CONTROL:
                if v > lo and toks[v - 1].key in THAT_PRONOUN and e.sources \
                        and e.sources[-1].phrase is not None:
                    e.r.a1 = e.sources[-1].phrase  # «قال النائب إنه يخطط للاستقالة»: the speaker
                    e.r.why.append(f"a1 = the speaker («{toks[v - 1].text} {toks[v].text}»: decides or intends the event)")
                    break
                subj = noun_phrase(view, v + 1) if v + 1 <= k else None
                if subj is not None and subj.last <= k and participant(view, subj):
                    e.r.a1 = subj
                    e.r.why.append(f"a1 = the subject of «{toks[v].text}» (decides or intends the event)")
                    break
                before = phrase_ending_at(view, v - 1, lo) if v - 1 >= lo else None
                if before is not None and participant(view, before):
                    e.r.a1 = before
                    e.r.why.append(f"a1 = the subject before «{toks[v].text}» (decides or intends the event)")
                break
            if toks[v].text in (".", "؛", ":") or key in _cls("clause_break") or key in ("ان", "انه", "انها"):
                break


def future_date(view: DocView, e: Coded) -> str | None:
    """«تعقد مساء غد 7 أحزاب اجتماعا»، «يؤدي الوزير زيارة عمل يومي 4 و5 جوان» (published 2 June): an event
    dated in its own clause after the publication day is planned, not yet done."""
    if view.published is None or e.modality not in ("asserted", "reported"):
        return None
    toks = view.toks
    t = toks[e.c.first]
    for d in view.dates:
        if d.value is None or d.precision not in ("day", "month") \
                or d.value <= view.published.isoformat()[:len(d.value)]:
            continue  # «يومي 20 و21 مارس» may parse as a month: it counts when the month is later
        ds = next((x for x in toks if x.start <= d.start < x.end), None)
        if ds is None or ds.sent != t.sent or ds.clause != t.clause or abs(ds.i - e.c.first) > 10:
            continue
        return f"dated {d.value}, after the publication day {view.published.isoformat()}"
    return None


_CEASEFIRE_HEADS = frozenset(lx.nkey(w) for w in (
    "مقترح", "اقتراح", "مشروع", "خرق", "خروقات", "انتهاك", "انتهاكات", "استمرار", "مواصلة", "شروط", "بنود",
    "تطبيق", "اتفاق", "مفاوضات", "محادثات", "صفقة", "مبادرة", "قرار", "خطة", "أيام", "يوم", "فترة", "مدة",
    "إنهاء", "انهيار", "مساعي", "جهود"))


def ceasefire_genitives(view: DocView, coded: list[Coded]) -> None:
    """«مقترح وقف إطلاق النار»، «خرق الهدنة»، «أيام الهدنة»: a ceasefire noun in the genitive
    of a proposal, extension, violation or period names the truce the head talks about, not a new
    ceasefire (the head, when an event, is coded on its own)."""
    toks = view.toks
    for e in coded:
        c = e.c
        if e.suppressed or c.trigger.type != "RETREAT" or c.trigger.mode != "ceasefire" or c.split.prep or c.split.conj:
            continue
        if c.first == 0 or toks[c.first - 1].sent != toks[c.first].sent:
            continue
        head = _forms(view, c.first - 1)
        if head & _CEASEFIRE_HEADS:
            e.suppressed = f"the truce named by «{toks[c.first - 1].text}» (its genitive), not a new ceasefire"


_HOSTAGE = frozenset(lx.nkey(w) for w in ("رهينة", "رهائن", "محتجز", "أسير", "مختطف", "مخطوف", "معتقل", "سجين"))


def released_captives(view: DocView, coded: list[Coded]) -> None:
    """«أطلقت حماس سراح الرهينة يوشيفيد ليفشيتز»، «تطلق سراح رهينتين»: the captives named right after a
    release phrase are its patients, not a second (abduction) event."""
    toks = view.toks
    for e in coded:
        if e.suppressed or _type_of(e) not in ("RETREAT", "CONCEDE"):
            continue
        end = max([e.c.last] + list(e.c.consumed))
        o = next((o for o in coded if o is not e and not o.suppressed and o.c.first == end + 1), None)
        if o is None or o.c.trigger.type != "ASSAULT" or lx.nkey(o.c.trigger.lemma) not in _HOSTAGE:
            continue
        o.suppressed = f"the captives released by «{toks[e.c.head].text}» (its patient)"
        if e.r.a2 is None:
            ph = noun_phrase(view, o.c.first)
            if ph is not None:
                e.r.a2 = ph
                e.r.why.append("a2 = the captives after the release phrase")


def _type_of(e: Coded) -> str:
    return e.type_override[0] if e.type_override else e.c.trigger.type


def patient_genitive(trig: lx.Trigger) -> bool:
    """Does the noun frame give its genitive to a2 before a1 (اعتقال المتهمين، إيقافهم)?"""
    for slot in trig.frame_noun or trig.frame:
        if "gen" in slot.realizations:
            return slot.roles[0] == "a2"
    return False
