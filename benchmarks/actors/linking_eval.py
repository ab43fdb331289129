"""Linking / geocoding precision and recall on the hand-annotated dev set.

    python -m benchmarks.actors.linking_eval [--oracle] [--registry FILE ...] [--errors] [--write]

(also ``rasd eval linking``). Dev set: tests/actors/dev/linking_dev.jsonl (format and annotation
guidelines: tests/actors/dev/README.md). ``--oracle`` gives the gold spans to the linker as NER
entities (linking alone); the default uses the pipeline's own mentions. ``--write`` appends the
numbers to benchmarks/actors/results/linking.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
from pathlib import Path

from rasd.actors.evaluate import Report, evaluate, format_report

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DEV = ROOT / "tests" / "actors" / "dev" / "linking_dev.jsonl"
RESULTS = Path(__file__).resolve().parent / "results" / "linking.md"


def print_report(report: Report, errors: bool = False) -> None:
    print(format_report(report))
    if errors:
        print("\n".join(report.errors))


def _write(reports: list[Report], command: str) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    if not RESULTS.exists():
        RESULTS.write_text("# Linking dev set results\n\nDev set: tests/actors/dev/linking_dev.jsonl. "
                           "P/R over links (actor ids; place ids) of PER/ORG/GPE/LOC/FAC mentions.\n\n"
                           "| date | machine | command | mode | actors P / R / F1 | places P / R / F1 | pipeline |\n"
                           "|---|---|---|---|---|---|---|\n", encoding="utf-8")
    import rasd

    stages = ", ".join(rasd.load().pipe_names)
    with RESULTS.open("a", encoding="utf-8") as f:
        for r in reports:
            a, p = r.actors, r.places
            f.write(f"| {dt.date.today()} | {platform.machine()}, {platform.python_version()} | `{command}` | {r.mode} "
                    f"| {a.precision:.3f} / {a.recall:.3f} / {a.f1:.3f} | {p.precision:.3f} / {p.recall:.3f} / "
                    f"{p.f1:.3f} | {stages} |\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--registry", action="append", default=[])
    ap.add_argument("--oracle", action="store_true", help="gold spans as NER entities")
    ap.add_argument("--both", action="store_true", help="pipeline and oracle modes")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    modes = [False, True] if args.both else [args.oracle]
    reports = []
    for oracle in modes:
        r = evaluate(args.dev, args.registry, oracle=oracle)
        print_report(r, args.errors)
        reports.append(r)
    if args.write:
        _write(reports, "python -m benchmarks.actors.linking_eval" + (" --both" if args.both else
                                                                       " --oracle" if args.oracle else ""))


if __name__ == "__main__":
    main()
