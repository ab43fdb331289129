"""rasd actors search/show, rasd places search, --registry honored, clear errors."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app

from .conftest import REGISTRY_FILES

runner = CliRunner()


def _reg_args() -> list[str]:
    return [x for f in REGISTRY_FILES for x in ("--registry", f)]


@pytest.mark.parametrize("query, actor", [
    ("هيئه تحرير الشام", "hts"),  # ة/ه normalization
    ("هَيْئَة تحرير الشام", "hts"),  # diacritics
    ("تحرير", "hts"),  # part of a name
    ("الروسي", "rus"),  # adjective
])
def test_actors_search(query, actor):
    res = runner.invoke(app, ["actors", "search", query, "--tsv", *_reg_args()])
    assert res.exit_code == 0, res.output
    rows = [line.split("\t") for line in res.output.splitlines()[1:]]
    assert actor in {r[0] for r in rows}


def test_actors_search_unknown_name_exits_1():
    res = runner.invoke(app, ["actors", "search", "اسم لا وجود له إطلاقا", "--tsv"])
    assert res.exit_code == 1 and "no actor named" in res.output


def test_actors_show_with_roles_and_dated_code():
    res = runner.invoke(app, ["actors", "show", "per.shoigu_sergei", "--date", "2023-03-15", *_reg_args()])
    assert res.exit_code == 0, res.output
    assert "RUSMIL" in res.output and "rus.mod" in res.output and "2024-05" in res.output


def test_actors_show_relations():
    res = runner.invoke(app, ["actors", "show", "hts", *_reg_args()])
    assert res.exit_code == 0 and "successor_of" in res.output and "jfs" in res.output


def test_actors_show_unknown_id():
    res = runner.invoke(app, ["actors", "show", "no.such.actor"])
    assert res.exit_code == 2 and "no actor with id" in res.output


def test_malformed_registry_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("# x\nid\ttype\tkind\tcode\tname\tsource\nx.y\tTHING\tparty\tXYZ\tاسم\tme\n", encoding="utf-8")
    res = runner.invoke(app, ["actors", "search", "اسم", "--registry", str(bad)])
    assert res.exit_code == 2 and "bad.tsv:3" in res.output and "THING" in res.output


def test_places_search():
    res = runner.invoke(app, ["places", "search", "طرابلس", "--tsv"])
    assert res.exit_code == 0, res.output
    countries = {line.split("\t")[4] for line in res.output.splitlines()[1:]}
    assert {"LY", "LB"} <= countries
