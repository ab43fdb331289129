"""A light, per-document view of the text for event coding: word tokens with keys, sentences,
clauses, mentions and dates by token, and a heuristic Arabic noun-phrase chunker.

There is no parser: noun phrases are found with the grammar of news Arabic that needs no POS tags —
an idafa head is indefinite, definite nouns are followed only by (definite) adjectives, prepositions,
relative pronouns, known verbs, time words, dates and punctuation end a phrase, and a linked mention
is never cut. Group nouns keep their partitive (وفد من «الهيئة»).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from rasd.actors.knowledge import cues
from rasd.annotations import MentionAnn, state
from rasd.events import lexicon as lx
from rasd.events.dates import DateExpr, find_dates
from rasd.events.morph import NOMINAL
from rasd.text.clitics import corpus_split
from rasd.text.normalize import normalize_key

QUOTE = '"'
CLAUSE_PUNCT = frozenset({"،", ",", "؛", ";", ":", "(", ")", "-", "!", "؟", "?", "|", "[", "]"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_LABELS = frozenset({"PER", "ORG", "GPE", "NORP"})
NEGATIONS = frozenset({"لا", "لن", "لم", "ما"})  # particles that negate the following verb
_ADJ_ENDINGS = ("ي", "يه", "يين", "يون", "يات", "يان")


@dataclass
class Tok:
    i: int
    start: int
    end: int
    text: str
    key: str
    sent: int
    clause: int = 0
    word: bool = True


@dataclass(frozen=True)
class Phrase:
    """A noun phrase: tokens ``[first, last]`` and its character span (proclitics excluded)."""

    first: int
    last: int
    start: int
    end: int
    mention: MentionAnn | None = None

    def contains_tok(self, i: int) -> bool:
        return self.first <= i <= self.last


@dataclass
class DocView:
    doc: Doc
    toks: list[Tok]
    sents: list[tuple[int, int]]  # token index ranges [first, last]
    mentions: list[MentionAnn]
    mention_of: dict[int, MentionAnn]  # token index -> mention covering it
    dates: list[DateExpr]
    date_of: dict[int, DateExpr]
    published: dt.date | None
    text: str = ""
    notes: list[str] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)  # actor id -> CAMEO code (the linker's)

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sent_toks(self, s: int) -> range:
        a, b = self.sents[s]
        return range(a, b + 1)


@lru_cache(maxsize=200_000)
def _key(text: str) -> str:
    return normalize_key(text)


def _is_word(key: str) -> bool:
    return bool(key) and (key[0].isalnum())


def build_view(doc: Doc) -> DocView:
    st = state(doc)
    toks: list[Tok] = []
    sents: list[tuple[int, int]] = []
    s_i = -1
    new_sent = True
    for t in doc:  # one pass over the tokens (doc.sents is slower); same numbering as doc_sentence_spans
        if t.is_sent_start:
            new_sent = True
        if t.is_space:
            continue
        if new_sent:
            if s_i >= 0:
                sents.append((sents_first, len(toks) - 1))
            s_i += 1
            sents_first = len(toks)
            new_sent = False
        text = t.text
        key = _key(text)
        word = _is_word(key)
        if not word and text[:1] == "#" and _is_word(_key(text[1:])):
            key, word = _key(text[1:]), True  # «#حماس تهدد …»: a hashtag in a post is a name in the sentence
        toks.append(Tok(len(toks), t.idx, t.idx + len(text), text, key, s_i, word=word))
    if s_i >= 0:
        sents.append((sents_first, len(toks) - 1))
    clause = 0
    stop_clause = lx.lexicon().word_class("clause_break")
    for k, tok in enumerate(toks):
        if k and (tok.sent != toks[k - 1].sent or toks[k - 1].text in CLAUSE_PUNCT
                  or tok.key in stop_clause or tok.key in ("ان", "انه", "انها", "انهم", "بان", "بانه")):
            clause += 1
        tok.clause = clause
    mentions = sorted(st.mentions, key=lambda m: (m.start, -m.end))
    mention_of: dict[int, MentionAnn] = {}
    starts = [t.start for t in toks]
    for m in mentions:
        for tok in _toks_in(toks, starts, m.start, m.end):
            cur = mention_of.get(tok.i)
            if cur is None or (cur.end - cur.start) < (m.end - m.start):
                mention_of[tok.i] = m
    published = st.meta.published
    dates = find_dates(doc.text, published)
    date_of: dict[int, DateExpr] = {}
    for d in dates:
        for tok in _toks_in(toks, starts, d.start, d.end):
            date_of[tok.i] = d
    codes = {a.id: a.code for a in st.actors.values() if a.code}
    return DocView(doc, toks, sents, mentions, mention_of, dates, date_of, published, doc.text, codes=codes)


def _toks_in(toks: list[Tok], starts: list[int], start: int, end: int) -> list[Tok]:
    import bisect

    k = max(bisect.bisect_right(starts, start) - 1, 0)
    out = []
    while k < len(toks) and toks[k].start < end:
        if toks[k].end > start:
            out.append(toks[k])
        k += 1
    return out


# -- word tests ---------------------------------------------------------------------------------

@lru_cache(maxsize=100_000)
def conj_prefix(text: str) -> str:
    """The conjunction/preposition proclitics of a surface token (corpus-checked: وزير stays whole)."""
    split = corpus_split(text)
    return split.prefix if split else ""


def attached_prep(view: "DocView", j: int) -> str:
    """The preposition ب/ل/ك token ``j`` carries ("" if none): from its clitic split, or from a mention that
    starts after a leading ب/ل/ك (the corpus split keeps the frequent «بقصر» whole, the NER span starts at
    «قصر قرطاج»)."""
    t = view.toks[j]
    pre = conj_prefix(t.text)
    if pre[-1:] in ("ب", "ل", "ك"):
        return pre[-1]
    if t.key.startswith("با") and len(t.key) >= 6 and _wasl_stem(t.text):
        return "ب"  # «بارتكاب»، «باعتبار»، «باتجاه»: ب + a masdar opening with hamzat al-wasl
    m = view.mention_of.get(j)
    if m is None or not t.start < m.start < t.end:
        return ""
    lead = t.text[: m.start - t.start]
    return lead[-1] if lead[-1:] in ("ب", "ل", "ك") and all(ch in "وفبلك" for ch in lead) else ""


@lru_cache(maxsize=50_000)
def _wasl_stem(text: str) -> bool:
    """Is «ب» + the rest a frequent word that opens with hamzat al-wasl (ارتكاب، اعتبار، استخدام)? The corpus split
    keeps such words whole because the ب-form is itself frequent in news."""
    from rasd.text.clitics import light_form, word_counts

    rest = light_form(text)[1:]
    return rest.startswith("ا") and word_counts().get(rest, 0) >= 20


_NAME_STARTS = ("يوسف", "ياسر", "يحيي", "يونس", "يعقوب", "يزيد", "ياسين", "يوم", "يمين", "يهود", "يمن", "يابان")


@lru_cache(maxsize=100_000)
def is_verb_form(key: str, text: str = "") -> bool:
    """A verb: a known verb form with no nominal reading, an auxiliary (بدؤوا، باتت), or a shape
    nouns rarely have (past plural …وا; imperfective ي… ending in ون/ان)."""
    bare = key[1:] if key[:1] in "وف" and len(key) > 4 else key
    if bare[:1] == "ل" and bare[1:2] in ("ي", "ت", "ن") and len(bare) > 4 and is_verb_form(bare[1:], text[1:] if text else ""):
        return True  # لام التعليل + imperfective: «لتصبح»، «ليعلن»
    if key in lx.lexicon().word_class("aspectual") or bare in lx.lexicon().word_class("aspectual") \
            or bare in lx.lexicon().word_class("finite_verb"):
        return True
    if len(bare) >= 4 and (bare.endswith("وا") or bare[0] in "يت" and bare.endswith(("ون", "ان")) and bare[0] == "ي") \
            and not bare.startswith(_NAME_STARTS):
        return True
    readings = lx.readings(text, key) if text else lx.analyze(key)
    verbal = any(a.entry.cls != NOMINAL for a in readings)
    nominal = any(a.entry.cls == NOMINAL for a in readings)
    if verbal and not nominal:
        return True
    if nominal:
        return False
    return bool(lx.reporting_verb(key) or lx.support_verb(key) or lx.modality_verb(key))


def bare_key(tok: Tok) -> str:
    """Token key without conjunction/preposition proclitics and article (وتنظيم → تنظيم)."""
    k = tok.key[len(conj_prefix(tok.text)):] if tok.key[:1] in "وفبلك" else tok.key
    return k[2:] if k.startswith("ال") and len(k) > 3 else k


def _role_noun(tok: Tok) -> bool:
    """A title, group or organisation noun starts a new phrase (VSO: subject title + object title)."""
    lex = lx.lexicon()
    k = bare_key(tok)
    return any(k in lex.word_class(c) or tok.key in lex.word_class(c) for c in ("title", "group", "org_head"))


def is_definite(key: str, text: str = "") -> bool:
    """Has the article (not a hamzated alif-lam: إلكترونية، ألمانيا)."""
    for p in ("", "و", "ف"):
        if key.startswith(p + "ال"):
            return not text[len(p):len(p) + 1] in ("إ", "أ", "آ") if text else True
    return False


def looks_adjectival(key: str, participles: bool = True) -> bool:
    """Nisba adjectives (الروسي، الإرهابية، الأمنيين) and, if asked, participles (المسلحة، مكثفة)."""
    bare = key[2:] if key.startswith("ال") else key
    return bare.endswith(_ADJ_ENDINGS) or participles and bare.startswith("م") and len(bare) >= 4


def starts_pp(key: str) -> bool:
    """ب/ل + article: a prepositional phrase (بالمنطقة، للحوثيين)."""
    return key.startswith(("بال", "لل", "كال", "وبال", "ولل", "فبال", "فلل"))


def place_pp_head(key: str) -> str:
    """The place head noun of ب/ل + an indefinite place head (بجهة → جهة، بمنطقة، بولاية، لمدينة), "" if ``key`` is
    none: a prepositional phrase even where the corpus splitter keeps the frequent word whole."""
    k = key[1:] if key[:1] in "وف" and key[1:2] in "بل" else key
    return k[1:] if len(k) > 3 and k[0] in "بل" and k[1:] in lx.lexicon().word_class("place_head") else ""


def place_pp(key: str) -> bool:
    return bool(place_pp_head(key))


def stop_word(view: DocView, key: str) -> bool:
    lex = lx.lexicon()
    return key in lex.word_class("stop") or key in lex.word_class("time") or key in lex.word_class("clause_break")


# -- noun phrases --------------------------------------------------------------------------------

def noun_phrase(view: DocView, i: int, *, strip: int | None = None, max_len: int = 7,
                coord: bool = False, partitive: bool = True, lam_chain: bool = False) -> Phrase | None:
    """The noun phrase that starts at token ``i`` (``strip`` = proclitic letters to drop from it)."""
    toks = view.toks
    while i < len(toks) and toks[i].key == QUOTE:
        i += 1
    if i >= len(toks) or not toks[i].word:
        return None
    first = toks[i]
    if strip is None:
        strip = len(conj_prefix(first.text)) if first.key[:1] in "وفبلك" else 0
        if first.key.startswith("لل") and strip < 2 and len(first.key) > 3:
            strip = 2
    key0 = first.key[strip:] if strip else first.key
    approx = approximator_end(view, i, key0)
    if not approx and (not key0 or key0 in lx.lexicon().word_class("stop") or key0 in lx.lexicon().word_class("time")):
        return None
    if i in view.date_of or is_verb_form(first.key, first.text) and not (
            i in view.mention_of and view.mention_of[i].start <= first.start):
        return None  # (a verb form the linker read as a title or name heads a phrase: «قاضي التحقيق»)
    last = i
    quote_open = i > 0 and toks[i - 1].key == QUOTE
    inner_quote = False  # a quote opened after the head noun (a name), not quoted speech the phrase starts in
    number_start = key0.isdigit() or approx is not None
    courtesy = lx.lexicon().word_class("courtesy")
    k = i
    while k + 1 < len(toks) and toks[k + 1].sent == first.sent and k - i < 3 and (
            toks[k].key in courtesy or bare_key(toks[k]) in courtesy):
        k += 1  # «معالي وزير الخارجية»، «صاحب السمو الملكي الأمير»: the title after the courtesy words heads it
    title_tok = toks[k]
    titled = bare_key(title_tok) in lx.lexicon().word_class("title") or title_tok.key in lx.lexicon().word_class("title")
    named = False
    j = i + 1
    if approx:
        last = j = approx + 1  # «ما لا يقل عن | ستة أطفال»: the number after the approximator
        j += 1
    while j < len(toks) and toks[j].sent == first.sent and not toks[last].text.startswith("#"):
        t = toks[j]  # (a hashtag ends its phrase: «#غزة #أورينت» are two tags)
        m_prev = view.mention_of.get(last)
        inside = m_prev is not None and m_prev.end > toks[last].end
        if j - i >= max_len and not inside:
            break  # the length cap never cuts a name: «وزير الدفاع الفرنسي جان-ايف لو دريان»
        if inside:  # inside a mention: always continue
            if t.key == QUOTE or t.word or t.text in "-–—":
                last = j if t.word else last
                j += 1
                continue
        if t.key == QUOTE:
            if quote_open:
                quote_open = False
                j += 1
                continue
            close = next((k for k in range(j + 1, min(j + 6, len(toks))) if toks[k].key == QUOTE), None)
            if close is not None and all(toks[k].word for k in range(j + 1, close)) and close > j + 1 \
                    and (not is_definite(toks[last].key, toks[last].text) or toks[last].key.startswith("ل") or last == i):
                quote_open = inner_quote = True  # a quoted name inside the phrase: تنظيم «جبهة النصرة»، لـ«المعارضات»
                j += 1
                continue
            break
        if quote_open and inner_quote and t.word and not is_verb_form(t.key, t.text):
            last = j  # inside a quoted name after its head: «صحيفة " بابل "» (a place name inside is the paper's name)
            j += 1
            continue
        m_here = view.mention_of.get(j)
        if titled and not named and _person_name(m_here) and m_here is not m_prev and m_here.start >= t.start:
            named = True  # title (+ its genitive) + the person's name: «زعيم كوريا الشمالية كيم جونغ أون»
            last = j
            j += 1
            continue
        if titled and not named and t.text in ("،", ",") and _name_starts_at(view, j + 1):
            named = True  # «كاتب عام النقابة، لسعد اليعقوبي»: the name in apposition after a comma
            last = j + 1
            j += 2
            continue
        if titled and not named and m_here is None and _in_class(t, "honorific") and _person_name(view.mention_of.get(j + 1)):
            last = j  # «وزير الخارجية الكويتي الشيخ صباح الخالد»: an honorific before the name
            j += 1
            continue
        if not t.word:
            if t.text in "-–—" and j + 1 in view.mention_of and view.mention_of.get(j + 1) is view.mention_of.get(last):
                j += 1
                continue
            break
        if t.key in ("العام", "العامه") and (bare_key(toks[j - 1]) in lx.lexicon().word_class("title") or (
                last == j - 1 and is_definite(prev_key := toks[j - 1].key, toks[j - 1].text) and not _possessed(toks[j - 1])
                and (t.key == "العامه" or not _period_after(view, j)) and prev_key not in lx.lexicon().word_class("time"))):
            last = j  # «الأمين العام»، «الأمانة العامة»، «النيابة العامة»: «general», not «the year» (العام الماضي)
            j += 1
            continue
        if j in view.date_of or stop_word(view, t.key) or is_verb_form(t.key, t.text):
            break
        if t.key[:1] == "و" and not coord and conj_prefix(t.text).startswith("و"):
            break
        if t.key[:1] in "فك" and conj_prefix(t.text)[:1] == t.key[:1]:
            break
        if t.key == "باسم" and j + 1 < len(toks) and toks[j + 1].word:  # المتحدث باسم الجيش
            last = j + 1
            j += 2
            continue
        lam = lam_chain and t.key.startswith("ل") and len(t.key) > 2
        if not titled and last > i and _in_class(first, "organ_head") and is_definite(first.key, first.text) \
                and t.key.startswith("ل") and m_here is not None and m_here.label == "ORG" and m_here is not m_prev \
                and m_here.start > t.start and all(looks_adjectival(toks[k].key) or toks[k].key in ("العام", "العامه")
                                                   for k in range(i + 1, last + 1)):
            last = _mention_last(view, j, m_here)  # «الأمانة العامة لمنظمة التعاون الإسلامي»، «المكتب السياسي لحركة
            j = last + 1  # حماس»: an organ of the body named after ل
            continue
        if titled and not named and t.key.startswith("ل") and m_here is not None and m_here.label in ("ORG", "GPE") \
                and m_here is not m_prev and m_here.start > t.start:
            e = _mention_last(view, j, m_here)
            post = bare_key(toks[last]) in ("عام", "عامه", "سامي", "خاص", "خاصه")
            if post or _name_starts_at(view, e + 1):
                last = e  # «الأمين العام للأمم المتحدة (أنطونيو غوتيريش)»: a post and its organisation after ل
                j = e + 1
                continue
        if (starts_pp(t.key) or place_pp(t.key)) and not lam:
            break
        pre = attached_prep(view, j)
        if not lam and (pre in ("ب", "ك") and m_here is None or pre == "ل" and m_here is not None and m_here is not m_prev
                        and (is_definite(toks[last].key, toks[last].text) or m_prev is not None)):
            break  # «11 شخصا | بتشكيل خلية»، «المتحدث باسم الحكومة | لوكالة رويترز»: a prepositional phrase
            # (an indefinite noun takes its owner with ل: «مكتبا لحركة حماس»، «عناصر لتنظيم داعش»; ل + a common
            # noun may belong to a body's name: «مجمع التنسيقيات الجهوية لعمال الحضائر»)
        prev = toks[last]
        if t.key.isdigit():
            break
        m = view.mention_of.get(j)
        if m is not None and m is not m_prev and last == i and m.label in PLACE_LABELS \
                and (bare_key(first) in lx.lexicon().word_class("place_head") or key0 in lx.lexicon().word_class("place_head")):
            last = j  # «مدينة سوسة»، «ولاية القصرين»: the head noun and the name are one place
            j += 1
            continue
        if (m is None or m.method == "agent") and m_prev is not None and m_prev.method == "agent" \
                and m_prev.start >= prev.start and not is_definite(prev.key, prev.text) and _in_class(prev, "org_head") \
                and is_definite(t.key, t.text) and (m is not None or not looks_adjectival(t.key)):
            last = j  # an organisation head noun takes its genitive: «نقابة التعليم الثانوي»، «نقابة الصحفيين»
            j += 1
            continue
        if titled and not named and m is not None and m_prev is not None and m is not m_prev and m.label in ("ORG", "GPE") \
                and m.start >= t.start:
            e = _mention_last(view, j, m)
            if e + 1 - i < max_len + 3 and _name_starts_at(view, e + 1):
                last = e  # title + its body + the person's name: «رئيس حزب الفلاحين فيصل التبيني»
                j = e + 1
                continue
        if m is None and m_prev is not None and m_prev.label == "PER" and m_prev.method != "agent" and m_prev.end <= prev.end:
            e = _own_title_end(view, j, m_prev)
            if e is not None:
                last = e  # «الشيخ تميم بن حمد أمير دولة قطر»: a title of the person's own state in apposition
                j = e + 1
                continue
        if m is not None and m_prev is not None and m is not m_prev and m.label == "NORP" and m_prev.method != "agent" \
                and m_prev.label in ("PER", "ORG", "GPE") and m.start >= t.start \
                and bare_key(t).endswith(("يين", "يون")):
            break  # a plural nisba after a name is a new phrase (اتهمت السعودية | الحوثيين), not its adjective
        if m is not None and m_prev is not None and m is not m_prev and m.label != "NORP" and (
                m.actor is None or m.actor != m_prev.actor):
            break  # two names side by side are two phrases (متزعم «النصرة» | أبو محمد الجولاني)
        if m is None and m_prev is not None and m_prev.method == "agent" and m_prev.end <= prev.end \
                and _in_class(prev, "title") and last == i and is_definite(t.key, t.text) \
                and not is_definite(prev.key, prev.text) \
                and (not looks_adjectival(t.key) or _noun_like(t)):
            last = j  # a title the linker read as an agent keeps its genitive: «رئيس الهيئة»، «رئيس الحكومة»
            j += 1
            nxt = toks[j] if j < len(toks) else None
            if nxt is None or j not in view.mention_of and not (
                    is_definite(nxt.key, nxt.text) and looks_adjectival(nxt.key, participles=False)):
                break  # no name follows: «طالب رئيس الهيئة | تعديل القانون»
            continue
        if titled and not named and m is None and t.key in cues()["title_qualifier"]:
            last = j  # «وزير الخارجية الأمريكي السابق مايك بومبيو»: how the title is held, before the name
            j += 1
            continue
        if m is None and m_prev is not None and m_prev.label in ("PER", "ORG", "GPE") and not (
                looks_adjectival(t.key, participles=is_definite(t.key, t.text)) and not _noun_like(t)
                and (is_definite(t.key, t.text) or not is_definite(prev.key, prev.text))):
            break  # after a name only a definite adjective agrees (حزب الله اللبناني), not «مواقع»
        if quote_open or lam:
            last = j
            j += 1
            continue
        if m is None and j - 1 > i and not quote_open and (
                t.key.endswith("ا") and not number_start and len(t.key) > 3  # accusative: an object
                or prev.key.endswith(("يه", "يات", "يين", "يون")) and not is_definite(prev.key, prev.text)
                and not looks_adjectival(t.key) and not is_definite(t.key, t.text)):
            break  # «حركة حماس المقترح»، «مسلحون مجهولون ضابطا»، «طائرات حربية مواقع»: a new phrase
        if m is None and prev.text.endswith("ة") and is_definite(t.key, t.text) \
                and bare_key(t).endswith(("ين", "ون")) and len(bare_key(t)) > 5 \
                and not (m_prev is not None and m_prev.label == "PER"):  # (أساتذة، قضاة: human plurals in ة)
            break  # «النيابة العامة | المتهمين»: a masculine plural never agrees with a feminine singular
        closed_name = j - 1 > i and toks[j - 1].key == QUOTE
        if titled and m is None and not is_definite(t.key, t.text) and is_definite(prev.key, prev.text) \
                and not t.key.endswith("ا") and not _role_noun(t) and last - i < 6 \
                and conj_prefix(t.text)[-1:] not in ("ب", "ل", "ك") \
                and not t.key.endswith("ات"):  # «زعيم التنظيم | بمواصلة»، «نظيره القطري | ملفات»: no name
            last = j  # title + name: «وزير الدفاع الروسي سيرغي شويغو»
            j += 1
            continue
        if (is_definite(prev.key, prev.text) or m_prev is not None or closed_name or _possessed(prev)) and m is None and (
                not looks_adjectival(t.key) or _noun_like(t) or (is_definite(prev.key, prev.text) or closed_name)
                and not is_definite(t.key, t.text)):  # a quoted name is definite: «جماعة «بوكو حرام» مسؤولية» ends
            break  # after a definite noun or a name only (agreeing) adjectives follow; a new noun starts a new phrase
        if m is not None and m_prev is None and is_definite(prev.key, prev.text) and m.label not in ("PER", "NORP"):
            break
        last = j
        j += 1
    head = first.key[strip:]
    if partitive and (head in lx.lexicon().word_class("group") or head.startswith("ال") and head[2:] in lx.lexicon().word_class("group")
                      or last == i and (head in lx.lexicon().word_class("count_noun") or number_token(first))):
        last = _extend_partitive(view, i, last)
    start = first.start + _char_offset(first.text, strip)
    end = toks[last].end
    if last + 1 < len(toks) and toks[last + 1].key == QUOTE and sum(
            1 for k in range(i, last + 1) if toks[k].key == QUOTE) % 2 == 1:
        end = toks[last + 1].end  # close a quoted name opened inside the phrase: حركة «طالبان»
    return Phrase(i, last, start, end, best_mention(view, i, last))


MANNER_HEADS = frozenset({"بشكل", "بصوره", "بطريقه", "وبشكل", "وبصوره"})


def manner_adverbial(view: DocView, j: int) -> bool:
    """«بشكل قاطع»، «بصورة نهائية»، «بطريقة سلمية»: ب + manner noun + an indefinite adjective qualifies the verb."""
    toks = view.toks
    return toks[j].key in MANNER_HEADS and j + 1 < len(toks) and toks[j + 1].sent == toks[j].sent \
        and toks[j + 1].word and not is_definite(toks[j + 1].key, toks[j + 1].text)


def _period_after(view: DocView, j: int) -> bool:
    """«العام | الماضي/المقبل/الجاري»: «العام» is the year."""
    nxt = view.toks[j + 1] if j + 1 < len(view.toks) else None
    return nxt is not None and nxt.key in _PERIOD_WORDS


_PERIOD_WORDS = frozenset(normalize_key(w) for w in (
    "الماضي", "المقبل", "القادم", "الجاري", "الحالي", "المنصرم", "الفائت", "السابق"))


def _own_title_end(view: DocView, j: int, person: MentionAnn) -> int | None:
    """«تميم بن حمد | أمير دولة قطر»، «عادل الجبير | وزير الخارجية السعودي»: an indefinite title right after a person's
    name whose state (a GPE/NORP mention within three words) is the person's own (the CAMEO country prefix of both
    codes agree) describes that person; the last token of the title phrase, else None. A title of another state is
    the verb's object («استقبل الرئيس السيسي | وزير الخارجية الأمريكي»), «نظيره» always is."""
    toks = view.toks
    t = toks[j]
    own = view.codes.get(person.actor or "", "")[:3]
    if len(own) < 3 or is_definite(t.key, t.text) or bare_key(t) not in lx.lexicon().word_class("title") \
            or t.key.startswith("نظير"):
        return None
    for k in range(j + 1, min(j + 4, len(toks))):
        if toks[k].sent != t.sent or not toks[k].word or stop_word(view, toks[k].key):
            return None
        m = view.mention_of.get(k)
        if m is not None and m.label in ("GPE", "NORP") and m.start >= toks[k].start:
            if view.codes.get(m.actor or "", "")[:3] != own:
                return None
            return _mention_last(view, k, m)
    return None


