"""Apposition and parentheticals between a verb's subject and its object (VSO news grammar).

Arabic news puts descriptions of the subject right after it, set off by commas, before the object:
«أدان برتراند بادي، أستاذ العلاقات الدولية في معهد العلوم السياسية، جرائم الحرب …» — the title
phrase is the subject's apposition, not the object. Adjuncts are set off the same way
(«التقى الوزير، أمس في مقر الحكومة بالرياض، وزير الدولة»). Two title phrases side by side, the second
ending in a person's name, are one person with two offices («نائب الرئيس رئيس الوزراء خالد بحاح»)
when another object phrase follows them; otherwise the second title phrase is the object
(«التقى وزير الخارجية رئيس الوزراء نجيب ميقاتي»).

Also here: which phrase is the object when a pronoun or a phrase particle decides it (a resumptive object
pronoun in a relative clause, a definite phrase particle), and where a support verb's subject ends.
"""

from __future__ import annotations

from rasd.events import lexicon as lx
from rasd.events.view import (QUOTE, DocView, Phrase, bare_key, best_mention, conj_prefix, is_definite, is_verb_form,
                              noun_phrase)

COMMAS = ("،", ",")
PARENTHETICAL_MAX = 14  # tokens between the two commas of a parenthetical
_ADJUNCT_PREPS = frozenset({"في", "من", "علي", "خلال", "منذ", "عبر", "بعد", "قبل", "وسط", "داخل", "خارج", "امام",
                            "قرب", "لدي", "عند"})


def title_tok(view: DocView, i: int) -> bool:
    """A title or a profession noun that heads an apposition («وزير»، «أستاذ»، «محامي»)."""
    lex = lx.lexicon()
    t = view.toks[i]
    k = bare_key(t)
    return any(k in lex.word_class(c) or t.key in lex.word_class(c) or "ال" + k in lex.word_class(c)
               for c in ("title", "apposition_head"))


def _person_inside(view: DocView, ph: Phrase) -> bool:
    return any((m := view.mention_of.get(k)) is not None and m.label == "PER" and m.method != "agent"
               for k in range(ph.first, ph.last + 1))


def _opens_parenthetical(view: DocView, k: int) -> bool:
    """A title, a time word or date, or a preposition opens a comma-bounded parenthetical."""
    t = view.toks[k]
    lex = lx.lexicon()
    if k in view.date_of or t.key in lex.word_class("time") or title_tok(view, k):
        return True
    return t.key in _ADJUNCT_PREPS or bool(conj_prefix(t.text)[-1:] in ("ب",) and len(t.key) > 3)


def parenthetical_end(view: DocView, j: int) -> int | None:
    """If token ``j`` is a comma that opens a parenthetical closed by another comma (no verb, quote or
    clause word inside), the index of the closing comma."""
    toks = view.toks
    if j + 1 >= len(toks) or toks[j].text not in COMMAS or toks[j + 1].sent != toks[j].sent:
        return None
    if not _opens_parenthetical(view, j + 1):
        return None
    lex = lx.lexicon()
    for k in range(j + 1, min(j + 1 + PARENTHETICAL_MAX, len(toks))):
        t = toks[k]
        if t.sent != toks[j].sent or t.key == QUOTE:
            return None
        if t.text in COMMAS:
            return k if k > j + 1 else None
        if not t.word or t.key in lex.word_class("clause_break") or t.key in ("ان", "انه", "انها", "بان", "الذي",
                                                                               "التي", "الذين"):
            return None
        if k > j + 1 and k not in view.date_of and is_verb_form(t.key, t.text):
            return None
    return None


def _name_rest(view: DocView, ph: Phrase) -> Phrase:
    """A person's name the NER cut short before a comma («خالد محفوظ | بحاح،»): up to two further
    undefined, unprefixed words that end at a comma belong to it."""
    toks = view.toks
    k = ph.last + 1
    while k < len(toks) and k <= ph.last + 2 and toks[k].word and toks[k].sent == toks[ph.first].sent \
            and not toks[k].key.startswith("ال") and not conj_prefix(toks[k].text) and k not in view.date_of \
            and not is_verb_form(toks[k].key, toks[k].text) and toks[k].key not in lx.lexicon().word_class("stop") \
            and toks[k].key not in lx.lexicon().word_class("time"):
        k += 1
    if k == ph.last + 1 or k >= len(toks) or toks[k].text not in COMMAS:
        return ph
    return Phrase(ph.first, k - 1, ph.start, toks[k - 1].end, ph.mention)


