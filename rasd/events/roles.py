"""Role filling: bind a trigger's argument frame to noun phrases around it.

Arabic news grammar used here (docs/events.md, "Frame notation"):
- verbs: VSO is the norm (the subject follows the verb, time words may intervene); a noun phrase
  right before the verb, after «أن/إن» or at clause start, is an SVO subject; after a relative
  pronoun the antecedent is the subject (or the object when the verb carries an object pronoun);
  a plural-suffixed verb (اعتقلوا، يخططون) has a pronoun subject, so the next phrase is its object;
- unvocalised perfectives are often passive: with an agent marker (من قبل، على يد، من طرف) or a
  number right after the verb (اعتقل 3 أشخاص) the phrase after the verb is the patient;
- masdars take their patient or agent as genitive (توقيف مواطن) per the frame's binding order;
- marked realizations (prep:P, between) are bound before plain ones; a place in an actor slot of an
  attack or seizure is the location (قصف المدينة); default location is في/ب + a place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.annotations import DocState
from rasd.events.apposition import accusative, both_x_and_y, cut_before, object_particle, resumptive_object, skip_adjunct_pp, skip_apposition
from rasd.events import lexicon as lx
from rasd.events.frames import Slot
from rasd.events.triggers import Candidate
from rasd.events.genitives import _QUALIFIERS, event_noun, find_between, genitive, lam_genitive, masdar_shape  # noqa: F401
from rasd.events.places import (find_place_before, is_actorish, is_country, is_place, participant,  # noqa: F401
                                place_id, to_arg)
from rasd.events.view import (NEGATIONS, DocView, Phrase, attached_prep, bare_key, place_pp, best_mention, conj_prefix, is_definite, is_verb_form,
                              looks_adjectival, noun_phrase, stop_word)

AGENT_MARKERS = (("من", "قبل"), ("علي", "يد"), ("علي", "ايدي"), ("من", "طرف"), ("من", "جانب"))
REL_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي"})
COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان"})
_DEMONSTRATIVES = frozenset({"تلك", "ذلك", "هذا", "هذه", "هؤلاء", "اولئك", "ذاك"})
SEARCH = 14  # tokens searched after a trigger for marked arguments
SEARCH_NOUN = 8  # ... after an event noun (its complements follow it closely: «السيطرة المستدامة … على الساحة» is not one)
ACTOR_ROLES = ("a1", "a2")
PATIENT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN", "ACCUSE", "PROTEST", "MOBILIZE"})
LOCATIVE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})


@dataclass
class Roles:
    a1: Phrase | None = None
    a2: Phrase | None = None
    loc: Phrase | None = None
    dest: Phrase | None = None
    src: Phrase | None = None
    theme: Phrase | None = None  # the content or thing (not output; it keeps a genitive from the actor slots)
    passive: bool = False
    explicit_subject: bool = False
    rel_object: Phrase | None = None  # the antecedent a resumptive object pronoun takes back (المعارض الذي اعتقلته)
    subject: Phrase | None = None  # the verb's grammatical subject, whatever role it fills (a purpose masdar's actor)
    why: list[str] = field(default_factory=list)

    def get(self, role: str) -> Phrase | None:
        return getattr(self, role, None)

    def set(self, role: str, ph: Phrase | None, why: str) -> bool:
        if ph is None or role not in ("a1", "a2", "loc", "dest", "src", "theme") or getattr(self, role) is not None:
            return False
        setattr(self, role, ph)
        self.why.append(f"{role} = {why}")
        return True


# -- positions ---------------------------------------------------------------------------------

def _skip(view: DocView, j: int, sent: int, limit: int = 6) -> int | None:
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
        if not t.word:
            return None
        return j
    return None


def _phrase_ending_at(view: DocView, end: int, lo: int) -> Phrase | None:
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


def _clause_initial(view: DocView, i: int) -> bool:
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


_KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"})



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
    if i > 1 and toks[i - 1].key in ("قد", "لقد") and toks[i - 2].key in _KANA:
        rel = i - 3  # «الذي كان قد قدم استقالته»
    # relative clause: antecedent
    if rel >= 0 and toks[rel].key in REL_PRONOUNS:
        ante = _phrase_ending_at(view, rel - 1, max(view.sents[t.sent][0], rel - 8))
        if ante is not None and _prepositional(view, ante) and toks[ante.first].key.startswith(("لل", "ل")):
            # «المدير الجهوي للتطهير الذي أقاله»: a ل-qualifier is skipped back to the noun it qualifies
            head = _phrase_ending_at(view, ante.first - 1, max(view.sents[t.sent][0], ante.first - 8)) \
                if ante.first - 1 >= view.sents[t.sent][0] else None
            ante = head if head is not None and not _prepositional(view, head) else ante
        if ante is not None and rel == i - 1 and resumptive_object(view, c):
            # «المعارض الذي اعتقلته السلطات»، «الأطفال الذين أطلقت إسرائيل سراحهم»: the pronoun on the verb
            # or its particle takes the antecedent back as the object; the subject follows the verb
            j = _skip(view, after, t.sent)
            subj = noun_phrase(view, j) if j is not None and not any(ch in conj_prefix(toks[j].text) for ch in "بلك") else None
            if subj is not None and participant(view, subj):
                r.rel_object = antecedent(view, ante, toks[rel].key)
                r.explicit_subject = True
                return subj, subj.last + 1
        if ante is not None:
            return antecedent(view, ante, toks[rel].key), after
    if i > 2 and toks[i - 1].key in ("قد", "لقد"):  # «وكان جلالة الملك قد استقبل …»
        np = _phrase_ending_at(view, i - 2, lo)
        if np is not None and np.first > lo and toks[np.first - 1].key in _KANA:
            r.explicit_subject = True
            return np, after
    if i > 0 and toks[i - 1].key in _PRONOUN_CONJ:
        return None, after  # «لكنه طالب»: the pronoun on لكن is the subject, not the phrase before it
    coordinated = i == c.head and c.split.conj in ("و", "ف")  # «وشكك»، «وطالبت»: the lexicon split off و
    v = i
    while v - 1 > lo and toks[v - 1].key in NEGATIONS:
        v -= 1  # «أن الصندوق لم يعارض»: a negation particle stands between the SVO subject and its verb
    if v < i and toks[v - 1].key in _PRONOUN_CONJ:
        return None, after
    if not coordinated and not _clause_initial(view, v):
        before = _subject_before(view, v, lo)
        if before is not None and before.first >= 2 and toks[before.first - 2].key in REL_PRONOUNS \
                and is_verb_form(toks[before.first - 1].key, toks[before.first - 1].text):
            # «الغارة التي قتلت البغدادي استهدفت تجمعا»: the phrase before the verb is the relative clause's
            # object; the subject is the relative pronoun's antecedent
            ante = _phrase_ending_at(view, before.first - 3, max(lo, before.first - 11))
            before = antecedent(view, ante, toks[before.first - 2].key) if ante is not None else before
        if before is not None:
            r.explicit_subject = True
            return before, after
    elif i - 2 >= lo and view.toks[i - 1].key == "،":  # «أن قوات الجيش، قضت على…»
        before = _phrase_ending_at(view, i - 2, lo)
        if before is not None and before.first > lo and view.toks[before.first - 1].key in COMPLEMENTIZERS:
            r.explicit_subject = True
            return before, after
    if pronoun_subject(t.key, t.text) or i > 0 and view.toks[i - 1].key in (
            "انه", "انها", "انهم", "بانه", "بانها", "لانه", "لانها", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"):
        return None, after  # the subject is a pronoun (in the verb, or «إنها» right before it)
    j = _skip(view, after, t.sent)
    if j is None:
        return None, after
    while j == after and c.last > c.head and j + 1 < len(toks) and toks[j].sent == t.sent \
            and is_definite(toks[j].key, toks[j].text) and looks_adjectival(toks[j].key, participles=False):
        j = after = j + 1  # «تقاطع الانتخابات البلدية»: an adjective of the phrase's object noun is no subject
    if any(ch in conj_prefix(toks[j].text) for ch in "بلك") or attached_prep(view, j):
        return None, after  # «وتتهمه بدعم حماس»: a prepositional phrase is never the VSO subject
    if accusative(view, j):
        return None, after  # «كما اعتقلت شخصا مسلحا»: an accusative noun is the object; the subject is in the verb
    ph = both_x_and_y(view, j) or noun_phrase(view, j)
    if ph is not None:
        r.explicit_subject = True
        return ph, ph.last + 1
    return None, after


def _subject_before(view: DocView, i: int, lo: int) -> Phrase | None:
    """The SVO subject ending right before verb ``i``. A prepositional phrase is skipped back to the noun it
    qualifies («عددا من مقدمي الخدمة في تركيا حجبوا»); an indefinite event noun in a PP still heads an
    asyndetic relative clause («في غارة استهدفت مكتبا»)."""
    before = _phrase_ending_at(view, i - 1, lo)
    for _ in range(3):
        if before is None or not _prepositional(view, before):
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
        before = _phrase_ending_at(view, k - 1, lo)
    return None


def _prepositional(view: DocView, ph: Phrase) -> bool:
    """«وفي باريس انتقد …»: a phrase after a preposition (or with ب/ل attached) is no subject."""
    t = view.toks[ph.first]
    if conj_prefix(t.text)[-1:] in ("ب", "ل", "ك") or t.key.startswith(("بال", "لل")) or place_pp(t.key) \
            or attached_prep(view, ph.first):
        return True
    return ph.first > 0 and bare_key(view.toks[ph.first - 1]) in _PREPOSITIONS


_PREPOSITIONS = frozenset({"في", "من", "علي", "عن", "الي", "مع", "عبر", "حول", "خلال", "منذ", "بين", "ضد", "لدي",
                           "نحو", "عند", "قبل", "بعد", "دون", "حتي", "تجاه", "وسط", "قرب", "داخل", "خارج", "امام"})


def object_np(view: DocView, j: int, sent: int) -> Phrase | None:
    k = _skip(view, j, sent, limit=4)
    if k is None:
        return None
    t = view.toks[k]
    if t.key[:1] in "بل" and (conj_prefix(t.text)[:1] in ("ب", "ل") or attached_prep(view, k)):
        return None  # a prepositional phrase, not an object
    if t.key in COMPLEMENTIZERS:
        return None
    return noun_phrase(view, k)


def _after_conjuncts(view: DocView, j: int, sent: int) -> int:
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


def _window(view: DocView, c: Candidate, particle: bool = True) -> range:
    """Tokens searched for marked arguments: from after the head (a phrase's prepositional particle
    such as «قضى على» introduces its patient) to the end of the clause."""
    sent = view.toks[c.first].sent
    end = c.head + 1
    last = max((c.last,) + c.consumed) if particle else c.last  # «ألقت الوحدات … القبض على X»
    hi = min(last + 1 + (SEARCH if c.verbal else SEARCH_NOUN), view.sents[sent][1] + 1)
    j = end
    while j < hi:
        t = view.toks[j]
        if j > last + 1 and (t.key in COMPLEMENTIZERS or t.key in lx.lexicon().word_class("clause_break")):
            break
        j += 1
    return range(end, j)


def find_prep(view: DocView, c: Candidate, prep: str, window: range) -> Phrase | None:
    """Phrase introduced by ``prep`` (a word, a multiword marker, or a proclitic ب/ل) after the trigger."""
    pk = lx.words(prep)
    toks = view.toks
    for j in window:
        if j in c.consumed:
            continue
        t = toks[j]
        if len(pk) == 1 and len(pk[0]) == 1:  # proclitic ب / ل
            p = pk[0]
            if p == "ل" and c.nominal and j > c.last + 3:
                break  # «… بالتنسيق مع المنظمة الدولية للهجرة»: a far ل-phrase belongs to another noun
            lead = attached_prep(view, j) == p and not conj_prefix(t.text)  # «بقصر قرطاج» (see attached_prep)
            head_pp = not lead and not conj_prefix(t.text) and place_pp(t.key) and t.key.lstrip("وف")[:1] == p  # «بجهة X»
            if t.key.startswith(p) and len(t.key) > 2 and conj_prefix(t.text).endswith(p) or lead or head_pp or (
                    p == "ل" and t.key.startswith("لل")):
                strip = len(conj_prefix(t.text)) if not t.key.startswith("لل") else 2
                if lead:
                    strip = view.mention_of[j].start - t.start
                elif head_pp:
                    strip = len(t.text) - len(t.text.lstrip("وف")) + 1
                ph = noun_phrase(view, j, strip=strip)
                if ph is not None and p == "ل" and event_noun(view, j, strip or 1):
                    continue  # «لدعم بكين»، «لتمويل مشاريع»: a purpose masdar, not a recipient
                if ph is not None:
                    return ph
            continue
        if j + len(pk) > len(toks):
            break
        if all(_prep_tok(toks[j + k].key, w) for k, w in enumerate(pk)):
            nxt = j + len(pk)
            if nxt < len(toks) and toks[nxt].sent == t.sent:
                return noun_phrase(view, nxt)
    return None


def _prep_tok(key: str, word: str) -> bool:
    return key == word or key in ("و" + word, "ف" + word)


def find_place(view: DocView, st: DocState, c: Candidate, window: range,
               preps=("على مستوى", "في", "ب", "داخل", "قرب")) -> Phrase | None:  # «على مستوى محطة» (Maghreb: at the spot)
    for prep in preps:
        ph = find_prep(view, c, prep, window)
        if ph is not None and is_place(view, st, ph):
            return ph
    return None


# -- binding ---------------------------------------------------------------------------------------

def _realization_order(frame: tuple[Slot, ...]) -> list[tuple[Slot, str]]:
    marked, plain = [], []
    for slot in frame:
        for real in slot.realizations:
            (marked if real.startswith("prep:") or real == "between" else plain).append((slot, real))
    return marked + plain


def _is_passive(view: DocView, c: Candidate, window: range) -> str | None:
    t = view.toks[c.head]
    if not c.trigger.transitive or c.kind not in ("past", "present"):
        return None
    if c.kind == "past" and "\u064f" in t.text[len(conj_prefix(t.text)):][:3]:
        return "vocalised passive (damma on the first letter)"
    toks = view.toks
    for j in window:
        if toks[j].key in REL_PRONOUNS:
            break  # «الإهانة التي تعرضت لها من قبل المعتمد»: the marker belongs to the relative clause
        if j > c.last + 1 and toks[j].word and not toks[j].key.endswith("ا") and event_noun(view, j):
            break  # «طالب رئيس الهيئة تعديل القانون لمراقبة الطريق من طرف الهياكل»: the nearer masdar owns it
        for marker in AGENT_MARKERS:
            if j + 1 < len(toks) and toks[j].key == marker[0] and toks[j + 1].key == marker[1]:
                return f"agent marker «{toks[j].text} {toks[j + 1].text}»"
    if c.kind == "past" and not pronoun_subject(t.key, t.text):
        j = _skip(view, c.last + 1, t.sent, limit=3)
        if j is not None and toks[j].key.isdigit():
            return "unvocalised perfective followed by a number (اعتقل 3 أشخاص)"
    return None


def bind(view: DocView, st: DocState, c: Candidate) -> Roles:
    r = Roles()
    trig = c.trigger
    sent = view.toks[c.first].sent
    window = _window(view, c)
    verbal = c.verbal
    frame = trig.frame if verbal else (trig.frame_noun or trig.frame)
    if c.kind == "hal":
        frame = tuple(s for s in trig.frame if "subj" not in s.realizations)
    passive = _is_passive(view, c, window) if verbal else None
    r.passive = passive is not None
    if passive:
        r.why.append(f"passive: {passive}")
    subj = obj = None
    obj_from = c.last + 1
    appos = None
    if verbal:
        subj, obj_from = subject_np(view, c, r)
        if subj is not None and c.consumed and subj.first < min(c.consumed) <= subj.last:
            cut = min(c.consumed) - 1  # «هدد الزعيم بقتل …»: the subject ends before the particle
            subj = Phrase(subj.first, cut, subj.start, view.toks[cut].end, best_mention(view, subj.first, cut))
            obj_from = cut + 1
        if subj is not None and subj.first > c.last and not r.passive:  # VSO: «X، أستاذ …، OBJ»
            subj, obj_from, appos = skip_apposition(view, subj, obj_from)
            if appos:
                r.why.append(appos)
            obj_from, pp = skip_adjunct_pp(view, obj_from) if obj_from not in c.consumed else (obj_from, None)
            if pp:
                r.why.append(pp)
                appos = appos or pp
        if r.passive:
            obj, subj = subj, None
        else:
            if subj is not None and subj.first > c.last:
                k = _after_conjuncts(view, obj_from, sent)
                if k != obj_from:
                    obj_from, appos = k, appos or "coordinated subjects are skipped"
                    r.why.append(appos)
            obj = object_np(view, obj_from, sent) if obj_from <= c.last + 8 or appos else None
            if obj is not None and subj is not None and obj.first <= subj.last:
                obj = None
            if c.consumed and (obj is None or obj.first <= min(c.consumed) <= obj.last or obj.first > max(c.consumed)):
                obj = _particle_genitive(view, c)  # «هدد بقتل المعارضين»، «أطلقت السلطات سراح 5 معتقلين»
            if r.rel_object is not None:
                obj = r.rel_object  # the antecedent taken back by the object pronoun
            elif c.last > c.head and trig.is_phrase and object_particle(view, c):
                obj = noun_phrase(view, c.head + 1) or obj  # «سيقاطع جلسة اليوم»: the particle is the object
    gen = None if verbal else genitive(view, c)
    if gen is None and not verbal and not any(real == "prep:ل" for sl in frame for real in sl.realizations):
        gen = lam_genitive(view, c)
    _support_subject(view, c, r)
    if trig.is_phrase and c.last > c.first and not verbal:
        # «إطلاق سراح X»: the genitive after the particle noun is that noun's, i.e. the patient
        frame = tuple(sorted(frame, key=lambda sl: sl.roles[0] != "a2"))
    if trig.symmetric and not any("between" in sl.realizations for sl in frame):
        frame = frame + (Slot(("a1", "a2"), ("between",)),)
    for slot, real in _realization_order(frame):
        roles = slot.roles
        if real == "between":
            pair = find_between(view, window)
            if pair:
                r.set(roles[0], pair[0], "first of «بين X و Y»")
                r.set(roles[1], pair[1], "second of «بين X و Y»")
            continue
        if real.startswith("prep:"):
            if any(r.get(x) is not None for x in roles):
                continue
            ph = find_prep(view, c, real[5:], window)
            if ph is not None and roles[0] in ("a1", "a2") and is_place(view, st, ph) and real[5:] in ("في", "ب"):
                continue
            if ph is not None:
                r.set(roles[0], ph, f"phrase after «{real[5:]}» ({real})")
            continue
        role = roles[0]
        if r.get(role) is not None:
            continue
        if real == "subj" and subj is not None:
            r.subject = subj
            if r.set(role, subj, "subject of the verb" + (" (before it: SVO)" if subj.last < c.first else "")):
                subj = None
        elif real in ("obj", "obj2") and obj is not None:
            if r.set(role, obj, "subject of the passive verb" if r.passive else "object of the verb"):
                obj = None
        elif real == "gen" and gen is not None:
            counted = view.toks[gen.first].key.isdigit()  # «حجز 3 سيارات»، «اعتقال 5 أشخاص»: what is counted undergoes
            if role == "theme" and participant(view, gen) and not counted:
                continue  # «رفض السفير»: a participant genitive is the actor (subjective genitive)
            if role == "a1" and (counted or _named_place(view, gen) and not is_country(view, st, gen)):
                continue  # «تدمير غزة»: a named place in the genitive undergoes the act («المكتب المحلي» may act)
            if role in ACTOR_ROLES and event_noun(view, gen.first):
                r.set("theme", gen, "genitive names the kind or content of the event, not a participant")
                gen = None
            elif r.set(role, gen, "genitive of the noun (idafa)"):
                gen = None
    if r.rel_object is not None and r.a2 is None and r.a1 is not r.rel_object:
        r.set("a2", r.rel_object, "the antecedent the object pronoun takes back («الذين أطلقت إسرائيل سراحهم»)")
    if r.a1 is None and c.nominal:
        r.set("a1", relative_agent(view, c), "subject of the support verb in the relative clause on the noun")
    if r.a2 is None and c.nominal:  # «الاعتداء الذي تعرض له الصحفي»: the subject of تعرض is the victim
        r.set("a2", relative_agent(view, c, "a2"), "subject of «تعرض» in the relative clause on the noun")
    if r.a1 is None and (r.passive or c.nominal):  # agent markers (role_markers.tsv): من قبل، على يد، من طرف
        for marker in ("من قبل", "على يد", "على أيدي", "من طرف"):
            ph = find_prep(view, c, marker, window)
            if ph is not None:
                r.set("a1", ph, f"agent after «{marker}»")
                break
    if r.a2 is None and c.trigger.type in PATIENT_TYPES:  # «قضت المحكمة بالسجن في حق X»، «حملة ضد X»
        near = window if c.verbal else range(window.start, min(window.stop, c.last + 5))
        for marker in lx.patient_markers():
            ph = find_prep(view, c, marker, near)
            if ph is not None and not is_place(view, st, ph):
                r.set("a2", ph, f"target after «{marker}» (role_markers.tsv)")
                break
    _places(view, st, c, r, _window(view, c, particle=False) if c.consumed else window)
    return r


def _named_place(view: DocView, ph: Phrase) -> bool:
    m = ph.mention
    return m is not None and m.label in ("GPE", "LOC", "FAC") or m is None and place_id(view, ph) is not None


def _support_subject(view: DocView, c: Candidate, r: Roles) -> None:
    if c.support is None:
        return
    sv, k = c.support
    if sv.subject_role in ("impersonal", "theme") or k > c.first:
        return
    toks = view.toks
    sent = toks[k].sent
    ph = None
    rel = k - 1
    if k > 2 and toks[k - 1].key in ("قد", "لقد") and toks[k - 2].key in _KANA:
        rel = k - 3  # «الذي كان قد قدم استقالته»
    if rel >= 0 and toks[rel].key in REL_PRONOUNS:  # «… الذي يؤدي زيارة عمل»: the antecedent performs it
        ante = _phrase_ending_at(view, rel - 1, max(view.sents[sent][0], rel - 8))
        if ante is not None:
            r.set(sv.subject_role, antecedent(view, ante, toks[rel].key),
                  f"antecedent of the support verb «{toks[k].text}» ({sv.id})")
            return
    j = _skip(view, k + 1, sent)
    if j is not None and j < c.first:
        ph = noun_phrase(view, j)
        if ph is not None and ph.last >= c.first:
            ph = cut_before(view, ph, c.first)  # «تبنى تنظيم «داعش» مسؤولية التفجير»
    if ph is None and not _clause_initial(view, k):
        ph = _phrase_ending_at(view, k - 1, view.sents[sent][0])
        t0 = toks[ph.first] if ph is not None else None
        if ph is not None and _prepositional(view, ph) and (ph.mention is not None or is_definite(t0.key, t0.text)
                                                            or place_pp(t0.key) or place_id(view, ph) is not None):
            # «الوحدة الخاصة بمنطقة الشرطة بقفصة تمكنت من»: a place or definite PP qualifies the subject before it;
            # an indefinite common noun heads an asyndetic relative clause («القبض على منحرف قام بطعن»)
            ph = _subject_before(view, k, view.sents[sent][0])
    if ph is not None:
        r.set(sv.subject_role, ph, f"subject of the support verb «{toks[k].text}» ({sv.id})")


def _particle_genitive(view: DocView, c: Candidate) -> Phrase | None:
    """The genitive of a phrase's noun particle (سراح X، بقتل X) is the verb's patient; a prepositional
    particle (القبض على) is handled by the frame's ``prep:`` slot."""
    last = max(c.consumed)
    t = view.toks[last]
    if t.key in lx.lexicon().word_class("stop") or last + 1 >= len(view.toks) or t.key.endswith("ا"):
        return None
    n = view.toks[last + 1]
    if n.sent != t.sent or not n.word or stop_word(view, n.key) or looks_adjectival(n.key, participles=False) \
            and not n.key.endswith(("يين", "يون")):
        return None
    ph = noun_phrase(view, last + 1)
    return ph if participant(view, ph) else None  # «هددت بإيقاف نشاطها»: a thing is no patient


