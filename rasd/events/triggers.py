"""Trigger matching: lexicon forms in the text, multiword nouns, phrasal triggers, support verbs.

Rules (docs/events.md, "Matching rules"): every token is analysed with its proclitics and
inflection (:func:`rasd.events.lexicon.analyze`); multiword nouns must continue word by word
(article and tanween may vary); a phrasal trigger needs one of its particles within a few tokens
(the VSO subject may intervene: ألقت الوحدات الأمنية القبض على); the longest match wins, then
the higher prior. A trigger noun carried by a support verb (شن هجوما، تم إيقاف، تعرض لهجوم)
records that verb: the roles module gives its subject the verb's ``subject_role``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rasd.events import lexicon as lx
from rasd.events import nonevents
from rasd.events.morph import NOMINAL, PRONOUNS, VERB_PAST, Split
from rasd.events.view import DocView, Tok

PARTICLE_GAP = 16  # tokens allowed between a phrase head and its nominal particle (VSO subject, commas)
SUPPORT_GAP = 14  # tokens between a support verb and «من/إلى/ب + noun» (subject, time words, commas)
NEAR_SUPPORT_GAP = 6  # ... and a direct-object or subject noun (شن الجيش هجوما)


@dataclass
class Candidate:
    trigger: lx.Trigger
    first: int  # token range of the trigger span (contiguous)
    last: int
    head: int  # token of the inflected head
    kind: str  # past | present | masdar | noun | plural | hal | participle
    split: Split
    consumed: tuple[int, ...] = ()  # particle tokens outside the span
    support: tuple[lx.SupportVerb, int] | None = None
    score: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def verbal(self) -> bool:
        return self.kind in ("past", "present")

    @property
    def nominal(self) -> bool:
        return not self.verbal

    def tokens(self) -> set[int]:
        return set(range(self.first, self.last + 1)) | set(self.consumed)

    @property
    def method(self) -> str:
        how = "phrase" if self.trigger.is_phrase else "multiword" if self.last > self.first else self.kind
        return f"lexicon:{self.trigger.id}:{how}"


@dataclass(frozen=True)
class LooseKeys:
    keys: frozenset[str]


@lru_cache(maxsize=200_000)
def loose(key: str) -> frozenset[str]:
    """Variants a lexicon word may take inside a phrase: article, tanween alif, pronoun suffix."""
    out = {key}
    for k in list(out):
        if k.startswith("ال") and len(k) > 3:
            out.add(k[2:])
        for p in ("بال", "لل", "وال"):
            if k.startswith(p) and len(k) > len(p) + 1:
                out.add(k[:1] + k[len(p):] if p != "وال" else k[3:])
    for k in list(out):
        if k.endswith("ا") and len(k) > 3:
            out.add(k[:-1])
        for p in PRONOUNS:
            if k.endswith(p) and (len(k) - len(p) >= 3 or k[: -len(p)] in ("مع", "عن", "من", "في")):  # «بتهم» ≠ «بت» + هم
                stem = k[: -len(p)]
                out.add(stem)
                if stem.endswith("ت"):
                    out.add(stem[:-1] + "ه")
    return frozenset(out)


def word_matches(tok: Tok, word: str) -> bool:
    if len(word) == 1:  # a bare proclitic particle (احتفظ ب): the token starts with it
        return tok.key.startswith(word) and len(tok.key) > 2
    return bool(loose(tok.key) & loose(word))


def _seq_at(view: DocView, j: int, seq: tuple[str, ...], sent: int) -> bool:
    toks = view.toks
    k = j
    for w in seq:
        while k < len(toks) and toks[k].key == '"':
            k += 1
        if k >= len(toks) or toks[k].sent != sent or not word_matches(toks[k], w):
            return False
        k += 1
    return True


def _seq_end(view: DocView, j: int, seq: tuple[str, ...]) -> int:
    k = j
    for _ in seq:
        while view.toks[k].key == '"':
            k += 1
        k += 1
    return k - 1


_PREPS = frozenset({"علي", "عن", "الي", "في", "من", "ب", "ل", "مع", "ضد"})


def _find_particle(view: DocView, head: int, trig: lx.Trigger, verbal: bool) -> tuple[int, int] | None:
    """(first, last) tokens of the nearest particle alternative after ``head``.

    A verb's subject may stand between head and particle (ألقت الوحدات الأمنية القبض على): up to
    ``PARTICLE_GAP`` tokens for a nominal particle (القبض، سراح، النار) or a preposition with its noun
    (على قائمة), 3 for a bare preposition; a
    masdar head needs its particle right after it (إلقاء القبض).
    """
    toks = view.toks
    sent = toks[head].sent
    breaks = lx.lexicon().word_class("clause_break")
    for j in range(head + 1, min(head + 1 + PARTICLE_GAP, len(toks))):
        if toks[j].sent != sent:
            break
        if j > head + 1 and (toks[j].key in ("ان", "انه", "انها") or toks[j].key in breaks):
            break
        gap = j - head - 1
        for seq in sorted(trig.particles, key=len, reverse=True):
            if not seq:
                continue
            # a bare preposition (تراجع عن) stays near its verb; «على قائمة»، «إلى الشارع» are specific enough to
            # stand after a long object or subject like a nominal particle
            bare_prep = (seq[0] in _PREPS and len(seq) == 1) or len(seq[0]) == 1
            limit = (3 if bare_prep else PARTICLE_GAP) if verbal else 1
            if gap <= limit and _seq_at(view, j, seq, sent) and (limit <= 3 or _gap_ok(view, head, j)) \
                    and (verbal or gap == 0 or _participant_tok(view, head + 1)):
                return j, _seq_end(view, j, seq)
            if not verbal and 1 < gap <= 5 and seq[0] in _PREPS and _seq_at(view, j, seq, sent) \
                    and _patient_before(view, head, j):
                return j, _seq_end(view, j, seq)  # «إعفاء الدكتور محمد الثبيتي من منصبه»
    return None


def _participant_tok(view: DocView, j: int) -> bool:
    """A word that can be a masdar's agent genitive between it and its particle (تحقيق «النيابة» في):
    a linked mention or a title, group, organisation, security or polity noun — not «تحقيق الاستقرار في»."""
    from rasd.events.view import bare_key

    if j in view.mention_of:
        return True
    k = bare_key(view.toks[j])
    lex = lx.lexicon()
    return any(k in lex.word_class(c) or view.toks[j].key in lex.word_class(c)
               for c in ("title", "group", "org_head", "security", "polity", "armed", "civilian"))


def _patient_before(view: DocView, head: int, j: int) -> bool:
    """A masdar's genitive participant fills the tokens between it and a prepositional particle
    («إعفاء الدكتور محمد الثبيتي من منصبه»): one noun phrase, headed by a participant word or an honorific
    before a person's name."""
    from rasd.events.view import noun_phrase

    ph = noun_phrase(view, head + 1)
    if ph is None or ph.last != j - 1:
        return False
    m = ph.mention
    return _participant_tok(view, head + 1) or m is not None and m.label == "PER" \
        or view.toks[head + 1].key in lx.lexicon().word_class("honorific")


