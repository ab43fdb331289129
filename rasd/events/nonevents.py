"""Event words that report no specific event here (docs/events.md, "No event here").

Analysts read precision first: a noun or verb of the lexicon is often a kind, a name, a capacity or
a habit rather than an occurrence. Each test below is a general fact of news Arabic, stated over
closed word classes of ``word_classes.tsv`` (no sentence-specific lists):

- a finite verb never follows a preposition (عن «توقف» المحطة، على «أبعد» تقدير): the word is a noun;
- the genitive of an institution, law, rule or system noun is part of a name or a kind
  (وزارة «الدفاع»، قواعد «الاشتباك»، الهيئة الوطنية «لمكافحة» الفساد);
- the definite or plural object of a counter/prevention word is a kind of act (مكافحة «الإرهاب»،
  لوقف «الهجمات»، كبح «هجمات»);
- what a thing is designed or able to do is a capacity (مصممة «لتدمير»، قادر على «إطلاق»);
- a verb measured in kilometres is a distance (تبعد البلدة 24 كيلومترا);
- a promise needs its content (وعد «بـ»/«بأن»); «يعد/تعد» alone means «is considered»;
- a habitual adverb makes an imperfective a habit (تهاجم «بشكل يومي»);
- «أوقف … عن العمل» is a suspension from duty, not an arrest;
- an explosion of a gas line or a cylinder is an accident;
- a noun that a thing «constitutes» or «is considered» is a characterisation (يشكل «تهديدا»).
"""

from __future__ import annotations

from functools import lru_cache

from rasd.events import lexicon as lx
from rasd.events.morph import Split
from rasd.events.view import DocView, Tok, bare_key, conj_prefix, is_definite, looks_adjectival

PREPOSITIONS = frozenset(lx.nkey(w) for w in (
    "في", "إلى", "الى", "على", "عن", "بعد", "قبل", "خلال", "ضد", "منذ", "حول", "بين", "لدى", "عند",
    "مع", "عبر", "دون", "جراء", "إثر", "اثر", "عقب", "أثناء", "بسبب", "نتيجة", "بفعل"))
_PROMISE = frozenset({"agree.004", "agree.024"})
_CONTENT = frozenset({"ان", "بان", "بانه", "بانها", "انه", "انها", "ب"})
_SUSPENDED_FROM = frozenset(lx.nkey(w) for w in ("العمل", "عمله", "عملهم", "عملها", "مهامه", "مهامها",
                                                 "مهامهم", "الخدمة", "النشاط", "الدراسة", "التدريس"))


def _cls(name: str) -> frozenset[str]:
    return lx.lexicon().word_class(name)


def _prev(view: DocView, i: int, back: int = 1) -> Tok | None:
    j = i - back
    if j < 0 or view.toks[j].sent != view.toks[i].sent or not view.toks[j].word:
        return None
    return view.toks[j]


def _bare(tok: Tok) -> str:
    return bare_key(tok)


_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _in(tok: Tok, cls: str) -> bool:
    """Is the word, without proclitics (و ف ب ل) and article, in a word class? (لكبح → كبح)"""
    return _key_in(tok.key, cls)


@lru_cache(maxsize=100_000)
def _key_in(key: str, cls: str) -> bool:
    words = _cls(cls)
    for p in _PROCLITICS:
        if key.startswith(p) and len(key) - len(p) >= 2:
            k = key[len(p):]
            if k in words or k.startswith("ال") and k[2:] in words:
                return True
    return False


# -- candidate filters (a reading of one token) -----------------------------------------------------

def verb_after_preposition(view: DocView, tok: Tok) -> bool:
    """«عن توقف محطة الكهرباء»، «أدى إلى توقف حركة السير»: right after a preposition stands a noun."""
    prev = _prev(view, tok.i)
    return prev is not None and prev.key in PREPOSITIONS


def name_genitive(view: DocView, tok: Tok, split: Split) -> bool:
    """«وزارة الدفاع»، «قواعد الاشتباك»، «مركبات إطلاق الصواريخ»، «فريق الدفاع عن»، «الفرقة الوطنية
    لمقاومة الإرهاب»: the event noun names the body, rule or device it qualifies; so does a second genitive
    joined by و (فرقة الأبحاث «والتفتيش»)."""
    if split.conj == "و" and split.article and tok.i >= 2:
        prev, head = _prev(view, tok.i), _prev(view, tok.i, 2)
        return head is not None and prev is not None and not is_definite(head.key, head.text) \
            and _in(head, "name_head") and is_definite(prev.key, prev.text)
    if split.conj:
        return False
    prev = _prev(view, tok.i)
    if prev is None:
        return False
    if not split.prep and not is_definite(prev.key, prev.text) and _in(prev, "name_head"):
        return True  # idafa: the head is in the construct state (no article) right before the genitive

    if split.prep == "ل":
        j, hops = tok.i - 1, 0
        while hops < 3:
            t = _prev(view, tok.i, tok.i - j)
            if t is None:
                return False
            if _in(t, "name_head"):
                return True
            if not looks_adjectival(t.key) and not t.key.endswith("ى"):
                return False
            j -= 1
            hops += 1
    return False