def relative_agent(view: DocView, c: Candidate, role: str = "a1") -> Phrase | None:
    """«التفجير الذي نفذه تنظيم داعش»، «الهجوم الذي قامت به حركة حماس»: the subject of a support verb in
    a relative clause on the event noun is the event's actor."""
    toks = view.toks
    j = c.last + 1
    while j < len(toks) and j <= c.last + 3 and toks[j].word and toks[j].key not in REL_PRONOUNS \
            and (looks_adjectival(toks[j].key) or toks[j].key.startswith("و") and j > c.last + 1):
        j += 1
    if j + 1 >= len(toks) or toks[j].key not in REL_PRONOUNS or toks[j].sent != toks[c.first].sent:
        return None
    v = toks[j + 1]
    svs = [sv for sv, split in lx.support_verb(v.key) if sv.subject_role == role]
    if not svs:
        return None
    k = j + 2
    prep = svs[0].object[5:] if svs[0].object.startswith("prep:") else ""
    if prep in ("ب", "ل") and k < len(toks) and toks[k].key in tuple(prep + p for p in ("ه", "ها", "هم", "هما")):
        k += 1  # «قامت به»، «تعرض له»: the preposition takes the event noun back as a pronoun
    elif v.key == lx.nkey(v.text) and not v.key.endswith(("ه", "ها")):
        return None  # the verb must take the event noun back as its object pronoun (نفذه، شنتها)
    k = _skip(view, k, v.sent)
    return noun_phrase(view, k) if k is not None else None


def _places(view: DocView, st: DocState, c: Candidate, r: Roles, window: range) -> None:
    if c.trigger.type in LOCATIVE_TYPES:
        for role in ("a2",):
            ph = r.get(role)
            head = bare_key(view.toks[ph.first]) if ph is not None else ""
            heads = lx.lexicon().word_class("place_head")
            facility = head in heads or head.endswith("ا") and head[:-1] in heads  # «قصفت منزلا في حي …»
            if ph is not None and is_place(view, st, ph) and not is_country(view, st, ph) and (r.loc is None or facility):
                r.loc = ph
                setattr(r, role, None)
                r.why.append(f"{role} is a place: moved to location")
    if r.dest is None:
        ph = find_prep(view, c, "إلى", window)
        if ph is not None and is_place(view, st, ph):
            r.set("dest", ph, "place after «إلى»")
    if r.src is None:
        ph = find_prep(view, c, "من", window)
        if ph is not None and is_place(view, st, ph) and ph.mention is not None:
            r.set("src", ph, "place after «من»")
    if r.loc is None:
        ph = find_place(view, st, c, window)
        if ph is not None:
            r.set("loc", ph, "place after «في/ب»")

