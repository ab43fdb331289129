"""Smoke tests for ``rasd explain`` and ``rasd eval events`` (a three-record dev file)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rasd.cli.main import app

runner = CliRunner()
DEV = Path(__file__).parent / "dev" / "dev.jsonl"
TEXT = ("وعلى خط موازٍ، أعلن جهاز الأمن الفيدرالي الروسي توقيف مواطن أجنبي في إقليم خاباروفسك، "
        "وفق ما ذكرت وكالة «سانا».")


def test_explain_shows_type_roles_and_source(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    res = runner.invoke(app, ["explain", str(p), "--published", "2023-03-15"])
    assert res.exit_code == 0, res.output
    out = res.output
    for needle in ("COERCE / arrest", "«توقيف»", "مواطن أجنبي", "إقليم خاباروفسك", "وكالة «سانا»",
                   "who says so", "why", "lexicon:coerce.005"):
        assert needle in out, needle


def test_explain_rejects_a_bad_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    res = runner.invoke(app, ["explain", str(p), "--published", "15/03/2023"])
    assert res.exit_code != 0 and "YYYY-MM-DD" in res.output


def test_eval_events_on_a_small_file(tmp_path):
    lines = DEV.read_text(encoding="utf-8").splitlines()[:3]
    small = tmp_path / "dev.jsonl"
    small.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["eval", "events", "--dev", str(small), "--json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert report["records"] == 3 and report["gold_events"] == sum(len(json.loads(x)["events"]) for x in lines)
    assert set(report["accuracy"]) == {"actor1", "actor2", "roles", "location", "attribution", "modality"}
    assert 0.0 <= report["micro"]["f1"] <= 1.0


def test_eval_events_missing_file(tmp_path):
    res = runner.invoke(app, ["eval", "events", "--dev", str(tmp_path / "none.jsonl")])
    assert res.exit_code != 0 and "not found" in res.output
