"""Linking knowledge that is data, not code: ``rasd/data/linking/*.tsv``, loaded at first use.

``cues.tsv`` (context words), ``nominals.tsv`` (coreference heads), ``facility_heads.tsv``
(مطار X …) and ``country_codes.tsv`` (ISO2 <-> ISO3). Forms are normalized like text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.actors.matching import name_key
from rasd.data_files import packaged, read_tsv

CUE_ROLES = {"locative", "city", "region", "kunya", "person_cue", "local", "function", "not_name", "joiner",
             "title_qualifier", "verb_homograph", "clause_noun"}


def _key1(word: str) -> str:
    k = name_key(word)
    return " ".join(k)


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Cue role -> normalized word keys."""
    out: dict[str, set[str]] = {r: set() for r in CUE_ROLES}
    for row in read_tsv(packaged("linking", "cues.tsv"), ("cue", "role")):
        role = row.require("role")
        if role not in CUE_ROLES:
            raise row.error(f"role {role!r} is not one of {', '.join(sorted(CUE_ROLES))}")
        out[role].add(_key1(row.require("cue")))
    return {r: frozenset(v) for r, v in out.items()}


@dataclass(frozen=True)
class Nominal:
    """A definite noun that refers back to an actor (``الحركة``)."""

    head: str
    forms: tuple[str, ...]  # normalized keys of the referring forms
    types: frozenset[str]
    name_words: frozenset[str]  # normalized
    kinds: frozenset[str]
    roles: frozenset[str]  # normalized
    pair: bool
    source: str | None


@lru_cache(maxsize=1)
def nominals() -> dict[str, Nominal]:
    """Normalized referring form -> :class:`Nominal`."""
    out: dict[str, Nominal] = {}
    for row in read_tsv(packaged("linking", "nominals.tsv"), ("head", "forms", "types")):
        forms = tuple(_key1(f) for f in row.multi("forms"))
        nom = Nominal(row.require("head"), forms, frozenset(row.multi("types")),
                      frozenset(_key1(w) for w in row.multi("name_words")), frozenset(row.multi("kinds")),
                      frozenset(_key1(w) for w in row.multi("roles")), row.get("pair") == "yes",
                      row.get("source"))
        if not forms:
            raise row.error("column 'forms' is empty")
        for f in forms:
            out[f] = nom
    return out


@dataclass(frozen=True)
class FacilityHead:
    head: str
    head_en: str
    source: str | None


@lru_cache(maxsize=1)
def facility_heads() -> dict[str, FacilityHead]:
    """Normalized head form -> :class:`FacilityHead`."""
    out: dict[str, FacilityHead] = {}
    for row in read_tsv(packaged("linking", "facility_heads.tsv"), ("head", "head_en")):
        fh = FacilityHead(row.require("head"), row.require("head_en"), row.get("source"))
        for form in [fh.head, *row.multi("forms")]:
            out[_key1(form)] = fh
    return out


@lru_cache(maxsize=1)
def country_codes() -> tuple[dict[str, str], dict[str, str]]:
    """(ISO2 -> ISO3 lowercase, ISO3 lowercase -> ISO2)."""
    to3: dict[str, str] = {}
    to2: dict[str, str] = {}
    for row in read_tsv(packaged("linking", "country_codes.tsv"), ("iso2", "iso3")):
        a, b = row.require("iso2").upper(), row.require("iso3").lower()
        to3[a] = b
        to2[b] = a
    return to3, to2


def iso3_of(iso2: str | None) -> str | None:
    return country_codes()[0].get(iso2.upper()) if iso2 else None


def iso2_of(iso3: str | None) -> str | None:
    return country_codes()[1].get(iso3.lower()) if iso3 else None


@lru_cache(maxsize=1)
def portfolios() -> dict[str, str]:
    """Normalized portfolio word (``الدفاع``) -> the role code it gives a title phrase (``MIL``)."""
    out: dict[str, str] = {}
    for row in read_tsv(packaged("linking", "portfolios.tsv"), ("word", "code")):
        out[_key1(row.require("word"))] = row.require("code")
    return out