def _readings(tok: Tok, view: DocView | None = None) -> tuple[lx.Analysis, ...]:
    if view is not None and tok.key in _TIME_VERBS and _verb_context(view, tok):
        return lx.readings(tok.text, tok.key, verb_not_time=True)
    return lx.readings(tok.text, tok.key)


_TIME_VERBS = frozenset({"فجر", "وفجر"})  # فَجْر (dawn) / فَجَّرَ (detonated)


def _verb_context(view: DocView, tok: Tok) -> bool:
    """«وكذلك فجر الثوار عبوة»: a time word that opens its clause and is followed by a definite noun that is no
    time word or date (not «فجر أمس»، «فجر الخميس») is the verb it also spells."""
    toks = view.toks
    j = tok.i + 1
    if j >= len(toks) or toks[j].sent != tok.sent or not toks[j].word or j in view.date_of \
            or toks[j].key in lx.lexicon().word_class("time") or not (toks[j].key.startswith("ال") or j in view.mention_of):
        return False
    prev = toks[tok.i - 1] if tok.i > 0 and toks[tok.i - 1].sent == tok.sent else None
    return prev is None or not prev.word and prev.key not in _QUOTES and prev.text not in _QUOTES \
        or prev.key in ("كذلك", "كما", "ثم", "وكذلك", "وقد", "قد", "لقد") or tok.key.startswith("و")  # not «"فجر ليبيا"»


