"""Modality of a coded event: asserted / reported / alleged / planned / negated / hypothetical.

Cues come from ``modality_cues.tsv`` and the reporting cues that carry a modality (نفى → negated,
زعم → alleged). Scope, from the cue's ``scope`` column: ``next_verb``/``next_noun`` cues must sit right
before the trigger (لم يتم إطلاق، عدم الإفراج، سيزور); ``complement``/``clause`` cues govern the rest of
their clause (إذا لم يتفق…، يخططون لجعل…، متورط في تمويل…); ``head_noun`` cues follow the trigger
(الزيارة المرتقبة). When several apply: negated > hypothetical > planned > alleged > reported > asserted
(docs/events.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.events import lexicon as lx
from rasd.events.triggers import Candidate, loose
from rasd.events.view import DocView, Tok

PRECEDENCE = ("negated", "hypothetical", "planned", "alleged", "reported", "asserted")
ADJACENT = 2  # tokens between a next_verb/next_noun cue and its trigger («لم يتم»)
_LIGHT = frozenset({"يتم", "تتم", "يكون", "تكون", "يجري", "تجري", "يعد", "تعد", "يتمكن", "تتمكن"})
MIN_CUE = 0.65  # weaker cues (قرر، المقبل، يمكن) are too often assertive in news


@dataclass(frozen=True)
class Cue:
    tok: int  # first token
    last: int
    modality: str
    scope: str
    position: str
    id: str
    text: str


def _match_other(view: DocView, i: int, cue: lx.ModalityCue) -> int | None:
    """Last token index if ``cue`` (a particle, phrase, noun or adjective) starts at token ``i``."""
    toks = view.toks
    keys = cue.keys
    if not keys:
        return None
    t = toks[i].key
    first = keys[0]
    ok = t == first or t in ("و" + first, "ف" + first)
    if not ok and cue.pos in ("adj", "noun", "phrase") and len(first) > 2:
        variants = loose(t) | (loose(t[1:]) if t[:1] in "وفبل" else frozenset())
        ok = bool(variants & {first, first + "ه", first + "ين", first + "ون", first + "ات", first[:-1] + "ات"})
    if not ok:
        return None
    k = i
    for w in keys[1:]:
        k += 1
        if k >= len(toks) or toks[k].sent != toks[i].sent:
            return None
        tk = toks[k].key
        if not (tk == w or tk.startswith(w) and len(tk) - len(w) <= 2):
            return None
    return k


def find_cues(view: DocView) -> list[Cue]:
    lex = lx.lexicon()
    by_first: dict[str, list[lx.ModalityCue]] = {}
    for cue in lex.modality_other:  # adjacency-bound cues (قد، ما) are reliable where they apply
        if (cue.confidence >= MIN_CUE or cue.scope in ("next_verb", "next_noun")) and cue.keys:
            by_first.setdefault(cue.keys[0][:2], []).append(cue)
    out: list[Cue] = []
    for t in view.toks:
        if not t.word:
            continue
        for cue, split in lx.modality_verb(t.key):
            if cue.confidence >= MIN_CUE:
                out.append(Cue(t.i, t.i, cue.modality, cue.scope, cue.position, cue.id, t.text))
                break
        # ordered (a set's order changes with PYTHONHASHSEED, and the first matching cue gives the reason)
        probes = dict.fromkeys((t.key[:2], t.key[1:3], t.key[2:4], t.key[3:5]))
        for p in probes:
            for cue in by_first.get(p, ()):
                last = _match_other(view, t.i, cue)
                if last is not None:
                    out.append(Cue(t.i, last, cue.modality, cue.scope, cue.position, cue.id,
                                   " ".join(x.text for x in view.toks[t.i:last + 1])))
    return out


def _adjacent_before(view: DocView, cue: Cue, c: Candidate) -> bool:
    k = cue.last + 1
    n = 0
    while k < c.first and n <= ADJACENT:
        if view.toks[k].key not in _LIGHT and not view.toks[k].key.startswith(("سيتم", "ستتم", "وسيتم")):
            return False
        k += 1
        n += 1
    return k == c.first


def _future(view: DocView, c: Candidate) -> bool:
    if c.split.future:
        return True
    for k in range(c.first - 1, max(c.first - 3, -1), -1):
        key = view.toks[k].key
        if key in ("سوف", "وسوف") or key.startswith(("سيتم", "ستتم", "وسيتم", "وستتم", "فسيتم")):
            return True
        if key not in _LIGHT:
            break
    if c.nominal and c.first > 0 and view.toks[c.first - 1].sent == view.toks[c.first].sent \
            and _future_verb(view.toks[c.first - 1].key) and view.toks[c.first].key.lstrip("وف").startswith("ال"):
        return True  # «وسيضم الاجتماع أحزاب …»، «ستبحث القمة»: the event noun is the subject of a future verb
    return bool(c.support) and view.toks[c.support[1]].key.startswith(("سي", "ست", "وسي", "وست"))


def _future_verb(key: str) -> bool:
    k = key[1:] if key[:1] in "وف" else key
    return len(k) >= 4 and k[0] == "س" and k[1] in "يت" and not k.endswith(("ه", "ات", "ة"))


def _future_predicate(view: DocView, c: Candidate) -> bool:
    """«محادثات شافيز ولوكاشنكو ستتناول …»: an event noun followed (after its genitive and one «و»
    conjunct) by a future imperfective is what that verb's future is about."""
    from rasd.events.view import noun_phrase

    toks = view.toks
    ph = noun_phrase(view, c.first, max_len=5)
    j = (ph.last if ph is not None else c.last) + 1
    if j < len(toks) and toks[j].key.startswith("و") and toks[j].word and toks[j].key not in ("و",):
        j += 1
    if j >= len(toks) or toks[j].sent != toks[c.first].sent:
        return False
    k = toks[j].key
    return k in ("سوف",) or (len(k) >= 5 and k[0] == "س" and k[1] in "يت" and not k.endswith(("ه", "ات")))