def number_token(tok: Tok) -> bool:
    """A cardinal in digits or words (20، ستة، عشرين، مئة)."""
    return tok.key.isdigit() or tok.key in lx.number_words()


def counted_at(view: DocView, i: int) -> bool:
    """Does a count start at token ``i`` (20، ستة، نحو 200، ما لا يقل عن ستة)?"""
    return number_token(view.toks[i]) or approximator_end(view, i, view.toks[i].key) is not None


def approximator_end(view: DocView, i: int, key0: str) -> int | None:
    """«نحو 200 شخص»، «ما لا يقل عن ستة أطفال»، «أكثر من 300 منزل»: the last token of an approximator
    (word class ``approximator``) that a number follows, else None."""
    toks = view.toks
    forms = lx.lexicon().word_class("approximator")
    keys = [key0]
    for k in range(i, min(i + 4, len(toks) - 1)):
        if k > i:
            if toks[k].sent != toks[i].sent or not toks[k].word:
                return None
            keys.append(toks[k].key)
        if " ".join(keys) in forms:
            return k if number_token(toks[k + 1]) and toks[k + 1].sent == toks[i].sent else None
    return None


def _noun_like(tok: Tok) -> bool:
    """Words that look like adjectives but are nouns: place and organisation head nouns (المنطقة، المجلس) and the فِعالة masdars in -اية (الرعاية، الحماية، الرواية): after a definite noun
    they start a new phrase («الصراع | المنطقة»، «حركة حماس | الرعاية الأمريكية»)."""
    k = bare_key(tok)
    if k.endswith(("ايه", "ايات")) and len(k) >= 5 or _possessed(tok):
        return True  # (an adjective never carries a possessive pronoun: «إسرائيل | مسؤوليتها»)
    lex = lx.lexicon()
    if any(k in lex.word_class(c) or "ال" + k in lex.word_class(c) or tok.key in lex.word_class(c)
           for c in ("place_head", "org_head")):
        return True
    # a definite مفاعلة masdar (المصادقة، المشاركة، المطالبة) looks like a participle but is a verbal noun
    return k.startswith("م") and k.endswith("ه") and tok.key.startswith("ال") and _masdar_reading(tok.text, tok.key)