def generic_object(view: DocView, tok: Tok, split: Split, kind: str) -> bool:
    """«مكافحة الإرهاب»، «لوقف الهجمات»، «كبح هجمات»، «الحد من العنف»، «التصدي لتهريب الوقود»: the
    object of a counter or prevention word is a kind of act — unless it is one indefinite act
    («منع هجوم» = a foiled attack, coded as planned)."""
    if split.conj:
        return False
    prev = _prev(view, tok.i)
    if prev is None:
        return False
    governed = split.prep in ("", "ل") and _in(prev, "counter")
    if not governed and prev.key in ("من", "علي"):
        pp = _prev(view, tok.i, 2)
        governed = pp is not None and _in(pp, "counter")
    if not governed:
        return False
    return bool(split.article) or kind == "plural"


def capacity_complement(view: DocView, tok: Tok, split: Split) -> bool:
    """«مصممة لتدمير القوات البرية»، «قادر على إطلاق صواريخ»: what a thing can do is no occurrence."""
    prev = _prev(view, tok.i)
    if prev is None:
        return False
    if split.prep == "ل" and _in(prev, "capacity"):
        return True
    if prev.key == "علي":
        pp = _prev(view, tok.i, 2)
        return pp is not None and _in(pp, "capacity")
    return False


def distance_verb(view: DocView, tok: Tok) -> bool:
    """«تبعد البلدة نحو 24 كيلومترا عن الحدود»: a verb measured by a distance states where a place is."""
    toks = view.toks
    for j in range(tok.i + 1, min(tok.i + 11, len(toks))):
        if toks[j].sent != tok.sent:
            return False
        if j > tok.i + 1 and (toks[j - 1].key.isdigit() or toks[j - 1].key in ("نحو", "حوالي")) \
                and _in(toks[j], "measure_unit"):
            return True
    return False


def promise_without_content(view: DocView, tok: Tok, trig: lx.Trigger) -> bool:
    """«وتعد القاعدة من أكبر القواعد»: وعد is a promise only with its content (بـ، بأن، أن)."""
    if trig.id not in _PROMISE:
        return False
    toks = view.toks
    for j in range(tok.i + 1, min(tok.i + 9, len(toks))):
        t = toks[j]
        if t.sent != tok.sent:
            break
        if t.key == "من" or t.clause != tok.clause:
            break  # «تعد القاعدة من أكبر القواعد»: «is counted among»
        if t.key in _CONTENT or t.word and conj_prefix(t.text).endswith("ب") and not _place_word(view, t):
            return False
    return True


def _place_word(view: DocView, t: Tok) -> bool:
    m = view.mention_of.get(t.i)
    return m is not None and m.label in ("GPE", "LOC", "FAC") or _in(t, "place_head")


def warning_without_threat(view: DocView, tok: Tok, trig: lx.Trigger) -> bool:
    """«حذر السراج من أن التصعيد يهدد المصالحة»: a warning of a danger is no threat; it threatens only
    with a consequence (محذرا من الإضرار بالعلاقات إذا…) or a ب-content (تحذير كوريا الشمالية بالرد)."""
    if trig.type != "THREATEN" or lx.nkey(trig.lemma) != lx.nkey("حذر"):
        return False
    toks = view.toks
    conditional = _cls("conditional")
    for j in range(tok.i + 1, len(toks)):
        t = toks[j]
        if t.sent != tok.sent:
            break
        pair = f"{t.key} {toks[j + 1].key}" if j + 1 < len(toks) else ""
        if t.key in conditional or pair in conditional:
            return False
        if j <= tok.i + 4 and t.word and conj_prefix(t.text).endswith("ب") and not _place_word(view, t):
            return False
    return True


def facing(view: DocView, tok: Tok, trig: lx.Trigger, split: Split) -> bool:
    """«في مواجهة حكومة الوفاق» = facing, against (a compound preposition); «في مواجهة مع» and
    «في مواجهات» stay clashes."""
    if trig.type != "ASSAULT" or lx.nkey(trig.lemma) != lx.nkey("مواجهة") or split.article:
        return False
    prev = _prev(view, tok.i)
    nxt = view.toks[tok.i + 1] if tok.i + 1 < len(view.toks) else None
    singular = tok.key.endswith(("ه", "ة")) and not tok.key.endswith("ات")
    return (prev is not None and prev.key == "في" or split.prep == "ب") and singular \
        and nxt is not None and nxt.word and nxt.key != "مع"


