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
- a promise or pledge needs its content (وعد/تعهد «بـ»/«بأن»); «يعد/تعد» alone means «is considered»;
- «دعونا/دعنا» + verb is «let us»; «هنا/هناك» are adverbs; stopping an act (أوقف «الحرب») is no arrest;
- «X مطالبة بـ» (is required to) is a predicate participle, not a demand;
- mobilizing resources, money or efforts (تعبئة «الموارد»، حشد «الجهود») deploys no forces;
- a habitual adverb makes an imperfective a habit (تهاجم «بشكل يومي»);
- «أوقف … عن العمل» is a suspension from duty, not an arrest;
- an explosion of a gas line or a cylinder is an accident;
- a noun that a thing «constitutes» or «is considered» is a characterisation (يشكل «تهديدا»);
- what a law or rule «allows» someone to do is a general rule (يسمح القانون للشرطة «بإطلاق النار»);
- deaths or destruction «in a landslide» or «after a train derailed» are an accident, not an attack;
- «طلب عدم ذكر اسمه» (asked not to be named) and «أمر تنفيذي» (an executive order) are no demands.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.events import lexicon as lx
from rasd.events.morph import Split
from rasd.events.view import (MANNER_HEADS, NEGATIONS, DocView, Tok, bare_key, conj_prefix, is_definite, is_verb_form,
                              looks_adjectival)

PREPOSITIONS = frozenset(lx.nkey(w) for w in (
    "في", "إلى", "الى", "على", "عن", "بعد", "قبل", "خلال", "ضد", "منذ", "حول", "بين", "لدى", "عند",
    "مع", "عبر", "دون", "جراء", "إثر", "اثر", "عقب", "أثناء", "بسبب", "نتيجة", "بفعل"))
_PROMISE = frozenset({"agree.003", "agree.004", "agree.024"})  # تعهد، وعد: a pledge needs its content
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
    return prev is not None and (prev.key in PREPOSITIONS or prev.key in _SUBJECT_OF)


_SUBJECT_OF = frozenset({"محل", "موضع", "محط"})  # «محل تفاوض» (a matter of negotiation): a masdar, not a verb

_SAID = frozenset(lx.nkey(w) for w in (
    "قال", "قالت", "أضاف", "أضافت", "أكد", "أكدت", "أعلن", "أعلنت", "ذكر", "ذكرت", "أوضح", "أوضحت", "صرح", "صرحت",
    "أفاد", "أفادت", "أشار", "أشارت", "اعتبر", "اعتبرت", "رأى", "رأت", "نفى", "نفت"))


def past_after_saying(view: DocView, tok: Tok) -> bool:
    """«قال حاكم منطقة …»، «أكد قائد الشرطة»: right after a verb of saying stands its subject (or إن/أن), never a
    second perfect verb — «حاكم» is the governor, not «he tried (in court)»."""
    prev = _prev(view, tok.i)
    return prev is not None and (prev.key in _SAID or prev.key[:1] in "وف" and prev.key[1:] in _SAID)


def people_participle(tok: Tok, kind: str, split: Split) -> bool:
    """«المعتقلين الذين يشكلون خطرا»، «المحتجزون»: a definite plural participle names people (the
    detainees), not an occurrence; the event is coded where they are detained or released."""
    return kind == "participle" and bool(split.article) and tok.key.endswith(("ين", "ون"))