@lru_cache(maxsize=50_000)
def _masdar_reading(text: str, key: str) -> bool:
    return any(a.entry.kind == "masdar" for a in lx.readings(text, key))


def _possessed(tok: Tok) -> bool:
    """A noun with a possessive pronoun (بلاده، حكومتهم) is definite: only adjectives follow it."""
    return len(tok.key) > 4 and tok.text.endswith(("ه", "ها", "هم", "هما")) and not tok.text.endswith("ة") \
        and tok.key not in lx.lexicon().word_class("stop")


def _mention_last(view: DocView, j: int, m: MentionAnn) -> int:
    """The last token of mention ``m``, which covers token ``j``."""
    while j + 1 < len(view.toks) and view.mention_of.get(j + 1) is m:
        j += 1
    return j


def _name_starts_at(view: DocView, k: int) -> bool:
    """A person's name (not an agent title) starts at token ``k``."""
    return k < len(view.toks) and _person_name(view.mention_of.get(k)) and view.mention_of[k].start >= view.toks[k].start


def _person_name(m: MentionAnn | None) -> bool:
    """A person's name found by NER or the registry (not a title the linker read as an agent)."""
    return m is not None and m.label == "PER" and m.method != "agent"


def _in_class(tok: Tok, cls: str) -> bool:
    words = lx.lexicon().word_class(cls)
    return tok.key in words or bare_key(tok) in words


