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

from rasd.annotations import ArgAnn, DocState
from rasd.events import gazetteer
from rasd.events import lexicon as lx
from rasd.events.frames import Slot
from rasd.events.triggers import Candidate
from rasd.events.view import (PLACE_LABELS, DocView, Phrase, bare_key, best_mention, conj_prefix, is_definite, is_verb_form, looks_adjectival, stop_word,
                              noun_phrase, stop_word)

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


def first_person(c: Candidate) -> bool:
    """«نثمن»، «نرفض»: an imperfective whose person prefix is ن (1st plural) in a lexicon verb whose
    3rd-person form starts with ي."""
    return c.kind == "present" and c.split.rest[:1] == "ن" and not c.split.future


def pronoun_subject(key: str) -> bool:
    """Plural/1st-person suffix on a verb: the subject is in the verb (اعتقلوا، يخططون، استهدفنا)."""
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
        if ante is not None:
            return antecedent(view, ante, toks[rel].key), after
    if i > 2 and toks[i - 1].key in ("قد", "لقد"):  # «وكان جلالة الملك قد استقبل …»
        np = _phrase_ending_at(view, i - 2, lo)
        if np is not None and np.first > lo and toks[np.first - 1].key in _KANA:
            r.explicit_subject = True
            return np, after
    coordinated = i == c.head and c.split.conj in ("و", "ف")  # «وشكك»، «وطالبت»: the lexicon split off و
    if not coordinated and not _clause_initial(view, i):
        before = _subject_before(view, i, lo)
        if before is not None:
            r.explicit_subject = True
            return before, after
    elif i - 2 >= lo and view.toks[i - 1].key == "،":  # «أن قوات الجيش، قضت على…»
        before = _phrase_ending_at(view, i - 2, lo)
        if before is not None and before.first > lo and view.toks[before.first - 1].key in COMPLEMENTIZERS:
            r.explicit_subject = True
            return before, after
    if pronoun_subject(t.key) or i > 0 and view.toks[i - 1].key in ("انه", "انها", "انهم", "بانه", "بانها", "لانه", "لانها"):
        return None, after  # the subject is a pronoun (in the verb, or «إنها» right before it)
    j = _skip(view, after, t.sent)
    if j is None:
        return None, after
    if any(ch in conj_prefix(toks[j].text) for ch in "بلك"):
        return None, after  # «وتتهمه بدعم حماس»: a prepositional phrase is never the VSO subject
    ph = noun_phrase(view, j)
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
    if conj_prefix(t.text)[-1:] in ("ب", "ل", "ك") or t.key.startswith(("بال", "لل")):
        return True
    return ph.first > 0 and bare_key(view.toks[ph.first - 1]) in _PREPOSITIONS


_PREPOSITIONS = frozenset({"في", "من", "علي", "عن", "الي", "مع", "عبر", "حول", "خلال", "منذ", "بين", "ضد", "لدي",
                           "نحو", "عند", "قبل", "بعد", "دون", "حتي", "تجاه", "وسط", "قرب", "داخل", "خارج", "امام"})


def object_np(view: DocView, j: int, sent: int) -> Phrase | None:
    k = _skip(view, j, sent, limit=4)
    if k is None:
        return None
    t = view.toks[k]
    if t.key[:1] in "بل" and conj_prefix(t.text)[:1] in ("ب", "ل"):
        return None  # a prepositional phrase, not an object
    if t.key in COMPLEMENTIZERS:
        return None
    return noun_phrase(view, k)


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
            if t.key.startswith(p) and len(t.key) > 2 and conj_prefix(t.text).endswith(p) or (
                    p == "ل" and t.key.startswith("لل")):
                strip = len(conj_prefix(t.text)) if not t.key.startswith("لل") else 2
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