def _gap_ok(view: DocView, head: int, j: int) -> bool:
    """Tokens between a phrase head and its nominal particle can be the verb's subject, not an idafa
    head of the particle (أعلنت … تمديد الهدنة / اتفاق هدنة are not «أعلن هدنة»)."""
    if j == head + 1:
        return True
    prev = view.toks[j - 1]
    if prev.key in lx.lexicon().word_class("stop"):
        return False  # «… متورطا في تمويل»: the noun is inside a prepositional phrase
    if any(view.toks[k].key.endswith("ا") and len(view.toks[k].key) > 3 and view.toks[k].word
           and not view.toks[k].key.startswith("ال") and k not in view.mention_of for k in range(head + 1, j)):
        return False  # an accusative object (مواطنا) already follows the verb (a name in ا is none: تركيا، روسيا)
    if prev.word and not _participant_tok(view, j - 1) and any(
            a.entry.cls == NOMINAL and a.entry.kind in ("masdar", "noun", "plural") for a in lx.analyze(prev.key)):
        return False  # («أطلقت الحركة سراح»: a participant noun is the subject, not an idafa head)
    return True


def candidates(view: DocView) -> list[Candidate]:
    """Every lexicon match in the document (overlapping; :func:`select` chooses)."""
    out: list[Candidate] = []
    toks = view.toks
    for tok in toks:
        m = view.mention_of.get(tok.i)
        if not tok.word:
            continue
        # a trigger word inside a name is part of the name (حركة نداء تونس); a one-word agent mention
        # may still head a phrase whose particle follows it (القضاء «على» = eliminating, not the judiciary)
        in_name = m is not None and m.label in ("PER", "ORG", "GPE", "LOC", "FAC")
        bare_agent = in_name and m.start >= tok.start and m.end <= tok.end
        if bare_agent and m.label in ("ORG", "PER") and not tok.key.startswith("ال") \
                and (m.actor is None or m.actor.startswith("x.") or m.method == "agent"):
            in_name = False  # «مسيرة»، «إضرابا» tagged ORG/PER alone (no registry actor): an indefinite event noun is no name
        if in_name and not bare_agent:
            continue
        if _name_bigram(view, tok):
            continue
        for a in _readings(tok, view):
            e = a.entry
            trig = e.trigger
            if in_name and not trig.is_phrase:
                continue
            if e.cls == NOMINAL and a.split.article and _actor_masdar(view, tok):
                continue
            if e.cls != NOMINAL and _adjective_after_possessed(view, tok):
                continue  # «تضامنها التام»: an agreeing adjective, not the verb التأم
            if e.cls == NOMINAL and _nonevent_context(view, tok, trig, e.kind):
                continue
            if _no_event_reading(view, tok, a, trig):
                continue
            if trig.type == "ASSAULT" and a.split.prep == "ل" and _ceasefire_before(view, tok):
                continue  # «وقف فوري لإطلاق النار»: the ceasefire, not a shooting
            if e.rest:
                if _seq_at(view, tok.i + 1, e.rest, tok.sent):
                    out.append(Candidate(trig, tok.i, _seq_end(view, tok.i + 1, e.rest), tok.i, e.kind, a.split))
                continue
            if trig.is_phrase:
                found = _find_particle(view, tok.i, trig, e.cls != NOMINAL)
                if found is None:
                    continue
                p0, p1 = found
                if in_name and p0 != tok.i + 1:
                    continue
                if p0 == tok.i + 1:
                    out.append(Candidate(trig, tok.i, p1, tok.i, e.kind, a.split))
                else:
                    out.append(Candidate(trig, tok.i, tok.i, tok.i, e.kind, a.split,
                                         consumed=tuple(range(p0, p1 + 1))))
                continue
            out.append(Candidate(trig, tok.i, tok.i, tok.i, e.kind, a.split))
    return out


