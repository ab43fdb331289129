"""A real store for the export tests (the same articles and hand-added events as the UI tests)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def export_db(tmp_path_factory) -> str:
    from rasd.store import Store
    from tests.serve.corpus import build_results

    path = tmp_path_factory.mktemp("export") / "export.db"
    store = Store(path)
    for r in build_results():
        store.add(r)
    store.close()
    return str(path)


@pytest.fixture
def run_cli():
    """``run_cli(args) -> (exit_code, stdout, stderr)`` through the real ``rasd`` command."""
    from typer.testing import CliRunner

    from rasd.cli.main import app

    def _run(args: list[str]):
        res = CliRunner().invoke(app, args)
        return res.exit_code, res.stdout, res.stderr

    return _run
