"""The actor registry: shipped TSV files plus user files, loaded and normalized once.

Files (``docs/data-formats.md``): any ``rasd/data/actors/*.tsv`` holds actors, except
``roles.tsv``, ``relations.tsv`` and ``agents.tsv``. A user file's kind is told by its
columns (``person``+``role`` → roles, ``subject``+``relation`` → relations, ``phrase`` →
agents, else actors), so users may name their files freely.

User files *extend* and *override*: a user row with a new id adds an actor; a row with a
shipped id overrides the fields it fills and appends to the multi-valued ones (aliases,
adjectives …). Names from user files win ties against shipped names (curation wins).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib.abc import Traversable
from pathlib import Path
from typing import Iterable, Sequence

from rasd.actors.matching import NameIndex, name_key
from rasd.data_files import Row, packaged_tsvs, read_tsv
from rasd.errors import DataFileError

ACTOR_COLUMNS = ("id", "type", "code", "name")
SPECIAL_FILES = {"roles.tsv", "relations.tsv", "agents.tsv"}
TYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "NORP"}
RELATIONS = {"front_for", "successor_of", "part_of", "member_of", "leader_of", "ally_of", "rival_of"}
LINEAGE = {"successor_of", "front_for"}
MULTI_FIELDS = ("aliases", "aliases_en", "adjectives", "capital", "ambiguous")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.]*$")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE_RE = re.compile(r"^[A-Z0-9]{2,15}$")

__all__ = ["Agent", "NameEntry", "Registry", "RegistryActor", "RegistryRelation", "Role", "load_registry",
           "name_key"]


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
    ambiguous: tuple[str, ...] = ()  # names that are also ordinary words / other actors: need evidence
    since: str | None = None
    until: str | None = None
    source: str | None = None
    where: str = ""  # file:line
    user: bool = False

    def names(self) -> tuple[str, ...]:
        """Arabic names (canonical first)."""
        return (self.name,) + self.aliases

    def valid_on(self, day: str | None) -> bool:
        return _within(day, self.since, self.until)


def _within(day: str | None, since: str | None, until: str | None) -> bool:
    if day is None:
        return True
    return (since is None or since <= day) and (until is None or day <= _end_of(until))


def _end_of(date: str) -> str:
    """Last day a partial date covers, as a comparable string (``2024-05`` -> ``2024-05-99``)."""
    return date + "-99-99"[len(date) - 4:] if len(date) < 10 else date


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
    where: str = ""

    def active_on(self, day: str | None) -> bool:
        """True if the role holds on ``day`` (YYYY-MM-DD); undated roles always hold."""
        return _within(day, self.since, self.until)


@dataclass(frozen=True)
class RegistryRelation:
    subject: str
    relation: str
    object: str
    since: str | None = None
    until: str | None = None
    source: str | None = None
    where: str = ""


@dataclass(frozen=True)
class Agent:
    """An unnamed-actor phrase (``الشرطة``) and the CAMEO role code it carries (``COP``)."""

    phrase: str
    forms: tuple[str, ...]
    code: str
    type: str
    kind: str | None
    source: str | None = None
    where: str = ""


@dataclass(frozen=True)
class NameEntry:
    """A registry name: which actor, and how the name refers to it."""

    actor: str
    how: str  # name | alias | alias_en | adjective | capital
    surface: str
    ambiguous: bool = False
    user: bool = False


@dataclass
class Registry:
    actors: dict[str, RegistryActor] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    relations: list[RegistryRelation] = field(default_factory=list)
    agents: list[Agent] = field(default_factory=list)
    overridden: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    index: NameIndex = field(default_factory=NameIndex)

    @property
    def user_ids(self) -> set[str]:
        """Actors defined or overridden by user files (their names win ties: see ``linker.choose``)."""
        return {a.id for a in self.actors.values() if a.user}

    @property
    def names(self) -> dict[tuple[str, ...], list[NameEntry]]:
        return self.index.entries

    @property
    def max_name_len(self) -> int:
        return self.index.max_len

    def lookup(self, key: tuple[str, ...]) -> list[NameEntry]:
        return self.index.entries.get(key, [])

    def search(self, text: str) -> list[NameEntry]:
        """Entries whose name equals ``text`` after normalization (for curation tools)."""
        return self.lookup(name_key(text))

    @cached_property
    def _roles_by_person(self) -> dict[str, list[Role]]:
        out: dict[str, list[Role]] = {}
        for r in self.roles:
            out.setdefault(r.person, []).append(r)
        return out

    def roles_of(self, person: str, day: str | None = None) -> list[Role]:
        return [r for r in self._roles_by_person.get(person, ()) if r.active_on(day)]

    def all_roles_of(self, person: str) -> list[Role]:
        return list(self._roles_by_person.get(person, ()))

    @cached_property
    def _related(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for r in self.relations:
            out.setdefault(r.subject, set()).add(r.object)
            out.setdefault(r.object, set()).add(r.subject)
        for r in self.roles:
            if r.org:
                out.setdefault(r.person, set()).add(r.org)
                out.setdefault(r.org, set()).add(r.person)
        return out

    def related(self, actor: str) -> set[str]:
        """Actors linked to ``actor`` by a relation or a role (either direction)."""
        return self._related.get(actor, set())

    @cached_property
    def _lineage_edges(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for r in self.relations:
            if r.relation in LINEAGE:
                out.setdefault(r.subject, set()).add(r.object)
                out.setdefault(r.object, set()).add(r.subject)
        return out

    def lineage(self, actor: str) -> set[str]:
        """The same organisation under other names: successor_of / front_for chains (نصرة → فتح الشام → هيئة)."""
        seen, todo = {actor}, [actor]
        while todo:
            for nxt in self._lineage_edges.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen - {actor}

    def relations_of(self, actor: str) -> list[RegistryRelation]:
        return [r for r in self.relations if actor in (r.subject, r.object)]

    @cached_property
    def countries(self) -> dict[str, RegistryActor]:
        """Country actors (kind ``country``) by id (ISO3 lowercase)."""
        return {a.id: a for a in self.actors.values() if a.kind == "country"}

    def country_of(self, actor: str) -> str | None:
        """The ISO3 (lowercase) country an actor belongs to (its own id for a country)."""
        a = self.actors.get(actor)
        if a is None:
            return None
        if a.kind == "country":
            return a.id
        return a.country.lower() if a.country else None

    def _index(self) -> None:
        self.index = NameIndex()
        for a in self.actors.values():
            ambiguous = {name_key(x) for x in a.ambiguous}
            entries = [(a.name, "name")] + [(x, "alias") for x in a.aliases]
            entries += [(x, "alias_en") for x in ((a.name_en,) if a.name_en else ()) + a.aliases_en]
            entries += [(x, "adjective") for x in a.adjectives] + [(x, "capital") for x in a.capital]
            for surface, how in entries:
                base = name_key(surface)
                for key in abd_variants(base):
                    if not key:
                        continue
                    bucket = self.index.entries.get(key, [])
                    if any(e.actor == a.id for e in bucket):
                        continue  # first (strongest) way of naming wins
                    self.index.add(key, NameEntry(a.id, how, surface, base in ambiguous, a.user))


def abd_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name key and its other spellings of «عبد» compounds: «عبد العزيز» and «عبدالعزيز» are one name, written
    with or without the space (عبد الله، عبد الرحمن، عبد الفتاح). The key itself comes first."""
    joined: list[str] = []
    k = 0
    while k < len(key):
        if key[k] == "عبد" and k + 1 < len(key) and key[k + 1].startswith("ال"):
            joined.append("عبد" + key[k + 1])
            k += 2
        else:
            joined.append(key[k])
            k += 1
    split: list[str] = []
    for w in key:
        split += ["عبد", w[3:]] if w.startswith("عبدال") and len(w) > 6 else [w]
    return list(dict.fromkeys([key, tuple(joined), tuple(split)]))