_VIOLENCE_FRAMES = frozenset({"او", "و", "من", "دون", "بدون", "اعمال", "احداث", "حوادث", "ضد", "نبذ", "لل", "كل"})


def _violence_noun(view: DocView, tok: Tok) -> bool:
    """«دون تخريب أو عنف»، «أحداث عنف»: after a conjunction, a preposition or a kind noun, عنف is the noun
    «violence» (generic), not the verb عنّف; «ضحية عنف روابط …» keeps its event reading."""
    if tok.key not in ("عنف", "وعنف") or tok.i == 0:
        return False
    prev = view.toks[tok.i - 1]
    if not prev.word and tok.i > 1 and prev.text in _QUOTES:  # «ضد "عنف الشرطة"»: a quoted slogan
        prev = view.toks[tok.i - 2]
    return prev.sent == tok.sent and (prev.key in _VIOLENCE_FRAMES or tok.key == "وعنف")


_QUOTES = frozenset({'"', "«", "“", "'", "„"})


def _name_bigram(view: DocView, tok: Tok) -> bool:
    """«نداء تونس» (a party), «حاكم التحقيق» (a judge), «بلاغ صادر عن» (issued by), «هذا الأمر» (this
    matter): a two-word name or phrase (word class ``name_bigram``) whose word looks like a trigger."""
    toks = view.toks
    pairs = lx.lexicon().word_class("name_bigram")
    nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) and toks[tok.i + 1].sent == tok.sent else None
    prev = toks[tok.i - 1] if tok.i > 0 and toks[tok.i - 1].sent == tok.sent else None
    return any(f"{a.key} {b.key}" in pairs or f"{a.key[1:]} {b.key}" in pairs and a.key[:1] in "وفبل"
               for a, b in ((tok, nxt), (prev, tok)) if a is not None and b is not None)


def _no_event_reading(view: DocView, tok: Tok, a: lx.Analysis, trig: lx.Trigger) -> bool:
    """Readings that name no occurrence here (:mod:`rasd.events.nonevents`)."""
    if nonevents.promise_without_content(view, tok, trig) or nonevents.warning_without_threat(view, tok, trig) \
            or nonevents.mobilized_resources(view, tok, trig) or nonevents.let_us(view, tok, trig) \
            or nonevents.adverb_homograph(tok) or nonevents.stopping_an_act(view, tok, trig) \
            or nonevents.no_demand_formula(view, tok, trig) or nonevents.any_kind(view, tok, a.entry.cls == NOMINAL) \
            or nonevents.permitted_act(view, tok, a.entry.cls == NOMINAL, a.split) or nonevents.concern_verb(view, tok, trig) \
            or nonevents.adjective_sense(view, tok) or nonevents.families(view, tok, trig, a.split) \
            or nonevents.no_longer(view, tok, trig):
        return True
    if a.entry.cls != NOMINAL:
        return nonevents.verb_after_preposition(view, tok) or nonevents.distance_verb(view, tok) \
            or _violence_noun(view, tok) or a.entry.cls == VERB_PAST and nonevents.past_after_saying(view, tok)
    return nonevents.name_genitive(view, tok, a.split) or nonevents.generic_object(view, tok, a.split, a.entry.kind) \
        or nonevents.capacity_complement(view, tok, a.split) or nonevents.facing(view, tok, trig, a.split) \
        or nonevents.made_thing(view, tok, trig, a.entry.kind, a.split) or nonevents.required_predicate(view, tok, a.split) \
        or nonevents.people_participle(tok, a.entry.kind, a.split) or nonevents.trend_object(view, tok, trig, a.split, a.entry.kind) \
        or nonevents.counted_participle(view, tok, a.entry.kind) or nonevents.specialty(view, tok)


