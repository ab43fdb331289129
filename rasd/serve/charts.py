"""Server-side SVG bar charts (no chart library, no inline styles: geometry only, CSS classes for colour)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    cls: str
    title: str
    href: Optional[str] = None


@dataclass(frozen=True)
class Tick:
    x: float
    text: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    rects: list[Rect]
    ticks: list[Tick]
    max_value: int
    area: str = ""  # SVG path of totals, drawn instead of bars when there are too many periods


def month_range(first: str, last: str) -> list[str]:
    """Every YYYY-MM from ``first`` to ``last`` inclusive."""
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm) and len(out) < 1200:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def fill_periods(periods: Sequence[str]) -> list[str]:
    """Periods with gaps filled when they are months (so time reads evenly), else as given."""
    ps = sorted(p for p in periods if p)
    if ps and all(len(p) == 7 for p in ps):
        return month_range(ps[0], ps[-1])
    return ps


def area(totals: dict[str, int], *, width: int = 900, height: int = 220) -> Chart:
    """One filled path of the totals per period: thousands of days in one element, not thousands of bars."""
    periods = sorted(totals)
    if not periods:
        return Chart(width, height, [], [], 0)
    top = max(totals.values()) or 1
    plot_h = height - 24
    step = width / max(len(periods) - 1, 1)
    pts = [f"{i * step:.1f},{plot_h - totals[p] / top * (plot_h - 4):.1f}" for i, p in enumerate(periods)]
    path = f"M0,{plot_h}L" + "L".join(pts) + f"L{(len(periods) - 1) * step:.1f},{plot_h}Z"
    every = max(1, len(periods) // 12)
    ticks = [Tick(x=round(i * step, 2), text=p) for i, p in enumerate(periods) if i % every == 0]
    return Chart(width, height, [], ticks, top, area=path)


def stacked_bars(data: dict[str, dict[str, int]], series: Sequence[str], *, width: int = 900, height: int = 220,
                 cls_of=lambda s: s, href_of=None, title_of=None) -> Chart:
    """Stacked bars, one per period (left to right in time), ``data[period][series] = n``."""
    periods = fill_periods(list(data))
    if not periods:
        return Chart(width, height, [], [], 0)
    top = max(sum(data.get(p, {}).values()) for p in periods) or 1
    plot_h = height - 24
    slot = width / len(periods)
    bar_w = min(max(slot * 0.8, 1.0), 48.0)
    rects: list[Rect] = []
    for i, p in enumerate(periods):
        y = plot_h
        for s in series:
            n = data.get(p, {}).get(s, 0)
            if not n:
                continue
            h = n / top * (plot_h - 4)
            y -= h
            title = title_of(p, s, n) if title_of else f"{p}: {s} {n}"
            rects.append(Rect(x=round(i * slot + (slot - bar_w) / 2, 2), y=round(y, 2), w=round(bar_w, 2),
                              h=round(h, 2), cls=cls_of(s), title=title, href=href_of(p, s) if href_of else None))
    step = max(1, len(periods) // 12)
    ticks = [Tick(x=round(i * slot + slot / 2, 2), text=p) for i, p in enumerate(periods) if i % step == 0]
    return Chart(width, height, rects, ticks, top)
