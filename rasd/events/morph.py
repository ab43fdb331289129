"""Arabic surface forms for the event lexicon: inflection generation and clitic analysis.

The lexicon lists citation forms (past 3ms, present 3ms, masdar, plurals). Rather than listing
inflections, this module generates them: perfective (+ت، تا، ا، وا، ن، نا، تم), imperfective
(أ ت ي ن + stem + ون، ان، ين، ن، وا، ا), nominal forms (tanween alif, dual, feminine plural,
construct ة→ت before a pronoun), active/passive participles, and object/possessive enclitics.
Proclitics (و ف + ب ل ك + ال / لل for nouns; و ف + س ل for the imperfective) are stripped at
lookup by :func:`proclitic_splits`. Everything works on :func:`rasd.text.normalize.normalize_key`
keys (ة→ه, ى→ي, أ/إ/آ→ا), so both sides are normalised the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# 3rd-person and 1st-plural object/possessive pronouns. ي/ني/ك/كم are left out on purpose: in news
# they mostly collide with nisba adjectives and names (الاجتماعي، التنازلي، جندي، براك).
PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا")
PAST_SUBJECT = ("", "ت", "تا", "ا", "وا", "ن", "نا", "تم", "تما", "تن")
PRESENT_PERSON = ("ي", "ت", "ن")  # 1st sing. أ collides with form VIII pasts (اجتمع)
PRESENT_SUBJECT = ("", "ون", "ان", "ين", "ن", "وا", "ا")

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_VERB_PRE = ("", "س", "ل")

# class of a generated form: which proclitics it accepts
VERB_PAST = "past"
VERB_PRESENT = "present"
NOMINAL = "noun"


@dataclass(frozen=True)
class Split:
    """``key[:len(prefix)]`` are proclitics; ``rest`` is looked up in the form index."""

    prefix: str
    rest: str
    conj: str  # و / ف / ""
    prep: str  # ب ل ك / ""
    article: bool
    future: bool  # س on an imperfective
    lam: bool  # ل on an imperfective (purpose) or noun (ل + gen)


@lru_cache(maxsize=1)
def _prefix_table() -> tuple[tuple[str, str, str, bool, bool, bool, str], ...]:
    """(surface prefix, conj, prep, article, future, lam, class) for every legal proclitic string."""
    rows: list[tuple[str, str, str, bool, bool, bool, str]] = []
    for conj in _CONJ:
        for prep in _PREP:
            rows.append((conj + prep, conj, prep, False, False, prep == "ل", NOMINAL))
            rows.append((conj + prep + "ال", conj, prep, True, False, prep == "ل", NOMINAL))
        rows.append((conj + "لل", conj, "ل", True, False, True, NOMINAL))
        rows.append((conj, conj, "", False, False, False, VERB_PAST))
        for v in _VERB_PRE:
            rows.append((conj + v, conj, "", False, v == "س", v == "ل", VERB_PRESENT))
    return tuple(rows)


def proclitic_splits(key: str) -> list[tuple[Split, str]]:
    """Every (split, class) whose proclitic string starts ``key`` and leaves ≥ 2 letters.

    For ``لل`` the rest is looked up with the article restored (``للاعتقال`` → ``الاعتقال``'s
    stem ``اعتقال``); classes say which form classes accept that prefix.
    """
    out = []
    for surface, conj, prep, article, future, lam, cls in _prefix_table():
        if not key.startswith(surface):
            continue
        rest = key[len(surface):]
        if len(rest) < 2:
            continue
        out.append((Split(surface, rest, conj, prep, article, future, lam), cls))
    return out


# -- generation -------------------------------------------------------------------------------

def with_enclitics(form: str) -> set[str]:
    """``form`` plus object/possessive pronoun suffixes (وا + ه → وه, ة → ت + ه)."""
    out = {form}
    if form.endswith("وا"):
        stem = form[:-1]
    elif form.endswith("ه") and len(form) > 2:  # ta marbuta (normalised ة)
        stem = form[:-1] + "ت"
    elif form.endswith("ي") and len(form) > 2:  # alif maqsura (normalised ى): دعوى → دعواه
        stem = form[:-1] + "ا"
    else:
        stem = form
    for p in PRONOUNS:
        out.add(stem + p)
    if stem != form:
        for p in PRONOUNS:
            out.add(form + p)
    return out


def past_forms(past: str) -> set[str]:
    """Perfective forms of a past 3ms key (defective ي-final verbs: التقي → التقت، التقوا)."""
    out: set[str] = set()
    if past.endswith("ي") and len(past) > 2:  # normalised alif maqsura: التقى، ألقى
        base = past[:-1]
        out |= {past, base + "ت", base + "تا", base + "وا", base + "ين", past + "نا", past + "تم",
                past + "ت", past + "ا"}
    else:
        out |= {past + s for s in PAST_SUBJECT}
    return out


def present_forms(present: str) -> set[str]:
    """Imperfective forms from a present 3ms key (يعتقل → تعتقل، نعتقل، اعتقل، يعتقلون، يعتقلوا…)."""
    if len(present) < 3 or present[0] not in "يت":
        return {present}
    stem = present[1:]
    out: set[str] = set()
    if stem.endswith("ي"):  # يلقي، يلتقي: plural drops the ي
        subj = ("", "ان", "ين", "ن", "ا")
        for person in PRESENT_PERSON:
            out |= {person + stem + s for s in subj}
            out |= {person + stem[:-1] + s for s in ("ون", "وا")}
    elif stem.endswith("و") and len(stem) > 2:  # يدعو، يعفو
        for person in PRESENT_PERSON:
            out |= {person + stem + s for s in ("", "ن", "ا", "ان")}
            out |= {person + stem[:-1] + s for s in ("ون", "وا")}
    else:
        for person in PRESENT_PERSON:
            out |= {person + stem + s for s in PRESENT_SUBJECT}
    return out


def nominal_forms(noun: str) -> set[str]:
    """Tanween alif, dual, plural and construct forms of a singular noun key."""
    out = {noun}
    if noun.endswith("ه"):
        stem = noun[:-1]
        out |= {stem + "ات", stem + "تان", stem + "تين"}
    else:
        out |= {noun + "ا", noun + "ان", noun + "ين", noun + "ات"}
    return out


def participles(past: str, present: str, transitive: bool, form1_hal: bool = False) -> tuple[set[str], set[str]]:
    """(hal forms, nominal participle forms) generated from a verb row.

    Derived verbs (forms II–X): مـ + imperfective stem (يحتجز → محتجز، يختطف → مختطف);
    form I (3-letter past, يفعل): فاعل / مفعول. Hal forms carry tanween alif (محذرا، مؤكدا) and
    name the main subject's accompanying act. Nominal forms (with plural/feminine endings) of
    transitive verbs name the patient (المحتجزين = the detained).
    """
    if len(present) < 3 or present[0] not in "يت":
        return set(), set()
    stem = "م" + present[1:]
    if stem.endswith("ي"):
        stem = stem[:-1]
    stems, hal_stems = {stem}, {stem}
    if len(past) == 3 and len(present) == 4:  # form I or (unvocalised) form II: both readings
        stems.add("م" + past[0] + past[1] + "و" + past[2])  # passive مفعول
        if form1_hal:  # فاعلا (لافتا، قائلا) is also a plain noun in the accusative (ضابطا، شاهدا)
            hal_stems.add(past[0] + "ا" + past[1:])
    hal = {s + "ا" for s in hal_stems}  # محذرا، مطالبا (tanween alif: the accompanying act)
    if len(past) == 3 and past[2] in "اىي" and len(present) == 4 and present[3] in "وي":
        active = past[0] + "ا" + past[1] + "ي"  # defective form I: دعا → داعيا، داعية (after a comma, «calling for»);
        hal = {active + "ا", active + "ه"}  # مـ + stem is no participle here (روى → «مروا»، «مروة» is a name)
    nominal: set[str] = set()
    if transitive:  # plural forms only: a feminine singular مـ…ة collides with nouns (مدينة ← أدان)
        for s in stems:
            nominal |= {s + e for e in ("ين", "ون", "ات")}
    return hal, nominal
