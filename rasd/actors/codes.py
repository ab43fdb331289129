"""CAMEO-style actor codes: a country code plus a role code (``PAK`` + ``COP`` = ``PAKCOP``).

A person's code depends on the role they held on the document's date
(``roles.tsv`` since/until): Shoigu is ``RUSMIL`` as defence minister until 2024-05.
Unnamed actors (agents) get the code of their phrase combined with the country a
nationality adjective or place in the phrase names; without a country the bare role
code is used (``UAF``, ``COP``), as PETRARCH does for unknown nationality.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rasd.actors.registry import Registry, RegistryActor, Role


@dataclass(frozen=True)
class CodeChoice:
    code: str | None
    reason: str
    role: Role | None = None


def day_of(published: dt.date | None) -> str | None:
    return published.isoformat() if published else None


def compose(country_code: str | None, role_code: str) -> str:
    """``PAK`` + ``COP`` -> ``PAKCOP``; a role code already starting with the country stays."""
    if not country_code or role_code.startswith(country_code):
        return role_code
    return country_code + role_code


def country_code(reg: Registry, iso3: str | None) -> str | None:
    """The CAMEO code of a registry country (its ``code``; ISO3 upper case if not registered)."""
    if not iso3:
        return None
    a = reg.actors.get(iso3)
    return a.code if a is not None else iso3.upper()


def _role_rank(r: Role) -> tuple[int, str]:
    # roles with a code first, then the most recent start
    return (1 if r.code else 0, r.since or "")


def person_code(reg: Registry, actor: RegistryActor, day: str | None) -> CodeChoice:
    """The code a registry person carries on ``day``: their active role's code, else the actor's code.

    Without a date the open-ended (current) role is used.
    """
    roles = reg.roles_of(actor.id, day) if day else [r for r in reg.all_roles_of(actor.id) if r.until is None]
    coded = sorted((r for r in roles if r.code), key=_role_rank, reverse=True)
    if coded:
        r = coded[0]
        span = f"{r.since or '…'}–{r.until or ''}"
        on = f"on {day}" if day else "current"
        return CodeChoice(r.code, f"role {r.role!r}{' at ' + r.org if r.org else ''} ({span}) {on}", r)
    if reg.all_roles_of(actor.id) and day:
        return CodeChoice(actor.code, f"no role of {actor.id} active on {day}; registry code")
    return CodeChoice(actor.code, "registry code")


def actor_code(reg: Registry, actor: RegistryActor, day: str | None) -> CodeChoice:
    if actor.type == "PER":
        return person_code(reg, actor, day)
    return CodeChoice(actor.code, "registry code")


def agent_actor_id(role_code: str, iso3: str | None) -> str:
    """Deterministic id of an unnamed actor: ``agent.pak.cop``, ``agent.uaf``."""
    return f"agent.{iso3}.{role_code.lower()}" if iso3 else f"agent.{role_code.lower()}"
