"""Parser for the argument-frame notation of triggers.tsv (grammar in docs/events.md).

One definition of the notation, shared by the coder (:mod:`rasd.events.roles`), the lexicon
build (``training/events/build_triggers.py``) and the data tests. Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ROLES = ("a1", "a2", "loc", "dest", "src", "theme")
PLAIN = ("subj", "obj", "obj2", "gen", "between", "clause")
_ROLE_RE = "(?:" + "|".join(ROLES) + ")"
_SLOT_START = re.compile(rf"\s+(?={_ROLE_RE}(?:,{_ROLE_RE})*=)")
_ARABIC_PREP = re.compile(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+)*")


class FrameError(ValueError):
    """A frame string that does not follow the notation."""


@dataclass(frozen=True)
class Slot:
    roles: tuple[str, ...]
    realizations: tuple[str, ...]  # "subj", "obj", "obj2", "gen", "between", "clause" or "prep:<P>"


def parse_frame(text: str) -> tuple[Slot, ...]:
    """Parse 'a1=subj a2=obj|prep:مع a1,a2=between' into slots; raise FrameError if malformed."""
    text = text.strip()
    if not text:
        return ()
    slots = []
    for part in _SLOT_START.split(text):
        roles_s, eq, reals_s = part.partition("=")
        if not eq:
            raise FrameError(f"slot without '=': {part!r} in {text!r}")
        roles = tuple(roles_s.split(","))
        for r in roles:
            if r not in ROLES:
                raise FrameError(f"unknown role {r!r} in {text!r}")
        reals = tuple(reals_s.split("|"))
        for real in reals:
            if real in PLAIN:
                continue
            if real.startswith("prep:") and _ARABIC_PREP.fullmatch(real[5:]):
                continue
            raise FrameError(f"bad realization {real!r} in {text!r}")
        if len(roles) > 1 and reals != ("between",):
            raise FrameError(f"several roles need the 'between' realization: {part!r}")
        if "between" in reals and len(roles) != 2:
            raise FrameError(f"'between' fills exactly two roles: {part!r}")
        slots.append(Slot(roles, reals))
    return tuple(slots)


def format_frame(slots: tuple[Slot, ...]) -> str:
    return " ".join(",".join(s.roles) + "=" + "|".join(s.realizations) for s in slots)


def noun_frame(verb_frame: tuple[Slot, ...]) -> tuple[Slot, ...]:
    """Derive the frame of the verbal noun (masdar) from the active-verb frame.

    The object becomes the genitive (or an ل-phrase); the subject becomes an agent phrase
    (من قبل / على يد) and, for transitive verbs, the genitive only as a last resort.
    Patient-derived slots come first: an unmarked genitive binds to the first open role.
    """
    has_obj = any("obj" in s.realizations for s in verb_frame)
    first, rest = [], []
    for s in verb_frame:
        reals: list[str] = []
        from_obj = False
        for r in s.realizations:
            if r == "subj":
                reals += ["prep:من قبل", "prep:على يد", "gen"] if has_obj else ["gen", "prep:من قبل"]
            elif r == "obj":
                reals += ["gen", "prep:ل"]
                from_obj = True
            elif r == "obj2":
                continue
            else:
                reals.append(r)
        reals = list(dict.fromkeys(reals))
        if reals:
            (first if from_obj else rest).append(Slot(s.roles, tuple(reals)))
    return tuple(first + rest)