def _prep_tok(key: str, word: str) -> bool:
    return key == word or key in ("و" + word, "ف" + word)


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
    n = view.toks[c.last + 1]
    if n.sent != t.sent or not n.word:
        return None
    if n.key[:1] in "بلوف" and conj_prefix(n.text):
        return None
    agrees = t.key.endswith("ات") and n.key.endswith("ه") and n.key.startswith("م")  # تنازلات محدودة
    construct = c.trigger.is_phrase and not t.key.startswith("ال")  # «إطلاق سراح المختطفين»
    if looks_adjectival(n.key, participles=False) or agrees or n.key.startswith("ال") and (
            c.split.article or c.last > c.first and not construct):
        return None  # an adjective (تعزيزات أمنية كبيرة) or an agreeing definite word is no genitive
    if n.key in lx.lexicon().word_class("time") or c.last + 1 in view.date_of:
        return None
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


def is_place(view: DocView, st: DocState, ph: Phrase) -> bool:
    m = ph.mention
    if m is not None and (m.label in PLACE_LABELS or m.place) and m.start <= view.toks[ph.first].end:
        return True
    if m is not None and m.label == "PER":
        return False
    if m is not None and m.label == "ORG":  # «يقصف مستشفى»: a bare facility noun is a place, not a body
        head = bare_key(view.toks[ph.first])
        return m.end <= view.toks[ph.first].end and head in lx.lexicon().word_class("place_head")
    head = view.toks[ph.first].key
    head = head[len(conj_prefix(view.toks[ph.first].text)):] if head[:1] in "وفبل" else head
    heads = lx.lexicon().word_class("place_head")
    if head.endswith("ا") and not head.startswith("ال") and len(head) > 3 and head[:-1] in heads:
        return True  # tanween alif: «استهدف مسجدا»
    return head in heads or (head.startswith("ال") and head[2:] in heads) or gazetteer.lookup(
        view.text[ph.start:ph.end]) is not None


def place_id(view: DocView, ph: Phrase) -> tuple[str, str] | None:
    """(place id, feature) of a phrase: its linked mention's place, else the gazetteer fallback."""
    m = ph.mention
    if m is not None and m.place:
        return m.place, ""
    if m is not None and m.label in ("PER", "ORG"):
        return None
    return gazetteer.lookup(view.text[ph.start:ph.end])


def is_country(view: DocView, st: DocState, ph: Phrase) -> bool:
    m = ph.mention
    if m is not None and m.place:
        p = st.places.get(m.place)
        return p is not None and p.feature == "country"
    hit = place_id(view, ph)
    return hit is not None and hit[1] == "country"


def find_place(view: DocView, st: DocState, c: Candidate, window: range, preps=("في", "ب", "داخل", "قرب")) -> Phrase | None:
    for prep in preps:
        ph = find_prep(view, c, prep, window)
        if ph is not None and is_place(view, st, ph):
            return ph
    return None


