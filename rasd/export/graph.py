"""The actor graph as GraphML (Gephi, yEd, networkx, igraph) or GEXF 1.3 (Gephi), streamed.

Nodes are actors that take part in an edge; edges are aggregated in SQL: one per
(actor1, actor2, event type) with the event count as weight and the first/last date, and one per
(subject, object, relation type). Parallel edges of different types are kept. XML is written
element by element with escaping (no DOM in memory).
"""

from __future__ import annotations

from typing import IO, Optional
from xml.sax.saxutils import escape, quoteattr

from sqlalchemy import select
from sqlalchemy.orm import Session

from rasd.store.models import ActorRow
from rasd.store.queries import EdgeAgg, NetworkFilters, iter_edges
from rasd.version import __version__

GraphFilters = NetworkFilters  # max_nodes is ignored: exports hold every actor that has an edge


def _actors(session: Session, ids: set[str]) -> dict[str, ActorRow]:
    out: dict[str, ActorRow] = {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), 500):
        for a in session.scalars(select(ActorRow).where(ActorRow.id.in_(ordered[i:i + 500]))):
            out[a.id] = a
    return out


def _collect(session: Session, f: GraphFilters) -> tuple[list[EdgeAgg], dict[str, ActorRow], list[str]]:
    edges = list(iter_edges(session, f))  # aggregated: one per actor pair and type, not per event
    ids = {e.source for e in edges} | {e.target for e in edges}
    return edges, _actors(session, ids), sorted(ids)


def _node_attrs(a: Optional[ActorRow], node_id: str) -> dict[str, object]:
    if a is None:
        return {"label": node_id, "name": node_id, "name_en": "", "type": "", "code": "", "known": False}
    return {"label": a.name, "name": a.name, "name_en": a.name_en or "", "type": a.type, "code": a.code or "",
            "known": bool(a.known)}


NODE_KEYS = (("label", "string"), ("name", "string"), ("name_en", "string"), ("type", "string"),
             ("code", "string"), ("known", "boolean"))
EDGE_KEYS = (("kind", "string"), ("type", "string"), ("weight", "double"), ("first", "string"), ("last", "string"))


def _str(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _val(v: object) -> str:
    return escape(_str(v))


def write_graphml(session: Session, out: IO[str], f: GraphFilters = GraphFilters()) -> tuple[int, int]:
    edges, actors, ids = _collect(session, f)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
              'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    out.write(f"  <!-- rasd {escape(__version__)}: actors (nodes), events and relations (edges) -->\n")
    for name, ty in NODE_KEYS:
        out.write(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{ty}"/>\n')
    for name, ty in EDGE_KEYS:
        out.write(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{ty}"/>\n')
    out.write('  <graph id="rasd" edgedefault="directed">\n')
    for node_id in ids:
        out.write(f"    <node id={quoteattr(node_id)}>")
        for k, v in _node_attrs(actors.get(node_id), node_id).items():
            out.write(f'<data key="n_{k}">{_val(v)}</data>')
        out.write("</node>\n")
    for i, e in enumerate(edges):
        out.write(f'    <edge id="e{i}" source={quoteattr(e.source)} target={quoteattr(e.target)}>')
        for k, v in (("kind", e.kind), ("type", e.type), ("weight", float(e.weight)), ("first", e.first),
                     ("last", e.last)):
            if v is not None:
                out.write(f'<data key="e_{k}">{_val(v)}</data>')
        out.write("</edge>\n")
    out.write("  </graph>\n</graphml>\n")
    return len(ids), len(edges)


def write_gexf(session: Session, out: IO[str], f: GraphFilters = GraphFilters()) -> tuple[int, int]:
    edges, actors, ids = _collect(session, f)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n')
    out.write(f"  <meta><creator>rasd {escape(__version__)}</creator>"
              "<description>actors (nodes), events and relations (edges)</description></meta>\n")
    out.write('  <graph defaultedgetype="directed" mode="static">\n    <attributes class="node">\n')
    node_attrs = [k for k in NODE_KEYS if k[0] != "label"]
    for i, (name, ty) in enumerate(node_attrs):
        out.write(f'      <attribute id="{i}" title="{name}" type="{ty}"/>\n')
    out.write('    </attributes>\n    <attributes class="edge">\n')
    edge_attrs = [k for k in EDGE_KEYS if k[0] != "weight"]
    for i, (name, ty) in enumerate(edge_attrs):
        out.write(f'      <attribute id="{i}" title="{name}" type="{ty}"/>\n')
    out.write("    </attributes>\n    <nodes>\n")
    for node_id in ids:
        attrs = _node_attrs(actors.get(node_id), node_id)
        out.write(f"      <node id={quoteattr(node_id)} label={quoteattr(str(attrs['label']))}><attvalues>")
        for i, (name, _) in enumerate(node_attrs):
            out.write(f'<attvalue for="{i}" value={quoteattr(_str(attrs[name]))}/>')
        out.write("</attvalues></node>\n")
    out.write("    </nodes>\n    <edges>\n")
    for i, e in enumerate(edges):
        out.write(f'      <edge id="e{i}" source={quoteattr(e.source)} target={quoteattr(e.target)} '
                  f'weight="{float(e.weight)}" label={quoteattr(e.type)}><attvalues>')
        values = {"kind": e.kind, "type": e.type, "first": e.first, "last": e.last}
        for j, (name, _) in enumerate(edge_attrs):
            if values[name] is not None:
                out.write(f'<attvalue for="{j}" value={quoteattr(str(values[name]))}/>')
        out.write("</attvalues></edge>\n")
    out.write("    </edges>\n  </graph>\n</gexf>\n")
    return len(ids), len(edges)
