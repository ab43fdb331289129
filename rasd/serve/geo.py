"""An offline map: Natural Earth country outlines (world-atlas 110m TopoJSON, vendored) as SVG.

The TopoJSON is decoded once (quantized, delta-encoded arcs -> rings) and projected
equirectangularly (x = lon, y = -lat), so event points need no projection library and the
page needs no JavaScript or tile server. Only countries meeting the view box are drawn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

ATLAS = "static/vendor/world-atlas-2.0.2-countries-110m.json"


@dataclass(frozen=True)
class Country:
    name: str
    path: str  # SVG path data in (lon, -lat)
    bbox: tuple[float, float, float, float]  # min_x, min_y, max_x, max_y in SVG units


@dataclass(frozen=True)
class ViewBox:
    x: float
    y: float
    w: float
    h: float

    def __str__(self) -> str:
        return f"{self.x:.2f} {self.y:.2f} {self.w:.2f} {self.h:.2f}"

    def meets(self, bbox: tuple[float, float, float, float]) -> bool:
        x0, y0, x1, y1 = bbox
        return x1 >= self.x and x0 <= self.x + self.w and y1 >= self.y and y0 <= self.y + self.h


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: Sequence[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc[1:] if pts else arc)
    return pts


def _polygons(geom: dict) -> Iterable[list[list[int]]]:
    if geom.get("type") == "Polygon":
        yield geom["arcs"]
    elif geom.get("type") == "MultiPolygon":
        yield from geom["arcs"]


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Country outlines as SVG paths (decoded on first use, then cached)."""
    raw = resources.files("rasd.serve").joinpath(ATLAS).read_text(encoding="utf-8")
    topo = json.loads(raw)
    arcs = _decode_arcs(topo)
    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        parts, xs, ys = [], [], []
        for poly in _polygons(geom):
            for ring in poly:
                pts = _ring(arcs, ring)
                if len(pts) < 3:
                    continue
                xs.extend(p[0] for p in pts)
                ys.extend(-p[1] for p in pts)
                parts.append("M" + "L".join(f"{x:.2f},{-y:.2f}" for x, y in pts) + "Z")
        if parts:
            out.append(Country(name=geom.get("properties", {}).get("name", ""), path="".join(parts),
                               bbox=(min(xs), min(ys), max(xs), max(ys))))
    return tuple(out)


def view_box(points: Sequence[tuple[float, float]], pad: float = 4.0, min_span: float = 24.0) -> ViewBox:
    """A 2:1-ish box around (lat, lon) points, or the whole world when there are none."""
    if not points:
        return ViewBox(-180, -85, 360, 170)
    xs = [lon for _, lon in points]
    ys = [-lat for lat, _ in points]
    x0, x1, y0, y1 = min(xs) - pad, max(xs) + pad, min(ys) - pad, max(ys) + pad
    w, h = max(x1 - x0, min_span), max(y1 - y0, min_span / 2)
    w, h = max(w, 2 * h), max(h, w / 2)
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return ViewBox(cx - w / 2, cy - h / 2, w, h)


def visible_countries(box: ViewBox) -> list[Country]:
    return [c for c in countries() if box.meets(c.bbox)]