def _extend_partitive(view: DocView, i: int, last: int) -> int:
    """وفد من «الهيئة»، قيادات في «طالبان»، مسلحين منتمين إلى تنظيم داعش: keep the group's owner."""
    toks = view.toks
    j = last + 1
    if j < len(toks) and toks[j].key.startswith(("منتم", "التابع", "تابع", "المنتم")):
        j += 1
    if j < len(toks) and toks[j].key in ("من", "في", "الي") or (
            j < len(toks) and toks[j].key.startswith("ل") and j in view.mention_of):
        k = j + 1 if toks[j].key in ("من", "في", "الي") else j
        quoted = k < len(toks) and toks[k].key == QUOTE
        inner = noun_phrase(view, k, max_len=5, partitive=False)
        org = inner is not None and lx.lexicon().word_class("org_head") & {toks[inner.first].key, toks[inner.first].key[2:]}
        if inner is not None and (inner.mention is not None or quoted or org):
            end = inner.last
            if end + 1 < len(toks) and toks[end + 1].key == QUOTE and quoted:
                end += 1
            return end
    return last


def _char_offset(text: str, strip: int) -> int:
    """Surface offset after ``strip`` normalised letters (marks and tatweel stay with the clitic)."""
    if not strip:
        return 0
    n = 0
    for k, ch in enumerate(text):
        if n == strip:
            while k < len(text) and (normalize_key(text[k]) == "" or text[k] == "ـ"):
                k += 1
            return k
        if normalize_key(ch):
            n += len(normalize_key(ch))
    return len(text)