_LATER_HEADS = frozenset(lx.nkey(w) for w in ("وقت", "مرحلة", "موعد", "تاريخ", "يوم", "أجل", "وقتا", "مراحل", "فترة"))
_SUPERLATIVE_OF = frozenset(lx.nkey(w) for w in (
    "اليمين", "اليسار", "الشمال", "الجنوب", "الشرق", "الغرب", "حد", "درجات", "درجة", "العقوبات", "عقوبة", "سرعة",
    "مدى", "طاقتها", "طاقته", "ما", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"))


def adjective_sense(view: DocView, tok: Tok) -> bool:
    """«في وقت لاحق» (later, not «pursued»), «أقصى اليمين»، «أقصى حد» (farthest, maximum — not «expelled»)."""
    k = tok.key
    prev = _prev(view, tok.i)
    if prev is not None and prev.key in MANNER_HEADS:
        return True  # «ترفض بشكل قاطع»: the adjective of a manner phrase (قاطع ≠ boycotted)
    if k in ("لاحق", "لاحقه"):
        return prev is not None and prev.key.removeprefix("ال") in _LATER_HEADS
    if k in ("اقصي", "باقصي", "لاقصي"):  # («في أقصى …»، «منطقة أقصى شمال الكاميرون»: a verb never follows these)
        nxt = view.toks[tok.i + 1] if tok.i + 1 < len(view.toks) else None
        return nxt is not None and nxt.sent == tok.sent and nxt.key in _SUPERLATIVE_OF or prev is not None and (
            prev.key in ("في", "الي", "من", "حتي") or _in(prev, "place_head"))
    return False


def no_longer(view: DocView, tok: Tok, trig: lx.Trigger) -> bool:
    """«لم يعد هناك شك»، «لم تعد الحكومة قادرة»: after لم, يعد/تعد is عاد (no longer), not وعد (promise)."""
    if lx.nkey(trig.lemma) != lx.nkey("وعد") or tok.key not in ("يعد", "تعد", "نعد", "اعد"):
        return False
    prev = _prev(view, tok.i)
    return prev is not None and prev.key in ("لم", "ولم", "فلم")


def families(view: DocView, tok: Tok, trig: lx.Trigger, split: Split) -> bool:
    """«تعازيه لأسر الضحايا»، «أسر الشهداء والمعتقلين»: أُسَر (families) of people no one captures — the
    dead, the wounded, the missing, the held (word class ``bereaved``) — not أَسْر (capture)."""
    if lx.nkey(trig.lemma) != lx.nkey("أسر") or split.article or split.rest != lx.nkey("أسر"):
        return False
    nxt = view.toks[tok.i + 1] if tok.i + 1 < len(view.toks) else None
    return nxt is not None and nxt.sent == tok.sent and _in(nxt, "bereaved")


def counted_participle(view: DocView, tok: Tok, kind: str) -> bool:
    """«133 محتجزاً إسرائيلياً»، «3 معتقلين»: a participle counted by a number names people, not an act."""
    prev = _prev(view, tok.i)
    return kind in ("participle", "hal") and prev is not None and (prev.key.isdigit() or prev.key in lx.number_words())


_SPECIALISED = frozenset(lx.nkey(w) for w in (
    "مختص", "مختصة", "المختص", "المختصة", "مختصين", "مختصون", "متخصص", "متخصصة", "المتخصص", "المتخصصة", "متخصصين",
    "متخصصون", "مختصّة", "المختصّة"))


def specialty(view: DocView, tok: Tok) -> bool:
    """«شبكة دولية مختصة في الاعتداءات على الأملاك والسطو المسلح»: what a group specialises in is its line of
    activity, not a specific event (docs/events.md: generic statements)."""
    toks = view.toks
    for j in range(tok.i - 1, max(tok.i - 9, 0), -1):
        t = toks[j]
        if t.sent != tok.sent or not t.word or is_verb_form(t.key, t.text) or t.key in lx.lexicon().word_class("clause_break"):
            return False
        if t.key == "في" and toks[j - 1].key in _SPECIALISED:
            return True
    return False


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
    if not split.prep and not split.article and prev.key in _settlements():
        return True  # «بلدة حوار»، «قرية سلام»: a town is named, not an act (cue role «city» of the linker)

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


@lru_cache(maxsize=1)
def _settlements() -> frozenset[str]:
    from rasd.actors.knowledge import cues

    return frozenset(k for k in cues()["city"] if not k.startswith("ال"))


def generic_object(view: DocView, tok: Tok, split: Split, kind: str) -> bool:
    """«مكافحة الإرهاب»، «لوقف الهجمات»، «كبح هجمات»، «الحد من العنف»، «التصدي لتهريب الوقود»: the
    object of a counter or prevention word is a kind of act — unless it is one indefinite act
    («منع هجوم» = a foiled attack, coded as planned)."""
    if split.conj:
        return False
    prev = _prev(view, tok.i)
    if prev is None and tok.i > 1 and view.toks[tok.i - 1].text in ('"', "«", "“"):
        prev = _prev(view, tok.i - 1)  # «حماية البلاد من "الهجمات الإرهابية"»
        tok = view.toks[tok.i - 1]
    if prev is None:
        return False
    governed = split.prep in ("", "ل") and _in(prev, "counter")
    if not governed and prev.key in ("من", "علي"):
        pp = _prev(view, tok.i, 2)
        governed = pp is not None and _in(pp, "counter")
        for back in (3, 4):  # «حماية البلاد من الهجمات»: the protected thing stands between
            t, between = _prev(view, tok.i, back), _prev(view, tok.i, back - 1)
            if governed or t is None or between is None or between.key in _cls("stop"):
                break
            governed = _in(t, "counter")
    if not governed:
        return False
    return bool(split.article) or kind == "plural"


def trend_object(view: DocView, tok: Tok, trig: lx.Trigger, split: Split, kind: str) -> bool:
    """«تزايد واضح في الإساءة والتحرش»، «تصاعد الهجمات»: the definite or plural act whose rise or fall a
    trend noun measures (as its genitive, or after «في») is a kind of act, not one occurrence. «ارتفاع عدد
    قتلى الهجوم» keeps the attack: only adjectives of the trend noun and «في» may stand between."""
    if trig.type not in _TREND_TYPES or not (split.article or kind == "plural") or split.prep:
        return False
    toks = view.toks
    seen_fi = False
    for j in range(tok.i - 1, max(tok.i - 6, -1), -1):
        t = toks[j]
        if t.sent != tok.sent or not t.word:
            return False
        if _in(t, "trend"):
            return j == tok.i - 1 or seen_fi
        if t.key == "في":
            seen_fi = True
        elif j == tok.i - 1 and split.conj == "و" and is_definite(t.key, t.text):
            continue  # «الإساءة والتحرش»: the first conjunct
        elif not seen_fi or is_definite(t.key, t.text) or t.key in _cls("stop"):
            return False  # only adjectives of an indefinite trend noun stand before «في»
    return False


_TREND_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "THREATEN"})


