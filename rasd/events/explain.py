"""Render, for an analyst, why each event of a document got its type, roles and source (``rasd explain``)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from rasd import schema


def _span(arg, ids: bool = True) -> str:
    if arg is None:
        return "—"
    extra = []
    actor = getattr(arg, "actor", None)
    code = getattr(arg, "code", None)
    place = getattr(arg, "place", None)
    if ids and actor:
        extra.append(actor)
    if code:
        extra.append(code)
    if place:
        extra.append(place)
    return f"«{arg.text}»" + (f"  [dim]({', '.join(extra)})[/]" if extra else "")


def event_panel(result: schema.Result, ev: schema.Event) -> Panel:
    text = result.document.text
    s = result.sentences[ev.sentence] if ev.sentence < len(result.sentences) else None
    context = Text(text[s.start:s.end] if s else "")
    if s:
        context.stylize("bold reverse", ev.trigger.start - s.start, ev.trigger.end - s.start)
    t = Table.grid(padding=(0, 2))
    t.add_column(style="bold cyan", no_wrap=True)
    t.add_column()
    head = f"{ev.type}" + (f" / {ev.mode}" if ev.mode else "") + (f"  CAMEO {ev.cameo}" if ev.cameo else "")
    t.add_row("type", head + (f"  [dim]context: {', '.join(ev.context)}[/]" if ev.context else ""))
    t.add_row("trigger", f"«{ev.trigger.text}»  [dim][{ev.trigger.start}, {ev.trigger.end})[/]")
    t.add_row("actor1 (who)", _span(ev.actor1))
    t.add_row("actor2 (whom)", _span(ev.actor2))
    t.add_row("where", _span(ev.location))
    t.add_row("when", "—" if ev.date is None else f"{ev.date.value} ({ev.date.precision}) «{ev.date.text}»")
    if ev.quantity is not None:
        t.add_row("how many", f"{ev.quantity.value:g} «{ev.quantity.text}»")
    t.add_row("modality", ev.modality)
    chain = " ← ".join(f"«{a.text}» [dim]({a.cue}{', ' + a.actor if a.actor else ''})[/]" for a in ev.attribution)
    t.add_row("who says so", chain or "the outlet (no attribution)")
    t.add_row("method", f"{ev.method}  [dim]confidence {ev.confidence:.2f}[/]")
    why = Text()
    for part in (ev.reason or "").split(". "):
        if part:
            why.append("• " + part.rstrip(".") + "\n")
    return Panel(Group(context, Text(""), t, Text("why", style="bold cyan"), why),
                 title=f"{ev.id} · sentence {ev.sentence}", title_align="left")


def render(result: schema.Result, console: Console) -> None:
    doc = result.document
    console.print(f"[bold]{doc.origin or '<text>'}[/]  published {doc.published or 'unknown'}  "
                  f"{len(result.sentences)} sentences, {len(result.mentions)} mentions, "
                  f"{len(result.events)} events, {len(result.relations)} relations")
    for w in result.warnings:
        console.print(f"[yellow]warning:[/] {w}")
    if not result.events:
        console.print("No events were coded: no trigger of the lexicon matched with enough confidence.")
    for ev in result.events:
        console.print(event_panel(result, ev))
    if result.relations:
        t = Table(title="relations stated in the text", show_lines=False)
        for col in ("type", "subject", "object", "evidence", "source", "method", "conf."):
            t.add_column(col)
        names = {a.id: a.name for a in result.actors}
        for r in result.relations:
            t.add_row(r.type, names.get(r.subject, r.subject), names.get(r.object, r.object), r.evidence.text,
                      " ← ".join(a.text for a in r.attribution) or "outlet", r.method or "", f"{r.confidence:.2f}")
        console.print(t)