# -- loading -------------------------------------------------------------------

def _check_date(row: Row, column: str) -> str | None:
    v = row.get(column)
    if v is not None and not _DATE_RE.match(v):
        raise row.error(f"{column} {v!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return v


def _check_code(row: Row, column: str, required: bool = True) -> str | None:
    v = row.require(column) if required else row.get(column)
    if v is not None and not _CODE_RE.match(v):
        raise row.error(f"{column} {v!r} is not a CAMEO-style code (2-15 uppercase letters/digits, e.g. SYRGOV)")
    return v


def _actor_from_row(row: Row, user: bool) -> RegistryActor:
    aid = row.require("id")
    if not _ID_RE.match(aid):
        raise row.error(f"id {aid!r} must be lowercase ASCII letters, digits, '_' or '.'")
    typ = row.require("type")
    if typ not in TYPES:
        raise row.error(f"type {typ!r} is not one of {', '.join(sorted(TYPES))}")
    return RegistryActor(
        id=aid, type=typ, kind=row.get("kind") or typ.lower(), code=_check_code(row, "code"),
        name=row.require("name"), name_en=row.get("name_en"),
        aliases=tuple(row.multi("aliases")), aliases_en=tuple(row.multi("aliases_en")),
        country=row.get("country"), adjectives=tuple(row.multi("adjectives")),
        capital=tuple(row.multi("capital")), ambiguous=tuple(row.multi("ambiguous")),
        since=_check_date(row, "since"), until=_check_date(row, "until"), source=row.get("source"),
        where=f"{row.path}:{row.line}", user=user,
    )


def _merge_user_row(prev: RegistryActor, row: Row) -> RegistryActor:
    """A user row for a known id: filled scalar fields override, multi-valued fields extend."""
    changes: dict = {"where": f"{row.path}:{row.line}", "user": True}
    for col in ("type", "kind", "name", "name_en", "country", "source"):
        if row.get(col) is not None:
            changes[col] = row.get(col)
    if row.get("code") is not None:
        changes["code"] = _check_code(row, "code")
    for col in ("since", "until"):
        if row.get(col) is not None:
            changes[col] = _check_date(row, col)
    if changes.get("type", prev.type) not in TYPES:
        raise row.error(f"type {changes['type']!r} is not one of {', '.join(sorted(TYPES))}")
    for col in MULTI_FIELDS:
        extra = tuple(x for x in row.multi(col) if x not in getattr(prev, col))
        if extra:
            changes[col] = getattr(prev, col) + extra
    if "name" in changes and changes["name"] != prev.name and prev.name not in changes.get("aliases", prev.aliases):
        changes["aliases"] = changes.get("aliases", prev.aliases) + (prev.name,)  # the old name stays a name
    return replace(prev, **changes)


def _file_kind(src: Path | Traversable, user: bool) -> str:
    """``roles`` | ``relations`` | ``agents`` | ``actors``: by name for shipped files, by header for user files."""
    if not user:
        return src.name[:-4] if src.name in SPECIAL_FILES else "actors"
    header: set[str] = set()
    for row in read_tsv(src):
        header = set(row.values)
        break
    if {"person", "role"} <= header:
        return "roles"
    if {"subject", "relation", "object"} <= header:
        return "relations"
    if "phrase" in header and "id" not in header:
        return "agents"
    return "actors"


def _load_file(reg: Registry, src: Path | Traversable, user: bool) -> None:
    kind = _file_kind(src, user)
    reg.files.append(str(src))
    if kind == "roles":
        for row in read_tsv(src, ("person", "role")):
            reg.roles.append(Role(row.require("person"), row.require("role"), row.get("org"),
                                  _check_code(row, "code", required=False), _check_date(row, "since"),
                                  _check_date(row, "until"), row.get("role_en"), row.get("source"),
                                  f"{row.path}:{row.line}"))
    elif kind == "relations":
        for row in read_tsv(src, ("subject", "relation", "object")):
            rel = row.require("relation")
            if rel not in RELATIONS:
                raise row.error(f"relation {rel!r} is not one of {', '.join(sorted(RELATIONS))}")
            reg.relations.append(RegistryRelation(row.require("subject"), rel, row.require("object"),
                                                  _check_date(row, "since"), _check_date(row, "until"),
                                                  row.get("source"), f"{row.path}:{row.line}"))
    elif kind == "agents":
        for row in read_tsv(src, ("phrase", "code")):
            typ = row.get("type") or "ORG"
            if typ not in TYPES:
                raise row.error(f"type {typ!r} is not one of {', '.join(sorted(TYPES))}")
            reg.agents.append(Agent(row.require("phrase"), tuple(row.multi("forms")), _check_code(row, "code"),
                                    typ, row.get("kind"), row.get("source"), f"{row.path}:{row.line}"))
    else:
        for row in read_tsv(src, ("id",) if user else ACTOR_COLUMNS):
            aid = row.require("id")
            prev = reg.actors.get(aid)
            if prev is not None and user:
                reg.overridden.append(aid)
                reg.actors[aid] = _merge_user_row(prev, row)
                continue
            if prev is not None:
                raise row.error(f"duplicate id {aid!r} (first defined at {prev.where})")
            for col in ACTOR_COLUMNS:
                if row.get(col) is None:
                    raise row.error(f"column {col!r} is empty or missing: a new actor ({aid!r}) needs "
                                    f"{', '.join(ACTOR_COLUMNS)} (only rows overriding a known id may leave it empty)")
            reg.actors[aid] = _actor_from_row(row, user)


def _check_references(reg: Registry) -> None:
    for r in reg.relations:
        for ref in (r.subject, r.object):
            if ref not in reg.actors:
                path, _, line = r.where.rpartition(":")
                raise DataFileError(path, int(line) if line.isdigit() else None, f"unknown actor id {ref!r}")
    for role in reg.roles:
        for ref in (role.person, role.org):
            if ref is not None and ref not in reg.actors:
                path, _, line = role.where.rpartition(":")
                raise DataFileError(path, int(line) if line.isdigit() else None, f"unknown actor id {ref!r}")


def load_registry(user_files: Sequence[str | Path] = (), shipped: bool = True) -> Registry:
    """The shipped registry extended/overridden by ``user_files`` (cached per file list).

    ``shipped=False`` loads only the given files (tests, or a fully custom registry).
    """
    return _load_registry(tuple(str(Path(p).resolve()) for p in user_files), shipped)


@lru_cache(maxsize=8)
def _load_registry(user_files: tuple[str, ...], shipped: bool) -> Registry:
    reg = Registry()
    if shipped:
        for src in packaged_tsvs("actors"):
            _load_file(reg, src, user=False)
    for p in user_files:
        path = Path(p)
        if not path.is_file():
            raise DataFileError(p, None, "registry file not found (check the --registry path)")
        _load_file(reg, path, user=True)
    _check_references(reg)
    reg._index()
    return reg


def iter_actor_names(reg: Registry) -> Iterable[str]:
    for a in reg.actors.values():
        yield a.name
        yield from a.aliases
