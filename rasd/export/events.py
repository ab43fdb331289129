"""Events as flat rows (ACLED/GDELT-style columns) to CSV, JSON Lines or Parquet, streamed.

Rows come from :func:`rasd.store.queries.iter_events` (fetched in chunks), so memory stays
flat however large the store. Column meanings are in ``docs/ui.md``.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable, Iterator, Optional

from rasd.store.queries import EventFilters, iter_events
from rasd.store.views import EventOut

# The ACLED/GDELT-style core, in order, then rasd's extras.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "date", "date_precision", "type", "mode", "cameo",
    "actor1", "actor1_code", "actor2", "actor2_code",
    "place", "lat", "lon", "country", "modality", "attribution", "outlet", "doc_id", "origin", "sentence",
    "actor1_id", "actor2_id", "place_id", "source_actor_id", "trigger", "quantity", "published", "title",
    "method", "confidence",
)
ATTRIBUTION_SEP = " | "

_FLOATS = {"lat", "lon", "quantity", "confidence"}


def event_row(e: EventOut) -> dict:
    """One event as a flat row (``attribution`` = the chain outermost first, `` | ``-joined)."""
    a1, a2, loc = e.actor1, e.actor2, e.location
    return {
        "event_id": e.id, "date": e.date, "date_precision": e.date_precision, "type": e.type, "mode": e.mode,
        "cameo": e.cameo,
        "actor1": (a1.name or a1.text) if a1 else None, "actor1_code": a1.code if a1 else None,
        "actor2": (a2.name or a2.text) if a2 else None, "actor2_code": a2.code if a2 else None,
        "place": (loc.name or loc.text) if loc else None, "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None, "country": loc.country if loc else None,
        "modality": e.modality, "attribution": ATTRIBUTION_SEP.join(a.text for a in e.attribution) or None,
        "outlet": e.document.source, "doc_id": e.doc_id, "origin": e.document.origin, "sentence": e.sentence,
        "actor1_id": a1.actor if a1 else None, "actor2_id": a2.actor if a2 else None,
        "place_id": loc.place if loc else None,
        "source_actor_id": e.attribution[-1].actor if e.attribution else None,
        "trigger": e.trigger.text, "quantity": e.quantity, "published": e.document.published,
        "title": e.document.title, "method": e.method, "confidence": e.confidence,
    }


def iter_event_rows(session, filters: EventFilters = EventFilters()) -> Iterator[dict]:
    for e in iter_events(session, filters):
        yield event_row(e)


def write_csv(rows: Iterable[dict], out: IO[str], columns: tuple[str, ...] = EVENT_COLUMNS) -> int:
    """RFC 4180 CSV with a header; empty cell = no value. Returns the number of rows."""
    w = csv.writer(out)
    w.writerow(columns)
    n = 0
    for row in rows:
        w.writerow(["" if row[c] is None else row[c] for c in columns])
        n += 1
    return n


def write_jsonl(rows: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def arrow_schema(columns: tuple[str, ...] = EVENT_COLUMNS):
    import pyarrow as pa

    return pa.schema([(c, pa.float64() if c in _FLOATS else pa.string()) for c in columns])


def write_parquet(rows: Iterable[dict], path: str, columns: tuple[str, ...] = EVENT_COLUMNS,
                  batch: int = 20_000, schema=None) -> int:
    """Parquet in row groups of ``batch`` rows (needs pyarrow: ``pip install 'rasd[export]'``)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ModuleNotFoundError:
        raise RuntimeError("Parquet export needs pyarrow: pip install 'rasd[export]'") from None
    schema = schema or arrow_schema(columns)
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        buf: dict[str, list] = {c: [] for c in columns}
        for row in rows:
            for c in columns:
                buf[c].append(row[c])
            n += 1
            if len(buf[columns[0]]) >= batch:
                writer.write_table(pa.table(buf, schema=schema))
                buf = {c: [] for c in columns}
        if buf[columns[0]] or n == 0:
            writer.write_table(pa.table(buf, schema=schema))
    return n


def export_events(session, fmt: str, out: Optional[IO[str]] = None, path: Optional[str] = None,
                  filters: EventFilters = EventFilters()) -> int:
    """Write matching events as ``fmt`` (csv, jsonl: to ``out``; parquet: to ``path``)."""
    rows = iter_event_rows(session, filters)
    if fmt == "csv":
        return write_csv(rows, out)
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    if fmt == "parquet":
        if not path:
            raise ValueError("Parquet is binary: give an output file (-o events.parquet)")
        return write_parquet(rows, path)
    raise ValueError(f"unknown format {fmt!r}: use csv, jsonl or parquet")