def skip_apposition(view: DocView, subj: Phrase, j: int) -> tuple[Phrase, int, str | None]:
    """The subject (maybe extended by a second title) and the token where its object is searched.

    ``j`` is the first token after the subject; returns (subject, new j, reason or None)."""
    toks = view.toks
    if j >= len(toks) or toks[j].sent != toks[subj.first].sent:
        return subj, j, None
    why = None
    if title_tok(view, subj.first) and not _person_inside(view, subj) and toks[j].word and title_tok(view, j) \
            and not conj_prefix(toks[j].text):
        second = noun_phrase(view, j)
        if second is not None and second.first == j and _person_inside(view, second):
            second = _name_rest(view, second)
        if second is not None and second.first == j and _person_inside(view, second) \
                and second.last + 1 < len(toks) and parenthetical_end(view, second.last + 1) is not None:
            subj = Phrase(subj.first, second.last, subj.start, second.end, best_mention(view, subj.first, second.last))
            j = second.last + 1
            why = "two offices of one person (title + title + name)"
    k = _after_time(view, j)  # «استقبل الوزير أمس الجمعة 31 مارس، بمكتبه بالوزارة، وزيرة …»
    end = parenthetical_end(view, k)
    if end is not None and end + 1 < len(toks) and toks[end + 1].sent == toks[j].sent and toks[end + 1].word:
        return subj, end + 1, (why + "; " if why else "") + "a comma-bounded apposition or adjunct is skipped"
    return subj, j, why


def _after_time(view: DocView, j: int) -> int:
    """The first token at or after ``j`` that is not a time word or part of a date."""
    toks = view.toks
    time = lx.lexicon().word_class("time")
    while j < len(toks) and toks[j].word and (j in view.date_of or toks[j].key in time) \
            and toks[j].sent == toks[j - 1].sent:
        j += 1
    return j


def skip_adjunct_pp(view: DocView, j: int) -> tuple[int, str | None]:
    """VSO with a prepositional qualifier between subject and object: «رفض السفير الأميركي بمجلس الأمن
    اقتراح أنان»، «اعتقلت الشرطة في مدينة سوسة شابين». A ب/في/لدى phrase naming a place or a body is
    skipped when a plain noun phrase follows it."""
    toks = view.toks
    j0 = j
    if j + 1 < len(toks) and toks[j].text in COMMAS and (j + 1 in view.date_of or toks[j + 1].key in lx.lexicon().word_class("time")):
        j += 1  # «استقبل الرئيس، صباح اليوم بقصر قرطاج الوزير»
    j = _after_time(view, j)  # «استقبل الرئيس اليوم الثلاثاء بقصر قرطاج الفنانة …»
    if j >= len(toks) or not toks[j].word:
        return j0, None
    t = toks[j]
    if t.key in ("في", "لدي"):
        ph = noun_phrase(view, j + 1, max_len=5) if j + 1 < len(toks) else None
        if ph is not None and medium_head(view, ph.first):
            ph = _medium_end(view, ph)  # «دعت الحركة في بيان لها اليوم أعضاء الهيئة»
    elif (conj_prefix(t.text) == "ب" or t.key[:1] == "ب" and t.key[1:] in lx.lexicon().word_class("place_head")) \
            and len(t.key) > 3:
        ph = noun_phrase(view, j, strip=1, max_len=5)
    else:
        return j0, None
    if ph is None or ph.mention is None and not _place_head(view, ph.first) and not _body_head(view, ph.first) \
            and not medium_head(view, ph.first):
        return j0, None
    k = ph.last + 1
    if k + 1 < len(toks) and toks[k].text in COMMAS and toks[k + 1].sent == t.sent:
        k += 1  # «استقبل الرئيس اليوم بقصر قرطاج، وفدا عن الحزب»: the qualifier closed by a comma
    if k >= len(toks) or toks[k].sent != t.sent or not toks[k].word or conj_prefix(toks[k].text) \
            or toks[k].key in lx.lexicon().word_class("stop") or toks[k].key in lx.lexicon().word_class("time") \
            or is_verb_form(toks[k].key, toks[k].text) or k in view.date_of:
        return j0, None
    nxt = noun_phrase(view, k)
    if nxt is None or nxt.first != k:
        return j0, None
    return k, f"the qualifier «{view.text[toks[j].start:ph.end]}» between subject and object is skipped"


def medium_head(view: DocView, i: int) -> bool:
    """A statement or programme noun (بيان، تدوينة، رسالة، برنامج): «في بيان لها» is an adjunct."""
    k = bare_key(view.toks[i])
    media = lx.lexicon().word_class("statement_medium")
    return k in media or k[2:] in media and k.startswith("ال")


