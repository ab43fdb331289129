"""Attribution: who says so, outermost first, with nesting and carry-over.

Cues (``reporting_cues.tsv``):
- reporting verbs (قال، أعلن، كشف، أكد، أوضح، أشار…, in any inflection, and their hal participles
  مؤكدا، لافتا): the source is the verb's subject (VSO or SVO); the scope is what follows it;
- «وفق/حسب/بحسب/نقلا عن/طبقا ل» (+ «ما» + reporting verb + «به»): the source is the phrase after the
  cue; at the start of a sentence the scope is the rest of it, otherwise what precedes it — and a cue
  right after another report's source qualifies that report (كشف مصادر … وفق ما أعلنه الوزير);
- a short name then «:» at the start of a post (حماس: …).
A cue whose scope contains another cue is outside it. A reporting verb with a pronoun subject
(وأوضحت، أن…) continues the last named source of the document (carry-over); without one, the verb
itself is the attribution span. «يذكر أن» is the outlet's own background.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.actors.matching import SpanIndex
from rasd.annotations import AttributionAnn, DocState
from rasd.events import lexicon as lx
from rasd.events.apposition import medium_head
from rasd.events.clauses import COMPLEMENTIZERS, REL_PRONOUNS, clause_initial, phrase_ending_at, pronoun_subject, skip_light
from rasd.events.view import QUOTE, DocView, Phrase, bare_key, is_definite, is_verb_form, noun_phrase

PREP_CUES = {  # cue word keys -> extra words that may follow before the source
    ("وفق",): "وفق", ("وفقا", "ل"): "وفقا ل", ("وفقا",): "وفقا ل", ("حسب",): "حسب", ("بحسب",): "بحسب",
    ("حسبما",): "حسبما", ("طبقا",): "طبقا ل", ("نقلا", "عن"): "نقلا عن", ("علي", "لسان"): "على لسان",
}
_DOC_NOUNS = frozenset({"بيان", "بلاغ", "تصريح", "تصريحات", "تقرير", "وثيقه", "رساله"})


@dataclass
class Source:
    start: int  # span of the source (or of the cue when the speaker is only a pronoun)
    end: int
    actor: str | None
    cue: str
    cue_tok: int
    sent: int
    scope: tuple[int, int]  # token range governed [first, last]
    modality: str = "reported"
    kind: str = "verb"
    head_key: str = ""
    why: str = ""
    phrase: Phrase | None = None

    def governs(self, tok: int) -> bool:
        return self.scope[0] <= tok <= self.scope[1]

    def ann(self) -> AttributionAnn:
        return AttributionAnn(self.start, self.end, self.cue, self.actor)


@dataclass
class Attributions:
    sources: list[Source] = field(default_factory=list)
    _index: tuple[int, SpanIndex] | None = field(default=None, repr=False)

    def _candidates(self, tok: int) -> list[Source]:
        """Sources whose scope may contain ``tok``, in document order (a scan of every source per query is
        quadratic on long documents); rebuilt when sources were added."""
        if self._index is None or self._index[0] != len(self.sources):
            self._index = (len(self.sources), SpanIndex(self.sources, span=lambda s: (s.scope[0], s.scope[1] + 1)))
        return self._index[1].near(tok, tok + 1)

    def for_token(self, tok: int, exclude: range | None = None) -> list[Source]:
        """Sources governing ``tok``, outermost first."""
        found = [s for s in self._candidates(tok)
                 if s.governs(tok) and not (s.phrase and s.phrase.first <= tok <= s.phrase.last)]
        found = [s for s in found if s.cue_tok != tok]

        depth = {id(s): sum(1 for o in found if o is not s and o.governs(s.cue_tok)) for s in found}
        found.sort(key=lambda s: (depth[id(s)], s.cue_tok))  # (list.sort empties the list meanwhile)
        out: list[Source] = []
        for s in found:  # one level per speaker (a hal participle repeats its sentence's source)
            if out and out[-1].start == s.start and out[-1].end == s.end:
                continue
            out.append(s)
        return out


def _source_phrase(view: DocView, j: int) -> Phrase | None:
    """A source noun phrase: title chains with ل (المكتب الصحفي للفرع…) and «المدعو X» kept."""
    ph = noun_phrase(view, j, lam_chain=True, max_len=9)
    if ph is None:
        return None
    toks = view.toks
    k = ph.last + 1
    if k < len(toks) and toks[k].key == "،":
        k += 1
    if k < len(toks) and toks[k].key in ("المدعو", "المدعوه", "الملقب", "المكني", "المسمي"):
        inner = noun_phrase(view, k + 1, max_len=5)
        if inner is not None:
            from rasd.events.view import best_mention
            return Phrase(ph.first, inner.last, ph.start, inner.end, best_mention(view, ph.first, inner.last))
    return ph


def _actor(ph: Phrase | None) -> str | None:
    return ph.mention.actor if ph is not None and ph.mention is not None else None


def _head_key(view: DocView, ph: Phrase) -> str:
    k = view.toks[ph.first].key
    k = k[2:] if k.startswith("ال") else k
    return k


def _after_subject(view: DocView, i: int, sent: int, quoted_is_speech: bool = True) -> Phrase | None:
    """The noun phrase right after a reporting verb (VSO subject), or None (a complementizer or a prepositional
    phrase comes first; with ``quoted_is_speech``, a quote skipped on the way: «وقال "عثرنا …» is speech)."""
    toks = view.toks
    j = skip_light(view, i + 1, sent)
    if j is None or toks[j].key in COMPLEMENTIZERS or toks[j].key in ("الي", "عن", "ب", "علي"):
        return None
    if quoted_is_speech and any(toks[x].key == QUOTE for x in range(i + 1, j)):
        return None
    return _source_phrase(view, j)


def _verb_cue(view: DocView, i: int, cue: lx.ReportingCue, split, current: Source | None) -> Source | None:
    toks = view.toks
    t = toks[i]
    sent = t.sent
    last = view.sents[sent][1]
    hal = cue.pos == "hal"
    nxt = i + 1
    if nxt <= last and toks[nxt].key in ("ان", "انه", "انها") and t.key in ("يذكر", "ويذكر", "يشار", "ويشار"):
        return None  # يذكر أن: the outlet's own background
    if t.key.lstrip("وف") == "بين" and _between_pair(view, i):
        return None  # «بين وزراء خارجية تونس والجزائر»: the preposition, not «بيّن» (explained)
    ph = None
    if not hal:
        if not clause_initial(view, i):
            ph = phrase_ending_at(view, i - 1, view.sents[sent][0])
            if ph is not None and ph.mention is None and not is_definite(toks[ph.first].key, toks[ph.first].text):
                ph = None  # «صحفيين مستقلين اسبان قالت وسائل إعلام إنهم …»: an indefinite phrase before the verb is
                # what a relative clause describes; the speaker is the subject after the verb (if any, else it)
                after_ph = _after_subject(view, i, sent, quoted_is_speech=False)
                ph = after_ph if after_ph is not None else phrase_ending_at(view, i - 1, view.sents[sent][0])
        if ph is None and not pronoun_subject(t.key):
            ph = _after_subject(view, i, sent)
    after = (ph.last + 1) if ph is not None and ph.first > i else i + 1
    if not hal and not _complement_at(view, after, sent, cue, ph is not None):
        return None  # a report needs its content: أن/إن، «:»، عن/إلى/ب + content as the cue allows
    scope_start = after
    scope = (scope_start, last)
    if ph is not None:
        return Source(ph.start, ph.end, _actor(ph), t.text, i, sent, scope, cue.modality, "verb",
                      _head_key(view, ph), f"subject of «{t.text}» ({cue.id})", ph)
    if current is not None and (hal or current.sent < sent or current.sent == sent):
        return Source(current.start, current.end, current.actor, t.text, i, sent, scope, cue.modality, "carry",
                      current.head_key, f"«{t.text}» has a pronoun subject: continues {view.text[current.start:current.end]!r}",
                      current.phrase)
    return Source(t.start, t.end, None, t.text, i, sent, scope, cue.modality, "pronoun", "",
                  f"«{t.text}» has a pronoun subject and no earlier source: the verb stands for the speaker")


def _skip_medium_adjunct(view: DocView, j: int) -> int:
    """Past «في تصريح لجوهرة "اف ام"» or «في اتصال هاتفي للجوهرة أف أم،» before a postposed source; ``j`` unchanged
    if there is none."""
    toks = view.toks
    if j + 1 >= len(toks) or toks[j].key != "في" or not medium_head(view, j + 1):
        return j
    sent = toks[j].sent
    comma = next((k for k in range(j + 2, min(j + 10, len(toks))) if toks[k].sent == sent and toks[k].key == "،"), None)
    if comma is not None and all(toks[k].word or toks[k].key == QUOTE for k in range(j + 2, comma)):
        k = comma + 1
    else:
        k = j + 2
        while k < len(toks) and k <= j + 8 and toks[k].sent == sent:
            if toks[k].key == QUOTE:  # a quoted outlet name: jump past its closing quote
                close = next((x for x in range(k + 1, min(k + 5, len(toks))) if toks[x].key == QUOTE), None)
                if close is None:
                    break
                k = close + 1
            elif toks[k].key[:1] == "ل" or toks[k].key in ("هاتفي", "هاتفيه", "صحفي", "صحفيه", "له", "لها"):
                k += 1
            else:
                break
    return k if k < len(toks) and toks[k].sent == sent and toks[k].word else j


def _between_pair(view: DocView, i: int) -> bool:
    """Unvocalised «بين» is «between» when a «و» conjunct follows before any «أن» (بين X و Y)."""
    toks = view.toks
    for j in range(i + 1, min(i + 10, len(toks))):
        if toks[j].sent != toks[i].sent or toks[j].key in COMPLEMENTIZERS:
            return False
        if toks[j].key[:1] == "و" and j > i + 1:
            return True
    return True  # no «أن» in reach: not a report


COMPLEMENT_REACH = 15  # tokens from a reporting verb's subject to its «أن/إن» («قال النائب عن حزب … في مداخلة له اليوم إنه»)


def _complement_at(view: DocView, j: int, sent: int, cue: lx.ReportingCue, named: bool) -> bool:
    """The report's content starts at ``j``: أن/إن، «:»/quote, or the preposition the cue takes
    (كشف عن، أشار إلى، أفاد ب); a noun phrase only for cues whose complement is ``np`` (أعلن توقيف)
    said by a named speaker. «على» counts only before «أن» (أكد على = stressed)."""
    toks = view.toks
    k = skip_light(view, j, sent, limit=3)
    if k is None:
        return j < len(toks) and toks[j].key in (":", '"') and toks[j].sent == sent
    comps = {lx.nkey(c) for c in cue.complement}
    if _content_at(toks, k, comps, cue):
        return True
    if "np" in cue.complement and named and cue.confidence >= 0.8:
        return True
    # «أشار المكتب … في إقليم خاباروفسك في بيان له إلى أن …»: place and document phrases may intervene
    for m in range(k, min(k + COMPLEMENT_REACH, len(toks))):
        if toks[m].sent != sent or toks[m].key in lx.lexicon().word_class("clause_break") or (
                is_verb_form(toks[m].key, toks[m].text) and not lx.reporting_verb(toks[m].key)
                and m not in view.mention_of):  # (a name is no verb: «حزب صوت الفلاحين»)
            break
        if toks[m].key in COMPLEMENTIZERS or toks[m].key == ":" or (
                toks[m].key in ("الي", "ب") and m + 1 < len(toks) and toks[m + 1].key in COMPLEMENTIZERS):
            return True
        if named and toks[m].key in ("الي", "عن") and toks[m].key in comps:
            return True  # «كشف X في حوار لجريدة الخبر عن اجتماع مرتقب»: the cue's own preposition past an adjunct
    return False


def _content_at(toks, k: int, comps: set[str], cue: lx.ReportingCue) -> bool:
    key = toks[k].key
    nxt = toks[k + 1].key if k + 1 < len(toks) else ""
    if key in COMPLEMENTIZERS or key == ":":
        return True
    if key in ("علي", "الي", "ب"):  # أكد على أن، أشار إلى أن
        if nxt in COMPLEMENTIZERS:
            return True
    if key in ("الي", "عن") and key in comps and key != "علي":
        return True
    if key.startswith("ب") and key[1:] in COMPLEMENTIZERS:
        return True
    if key[:1] == "ب" and "ب" in comps and len(key) > 2 and cue.confidence >= 0.8:
        return True
    return key == '"' and "quote" in cue.complement


_OWN_WORDS = frozenset({"تعبير", "تقدير", "قول", "راي", "وصف", "كلام", "تاكيد", "زعم"})


def _own_words(key: str) -> bool:
    """«وفق تعبيره»، «حسب قولها»، «على حد وصفه»: «in his words» marks the sentence's own speaker, who is
    already its subject or source — no new source."""
    for enc in ("ه", "ها", "هم", "هما"):
        if key.endswith(enc) and key[: -len(enc)] in _OWN_WORDS:
            return True
    return False


def _prep_cue(view: DocView, i: int, sources: list[Source]) -> Source | None:
    toks = view.toks
    t = toks[i]
    sent = t.sent
    first, last = view.sents[sent]
    firsts = {w[0] for w in PREP_CUES}
    key = t.key[1:] if t.key not in firsts and t.key[:1] in ("و", "ف") and t.key[1:] in firsts else t.key
    cue = None
    n = 1
    for words, name in PREP_CUES.items():
        if key == words[0] and all(i + k < len(toks) and toks[i + k].key == w for k, w in enumerate(words[1:], 1)):
            if cue is None or len(words) > n:
                cue, n = name, len(words)
    if cue is None:
        return None
    j = i + n
    cue_text = [t.text] + [toks[i + k].text for k in range(1, n)]
    if key in ("وفقا",) and j < len(toks) and toks[j].key.startswith("ل") and n == 1:
        pass  # وفقا لـX: the ل is the proclitic of the source
    # وفق ما ذكرت / حسب ما أكده / بحسب ما أفاد به / حسبما أفادت / وفق بلاغ صادر عن
    if j < len(toks) and toks[j].key == "ما" or key == "حسبما":
        j += 1 if j < len(toks) and toks[j].key == "ما" else 0
        if j < len(toks) and lx.reporting_verb(toks[j].key):
            cue_text += [toks[k].text for k in range(i + n, j + 1)]
            j += 1
            while j < len(toks) and toks[j].key in ("به", "له", "بها", "عنه", "في"):
                if toks[j].key == "في":
                    break
                cue_text.append(toks[j].text)
                j += 1
            j = _skip_medium_adjunct(view, j)  # «حسب ما أكده في تصريح لجوهرة "اف ام" الناطق الرسمي …»
        if j < len(toks) and toks[j].key in ("جاء", "ورد") and j + 1 < len(toks) and toks[j + 1].key == "في":
            cue_text += [toks[j].text, toks[j + 1].text]
            j += 2
    base = toks[j].key[:] if j < len(toks) else ""
    if base in _DOC_NOUNS or base.startswith("ال") and base[2:] in _DOC_NOUNS:  # وفق بلاغ صادر عن الداخلية
        k = j + 1
        while k < min(j + 4, len(toks)) and toks[k].key not in ("عن", "ل") and not toks[k].key.startswith("ل"):
            k += 1
        if k < len(toks) and toks[k].key == "عن":
            j = k + 1
        elif k < len(toks) and toks[k].key.startswith("ل") and len(toks[k].key) > 2:
            j = k
    if j >= len(toks) or toks[j].sent != sent or _own_words(toks[j].key):
        return None
    ph = _source_phrase(view, j)
    if ph is None or ph.mention is None and bare_key(toks[ph.first]) in lx.lexicon().word_class("norm"):
        return None  # «وفق نظام أجير»، «طبقا للقانون»: done by a rule, not said by a source
    at_start = all(not toks[k].word or toks[k].key in ("و",) for k in range(first, i))
    if at_start:
        scope = (ph.last + 1, last)
    else:
        scope = (first, i - 1)
        for s in reversed(sources):  # right after another report's source: qualifies that report
            if s.sent == sent and s.kind == "verb" and s.phrase is not None and 0 <= i - s.phrase.last <= 2:
                scope = (first, s.scope[1])
                s.scope = (ph.last + 1, s.scope[1])  # the report's content follows this cue
                break
    return Source(ph.start, ph.end, _actor(ph), " ".join(cue_text), i, sent, scope, "reported", "prep",
                  _head_key(view, ph), f"phrase after «{' '.join(cue_text)}»" + (
                      " at the start of the sentence: governs what follows" if at_start else ""), ph)


_POST_LABELS = frozenset({"عاجل", "مباشر", "خاص", "فيديو", "شاهد"})
COLON_NAME_MAX = 8  # tokens of a speaker before «:» (title, body and name: «القيادي في حماس أسامة حمدان»)


def _post_start(view: DocView, first: int, last: int) -> int:
    """First token of a post's text after markers and labels («🔴»، «عاجل |»، «#عاجل |»، «- »)."""
    toks = view.toks
    start = first
    for k in range(first, min(first + 5, last)):
        if toks[k].key == "|":
            start = k + 1
    while start < last and not toks[start].word and toks[start].key not in (QUOTE, ":") \
            and not toks[start].text.startswith("#"):
        start += 1
    if start < last and toks[start].key in _POST_LABELS and toks[start + 1].key in ("|", ":", "-"):
        start += 2
    return start


def _name_span(view: DocView, a: int, b: int) -> Phrase | None:
    """Tokens ``a..b`` as a speaker's name: words, quotes and hashtags («#حماس»: the name after «#»)."""
    from rasd.events.view import best_mention

    toks = view.toks
    while a <= b and toks[a].key == QUOTE:
        a += 1
    while b >= a and toks[b].key == QUOTE:
        b -= 1
    if a > b or b - a + 1 > COLON_NAME_MAX:
        return None
    if any(not toks[k].word and toks[k].key != QUOTE and not toks[k].text.startswith("#") for k in range(a, b + 1)):
        return None
    if any(toks[k].word and k not in view.mention_of and is_verb_form(toks[k].key, toks[k].text) for k in range(a, b + 1)):
        return None  # a headline before a colon, not a speaker
    start = toks[a].start + (1 if toks[a].text.startswith("#") else 0)
    ph = Phrase(a, b, start, toks[b].end, best_mention(view, a, b))
    named = ph.mention is not None or toks[a].text.startswith("#") or (a > 0 and toks[a - 1].key == QUOTE)
    return ph if named or b - a < 3 else None


def _colon_cue(view: DocView, s: int) -> list[Source]:
    """«حماس: …»، «🔴 #حماس: …»، «عاجل | الجيش الإسرائيلي: …» at the start of a post; «رويترز عن مسؤول
    بالمخابرات التركية: …» nests the agency (cue «عن») around the official (cue «:»)."""
    toks = view.toks
    first, last = view.sents[s]
    start = _post_start(view, first, last)
    for k in range(start + 1, min(start + COLON_NAME_MAX + 3, last)):
        if toks[k].key == ":":
            inner_first = start
            outer = None
            for j in range(start + 1, k - 1):
                if toks[j].key == "عن":
                    outer = _name_span(view, start, j - 1)
                    inner_first = j + 1
                    break
            ph = _name_span(view, inner_first, k - 1)
            if ph is None:
                return []
            out = []
            if outer is not None:
                out.append(Source(outer.start, outer.end, _actor(outer), "عن", inner_first - 1, s, (inner_first - 1, last),
                                  "reported", "colon", _head_key(view, outer), "agency quoting a speaker before «:»", outer))
            out.append(Source(ph.start, ph.end, _actor(ph), ":", k, s, (k + 1, last), "reported", "colon",
                              _head_key(view, ph), "name before «:» at the start of a post", ph))
            return out
        if not toks[k].word and toks[k].key != QUOTE and not toks[k].text.startswith("#"):
            return []
    return []


def find_sources(view: DocView, st: DocState) -> Attributions:
    out = Attributions()
    current: Source | None = None
    used: set[int] = set()  # verbs inside «وفق ما ذكرت X» belong to that cue
    for s in range(len(view.sents)):
        first, last = view.sents[s]
        for colon in _colon_cue(view, s):
            out.sources.append(colon)
            current = colon
        for i in range(first, last + 1):
            t = view.toks[i]
            if not t.word:
                continue
            if i in used:
                continue
            src = _prep_cue(view, i, out.sources)
            if src is not None:
                used.update(range(i, src.phrase.first if src.phrase else i + 1))
            if src is None:
                for cue, split in lx.reporting_verb(t.key, enclitics=False):
                    if cue.pos not in ("verb", "hal") or split.lam:
                        continue
                    if i > first and view.toks[i - 1].key in REL_PRONOUNS:
                        break
                    src = _verb_cue(view, i, cue, split, current)
                    break
            if src is None:
                continue
            out.sources.append(src)
            relayed = _relayed_speaker(view, src, t)
            if relayed is not None:
                out.sources.append(relayed)
                src = relayed
            if src.kind in ("verb", "prep", "colon"):
                current = src
        _close_scopes([x for x in out.sources if x.sent == s])
    return out


def _relayed_speaker(view: DocView, src: Source, verb) -> Source | None:
    """«ونقلت وكالة رويترز عن مصدر عسكري قوله إن …»: the agency relays a speaker named after «عن»; both are
    sources, the speaker nested inside the agency (as «رويترز عن مسؤول:» in posts)."""
    if src.kind != "verb" or src.phrase is None or src.phrase.first < verb.i or not verb.key.lstrip("وف").startswith(("نقل", "تنقل", "ينقل")):
        return None
    k = src.phrase.last + 1
    if k >= len(view.toks) or view.toks[k].sent != src.sent or view.toks[k].key != "عن":
        return None
    inner = _source_phrase(view, k + 1)
    if inner is None:
        return None
    return Source(inner.start, inner.end, _actor(inner), "عن", k, src.sent, (inner.last + 1, src.scope[1]),
                  src.modality, "verb", _head_key(view, inner),
                  f"after «عن»: {view.text[src.start:src.end]!r} («{verb.text}») relays this speaker", inner)


def _close_scopes(sources: list[Source]) -> None:
    """A report ends where a postposed «وفق/حسب X» starts: that cue wraps it from outside."""
    for s in sources:
        for p in sources:
            if p is not s and p.kind == "prep" and p.cue_tok > s.cue_tok and p.scope[1] < p.cue_tok:
                s.scope = (s.scope[0], min(s.scope[1], p.cue_tok - 1))
