"""Fixtures: a real store built once per session, app clients, and a live server + headless Chromium."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="web UI tests need the server extra: pip install -e '.[dev]'")

from tests.serve.corpus import build_results  # noqa: E402


def pytest_configure(config):
    # Starlette 1.x nudges towards another HTTP client for its TestClient; httpx works and is what we install.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")
    config.addinivalue_line("markers", "browser: drives headless Chromium (skipped when it is absent)")

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="session")
def ui_results():
    """Pipeline results for the sample articles, with hand-added events/relations/places."""
    return build_results()


@pytest.fixture(scope="session")
def ui_db(tmp_path_factory, ui_results) -> str:
    """Path of a closed SQLite store holding ``ui_results`` (copy it before writing)."""
    from rasd.store import Store

    path = tmp_path_factory.mktemp("ui") / "ui.db"
    store = Store(path)
    for r in ui_results:
        assert store.add(r)
    store.close()
    return str(path)


@pytest.fixture(scope="session")
def doc_ids(ui_results) -> dict[str, str]:
    """Document id by origin (``seed-article.txt``, ``hostile.txt``, ANT ids)."""
    return {r.document.origin: r.document.id for r in ui_results}


def _client(db: str, **kw):
    from fastapi.testclient import TestClient

    from rasd.serve.app import create_app

    return TestClient(create_app(db, **kw), raise_server_exceptions=False)


@pytest.fixture(scope="session")
def client(ui_db):
    """Read-only app (no token) over the shared store."""
    return _client(ui_db, token="")


@pytest.fixture
def writable_db(ui_db, tmp_path) -> str:
    path = tmp_path / "writable.db"
    shutil.copy(ui_db, path)
    return str(path)


@pytest.fixture
def upload_client(writable_db):
    """App with an upload token ``s3cret-token`` over a private copy of the store."""
    from tests.serve.corpus import REGISTRIES

    return _client(writable_db, token="s3cret-token", max_upload_bytes=50_000, registry=REGISTRIES)


# -- a real server and a real browser ------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(ui_db):
    """uvicorn serving the read-only app on a free localhost port, in a background thread."""
    import uvicorn

    from rasd.serve.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(ui_db, token=""), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start within 10 s")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (Debian: apt-get install chromium)")
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ModuleNotFoundError:
        pytest.skip("browser tests need Playwright for Python: pip install playwright (no browser download)")
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except PlaywrightError as exc:
        pw.stop()
        pytest.skip(f"Chromium at {CHROMIUM} could not be launched by Playwright: {str(exc).splitlines()[0]}")
    yield b
    b.close()
    pw.stop()


@pytest.fixture
def page(browser, request):
    """A fresh page (1280×900, Arabic locale) that records console errors and CSP violations."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    pg = ctx.new_page()
    pg.console_errors = []
    pg.on("console", lambda m: pg.console_errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.console_errors.append(str(e)))
    yield pg
    ctx.close()


@pytest.fixture
def shot(request):
    """``shot(page, name)`` saves a full-page PNG under tests/artifacts/ (git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)

    def _shot(pg, name: str) -> Path:
        path = ARTIFACTS / f"{request.node.name}-{name}.png"
        pg.screenshot(path=str(path), full_page=True)
        return path

    return _shot