def _medium_end(view: DocView, ph: Phrase) -> Phrase:
    """«في بيان لها اليوم»، «في رسالة بمناسبة العام الجديد»: the medium phrase with its ل-pronoun and time words."""
    toks = view.toks
    k = ph.last + 1
    if k < len(toks) and toks[k].key in ("له", "لها", "لهم", "لهما"):
        k += 1
    k = _after_time(view, k)
    return Phrase(ph.first, k - 1, ph.start, toks[k - 1].end, ph.mention)


def _place_head(view: DocView, i: int) -> bool:
    heads = lx.lexicon().word_class("place_head")
    k = bare_key(view.toks[i])
    return k in heads or "ال" + k in heads or k[:1] == "ب" and (k[1:] in heads or k[1:].startswith("ال") and k[3:] in heads)



def _body_head(view: DocView, i: int) -> bool:
    """An institution noun (مجلس، حزب، وزارة، الشرطة): «السفير بمجلس الأمن»."""
    lex = lx.lexicon()
    k = bare_key(view.toks[i])
    return any(k in lex.word_class(c) or "ال" + k in lex.word_class(c)
               for c in ("org_head", "submission_body", "security", "polity"))


def object_particle(view: DocView, c) -> bool:
    """Is a phrase's particle right after the verb its object (قاطع «الجلسة»، أغلق «الطريق»), not the head of
    an idafa whose genitive is the object (أطلق «سراح» X)? It is when it is definite or only a time word follows."""
    toks = view.toks
    first, last = c.head + 1, c.last
    if bare_key(toks[first]) in lx.lexicon().word_class("stop") or conj_prefix(toks[first].text)[-1:] in ("ب", "ل"):
        return False
    nxt = toks[last + 1] if last + 1 < len(toks) and toks[last + 1].sent == toks[last].sent else None
    return is_definite(toks[last].key, toks[last].text) or nxt is None or not nxt.word \
        or nxt.key in lx.lexicon().word_class("time") or last + 1 in view.date_of


def resumptive_object(view: DocView, c) -> bool:
    """Does the verb (اعتقلته، اقاله) or its phrase particle (سراحهم) carry an object pronoun?"""
    t = view.toks[c.head]
    if lx.carries_pronoun(t.text, c.split.rest, c.trigger.id):
        return True
    if c.consumed:
        p = view.toks[max(c.consumed)]
        return p.text.endswith(("ه", "ها", "هم", "هما", "هن")) and not p.text.endswith("ة") and len(p.key) > 4
    return False


def cut_before(view: DocView, ph: Phrase, k: int) -> Phrase | None:
    """A support verb's subject that the chunker ran into its object (a name in quotes, then «مسؤولية»
    + the event noun at ``k``): the subject ends with its name, before the noun that governs the event."""
    last = k - 1
    m = ph.mention
    if last > ph.first and (m is None or view.toks[last].start >= m.end):
        last -= 1  # the governing noun (مسؤولية، تنفيذ) is the support verb's object
    while last > ph.first and not view.toks[last].word:
        last -= 1
    if last < ph.first or m is None or view.toks[last].end < m.end:
        return None
    return Phrase(ph.first, last, ph.start, max(view.toks[last].end, m.end), m)


def accusative(view: DocView, j: int) -> bool:
    """An indefinite noun with tanween alif (شخصا، عنصرا، تمويلا) is accusative: never a subject."""
    t = view.toks[j]
    k = t.key
    return k.endswith("ا") and len(k) > 3 and not k.startswith("ال") and j not in view.mention_of \
        and not conj_prefix(t.text) and k not in lx.lexicon().word_class("stop") and not k.endswith(("يا", "وا"))


def both_x_and_y(view: DocView, j: int) -> Phrase | None:
    """«دعت كل من نقابة القضاة واتحاد القضاة»: «both X and Y» is one coordinated subject (no object inside)."""
    toks = view.toks
    if not (toks[j].key == "كل" and j + 2 < len(toks) and toks[j + 1].key == "من"):
        return None
    ph = noun_phrase(view, j + 2)
    while ph is not None and ph.last + 1 < len(toks) and toks[ph.last + 1].key[:1] == "و" \
            and conj_prefix(toks[ph.last + 1].text).startswith("و"):
        nxt = noun_phrase(view, ph.last + 1, strip=len(conj_prefix(toks[ph.last + 1].text)))
        if nxt is None:
            break
        ph = Phrase(ph.first, nxt.last, ph.start, nxt.end, ph.mention)
    return ph
