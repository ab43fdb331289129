"""The actor registry: shipped TSV files plus user files, loaded and normalized once.

Files (``docs/data-formats.md``): any ``rasd/data/actors/*.tsv`` holds actors, except
``roles.tsv``, ``relations.tsv`` and ``agents.tsv``. User files given later override
shipped actors with the same id and add new ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.abc import Traversable
from pathlib import Path
from typing import Iterable, Sequence

from rasd.data_files import Row, packaged_tsvs, read_tsv
from rasd.errors import DataFileError
from rasd.text.normalize import normalize_key
from rasd.text.tokenize import iter_tokens

ACTOR_COLUMNS = ("id", "type", "code", "name")
SPECIAL_FILES = {"roles.tsv", "relations.tsv", "agents.tsv"}
TYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "NORP"}
RELATIONS = {"front_for", "successor_of", "part_of", "member_of", "leader_of", "ally_of", "rival_of"}
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.]*$")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def name_key(name: str) -> tuple[str, ...]:
    """The token-key sequence a name is matched by (normalized, punctuation dropped)."""
    return tuple(k for _, _, t in iter_tokens(name) if (k := normalize_key(t)) and (k[0].isalnum()))


@dataclass(frozen=True)
class RegistryActor:
    id: str
    type: str
    kind: str
    code: str
    name: str
    name_en: str | None = None
    aliases: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    country: str | None = None
    adjectives: tuple[str, ...] = ()
    capital: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    source: str | None = None
    where: str = ""  # file:line


@dataclass(frozen=True)
class Role:
    person: str
    role: str
    org: str | None
    code: str | None
    since: str | None
    until: str | None
    role_en: str | None = None
    source: str | None = None

    def active_on(self, day: str | None) -> bool:
        """True if the role holds on ``day`` (YYYY-MM-DD); undated roles always hold."""
        if day is None:
            return True
        return (self.since is None or self.since <= day) and (self.until is None or day <= _end_of(self.until))


def _end_of(date: str) -> str:
    return date + "-99-99"[len(date) - 4:] if len(date) < 10 else date


@dataclass(frozen=True)
class RegistryRelation:
    subject: str
    relation: str
    object: str
    since: str | None = None
    until: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Agent:
    phrase: str
    forms: tuple[str, ...]
    code: str
    type: str
    kind: str | None
    source: str | None = None


@dataclass(frozen=True)
class NameEntry:
    """A registry name: which actor, and how the name refers to it."""

    actor: str
    how: str  # name | alias | alias_en | adjective | capital
    surface: str


@dataclass
class Registry:
    actors: dict[str, RegistryActor] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    relations: list[RegistryRelation] = field(default_factory=list)
    agents: list[Agent] = field(default_factory=list)
    names: dict[tuple[str, ...], list[NameEntry]] = field(default_factory=dict)
    overridden: list[str] = field(default_factory=list)
    user_ids: set[str] = field(default_factory=set)  # actors defined or overridden by user files

    @property
    def max_name_len(self) -> int:
        return max((len(k) for k in self.names), default=0)

    def lookup(self, key: tuple[str, ...]) -> list[NameEntry]:
        return self.names.get(key, [])

    def roles_of(self, person: str, day: str | None = None) -> list[Role]:
        return [r for r in self.roles if r.person == person and r.active_on(day)]

    def _index(self) -> None:
        """Name key -> entries; user-file actors come first so they win ties for the same name."""
        self.names = {}
        ordered = sorted(self.actors.values(), key=lambda a: a.id not in self.user_ids)
        for a in ordered:
            entries = [(a.name, "name")] + [(x, "alias") for x in a.aliases]
            entries += [(x, "alias_en") for x in ((a.name_en,) if a.name_en else ()) + a.aliases_en]
            entries += [(x, "adjective") for x in a.adjectives] + [(x, "capital") for x in a.capital]
            for surface, how in entries:
                key = name_key(surface)
                if not key:
                    continue
                bucket = self.names.setdefault(key, [])
                if not any(e.actor == a.id and e.how == how for e in bucket):
                    bucket.append(NameEntry(a.id, how, surface))


def _check_date(row: Row, column: str) -> str | None:
    v = row.get(column)
    if v is not None and not _DATE_RE.match(v):
        raise row.error(f"{column} {v!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return v


def _actor_from_row(row: Row) -> RegistryActor:
    aid = row.require("id")
    if not _ID_RE.match(aid):
        raise row.error(f"id {aid!r} must be lowercase ASCII letters, digits, '_' or '.'")
    typ = row.require("type")
    if typ not in TYPES:
        raise row.error(f"type {typ!r} is not one of {', '.join(sorted(TYPES))}")
    return RegistryActor(
        id=aid, type=typ, kind=row.get("kind") or typ.lower(), code=row.require("code"),
        name=row.require("name"), name_en=row.get("name_en"),
        aliases=tuple(row.multi("aliases")), aliases_en=tuple(row.multi("aliases_en")),
        country=row.get("country"), adjectives=tuple(row.multi("adjectives")),
        capital=tuple(row.multi("capital")), since=_check_date(row, "since"),
        until=_check_date(row, "until"), source=row.get("source"), where=f"{row.path}:{row.line}",
    )


def _load_file(reg: Registry, src: Path | Traversable, user: bool) -> None:
    name = src.name
    if name == "roles.tsv":
        for row in read_tsv(src, ("person", "role")):
            reg.roles.append(Role(row.require("person"), row.require("role"), row.get("org"), row.get("code"),
                                  _check_date(row, "since"), _check_date(row, "until"), row.get("role_en"),
                                  row.get("source")))
    elif name == "relations.tsv":
        for row in read_tsv(src, ("subject", "relation", "object")):
            rel = row.require("relation")
            if rel not in RELATIONS:
                raise row.error(f"relation {rel!r} is not one of {', '.join(sorted(RELATIONS))}")
            reg.relations.append(RegistryRelation(row.require("subject"), rel, row.require("object"),
                                                  _check_date(row, "since"), _check_date(row, "until"),
                                                  row.get("source")))
    elif name == "agents.tsv":
        for row in read_tsv(src, ("phrase", "code")):
            reg.agents.append(Agent(row.require("phrase"), tuple(row.multi("forms")), row.require("code"),
                                    row.get("type") or "ORG", row.get("kind"), row.get("source")))
    else:
        for row in read_tsv(src, ACTOR_COLUMNS):
            actor = _actor_from_row(row)
            prev = reg.actors.get(actor.id)
            if prev is not None:
                if not user:
                    raise row.error(f"duplicate id {actor.id!r} (first defined at {prev.where})")
                reg.overridden.append(actor.id)
            reg.actors[actor.id] = actor
            if user:
                reg.user_ids.add(actor.id)


def _check_references(reg: Registry) -> None:
    for r in reg.relations:
        for ref in (r.subject, r.object):
            if ref not in reg.actors:
                raise DataFileError("relations.tsv", None, f"unknown actor id {ref!r} in {r}")


def load_registry(user_files: Sequence[str | Path] = ()) -> Registry:
    """The shipped registry extended/overridden by ``user_files`` (cached per file list)."""
    return _load_registry(tuple(str(Path(p).resolve()) for p in user_files))


@lru_cache(maxsize=8)
def _load_registry(user_files: tuple[str, ...]) -> Registry:
    reg = Registry()
    for src in packaged_tsvs("actors"):
        _load_file(reg, src, user=False)
    for p in user_files:
        path = Path(p)
        if not path.is_file():
            raise DataFileError(p, None, "registry file not found")
        _load_file(reg, path, user=True)
    _check_references(reg)
    reg._index()
    return reg


def iter_actor_names(reg: Registry) -> Iterable[str]:
    for a in reg.actors.values():
        yield a.name
        yield from a.aliases
