"""Time every page and API twin of the web UI on a (synthetic) store: server-side, in-process.

Each URL is requested once to warm up, then ``--runs`` times through the full ASGI stack
(FastAPI TestClient: routing, SQL, templates, middleware); median and max are reported.
``--no-fts`` also times search on a copy of the store without the FTS5 index (LIKE fallback).

    python benchmarks/serve/bench_pages.py --db /tmp/rasd-bench.db --runs 7
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
import warnings
from pathlib import Path
from urllib.parse import quote

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")


def urls(db: str, client) -> list[tuple[str, str]]:
    con = sqlite3.connect(db)
    long_doc = con.execute("SELECT id FROM documents ORDER BY length(text) DESC LIMIT 1").fetchone()[0]
    many_events = con.execute("SELECT doc_id FROM events GROUP BY doc_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    place = con.execute("SELECT place_id FROM events WHERE place_id IS NOT NULL GROUP BY place_id "
                        "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    con.close()
    actors = client.get("/api/actors", params={"per_page": 200}).json()["items"]
    actor = actors[0]["id"]  # the most mentioned
    typical = actors[len(actors) // 2]["id"]  # the median actor by mentions
    q = quote
    return [
        ("home", "/"),
        ("search: frequent word", f"/search?q={q('سوريا')}"),
        ("search: rare word", f"/search?q={q('خاباروفسك')}"),
        ("search: two words + filters", f"/search?q={q('تنظيم داعش')}&type=ASSAULT&since=2018&until=2020"),
        ("search: short word (LIKE)", f"/search?q={q('قم')}"),
        ("search: filters only", f"/search?actor={q(actor)}&modality=reported"),
        ("document: longest", f"/documents/{long_doc}"),
        ("document: most events", f"/documents/{many_events}"),
        ("actor: most mentioned", f"/actors/{q(actor)}"),
        ("actor: median by mentions", f"/actors/{q(typical)}"),
        ("actors list", "/actors"),
        ("actors search", f"/actors?q={q('طالبان')}"),
        ("events: page 1", "/events"),
        ("events: page 100", "/events?page=100"),
        ("events: type + date", "/events?type=ASSAULT&since=2019-01&until=2019-06"),
        ("events: place", f"/events?place={q(place)}"),
        ("network", "/network"),
        ("network: ASSAULT 2020", "/network?type=ASSAULT&since=2020&until=2020"),
        ("map", "/map"),
        ("timeline", "/timeline"),
        ("timeline: by day", "/timeline?bucket=day"),
        ("api: summary", "/api/summary"),
        ("api: events", "/api/events?per_page=200"),
        ("api: search", f"/api/search?q={q('سوريا')}"),
        ("api: actor", f"/api/actors/{q(actor)}"),
        ("api: network", "/api/network"),
        ("api: map", "/api/map"),
        ("api: timeline", "/api/timeline"),
        ("api: document", f"/api/documents/{long_doc}"),
    ]


def timed(client, url: str, runs: int) -> tuple[float, float, float, int]:
    """Median wall ms, max wall ms, median CPU ms (this process, all threads), response size.

    CPU time is reported too because the machine is shared: wall time includes waiting for a core.
    """
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code, r.text[:200])
    walls, cpus = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        r = client.get(url)
        walls.append((time.perf_counter() - t0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
        assert r.status_code == 200
    return statistics.median(walls), max(walls), statistics.median(cpus), len(r.content)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-fts", action="store_true", help="also time search with the LIKE fallback")
    ap.add_argument("--cache", action="store_true",
                    help="keep the aggregate cache on (default off: every request is computed cold)")
    args = ap.parse_args()
    from fastapi.testclient import TestClient

    from rasd.serve.app import create_app

    client = TestClient(create_app(args.db, token="", cache_size=64 if args.cache else 0))
    con = sqlite3.connect(args.db)
    n_docs, n_events = (con.execute("SELECT count(*) FROM documents").fetchone()[0],
                        con.execute("SELECT count(*) FROM events").fetchone()[0])
    con.close()
    print(f"store: {n_docs:,} documents, {n_events:,} events; {args.runs} runs per URL after one warm-up; "
          f"aggregate cache {'on' if args.cache else 'off'}\n")
    print("| page | URL | median wall ms | max wall ms | median CPU ms | KB |\n|---|---|---:|---:|---:|---:|")
    worst = worst_cpu = 0.0
    for name, url in urls(args.db, client):
        med, mx, cpu, size = timed(client, url, args.runs)
        worst, worst_cpu = max(worst, med), max(worst_cpu, cpu)
        print(f"| {name} | `{url[:60]}` | {med:.0f} | {mx:.0f} | {cpu:.0f} | {size / 1024:.0f} |", flush=True)
    print(f"\nslowest median: {worst:.0f} ms wall, {worst_cpu:.0f} ms CPU")
    if args.no_fts:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "nofts.db"
            with sqlite3.connect(args.db) as src, sqlite3.connect(copy) as dst:
                src.backup(dst)  # consistent copy, WAL included
            c = sqlite3.connect(copy)
            c.executescript("DROP TRIGGER documents_fts_ai; DROP TRIGGER documents_fts_ad; "
                            "DROP TRIGGER documents_fts_au; DROP TABLE documents_fts; VACUUM;")
            c.close()
            from sqlalchemy import create_engine
            from sqlalchemy.orm import Session

            from rasd.store.search import SearchFilters, search_documents

            print("\nsearch_documents() with FTS5 vs LIKE (median ms of", args.runs, "runs):")
            from rasd.store import Store

            fts_store = Store(args.db, create=False)
            plain = Session(create_engine(f"sqlite:///{copy}"))
            for q in ("سوريا", "خاباروفسك", "تنظيم داعش", "\"قطع العلاقات\""):
                row = []
                for sess in (fts_store.session(), plain):
                    search_documents(sess, SearchFilters(q=q))
                    ts = []
                    for _ in range(args.runs):
                        t0 = time.perf_counter()
                        page = search_documents(sess, SearchFilters(q=q))
                        ts.append((time.perf_counter() - t0) * 1000)
                    row.append((statistics.median(ts), page.total, page.engine))
                print(f"  {q}: fts5 {row[0][0]:.0f} ms ({row[0][1]} hits) | like {row[1][0]:.0f} ms ({row[1][1]} hits)")


if __name__ == "__main__":
    main()