def find_place_before(view: DocView, st: DocState, c: Candidate) -> Phrase | None:
    """The nearest place phrase before the trigger in its sentence (for «حيث» and trailing triggers)."""
    sent = view.toks[c.first].sent
    lo = view.sents[sent][0]
    for j in range(c.first - 1, lo - 1, -1):
        m = view.mention_of.get(j)
        if m is not None and (m.label in PLACE_LABELS or m.place):
            k = j
            while k - 1 >= lo and view.mention_of.get(k - 1) is m:
                k -= 1
            t = view.toks[k]
            ph = noun_phrase(view, k)
            if ph is not None:
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
        for marker in AGENT_MARKERS:
            if j + 1 < len(toks) and toks[j].key == marker[0] and toks[j + 1].key == marker[1]:
                return f"agent marker «{toks[j].text} {toks[j + 1].text}»"
    if c.kind == "past" and not pronoun_subject(t.key):
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
    if verbal:
        subj, obj_from = subject_np(view, c, r)
        if subj is not None and c.consumed and subj.first < min(c.consumed) <= subj.last:
            cut = min(c.consumed) - 1  # «هدد الزعيم بقتل …»: the subject ends before the particle
            subj = Phrase(subj.first, cut, subj.start, view.toks[cut].end, best_mention(view, subj.first, cut))
            obj_from = cut + 1
        if r.passive:
            obj, subj = subj, None
        else:
            obj = object_np(view, obj_from, sent) if obj_from <= c.last + 8 else None
            if obj is not None and subj is not None and obj.first <= subj.last:
                obj = None
            if c.consumed and (obj is None or obj.first <= min(c.consumed) <= obj.last or obj.first > max(c.consumed)):
                obj = _particle_genitive(view, c)  # «هدد بقتل المعارضين»، «أطلقت السلطات سراح 5 معتقلين»
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
            if r.set(role, subj, "subject of the verb" + (" (before it: SVO)" if subj.last < c.first else "")):
                subj = None
        elif real in ("obj", "obj2") and obj is not None:
            if r.set(role, obj, "subject of the passive verb" if r.passive else "object of the verb"):
                obj = None
        elif real == "gen" and gen is not None:
            if role == "theme" and participant(view, gen):
                continue  # «رفض السفير»: a participant genitive is the actor (subjective genitive)
            if role in ACTOR_ROLES and event_noun(view, gen.first):
                r.set("theme", gen, "genitive names the kind or content of the event, not a participant")
                gen = None
            elif r.set(role, gen, "genitive of the noun (idafa)"):
                gen = None
    if r.a1 is None and c.nominal:
        r.set("a1", relative_agent(view, c), "subject of the support verb in the relative clause on the noun")
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
            ph = None
    if ph is None and not _clause_initial(view, k):
        ph = _phrase_ending_at(view, k - 1, view.sents[sent][0])
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


def relative_agent(view: DocView, c: Candidate) -> Phrase | None:
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
    svs = [sv for sv, split in lx.support_verb(v.key) if sv.subject_role == "a1"]
    if not svs:
        return None
    k = j + 2
    if svs[0].object.startswith("prep:") and k < len(toks) and toks[k].key in ("به", "بها"):
        k += 1
    elif v.key == lx.nkey(v.text) and not v.key.endswith(("ه", "ها")):
        return None  # the verb must take the event noun back as its object pronoun (نفذه، شنتها)
    k = _skip(view, k, v.sent)
    return noun_phrase(view, k) if k is not None else None


def _places(view: DocView, st: DocState, c: Candidate, r: Roles, window: range) -> None:
    if c.trigger.type in LOCATIVE_TYPES:
        for role in ("a2",):
            ph = r.get(role)
            facility = ph is not None and bare_key(view.toks[ph.first]) in lx.lexicon().word_class("place_head")
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


def to_arg(view: DocView, st: DocState, ph: Phrase | None) -> ArgAnn | None:
    if ph is None:
        return None
    m = ph.mention
    actor = m.actor if m is not None else None
    code = st.actors[actor].code if actor in st.actors else None
    place = m.place if m is not None else None
    return ArgAnn(ph.start, ph.end, actor=actor, code=code, place=place, mention=m)


def participant(view: DocView, ph: Phrase | None) -> bool:
    """A phrase that can be a participant: a linked actor, a quoted name, a group, title, organisation,
    security, armed or civilian noun, a number of people, or a place."""
    if ph is None:
        return False
    if ph.mention is not None:
        return True
    lex = lx.lexicon()
    toks = view.toks
    if ph.first > 0 and toks[ph.first - 1].key == '"':
        return True
    head = bare_key(toks[ph.first])
    if head.isdigit():
        return True
    if head in lex.word_class("org_head"):  # حركة طالبان, not «حركة كل من المسلحين»
        return ph.last > ph.first and toks[ph.first + 1].key not in ("كل", "بعض", "جميع", "اي")
    return any(head in lex.word_class(c) or "ال" + head in lex.word_class(c)
               for c in ("group", "title", "security", "armed", "civilian", "polity")) \
        or any(head.startswith(p) and len(head) - len(p) <= 3 for p in lex.word_class("polity"))  # بلاده، حكومتي


def is_actorish(view: DocView, ph: Phrase) -> bool:
    """Not a date, time word or bare verb."""
    t = view.toks[ph.first]
    return ph.first not in view.date_of and not is_verb_form(t.key, t.text)