def _adjective_after_possessed(view: DocView, tok: Tok) -> bool:
    """A word with the article right after a noun with a possessive pronoun agrees with it as an
    adjective (تضامنها التام، موقفه الثابت); ال-initial verbs (التأم، التقى) do not stand there."""
    if not tok.key.startswith("ال") or tok.i == 0:
        return False
    prev = view.toks[tok.i - 1]
    return prev.word and prev.sent == tok.sent and prev.text.endswith(("ه", "ها", "هم", "هما")) \
        and not lx.reporting_verb(prev.key) and not lx.support_verb(prev.key)


def _nonevent_context(view: DocView, tok: Tok, trig: lx.Trigger, kind: str) -> bool:
    """«لقاء تلفزيوني» (an interview), «مفتش عنه» (wanted): the noun does not denote an event."""
    toks = view.toks
    nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) and toks[tok.i + 1].sent == tok.sent else None
    if nxt is None:
        return False
    if trig.type == "CONSULT" and (nxt.key in lx.lexicon().word_class("media_format") or _to_media(view, tok)
                                   or _said_in(view, tok)):
        return True
    if trig.type == "PROTEST" and _drone(view, tok, nxt):
        return True
    return kind in ("hal", "participle") and nxt.key in ("عنه", "عنها", "عنهم", "عنهما")


def _said_in(view: DocView, tok: Tok) -> bool:
    """«صرح به في اتصال هاتفي للجوهرة»، «قال في حوار»: the talk in which a statement was made is its channel,
    no meeting."""
    toks = view.toks
    if tok.i < 2 or toks[tok.i - 1].key != "في" or toks[tok.i - 1].sent != tok.sent:
        return False
    for j in range(tok.i - 2, max(tok.i - 5, -1), -1):
        if toks[j].sent != tok.sent:
            return False
        if lx.reporting_verb(toks[j].key):
            return True
        if toks[j].key not in ("به", "له", "لها", "بها", "عنه", "اليوم", "امس", "،"):
            return False
    return False


def _to_media(view: DocView, tok: Tok) -> bool:
    """«في حوار لجريدة الخبر»، «خلال استضافته اليوم في برنامج بوليتيكا»، «لقاء مع قناة»: a talk given to a
    newspaper, channel or programme is an interview, no meeting (docs/events.md guidelines)."""
    toks = view.toks
    outlets = lx.lexicon().word_class("media_outlet")
    time = lx.lexicon().word_class("time")
    j = tok.i + 1
    while j < len(toks) and j <= tok.i + 5 and toks[j].sent == tok.sent and (j in view.date_of or toks[j].key in time):
        j += 1
    if j >= len(toks) or toks[j].sent != tok.sent:
        return False
    k = toks[j].key
    if k in _BROADCAST:  # «في لقاء بثته قناة السعودية»، «في حوار أجرته معه صحيفة»: a talk an outlet broadcast
        j += 2 if j + 1 < len(toks) and toks[j + 1].key in ("معه", "معها", "معهم") else 1
        return j < len(toks) and toks[j].sent == tok.sent and _outlet(toks[j].key, outlets)
    if k in ("في", "مع", "علي", "عبر") and j + 1 < len(toks) and toks[j + 1].sent == tok.sent:
        return _outlet(toks[j + 1].key, outlets)
    return k[:1] in "لب" and (k[1:] in outlets or k[1:3] == "ال" and k[3:] in outlets)


def _outlet(k: str, outlets: frozenset[str]) -> bool:
    return k in outlets or k[:2] == "ال" and k[2:] in outlets


_BROADCAST = frozenset(lx.nkey(w) for w in (
    "بثته", "بثتها", "بثه", "بثها", "نشرته", "نشرتها", "نشره", "نشرها", "أذاعته", "أذاعتها", "أجرته", "أجرتها",
    "أجراه", "أجراها"))