_ANY = frozenset({"اي", "لاي", "باي", "واي"})


def any_kind(view: DocView, tok: Tok, nominal: bool) -> bool:
    """«من أي خطاب قد يهدد تماسك الاتحاد»، «رفض أي تدخل»: «أي» (any) makes a kind of act, and a verb
    in the clause that qualifies «أي + noun» describes that kind, not one occurrence."""
    prev = _prev(view, tok.i)
    if prev is None:
        return False
    if nominal:
        return prev.key in _ANY
    back = 2 if prev.key == "قد" else 1
    noun, det = _prev(view, tok.i, back), _prev(view, tok.i, back + 1)
    return noun is not None and det is not None and det.key in _ANY and not is_definite(noun.key, noun.text) \
        and noun.key not in _cls("stop")


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
    """«وتعد القاعدة من أكبر القواعد»: وعد is a promise only with its content (بـ، بأن، أن); so is تعهد
    («تعهد المنشآت» = their upkeep, Maghreb usage)."""
    if trig.id not in _PROMISE:
        return False
    toks = view.toks
    for j in range(tok.i + 1, min(tok.i + 9, len(toks))):
        t = toks[j]
        if t.sent != tok.sent:
            break
        if t.key in _CONTENT or t.word and conj_prefix(t.text).endswith("ب") and not _place_word(view, t):
            return False  # (the complementizer «أن» itself opens a new clause: test it first)
        if t.key == "من" or t.clause != tok.clause:
            break  # «تعد القاعدة من أكبر القواعد»: «is counted among»
    return True


def mobilized_resources(view: DocView, tok: Tok, trig: lx.Trigger) -> bool:
    """«تعبئة الموارد المالية»، «حشد الجهود»: mobilizing money, efforts or opinion is no deployment of
    forces (MOBILIZE needs people or units as its object)."""
    if trig.type != "MOBILIZE" or trig.is_phrase:
        return False
    toks = view.toks
    for j in range(tok.i + 1, min(tok.i + 5, len(toks))):
        t = toks[j]
        if t.sent != tok.sent or not t.word:
            return False
        if _in(t, "resource"):
            return True
        if t.key in _cls("stop") or conj_prefix(t.text)[-1:] in ("ب", "ل"):
            return False  # the object comes right after the verb or its subject, before any complement
    return False


