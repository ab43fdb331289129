"""Event words that restate or describe another event, or name a measure's scope (round 4 of the precision
samples, benchmarks/events/precision_sample.md): «التفجير الذي استهدف», «القضاء على إرهابيين في كمين»,
«إجراءات تستهدف حسابات». Each rule suppresses a coded event with a reason; none adds one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.events import lexicon as lx
from rasd.events.senses import _head_in, _same_sent
from rasd.events.view import DocView, earlier_in_sentence

if TYPE_CHECKING:
    from rasd.events.component import Coded


_RELATIVES = frozenset({"الذي", "التي", "الذى", "اللذين", "اللتين", "الذين"})


def relative_descriptions(view: DocView, coded: list[Coded]) -> None:
    """«التفجير الإرهابي المزدوج الذي استهدف مدينة اسطنبول»: a same-type verb in a relative clause on an
    event noun (a few adjectives may stand between) describes that event; its object is the event's target
    or place, not a second event."""
    toks = view.toks
    for e in coded:
        if e.suppressed or not e.c.verbal:
            continue
        rel = e.c.first - 1
        if rel >= 0 and toks[rel].key == "قد":
            rel -= 1
        if rel < 1 or toks[rel].key not in _RELATIVES or not _same_sent(view, rel, e.c.first):
            continue
        noun = next((n for n in coded if n is not e and not n.suppressed and n.c.nominal
                     and 0 < rel - n.c.last <= 4 and _same_sent(view, n.c.last, rel)
                     and all(toks[j].word and toks[j].key.startswith("ال") for j in range(n.c.last + 1, rel))), None)
        if noun is None or noun.c.trigger.type != e.c.trigger.type:
            continue
        e.suppressed = f"describes the event «{toks[noun.c.head].text}» (relative clause on it)"
        if noun.r.loc is None and e.r.loc is not None:
            noun.r.loc = e.r.loc
            noun.r.why.append(f"loc = the place of «{toks[e.c.head].text}»")


def measure_targets(view: DocView, coded: list[Coded]) -> None:
    """«إجراءات عديدة تستهدف عددا من الحسابات»، «قانون يستهدف المهاجرين»: what a measure, a law or a
    policy «targets» is its scope, not the target of an attack."""
    for e in coded:
        if e.suppressed or e.c.trigger.type != "ASSAULT" or lx.nkey(e.c.trigger.lemma) != lx.nkey("استهدف"):
            continue
        if _head_in(view, e.r.a1, "measure"):
            e.suppressed = "the scope of a measure (its subject is a measure, a law or a policy)"


_CASUALTY = frozenset(lx.nkey(w) for w in ("قتل", "مقتل", "أصاب", "إصابة", "جرح"))  # casualties: rasd.events.component


def settings(view: DocView, coded: list[Coded]) -> None:
    """«تمكن الجيش من القضاء على إرهابيين في كمين»، «ألقى الجيش القبض على ثلاثة في كمين»: an attack noun
    after «في» that follows an act with its agent in the same clause is the setting of that act (how it
    was done), not a second event. Casualty verbs (قتل جنديان في كمين) are left to the casualty rule, which
    keeps the attack."""
    toks = view.toks
    for k, e in enumerate(coded):
        c = e.c
        if e.suppressed or not c.nominal or c.trigger.type != "ASSAULT" or c.split.prep or c.split.conj:
            continue
        if c.first == 0 or toks[c.first - 1].key != "في":
            continue
        act = next((p for p in earlier_in_sentence(view, coded, k) if not p.suppressed and p.r.a1 is not None and not p.r.passive
                    and lx.nkey(p.c.trigger.lemma) not in _CASUALTY and p.c.trigger.type in ("ASSAULT", "COERCE") and 0 < c.first - p.c.last <= 10
                    and toks[p.c.last].clause == toks[c.first].clause and _same_sent(view, p.c.last, c.first)), None)
        if act is not None:
            e.suppressed = f"the setting of «{toks[act.c.head].text}» (في + attack noun after the act)"