def best_mention(view: DocView, first: int, last: int) -> MentionAnn | None:
    """The mention that best stands for a phrase: a person over an organisation over a place."""
    seen: list[MentionAnn] = []
    for k in range(first, last + 1):
        m = view.mention_of.get(k)
        if m is not None and m not in seen:
            seen.append(m)
    if not seen:
        return None
    rank = {"PER": 0, "ORG": 1, "GPE": 2, "NORP": 3, "LOC": 4, "FAC": 4}
    toks = view.toks
    lex = lx.lexicon()
    head = bare_key(toks[first])
    if not (head in lex.word_class("group") or head in lex.word_class("title") or head in lex.word_class("org_head")
            or head in lex.word_class("organ_head") or toks[first].key in lex.word_class("count_noun")):  # (آلاف normalises to الاف: no article to drop)
        # a name deep inside an idafa is not the phrase's referent (حركة نداء تونس ≠ Tunisia)
        near = {k for k in range(first, min(first + 2, last + 1))} | {k for k in range(first, last + 1)
                                                                       if toks[k - 1].key == QUOTE and k - 1 <= first + 1}
        seen = [m for m in seen if any(toks[k].start <= m.start < toks[k].end + 1 for k in near)]
        if not seen:
            return None
    elif head in lex.word_class("org_head") and not head in lex.word_class("group"):
        seen = [m for m in seen if m.label != "GPE" or m.start <= toks[min(first + 1, last)].start]
        if not seen:
            return None  # حركة نداء تونس: the country inside a party name is not the party
    if head in lex.word_class("place_head") and len(seen) > 1:
        return seen[-1]  # «مدينة سوسة»: the name, not the head word read as a place of its own
    with_actor = [m for m in seen if m.actor] or seen
    return min(with_actor, key=lambda m: (rank.get(m.label, 5), m.start))


def earlier_in_sentence(view: DocView, coded: list, k: int):
    """The coded events before ``coded[k]`` in its sentence, nearest first. ``coded`` is in token order, so the walk
    stops at the sentence start (a scan of every earlier event per event is quadratic on long documents)."""
    toks = view.toks
    sent = toks[coded[k].c.first].sent
    for j in range(k - 1, -1, -1):
        p = coded[j]
        if toks[p.c.first].sent != sent:
            return
        yield p