_REQUIRED = frozenset({"مطالبه", "مطالبون", "مطالبين", "مطالبتان", "مطالبتين"})
_SUBJECT_PRONOUNS = frozenset({"هي", "هو", "هم", "هما", "نحن", "انتم", "انها", "انه", "انهم", "اننا", "بانها", "بانه"})


def required_predicate(view: DocView, tok: Tok, split: Split) -> bool:
    """«هذه الحكومة مطالبة بالنجاح»، «نحن مطالبون بأن…»: the passive participle «مطالَب» as a predicate
    means «is required to», not a demand (no REQUEST event). It follows its subject (a definite noun or a
    pronoun) and takes ب/أن."""
    if split.conj or split.prep or split.article or tok.key not in _REQUIRED:
        return False
    prev = _prev(view, tok.i)
    nxt = view.toks[tok.i + 1] if tok.i + 1 < len(view.toks) else None
    if prev is None or nxt is None or nxt.sent != tok.sent:
        return False
    subject = prev.key in _SUBJECT_PRONOUNS or prev.word and is_definite(prev.key, prev.text) \
        and conj_prefix(prev.text)[-1:] not in ("ب", "ل", "ك") and prev.key not in _cls("stop")
    return subject and (nxt.key in ("بان", "ان", "بانه", "بانها") or conj_prefix(nxt.text).endswith("ب"))


_LET_US = frozenset({"دعونا", "دعنا", "دعني", "دعوني", "ودعونا", "ودعنا"})
_ADVERBS = frozenset({"هنا", "هناك", "ههنا", "هنالك", "وهنا", "وهناك", "التام", "التامه"})  # + «التام» (complete)
_STOP_ARREST = frozenset({"coerce.004"})
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك", "كل"})


def let_us(view: DocView, tok: Tok, trig: lx.Trigger) -> bool:
    """«دعونا لا نتحدث عن…»، «دعنا نرى»: «let us», not a call (REQUEST)."""
    if tok.key not in _LET_US or lx.nkey(trig.lemma) != lx.nkey("دعا"):
        return False
    nxt = view.toks[tok.i + 1] if tok.i + 1 < len(view.toks) else None
    return nxt is not None and nxt.sent == tok.sent and (nxt.key == "لا" or nxt.key[:1] == "ن" and len(nxt.key) > 3)


def adverb_homograph(tok: Tok) -> bool:
    """«هنا»، «هناك» (here, there) are adverbs, not the verb هنأ (congratulated) without its hamza; «التام»
    (complete) is an adjective, not التأم (convened)."""
    return tok.key in _ADVERBS and "أ" not in tok.text


_RELATIVES = frozenset({"الذي", "التي", "الذين", "والتي", "والذي", "اللتين", "اللذين"})


def concern_verb(view: DocView, tok: Tok, trig: lx.Trigger) -> bool:
    """Unvocalised «تهم» is charges (تُهَم) or the verb «concerns» (تَهُمّ): «الملفات التي تهم المواطن»،
    «قضايا لا تهم الشعب»، «مسائل تهم سلاسة المرور»، «تهم العديد من القوى». The verb follows a relative
    pronoun, a negation or a topic noun (word class ``concern_topic``), or takes a quantifier or focus adverb
    (``concern_after``); «لا تهم موجهة إليه» (no charges against him) stays charges."""
    if lx.nkey(trig.lemma) != lx.nkey("تهمة") or tok.key not in ("تهم", "وتهم"):
        return False
    nxt = view.toks[tok.i + 1] if tok.i + 1 < len(view.toks) and view.toks[tok.i + 1].sent == tok.sent else None
    if nxt is not None and nxt.key.startswith(("موجه", "ضد", "بحق")):
        return False
    if nxt is not None and _in(nxt, "concern_after"):
        return True
    prev = _prev(view, tok.i)
    return prev is not None and (prev.key in _RELATIVES or prev.key in NEGATIONS
                                 or _in(prev, "concern_topic"))


