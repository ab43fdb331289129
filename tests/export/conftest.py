"""Stores for the export tests: the curated store (hand-built results, exact counts) and the real pipeline's."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def export_results():
    from tests.serve.corpus import build_hand_results

    return build_hand_results()


@pytest.fixture(scope="session")
def export_db(tmp_path_factory, export_results) -> str:
    from tests.serve.corpus import store_results

    return store_results(tmp_path_factory.mktemp("export") / "export.db", export_results)


@pytest.fixture(scope="session")
def real_export_results():
    from tests.serve.corpus import build_real_results

    return build_real_results()


@pytest.fixture(scope="session")
def real_export_db(tmp_path_factory, real_export_results) -> str:
    from tests.serve.corpus import store_results

    return store_results(tmp_path_factory.mktemp("export-real") / "real.db", real_export_results)


@pytest.fixture
def run_cli():
    """``run_cli(args) -> (exit_code, stdout, stderr)`` through the real ``rasd`` command."""
    from typer.testing import CliRunner

    from rasd.cli.main import app

    def _run(args: list[str]):
        res = CliRunner().invoke(app, args)
        return res.exit_code, res.stdout, res.stderr

    return _run