def made_thing(view: DocView, tok: Tok, trig: lx.Trigger, kind: str, split: Split) -> bool:
    """«تطوير القنبلة»، «شراء صواريخ»: a weapon noun after a production or trade noun is a thing."""
    if trig.type != "ASSAULT" or kind not in ("noun", "plural") or split.conj or split.prep:
        return False
    prev = _prev(view, tok.i)
    if prev is not None and prev.key in ("تلك", "هذه", "ذلك", "هذا"):
        prev = _prev(view, tok.i, 2)
    return prev is not None and _in(prev, "production")


# -- event filters (a candidate in its clause) --------------------------------------------------------

def habitual(view: DocView, first: int, last: int, kind: str, future: bool) -> str | None:
    """«تهاجم بحرية الاحتلال بشكل يومي الصيادين»: an imperfective with a habitual adverb is a habit."""
    if kind != "present" or future:
        return None
    toks = view.toks
    words = _cls("habitual")
    lo, hi = max(first - 3, 0), min(last + 8, len(toks))
    for j in range(lo, hi):
        if toks[j].sent != toks[first].sent or toks[j].clause != toks[first].clause:
            continue
        pair = " ".join((toks[j].key, toks[j + 1].key)) if j + 1 < len(toks) else ""
        if toks[j].key in words or pair in words:
            return f"habitual «{toks[j].text}»: a habit, not one event"
    return None


def suspension(view: DocView, last: int, trig: lx.Trigger) -> str | None:
    """«أوقف ضابطان عن العمل»: stopped from duty — a suspension, not an arrest."""
    if trig.type != "COERCE" or trig.mode != "arrest":
        return None
    toks = view.toks
    for j in range(last + 1, min(last + 6, len(toks))):
        if toks[j].sent != toks[last].sent:
            break
        if toks[j].key == "عن" and j + 1 < len(toks) and toks[j + 1].key in _SUSPENDED_FROM:
            return "«عن العمل»: suspension from duty, not an arrest"
    return None


def accident(view: DocView, first: int, last: int, trig: lx.Trigger) -> str | None:
    """«انفجر خط غاز»، «انفجار قارورة غاز»: an explosion of a utility is an accident, not an attack."""
    if trig.type != "ASSAULT" or trig.mode != "explosives" or lx.nkey(trig.lemma) != lx.nkey("انفجر"):
        return None
    toks = view.toks
    seen = 0
    for j in range(last + 1, min(last + 12, len(toks))):
        if toks[j].sent != toks[last].sent or seen >= 4:
            break
        if not toks[j].word or j in view.date_of or toks[j].key in _cls("time"):
            continue
        seen += 1
        if _in(toks[j], "utility"):
            return f"explosion of «{toks[j].text}»: an accident"
    return None


def characterisation(view: DocView, first: int, kind: str) -> str | None:
    """«يشكل تهديدا للأمن»، «تمثل انتهاكا»، «هذه الخطوة تهديد للعالم»: what something constitutes or is
    considered is a judgement about it, not an act of that type."""
    if kind not in ("masdar", "noun"):
        return None
    prev = _prev(view, first)
    if prev is None:
        return None
    if prev.key in _cls("constitute") or prev.key[1:] in _cls("constitute") and prev.key[:1] in "وف":
        return f"predicate of «{prev.text}»: a characterisation, not an event"
    return None


def no_event_reason(view: DocView, c) -> str | None:
    """Why a selected trigger (:class:`rasd.events.triggers.Candidate`) reports no event here, or None."""
    return (habitual(view, c.first, c.last, c.kind, c.split.future) or suspension(view, c.last, c.trigger)
            or accident(view, c.first, c.last, c.trigger) or characterisation(view, c.first, c.kind))


def court_conviction(view: DocView, c, a1) -> bool:
    """«أدانت محكمة إسرائيلية الرقيب بالقتل»: a court that «condemns» someone convicts him."""
    if c.trigger.type != "ACCUSE" or lx.nkey(c.trigger.lemma) != lx.nkey("أدان") or a1 is None:
        return False
    court = _cls("court")
    toks = view.toks
    for j in range(a1.first, min(a1.last, a1.first + 1) + 1):
        k = toks[j].key
        if k in court or _bare(toks[j]) in court or j + 1 <= a1.last and f"{k} {toks[j + 1].key}" in court:
            return True
    return False