def stopping_an_act(view: DocView, tok: Tok, trig: lx.Trigger) -> bool:
    """«متى سنوقف هذه المذبحة»، «إيقاف الحرب»، «أوقفت إيطاليا وأستراليا التمويل»: stopping an act is not
    an arrest; the object of أوقف/إيقاف is an event noun (an attack, a war, funding)."""
    if trig.id not in _STOP_ARREST:
        return False
    toks = view.toks
    j = tok.i + 1
    if j < len(toks) and toks[j].key in _DEMONSTRATIVES:
        j += 1
    while j < len(toks) and j in view.mention_of and toks[j].sent == tok.sent and j <= tok.i + 8:
        j += 1  # a named subject between the verb and its object: «أوقفت إسرائيل وأستراليا التمويل»
    if j >= len(toks) or toks[j].sent != tok.sent or not toks[j].word:
        return False
    return any(a.entry.kind in ("masdar", "noun", "plural")
               and not a.split.prep and not a.split.conj for a in lx.analyze(toks[j].key))


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


_RELATIVE_OR_AN = frozenset({"ان"})


def permitted_act(view: DocView, tok: Tok, nominal: bool, split: Split) -> bool:
    """«يسمح القانون للشرطة بإطلاق النار»، «يمكن للشرطة أن تطلق النار»، «يحق للشرطة إطلاق النار»: an act
    that an imperfective permission verb allows someone (ل + noun) is a general rule, not an occurrence.
    Without the ل-beneficiary «يمكن أن» stays a hypothetical event."""
    if nominal and split.prep not in ("ب", ""):
        return False
    if nominal and not split.prep:  # «يحق للشرطة إطلاق النار»: the masdar right after the beneficiary
        prev = _prev(view, tok.i)
        if prev is None or not conj_prefix(prev.text).endswith("ل"):
            return False
    if not nominal:
        prev = _prev(view, tok.i)
        if prev is None or prev.key not in _RELATIVE_OR_AN:
            return False
    seen_beneficiary = False
    toks = view.toks
    for j in range(tok.i - (2 if not nominal else 1), max(tok.i - 9, -1), -1):
        t = toks[j]
        if t.sent != tok.sent or t.key in _cls("clause_break"):
            return False
        if not t.word:
            continue  # «يمكن للشرطة - وفق القانون - أن تطلق النار»
        if _in(t, "permission"):
            return seen_beneficiary or t.key.startswith(("يسمح", "تسمح", "يجيز", "تجيز", "يخول", "تخول"))
        if conj_prefix(t.text).endswith("ل") and t.key not in ("لكن", "لكنه", "لكنها"):
            seen_beneficiary = True
    return False


_ANONYMITY = frozenset(lx.nkey(w) for w in ("ذكر", "الكشف", "كشف", "نشر", "الإفصاح", "إعلان"))
_EXECUTIVE = frozenset(lx.nkey(w) for w in ("تنفيذي", "تنفيذيا", "التنفيذي", "تنفيذية", "التنفيذية", "رئاسي", "رئاسيا",
                                            "الرئاسي", "رئاسية", "الرئاسية"))


def no_demand_formula(view: DocView, tok: Tok, trig: lx.Trigger) -> bool:
    """«طلب عدم ذكر اسمه» (asked not to be named): a source's anonymity, not a demand; «أمرا تنفيذيا»،
    «الأمر الرئاسي»: an executive order is a decree, not a request."""
    if trig.type != "REQUEST":
        return False
    toks = view.toks
    nxt = [toks[j] for j in range(tok.i + 1, min(tok.i + 3, len(toks))) if toks[j].sent == tok.sent]
    if len(nxt) == 2 and nxt[0].key in ("عدم", "بعدم") and (nxt[1].key in _ANONYMITY or nxt[1].key[1:] in _ANONYMITY):
        return True
    return bool(nxt) and nxt[0].key in _EXECUTIVE and lx.nkey(trig.lemma) in (lx.nkey("أمر"), lx.nkey("أوامر"))


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


