"""``rasd actors search|show``, ``rasd places search``, ``rasd eval linking``: tools for curating the registry."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from rasd.cli.common import RegistryOpt, fail, out

actors_app = typer.Typer(help="Look up actors in the registry (shipped + --registry files).", no_args_is_help=True)
places_app = typer.Typer(help="Look up places in the offline gazetteer.", no_args_is_help=True)


def _registry(files: Optional[list[Path]]):
    from rasd.actors.registry import load_registry
    from rasd.errors import DataFileError

    try:
        return load_registry([str(p) for p in files or []])
    except DataFileError as exc:
        fail(str(exc))


def search_keys(index, query: str, limit: int) -> list[tuple[tuple[str, ...], list]]:
    """Exact normalized matches first, then names containing the query (normalized)."""
    from rasd.actors.matching import name_key

    key = name_key(query)
    if not key:
        return []
    exact = [(key, index.get(key))] if index.get(key) else []
    q = " ".join(key)
    partial = sorted(((k, v) for k, v in index.entries.items() if k != key and q in " ".join(k)),
                     key=lambda kv: (len(kv[0]), kv[0]))
    return (exact + partial)[:limit]


@actors_app.command("search")
def actors_search(name: str = typer.Argument(..., help="Arabic or English name, any spelling (هيئه / هيئة)."),
                  registry: Optional[list[Path]] = RegistryOpt,
                  limit: int = typer.Option(20, "--limit", help="Show at most this many names."),
                  tsv: bool = typer.Option(False, "--tsv", help="Tab-separated output (for scripts).")) -> None:
    """Find actors by name (normalization-aware: hamza, ة/ه, ى/ي, diacritics, tatweel)."""
    reg = _registry(registry)
    hits = search_keys(reg.index, name, limit)
    if not hits:
        out.print(f"no actor named {name!r}")
        raise typer.Exit(1)
    rows = []
    seen = set()
    for _, entries in hits:
        for e in entries:
            if (e.actor, e.surface) in seen:
                continue
            seen.add((e.actor, e.surface))
            a = reg.actors[e.actor]
            flag = " (ambiguous)" if e.ambiguous else ""
            rows.append((a.id, a.type, a.kind, a.code, a.name, e.surface, e.how + flag,
                         f"{a.source or ''} [{Path(a.where).name}]"))
    _emit(("id", "type", "kind", "code", "name", "matched", "how", "source"), rows, tsv)


def _emit(header: tuple[str, ...], rows: list[tuple[str, ...]], tsv: bool) -> None:
    if tsv:
        typer.echo("\t".join(header))
        for r in rows:
            typer.echo("\t".join(r))
        return
    table = Table(*header)
    for r in rows:
        table.add_row(*r)
    out.print(table)


@actors_app.command("show")
def actors_show(actor_id: str = typer.Argument(..., help="Registry id, e.g. hts, per.shoigu_sergei, syr.gov."),
                registry: Optional[list[Path]] = RegistryOpt,
                date: Optional[str] = typer.Option(None, "--date", help="YYYY-MM-DD: show the code on that day.")) -> None:
    """Show one actor with its names, roles (dated codes) and relations."""
    from rasd.actors.codes import actor_code

    reg = _registry(registry)
    a = reg.actors.get(actor_id)
    if a is None:
        fail(f"no actor with id {actor_id!r}; try: rasd actors search NAME")
    choice = actor_code(reg, a, date)
    rows = [("id", a.id), ("type / kind", f"{a.type} / {a.kind}"), ("code", a.code),
            (f"code {'on ' + date if date else 'now'}", f"{choice.code} ({choice.reason})"),
            ("name", a.name), ("name_en", a.name_en or ""), ("aliases", " | ".join(a.aliases)),
            ("aliases_en", " | ".join(a.aliases_en)), ("ambiguous", " | ".join(a.ambiguous)),
            ("country", a.country or ""), ("adjectives", " | ".join(a.adjectives)),
            ("capital", " | ".join(a.capital)), ("valid", f"{a.since or '…'} – {a.until or ''}"),
            ("source", a.source or ""), ("defined at", a.where + (" (user file)" if a.user else ""))]
    table = Table("field", "value", show_header=False)
    for k, v in rows:
        if v:
            table.add_row(k, v)
    out.print(table)
    roles = reg.all_roles_of(a.id)
    if roles:
        t = Table("role", "org", "code", "since", "until", "source", title="roles")
        for r in sorted(roles, key=lambda r: r.since or ""):
            t.add_row(r.role + (f" ({r.role_en})" if r.role_en else ""), r.org or "", r.code or "",
                      r.since or "", r.until or "", r.source or "")
        out.print(t)
    rels = reg.relations_of(a.id)
    if rels:
        t = Table("subject", "relation", "object", "since", "until", "source", title="relations")
        for r in rels:
            t.add_row(r.subject, r.relation, r.object, r.since or "", r.until or "", r.source or "")
        out.print(t)


@places_app.command("search")
def places_search(name: str = typer.Argument(..., help="Arabic place name, any spelling."),
                  gazetteer: Optional[list[Path]] = typer.Option(None, "--gazetteer", help="Extra gazetteer TSV file(s)."),
                  limit: int = typer.Option(20, "--limit"),
                  tsv: bool = typer.Option(False, "--tsv", help="Tab-separated output (for scripts).")) -> None:
    """Find places by name: id, feature, country, coordinates, population."""
    from rasd.actors.gazetteer import load_gazetteer
    from rasd.errors import DataFileError

    try:
        gaz = load_gazetteer([str(p) for p in gazetteer or []])
    except DataFileError as exc:
        fail(str(exc))
    hits = search_keys(gaz.index, name, limit)
    if not hits:
        out.print(f"no place named {name!r}")
        raise typer.Exit(1)
    rows = []
    for key, names in hits:
        for n in names:
            p = gaz.places[n.place]
            rows.append((p.id, p.name, p.name_en or "", p.feature, p.country or "", f"{p.lat:.4f}", f"{p.lon:.4f}",
                         str(p.population or ""), " ".join(key) + (" (ambiguous)" if n.ambiguous else "")))
    _emit(("id", "name", "name_en", "feature", "country", "lat", "lon", "population", "matched"), rows, tsv)


def eval_linking(dev: Optional[Path] = typer.Option(None, "--dev", help="Dev set JSONL (default: "
                                                                        "tests/actors/dev/linking_dev.jsonl of a checkout)."),
                 registry: Optional[list[Path]] = RegistryOpt,
                 oracle: bool = typer.Option(False, "--oracle", help="Give the gold spans to the linker as NER entities."),
                 errors: bool = typer.Option(False, "--errors", help="List every miss and false link.")) -> None:
    """Linking precision/recall on the hand-annotated dev set."""
    from rasd.actors.evaluate import evaluate, format_report

    path = dev or Path(__file__).resolve().parents[2] / "tests" / "actors" / "dev" / "linking_dev.jsonl"
    if not path.is_file():
        fail(f"dev set {path} not found (it lives in a source checkout: tests/actors/dev/; or pass --dev)")
    report = evaluate(path, [str(p) for p in registry or []], oracle=oracle)
    out.print(format_report(report), markup=False)
    if errors:
        out.print("\n".join(report.errors), markup=False)


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    app.add_typer(actors_app, name="actors")
    app.add_typer(places_app, name="places")
    eval_app.command("linking")(eval_linking)
