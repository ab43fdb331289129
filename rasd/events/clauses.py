"""Subjects and objects of verbs in Arabic news grammar (split from roles.py).

- VSO is the norm (the subject follows the verb, time words may intervene); a noun phrase right before the
  verb, after «أن/إن» or at clause start, is an SVO subject; after a relative pronoun the antecedent is the
  subject (or the object when the verb carries an object pronoun); a plural-suffixed verb (اعتقلوا، يخططون)
  has a pronoun subject, so the next phrase is its object;
- prepositional phrases (ب/ل attached, a preposition before) are never the subject or the object;
- subjects joined by «و» come before the object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events import lexicon as lx
from rasd.events.apposition import accusative, both_x_and_y, resumptive_object
from rasd.events.places import participant
from rasd.events.triggers import Candidate
from rasd.events.view import (NEGATIONS, QUOTE, DocView, Phrase, attached_prep, bare_key, best_mention, conj_prefix,
                              counted_at, is_definite, is_verb_form, looks_adjectival, manner_adverbial, noun_phrase, place_pp,
                              stop_word)
from rasd.text.clitics import corpus_split

if TYPE_CHECKING:
    from rasd.events.roles import Roles

REL_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي"})
COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان"})
THAT_PRONOUN = frozenset({"انه", "انها", "انهم", "بانه", "بانها"})  # «أنه/أنها»: «that» carrying the subject pronoun
_DEMONSTRATIVES = frozenset({"تلك", "ذلك", "هذا", "هذه", "هؤلاء", "اولئك", "ذاك"})



def skip_light(view: DocView, j: int, sent: int, limit: int = 6) -> int | None:
    """Next content token from ``j``: skips commas, dates, time words, adverbials, «قد»."""
    lex = lx.lexicon()
    toks = view.toks
    n = 0
    while j < len(toks) and toks[j].sent == sent and n <= limit:
        t = toks[j]
        if t.key in ("،", ",", '"') or j in view.date_of or t.key in lex.word_class("time") \
                or t.key in lex.word_class("adverbial") or t.key in ("قد", "لقد", "وقد"):
            j += 1
            n += 1
            continue
        if manner_adverbial(view, j):
            j += 2  # «ترفض بشكل قاطع أي تبريرات»، «تدين بصورة واضحة»
            n += 2
            continue
        if not t.word:
            return None
        return j
    return None


def phrase_ending_at(view: DocView, end: int, lo: int) -> Phrase | None:
    """The longest noun phrase that ends exactly at token ``end`` (searching back to ``lo``).

    Partitive phrases are found too (مسلحين منتمين إلى تنظيم داعش ← داعش): a start further back
    counts when its phrase reaches ``end``.
    """
    best = None
    while end >= lo and view.toks[end].key == '"':
        end -= 1
    if end >= lo and bare_key(view.toks[end]) in _DEMONSTRATIVES:
        return None  # «مماثلة لتلك التي ضربت باريس»: the pronoun is the antecedent, not the noun before it
    lex = lx.lexicon()
    org_heads = lex.word_class("org_head")
    for k in range(end, max(lo, end - 9) - 1, -1):
        t = view.toks[k]
        if not t.word and t.key != '"':
            break
        if t.key in COMPLEMENTIZERS or t.key in REL_PRONOUNS or t.key in lex.word_class("clause_break"):
            break
        if k + 1 <= end and view.toks[k + 1].key == '"' and t.word and best is not None and best.first == k + 2:
            bare = t.key[2:] if t.key.startswith("ال") else t.key
            if bare not in org_heads and t.key not in lex.word_class("group"):
                break  # «ما تسمى «هيئة…»»: only an organisation noun joins a quoted name
        if stop_word(view, t.key):
            continue
        ph = noun_phrase(view, k)
        if ph is None or ph.first != k:
            continue
        if ph.last == end or (ph.last == end + 1 and view.toks[end + 1].key == '"'):
            best = ph
        elif ph.last > end:  # the caller knows the phrase ends here (before a cue or a verb): cut it
            best = Phrase(ph.first, end, ph.start, view.toks[end].end, best_mention(view, ph.first, end))
    return best


def _feminine(view: DocView, j: int) -> bool | None:
    """Grammatical gender of a noun token from its ending (ة، ات), None for names and unclear words."""
    k = bare_key(view.toks[j])
    m = view.mention_of.get(j)
    if m is not None and m.label == "PER" and k not in lx.lexicon().word_class("title"):
        return None
    if k.endswith(("ه", "ات")) and len(k) > 3:
        return True
    return False if len(k) > 2 and not k.endswith(("ي", "ين", "ون")) else None


def antecedent(view: DocView, ph: Phrase, rel: str) -> Phrase:
    """The noun a relative pronoun refers to agrees with it: in «تصريحات وزير الخارجية الذي اتهم…»
    masculine «الذي» skips the feminine plural head and refers to its genitive «وزير الخارجية»."""
    want = {"الذي": False, "التي": True}.get(rel)
    if want is None or _feminine(view, ph.first) in (None, want):
        return ph
    for k in range(ph.first + 1, ph.last + 1):
        if _feminine(view, k) is not want or not view.toks[k].word:
            continue
        inner = noun_phrase(view, k)
        if inner is not None and inner.first == k and inner.last >= ph.last:
            return Phrase(k, ph.last, inner.start, ph.end, best_mention(view, k, ph.last))
    return ph


def clause_initial(view: DocView, i: int) -> bool:
    """Is token ``i`` (a verb) at the start of its clause (so VSO)?"""
    t = view.toks[i]
    if t.key[:1] in "وف" and conj_prefix(t.text)[:1] in ("و", "ف"):
        return True
    j = i - 1
    adverbial = lx.lexicon().word_class("adverbial")
    while j >= 0 and view.toks[j].key in ("قد", "لقد", "وقد", "ثم", "كما", "وكما"):
        j -= 1
    if j >= 1 and " ".join((view.toks[j - 1].key, view.toks[j].key)) in adverbial:
        j -= 2  # «من جهته رفض السفير»: an opening adverbial is no subject
    elif j >= 0 and view.toks[j].key in adverbial:
        j -= 1
    if j >= 0 and view.toks[j].key in ("و", "ف"):
        return True
    if j < 0 or view.toks[j].sent != t.sent:
        return True
    p = view.toks[j]
    return not p.word or p.key in COMPLEMENTIZERS or p.key in lx.lexicon().word_class("clause_break") \
        or p.key in ("ان", "اذ", "لما", "عندما")


KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"})
_COPULA = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا", "يكون", "تكون", "يكونوا", "يكونون", "تكونا"})



_PRONOUN_CONJ = frozenset({"لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم", "لانه", "لانها", "لانهم"})


def first_person(c: Candidate) -> bool:
    """«نثمن»، «نرفض»: an imperfective whose person prefix is ن (1st plural) in a lexicon verb whose
    3rd-person form starts with ي."""
    return c.kind == "present" and c.split.rest[:1] == "ن" and not c.split.future


def pronoun_subject(key: str, text: str = "") -> bool:
    """Plural/1st-person suffix on a verb: the subject is in the verb (اعتقلوا، يخططون، استهدفنا) — not a
    hamza-final stem whose normalised key only looks suffixed (هنأ → «هنا»)."""
    if text and text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")[-1:] in ("أ", "إ", "ؤ", "ئ", "ء"):
        return False
    for enc in ("", "ه", "ها", "هم", "هما"):
        k = key[: -len(enc)] if enc and key.endswith(enc) else key
        if k.endswith(("وا", "ون", "نا", "تم")) or (enc and k.endswith("و")):
            return True
    return False


def subject_np(view: DocView, c: Candidate, r: Roles) -> tuple[Phrase | None, int]:
    """The subject phrase of a verbal trigger and the token after which the object is searched."""
    i = c.head
    t = view.toks[i]
    after = c.last + 1
    aspectual = lx.lexicon().word_class("aspectual")
    if i > 0 and (view.toks[i - 1].key in aspectual or view.toks[i - 1].key[1:] in aspectual):
        i -= 1  # بدؤوا ينتقلون: the auxiliary stands for the verb
        t = view.toks[i]
    toks = view.toks
    lo = view.sents[t.sent][0]
    if first_person(c):
        return None, after  # «نثمن موقف …»، «نرفض»: the subject is «we», the speaker
    rel = i - 1
    if i > 1 and toks[i - 1].key in ("قد", "لقد") and toks[i - 2].key in KANA:
        rel = i - 3  # «الذي كان قد قدم استقالته»
    # relative clause: antecedent
    if rel >= 0 and toks[rel].key in REL_PRONOUNS:
        ante = phrase_ending_at(view, rel - 1, max(view.sents[t.sent][0], rel - 8))
        if ante is not None and prepositional(view, ante) and toks[ante.first].key.startswith(("لل", "ل")):
            # «المدير الجهوي للتطهير الذي أقاله»: a ل-qualifier is skipped back to the noun it qualifies
            head = phrase_ending_at(view, ante.first - 1, max(view.sents[t.sent][0], ante.first - 8)) \
                if ante.first - 1 >= view.sents[t.sent][0] else None
            ante = head if head is not None and not prepositional(view, head) else ante
        if ante is not None and rel == i - 1 and resumptive_object(view, c):
            # «المعارض الذي اعتقلته السلطات»، «الأطفال الذين أطلقت إسرائيل سراحهم»: the pronoun on the verb
            # or its particle takes the antecedent back as the object; the subject follows the verb
            j = skip_light(view, after, t.sent)
            subj = noun_phrase(view, j) if j is not None and not any(ch in conj_prefix(toks[j].text) for ch in "بلك") else None
            if subj is not None and participant(view, subj):
                r.rel_object = antecedent(view, ante, toks[rel].key)
                r.explicit_subject = True
                return subj, subj.last + 1
        if ante is not None:
            return antecedent(view, ante, toks[rel].key), after
    if i > 2 and toks[i - 1].key in ("قد", "لقد"):  # «وكان جلالة الملك قد استقبل …»
        np = phrase_ending_at(view, i - 2, lo)
        if np is not None and np.first > lo and toks[np.first - 1].key in KANA:
            r.explicit_subject = True
            return np, after
    if i > 0 and toks[i - 1].key in _PRONOUN_CONJ:
        return None, after  # «لكنه طالب»: the pronoun on لكن is the subject, not the phrase before it
    coordinated = i == c.head and c.split.conj in ("و", "ف")  # «وشكك»، «وطالبت»: the lexicon split off و
    v = i
    while v - 1 > lo and (toks[v - 1].key in NEGATIONS or toks[v - 1].key in ("قد", "لقد") or toks[v - 1].key in _COPULA):
        v -= 1  # «أن الصندوق لم يعارض»، «إن المسلحين كانوا قد هاجموا»: particles and the copula between subject and verb
    if v < i and toks[v - 1].key in _PRONOUN_CONJ:
        return None, after
    if not coordinated and not clause_initial(view, v):
        before = subject_before(view, v, lo)
        if before is not None and before.first >= 2 and toks[before.first - 2].key in REL_PRONOUNS \
                and is_verb_form(toks[before.first - 1].key, toks[before.first - 1].text):
            # «الغارة التي قتلت البغدادي استهدفت تجمعا»: the phrase before the verb is the relative clause's
            # object; the subject is the relative pronoun's antecedent
            ante = phrase_ending_at(view, before.first - 3, max(lo, before.first - 11))
            before = antecedent(view, ante, toks[before.first - 2].key) if ante is not None else before
        if before is not None:
            r.explicit_subject = True
            return before, after
    elif i - 2 >= lo and view.toks[i - 1].key == "،":  # «أن قوات الجيش، قضت على…»
        before = phrase_ending_at(view, i - 2, lo)
        if before is not None and before.first > lo and view.toks[before.first - 1].key in COMPLEMENTIZERS:
            r.explicit_subject = True
            return before, after
    pw = i - 1
    while pw > 0 and view.toks[pw].key == QUOTE:
        pw -= 1  # «انها “استهدفت …»: the pronoun before a quoted verb
    if pronoun_subject(t.key, t.text) or pw >= 0 and view.toks[pw].key in (
            "انه", "انها", "انهم", "بانه", "بانها", "لانه", "لانها", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"):
        return None, after  # the subject is a pronoun (in the verb, or «إنها» right before it)
    j = skip_light(view, after, t.sent)
    if j is None:
        return None, after
    while j == after and c.last > c.head and j + 1 < len(toks) and toks[j].sent == t.sent \
            and is_definite(toks[j].key, toks[j].text) and looks_adjectival(toks[j].key, participles=False):
        j = after = j + 1  # «تقاطع الانتخابات البلدية»: an adjective of the phrase's object noun is no subject
    pp_subject = _subject_after_place(view, j, t.sent)
    if pp_subject is not None:  # «وصل إلى الرياض أمس وزير الخارجية البريطاني»: V + place PP + subject
        r.explicit_subject = True
        return pp_subject, pp_subject.last + 1
    if any(ch in conj_prefix(toks[j].text) for ch in "بلك") or attached_prep(view, j):
        return None, after  # «وتتهمه بدعم حماس»: a prepositional phrase is never the VSO subject
    if accusative(view, j):
        return None, after  # «كما اعتقلت شخصا مسلحا»: an accusative noun is the object; the subject is in the verb
    ph = both_x_and_y(view, j) or noun_phrase(view, j)
    if ph is not None and _disagrees(view, t, c, ph):
        return None, after  # «وأوقفت الشخصين»: a feminine verb cannot have a masculine sound plural or dual subject
    if ph is not None:
        r.explicit_subject = True
        return ph, ph.last + 1
    return None, after


def _subject_after_place(view: DocView, j: int, sent: int) -> Phrase | None:
    """«وصل إلى الرياض أمس وزير الخارجية»، «اجتمع في جنيف ممثلو الطرفين»: a place phrase after «إلى/في» (a named
    place or a place noun) between the verb and an actor phrase; that phrase is the subject. A counted phrase
    there is the patient of a passive (قتل في غزة ثلاثة أشخاص), not a subject."""
    toks = view.toks
    if toks[j].key not in ("الي", "في") or j + 1 >= len(toks):
        return None
    place = noun_phrase(view, j + 1, max_len=4)
    m = place.mention if place is not None else None
    if place is None or not (m is not None and m.label in ("GPE", "LOC", "FAC")
                             or bare_key(toks[place.first]) in lx.lexicon().word_class("place_head")):
        return None
    k = skip_light(view, place.last + 1, sent)
    if k is None or counted_at(view, k):
        return None
    ph = noun_phrase(view, k)
    return ph if ph is not None and ph.mention is not None and ph.mention.label in ("PER", "ORG") \
        and participant(view, ph) else None


def _disagrees(view: DocView, verb, c: Candidate, ph: Phrase) -> bool:
    """A 3rd person feminine singular verb (أوقفت، تعتقل) and a masculine sound plural or dual noun (الشخصين،
    المسلحون، مواطنان) cannot be verb and subject; names are left alone, agent words are not names
    («كما تعتقل المواطنين»)."""
    k = verb.key[len(c.split.prefix):] if c.split.prefix and verb.key.startswith(lx.nkey(c.split.prefix)) else verb.key
    feminine = c.kind == "past" and k.endswith("ت") and not k.endswith(("وت", "ات")) \
        or c.kind == "present" and k.startswith("ت") and not k.endswith(("ون", "وا"))
    if not feminine or ph.mention is not None and ph.mention.label in ("PER", "ORG", "GPE") \
            and ph.mention.method != "agent":
        return False
    head = bare_key(view.toks[ph.first]).removeprefix("ال")
    return len(head) > 4 and head.endswith(("ين", "ون", "ان")) and not head.endswith(("يين", "يون", "تان", "تين")) \
        and head not in lx.lexicon().word_class("name")  # (تان/تين: a feminine dual agrees: فجرت انتحاريتان)


def subject_before(view: DocView, i: int, lo: int) -> Phrase | None:
    """The SVO subject ending right before verb ``i``. A prepositional phrase is skipped back to the noun it
    qualifies («عددا من مقدمي الخدمة في تركيا حجبوا»); an indefinite event noun in a PP still heads an
    asyndetic relative clause («في غارة استهدفت مكتبا»)."""
    before = phrase_ending_at(view, i - 1, lo)
    for _ in range(3):
        if before is None or not prepositional(view, before):
            return before
        t = view.toks[before.first]
        if before.last == i - 1 and not is_definite(t.key, t.text) and any(
                a.entry.cls == "noun" for a in lx.readings(t.text, t.key)):
            return before
        k = before.first - 1 if bare_key(view.toks[before.first - 1]) in _PREPOSITIONS else before.first
        if k - 1 < lo or not view.toks[k - 1].word:
            return None
        if bare_key(view.toks[k]) in ("من", "في") and bare_key(view.toks[k - 1]) in lx.lexicon().word_class("group"):
            return Phrase(k - 1, before.last, view.toks[k - 1].start, before.end, best_mention(view, k - 1, before.last))
        before = phrase_ending_at(view, k - 1, lo)
    return None


def prepositional(view: DocView, ph: Phrase) -> bool:
    """«وفي باريس انتقد …»: a phrase after a preposition (or with ب/ل attached) is no subject."""
    t = view.toks[ph.first]
    if conj_prefix(t.text)[-1:] in ("ب", "ل", "ك") or t.key.startswith(("بال", "لل")) or place_pp(t.key) \
            or attached_prep(view, ph.first):
        return True
    return ph.first > 0 and bare_key(view.toks[ph.first - 1]) in _PREPOSITIONS


_PREPOSITIONS = frozenset({"في", "من", "علي", "عن", "الي", "مع", "عبر", "حول", "خلال", "منذ", "بين", "ضد", "لدي",
                           "نحو", "عند", "قبل", "بعد", "دون", "حتي", "تجاه", "وسط", "قرب", "داخل", "خارج", "امام"})


def object_np(view: DocView, j: int, sent: int) -> Phrase | None:
    k = skip_light(view, j, sent, limit=4)
    if k is None:
        return None
    t = view.toks[k]
    if t.key[:1] in "بل" and (conj_prefix(t.text)[:1] in ("ب", "ل") or attached_prep(view, k)):
        return None  # a prepositional phrase, not an object
    loose = corpus_split(t.text, ratio=1.5) if t.key[:1] == "ب" else None
    if loose is not None and loose.prefix[-1:] == "ب":
        return None  # «هددت كوريا باستخدام السلاح»: ب + a frequent masdar the splitter keeps whole is no object
    if t.key in COMPLEMENTIZERS:
        return None
    return noun_phrase(view, k)


def after_conjuncts(view: DocView, j: int, sent: int) -> int:
    """VSO: noun phrases joined by «و» right after the subject are more subjects, the object follows them
    («وطالب أصحاب السيارات وممثلو المجتمع المدني ومواطنون السلطات بالتدخل»). Only when a plain noun phrase
    follows the conjuncts; otherwise ``j`` unchanged."""
    toks = view.toks
    k = j
    for _ in range(4):
        if k >= len(toks) or toks[k].sent != sent or conj_prefix(toks[k].text) != "و":
            break
        ph = noun_phrase(view, k, strip=1)
        if ph is None:
            break
        k = ph.last + 1
    if k == j or k >= len(toks) or toks[k].sent != sent or not toks[k].word or conj_prefix(toks[k].text) \
            or is_verb_form(toks[k].key, toks[k].text) or toks[k].key in lx.lexicon().word_class("stop"):
        return j
    nxt = noun_phrase(view, k)
    return k if nxt is not None and nxt.first == k else j
