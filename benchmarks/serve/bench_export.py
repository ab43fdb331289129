"""Time ``rasd export`` on a (synthetic) store: wall time and peak memory of each command.

Each export runs as its own process (the real CLI), so peak RSS is that command's alone.

    python benchmarks/serve/bench_export.py --db /tmp/rasd-bench.db
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

COMMANDS = [
    ("events csv", ["events", "-f", "csv"], "events.csv"),
    ("events jsonl", ["events", "-f", "jsonl"], "events.jsonl"),
    ("events parquet", ["events", "-f", "parquet"], "events.parquet"),
    ("graph graphml", ["graph", "-f", "graphml"], "graph.graphml"),
    ("graph gexf", ["graph", "-f", "gexf"], "graph.gexf"),
    ("actors csv", ["actors", "-f", "csv"], "actors.csv"),
]


def run(db: str, args: list[str], out: Path) -> tuple[float, float, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "rasd", "export", *args, "--db", db, "-o", str(out)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    wall = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # max over children so far
    return wall, peak_mb, proc.stderr.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    args = ap.parse_args()
    print("| export | seconds | peak RSS so far (MB) | output | size (MB) |\n|---|---:|---:|---|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, cmd, fname in COMMANDS:
            out = Path(tmp) / fname
            wall, peak, said = run(args.db, cmd, out)
            print(f"| {name} | {wall:.1f} | {peak:.0f} | {said} | {out.stat().st_size / 2**20:.1f} |", flush=True)


if __name__ == "__main__":
    main()