def _counterfactual(view: DocView, c: Candidate) -> str | None:
    """«كان سيعني المصادقة على الضربات»، «لكان الجيش سيقصف»: كان + a future imperfective is «would
    have» — the act itself or its object right after it did not happen."""
    toks = view.toks
    lo = max(c.first - 8, 0)
    for k in range(c.first - 1, lo - 1, -1):
        t = toks[k]
        if t.sent != toks[c.first].sent or t.clause != toks[c.first].clause:
            break
        if t.key in ("كان", "كانت", "لكان", "لكانت", "وكان", "وكانت") and k + 1 < len(toks):
            nxt = toks[k + 1].key
            if c.first - (k + 1) <= 2 and (len(nxt) >= 4 and nxt[0] == "س" and nxt[1] in "يت"
                                           or k + 1 == c.first and c.split.future):
                return f"hypothetical: «{t.text} {toks[k + 1].text}» (would have)"
    return None


def modality_of(view: DocView, c: Candidate, cues: list[Cue], reported: str | None) -> tuple[str, list[str]]:
    """(modality, reasons) for a trigger; ``reported`` is the strongest modality of its sources."""
    found: dict[str, str] = {}
    toks = view.toks
    trig_tok: Tok = toks[c.first]
    for cue in cues:
        if cue.scope in ("next_verb", "next_noun"):
            anchor = c
            if c.support is not None and c.support[1] < c.first:  # «لن يقدّم استقالته»: the light verb
                anchor = Candidate(c.trigger, c.support[1], c.support[1], c.support[1], "present", c.split)
            if cue.tok < anchor.first and (_adjacent_before(view, cue, anchor) or _adjacent_before(view, cue, c)):
                if cue.id == "mod.067" and c.kind != "present":  # قد + perfect is assertive
                    continue
                if cue.id == "mod.046" and c.kind != "past":  # ما negates only a perfect
                    continue
                found.setdefault(cue.modality, f"«{cue.text}» right before the trigger ({cue.id})")
        elif cue.scope == "head_noun":
            if c.last < cue.tok <= c.last + 2 and c.nominal:
                found.setdefault(cue.modality, f"«{cue.text}» qualifies the trigger noun ({cue.id})")
        elif cue.scope in ("complement", "actor"):  # اتهم X بـ…، يخططون لـ…، متورط في…: the near complement
            if cue.last < c.first <= cue.last + 4 and toks[cue.tok].sent == trig_tok.sent:
                found.setdefault(cue.modality, f"«{cue.text}» governs its complement ({cue.id})")
        elif cue.scope == "clause":
            nxt = cue.last + 2 if cue.last + 2 < len(toks) and toks[cue.last + 1].key in ("ان", "بان") else cue.last
            same = toks[cue.tok].clause == trig_tok.clause or toks[nxt].clause == trig_tok.clause  # «من المقرر أن»
            if cue.last < c.first and toks[cue.tok].sent == trig_tok.sent and same:
                found.setdefault(cue.modality, f"«{cue.text}» governs the clause ({cue.id})")
    would = _counterfactual(view, c)
    if would:
        found.setdefault("hypothetical", would)
    if _future(view, c):
        found.setdefault("planned", "future «سـ/سوف» on the trigger, its light verb or the verb it is the subject of")
    elif c.nominal and _future_predicate(view, c):
        found.setdefault("planned", "the event noun is the subject of a future verb («المحادثات ستتناول»)")
    if c.split.lam and c.kind == "masdar" and c.support is None and "planned" not in found:
        prev = toks[c.first - 1] if c.first > 0 else None
        if prev is not None and prev.word and prev.sent == trig_tok.sent:
            found["planned"] = "purpose «لـ» + masdar (no PLOVER remap)"
    if reported:
        found.setdefault(reported, "inside an attribution")
    for value in PRECEDENCE:
        if value in found:
            return value, [f"{value}: {found[value]}"]
    return "asserted", ["asserted: stated by the outlet"]
