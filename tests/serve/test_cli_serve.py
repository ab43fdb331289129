"""``rasd serve`` builds the app over the given store and hands it to uvicorn (not started here)."""

from __future__ import annotations

import pytest


def test_serve_command_runs_uvicorn_with_the_app(hand_db, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from rasd.cli.main import app

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: seen.update(app=application, **kw))
    monkeypatch.delenv("RASD_TOKEN", raising=False)
    res = CliRunner().invoke(app, ["serve", "--db", hand_db, "--port", "8765", "--max-upload-bytes", "1000"])
    assert res.exit_code == 0, res.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8765)
    assert "read-only" in res.stderr
    state = seen["app"].state
    assert state.settings.token is None and state.settings.max_upload_bytes == 1000
    assert state.store.stats().documents == 10


def test_serve_reads_the_token_from_the_environment(hand_db, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from rasd.cli.main import app

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: seen.update(app=application))
    monkeypatch.setenv("RASD_TOKEN", "from-env")
    res = CliRunner().invoke(app, ["serve", "--db", hand_db])
    assert res.exit_code == 0 and "uploads enabled" in res.stderr
    assert seen["app"].state.settings.token == "from-env"


@pytest.mark.parametrize("args", [["serve", "--db", "/nonexistent/x.db"]])
def test_serve_missing_db_is_a_clear_error(args):
    from typer.testing import CliRunner

    from rasd.cli.main import app

    res = CliRunner().invoke(app, args)
    assert res.exit_code == 2 and "does not exist" in res.stderr