def over_years(view: DocView, first: int, last: int, kind: str) -> str | None:
    """«تراجع تأثيرها بفعل ضربات الجيش في السنوات الأخيرة»: plural acts over a period of years are a trend."""
    toks = view.toks
    if kind != "plural" and not (kind == "noun" and toks[first].key.endswith("ات")):
        return None
    for j in range(last + 1, min(last + 10, len(toks) - 1)):
        if toks[j].sent != toks[first].sent:
            break
        if f"{toks[j].key} {toks[j + 1].key}" in _cls("period"):
            return f"«{toks[j].text} {toks[j + 1].text}»: a trend over years, not one event"
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


_CAUSES = frozenset(lx.nkey(w) for w in ("في", "إثر", "اثر", "جراء", "بسبب", "نتيجة", "عقب", "بفعل"))
_HARM = frozenset(lx.nkey(w) for w in ("قتل", "مقتل", "دمر", "تدمير", "أصاب", "إصابة", "جرح"))


def accident_deaths(view: DocView, first: int, last: int, trig: lx.Trigger) -> str | None:
    """«قتل شخص إثر خروج قطار عن السكة»، «قتلوا في انهيار أرضي»: harm caused by an accident or a
    disaster (a cause preposition + word class ``accident_cause``) has no attacker."""
    if trig.type != "ASSAULT" or lx.nkey(trig.lemma) not in _HARM:
        return None
    toks = view.toks
    for j in range(last + 1, min(last + 14, len(toks) - 1)):
        if toks[j].sent != toks[last].sent:
            break
        k = j + 1
        if toks[j].key in _CAUSES or conj_prefix(toks[j].text)[-1:] == "ب" and _in(toks[j], "accident_cause"):
            k = j if toks[j].key not in _CAUSES else k
            if toks[k].sent == toks[last].sent and _in(toks[k], "accident_cause"):
                return f"caused by «{toks[k].text}»: an accident, not an attack"
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
    return (habitual(view, c.first, c.last, c.kind, c.split.future) or over_years(view, c.first, c.last, c.kind)
            or suspension(view, c.last, c.trigger)
            or accident(view, c.first, c.last, c.trigger) or accident_deaths(view, c.first, c.last, c.trigger)
            or characterisation(view, c.first, c.kind) or pilgrimage(view, c) or ranking(view, c))


_RANKS = frozenset(lx.nkey(w) for w in ("المركز", "مركز", "المرتبة", "مرتبة", "الصدارة", "صدارة", "المقدمة", "المراكز",
                                         "المراتب"))


def ranking(view: DocView, c) -> str | None:
    """«احتلال المركز الأول»، «احتلت المرتبة الثالثة»: occupying a rank or first place is no occupation."""
    if c.trigger.type != "COERCE" or lx.nkey(c.trigger.lemma) not in (lx.nkey("احتل"), lx.nkey("احتلال")):
        return None
    toks = view.toks
    reach = 4 if c.verbal else 1  # a verb's subject may stand before its object (احتلت تونس المركز الأول)
    for j in range(c.last + 1, min(c.last + 1 + reach, len(toks))):
        if toks[j].sent != toks[c.first].sent:
            break
        if toks[j].key in _RANKS:
            return f"«{toks[j].text}»: a rank, not a territory"
    return None


def pilgrimage(view: DocView, c) -> str | None:
    """«الزيارة السنوية لمعبد الغريبة»، «زيارة هذا العام»: a yearly visit to a shrine or a religious festival is a
    pilgrimage, no meeting between actors (docs/events.md guidelines)."""
    if c.trigger.type != "CONSULT" or c.trigger.mode != "visit" or not c.nominal:
        return None
    toks = view.toks
    shrines = lx.lexicon().word_class("shrine")
    for j in range(c.last + 1, min(c.last + 4, len(toks))):
        t = toks[j]
        if t.sent != toks[c.first].sent or not t.word:
            break
        k = _bare(t).removeprefix("ال")
        if k in shrines or t.key in ("السنويه", "الدينيه") or t.key == "هذا" and j + 1 < len(toks) and toks[j + 1].key == "العام":
            return f"a yearly or religious visit («{t.text}»): a pilgrimage, no meeting"
    return None


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