_AIRCRAFT = frozenset({"طائره", "طائرات", "الطائره", "الطائرات", "بطائره", "بطائرات", "وطائرات"})
_DRONE_ADJ = frozenset({"مفخخه", "انتحاريه", "هجوميه", "مسلحه", "معاديه", "اسرائيليه", "امريكيه", "ايرانيه",
                        "تركيه", "روسيه", "اوكرانيه", "حوثيه", "مجهوله"})


def _drone(view: DocView, tok: Tok, nxt: Tok) -> bool:
    """«طائرة مسيرة»، «مسيرة إسرائيلية»، «مسيرات مفخخة»: unvocalised مسيرة is also a drone (مسيّرة)."""
    if not tok.key.lstrip("وفب").lstrip("ال").startswith("مسير"):
        return False
    prev = view.toks[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.key in _AIRCRAFT or nxt.key in _DRONE_ADJ


def _ceasefire_before(view: DocView, tok: Tok) -> bool:
    """«وقف (فوري|شامل|دائم) لإطلاق النار»: وقف + optional adjective + ل + the attack noun."""
    from rasd.events.view import looks_adjectival

    toks = view.toks
    for j in (tok.i - 1, tok.i - 2):
        if j < 0 or toks[j].sent != tok.sent:
            return False
        key = toks[j].key
        if key in ("وقف", "بوقف", "لوقف", "ووقف", "الوقف") or key.endswith("وقف"):
            return True
        if not (toks[j].word and (looks_adjectival(key) or key.endswith("ي"))):
            return False
    return False


def _actor_masdar(view: DocView, tok: Tok) -> bool:
    """«الاحتلال قصف…»، «المعارضة السورية»: a definite verbal noun that names an actor, unless a
    ل-complement (الاحتلال الإسرائيلي للجولان) makes it the act."""
    bare = tok.key
    for p in ("و", "ف", "ب", "ل"):
        if bare.startswith(p + "ال"):
            bare = bare[1:]
    if bare not in lx.lexicon().word_class("actor_masdar"):
        return False
    toks = view.toks
    for j in range(tok.i + 1, min(tok.i + 3, len(toks))):
        if toks[j].sent != tok.sent or not toks[j].word:
            break
        if toks[j].key.startswith("ل") and len(toks[j].key) > 3:
            return False
    return True


def _prior(c: Candidate) -> float:
    p = c.trigger.confidence
    if c.kind == "hal":
        p *= 0.8
    elif c.kind == "participle":
        p *= 0.6
    return p


_VERB_CONTEXT = frozenset({"ان", "انه", "انها", "قد", "لقد", "وقد", "لم", "لن", "ولم", "ولن", "الذي", "التي", "الذين"})


def _sentence_initial(view: DocView, i: int) -> bool:
    """First word of its sentence, or after a sentence-opening adverbial (من جهته، بدوره) or «و/ف»."""
    toks = view.toks
    lo = view.sents[toks[i].sent][0]
    adverbial = lx.lexicon().word_class("adverbial")
    j = i - 1
    while j >= lo and (not toks[j].word or toks[j].key in ("و", "ف")):
        j -= 1
    if j < lo:
        return True
    if j - 1 >= lo and " ".join((toks[j - 1].key, toks[j].key)) in adverbial:
        j -= 2
    elif toks[j].key in adverbial:
        j -= 1
    while j >= lo and not toks[j].word:
        j -= 1
    return j < lo


def _after_verb_and_subject(view: DocView, i: int) -> bool:
    """Is token ``i`` right after «verb + definite subject» (V S O), with no conjunction between?"""
    from rasd.events.view import conj_prefix, is_verb_form, stop_word

    toks = view.toks
    j = i - 1
    n = 0
    while j >= 0 and n < 6 and toks[j].word and toks[j].sent == toks[i].sent and not stop_word(view, toks[j].key) \
            and not is_verb_form(toks[j].key, toks[j].text) and toks[j].key not in ("و", "ف") \
            and not conj_prefix(toks[j].text).startswith(("و", "ف")):
        j -= 1
        n += 1
    if n == 0 or j < 0 or toks[j].sent != toks[i].sent or not toks[j + 1].key.startswith("ال") and j + 1 not in view.mention_of:
        return False
    return is_verb_form(toks[j].key, toks[j].text) or bool(lx.reporting_verb(toks[j].key))


def _context_prior(view: DocView, c: Candidate) -> float:
    """A verb reading right after أن/قد/لم or a relative pronoun, or opening its sentence (VSO: «ورفض
    حمدان…»); a noun reading after a preposition."""
    if c.split.prep == "ب" and len(c.split.rest) <= 2:
        return -0.5  # «وبحث الرئيس»: the verb بحث (a whole-word reading), rarely ب + a two-letter masdar (حث)
    prev = view.toks[c.first - 1].key if c.first > 0 else ""
    if c.verbal and prev in _VERB_CONTEXT:
        return 0.15
    if c.verbal and not c.split.article and _sentence_initial(view, c.first):
        return 0.15
    if c.nominal and not c.split.prefix and _after_verb_and_subject(view, c.first):
        return 0.2  # «أكد وزير الدفاع رفض بلاده»: after a verb and its subject comes the object (a masdar)
    if c.verbal and not c.split.prefix and prev.startswith("ال") and c.first > 0 and view.toks[c.first - 1].word \
            and view.toks[c.first - 1].sent == view.toks[c.first].sent:
        return 0.15  # «الاحتلال قصف»: a bare word after a definite subject is its verb
    if c.nominal and prev in lx.lexicon().word_class("stop") and prev not in _VERB_CONTEXT:
        return 0.05
    return 0.0


def select(cands: list[Candidate], view: DocView | None = None) -> list[Candidate]:
    """Longest match first (tokens covered, particles included), then the higher prior in context."""
    bonus = {id(c): _context_prior(view, c) if view is not None else 0.0 for c in cands}
    ranked = sorted(cands, key=lambda c: (-len(c.tokens()), -(_prior(c) + bonus[id(c)]), c.verbal, c.first))
    taken: set[int] = set()
    chosen: list[Candidate] = []
    for c in ranked:
        toks = c.tokens()
        if toks & taken:
            continue
        taken |= toks
        c.score = _prior(c)
        chosen.append(c)
    chosen.sort(key=lambda c: c.first)
    return chosen


def _subject_gap(view: DocView, k: int, first: int) -> bool:
    """Can the tokens between a support verb and its object noun be one long VSO subject (a title chain
    with a name: «قدّم كاتب عام النقابة العامة للتعليم الثانوي، لسعد اليعقوبي اعتذاره»)?"""
    from rasd.events.view import is_verb_form

    if first - k - 1 > 12:
        return False
    group = lx.lexicon().word_class("group")
    for j in range(k + 1, first):
        t = view.toks[j]
        if t.key in ("،", '"', "و") or t.key in lx.lexicon().word_class("time"):
            continue
        if t.key == "من" and view.toks[j - 1].key.removeprefix("ال") in group:
            continue  # a partitive subject: «نفذ عدد من نشطاء المجتمع المدني وقفة احتجاجية»
        if not t.word or t.key in lx.lexicon().word_class("stop") or is_verb_form(t.key, t.text) or _readings(t):
            return False
    return True


def attach_support(view: DocView, c: Candidate) -> None:
    """Find the support verb that carries a trigger noun (شن هجوما، قام بزيارة، تم إيقاف، اشتباكات جدت)."""
    if not c.nominal:
        return
    toks = view.toks
    head = toks[c.first]
    sent = head.sent
    # «تمكنت الوحدات … ليلة أمس من إحباط … ومن إيقاف 35 شخصا»: an explicit particle right before the noun
    # (من، ومن) lets a prepositional support verb stand further back, across a first complement
    gap = SUPPORT_GAP + 10 if c.first > 0 and toks[c.first - 1].key in ("من", "ومن") else SUPPORT_GAP
    for k in range(c.first - 1, max(c.first - 1 - gap, -1), -1):
        t = toks[k]
        if t.sent != sent:
            break
        readings = sorted(lx.support_verb(t.key), key=lambda x: -len(lx.words(x[0].form)))
        for sv, split in readings:
            obj = sv.object
            gap = c.first - k - 1
            middle = lx.words(sv.form)[1:-1]
            if middle and not any(word_matches(view.toks[x], middle[0]) for x in range(k + 1, c.first)):
                continue  # «أعلن مسؤوليته عن»: the middle word must be there
            if gap > NEAR_SUPPORT_GAP and not obj.startswith("prep:") and not _subject_gap(view, k, c.first):
                continue
            if obj == "obj" and c.split.prep == "" and c.split.conj == "":
                c.support = (sv, k)
                return
            if obj == "subj" and gap <= 3 and c.split.prep == "" and c.split.conj == "":
                c.support = (sv, k)
                return
            if obj.startswith("prep:"):
                p = lx.nkey(obj[5:])
                if len(p) == 1 and c.split.prep == p and gap <= SUPPORT_GAP:
                    c.support = (sv, k)
                    return
                if len(p) > 1 and k + 1 < c.first and toks[c.first - 1].key in (p, "و" + p):
                    c.support = (sv, k)
                    return
        if t.text in (".", "؛") or t.key in ("ان", "انه") or t.key in lx.lexicon().word_class("clause_break"):
            break
    # postposed impersonal verbs: «اشتباكات جدت»، «المناوشات التي جدت»
    for k in range(c.last + 1, min(c.last + 3, len(toks))):
        t = toks[k]
        if t.sent != sent:
            break
        if t.key in ("التي", "الذي"):
            continue
        for sv, split in lx.support_verb(t.key):
            if sv.object == "subj" and sv.subject_role == "impersonal":
                c.support = (sv, k)
                return
        break


@lru_cache(maxsize=1)
def _mode_index() -> dict[str, list[lx.ModeCue]]:
    """First word (and its loose variants) of every mode cue -> cues."""
    index: dict[str, list[lx.ModeCue]] = {}
    for cue in lx.lexicon().mode_cues:
        if cue.keys:
            for v in loose(cue.keys[0]):
                index.setdefault(v, []).append(cue)
    return index


def instrument_at(view: DocView, j: int, etype: str) -> bool:
    """Does a mode cue of an event type with a mode (an instrument: الغاز السام، قذائف) start at token ``j``?
    Such a genitive names how an event was done («هجمات الغاز السام»), not who took part."""
    toks = view.toks
    return any(cue.type == etype and cue.mode and _seq_at(view, j, cue.keys, toks[j].sent)
               for v in loose(toks[j].key) for cue in _mode_index().get(v, ()))


def mode_and_context(view: DocView, c: Candidate, window: int = 6) -> tuple[str | None, list[str], list[str]]:
    """Mode from the trigger row or a nearby instrument/topic cue; contexts from both."""
    trig = c.trigger
    mode = trig.mode
    contexts = list(trig.context)
    why: list[str] = []
    toks = view.toks
    lo, hi = max(c.first - window, 0), min(c.last + window + 1, len(toks))
    sent = toks[c.first].sent
    index = _mode_index()
    seen: set[str] = set()
    for j in range(lo, hi):
        if toks[j].sent != sent or not toks[j].word:
            continue
        for v in loose(toks[j].key):
            for cue in index.get(v, ()):
                if cue.id in seen or cue.type not in ("*", trig.type) or not _seq_at(view, j, cue.keys, sent):
                    continue
                seen.add(cue.id)
                if cue.mode and cue.type == trig.type and mode is None:
                    mode = cue.mode
                    why.append(f"mode {cue.mode} from {' '.join(cue.keys)!r} ({cue.id})")
                if cue.context and cue.context not in contexts:
                    contexts.append(cue.context)
    return mode, contexts, why
