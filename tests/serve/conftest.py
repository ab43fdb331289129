"""Fixtures: the curated and the real store (see corpus.py), app clients, and a live server + headless Chromium."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="web UI tests need the server extra: pip install -e '.[dev]'")

from tests.serve.corpus import build_hand_results, build_real_results, store_results  # noqa: E402


def pytest_configure(config):
    # Starlette 1.x nudges towards another HTTP client for its TestClient; httpx works and is what we install.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")
    config.addinivalue_line("markers", "browser: drives headless Chromium (skipped when it is absent)")

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="session")
def hand_results():
    """The curated store's results: the sample articles annotated by hand (exact counts)."""
    return build_hand_results()


@pytest.fixture(scope="session")
def real_results():
    """The real store's results: the same articles through the real pipeline."""
    return build_real_results()


@pytest.fixture(scope="session")
def hand_db(tmp_path_factory, hand_results) -> str:
    """Path of a closed SQLite store holding ``hand_results`` (copy it before writing)."""
    return store_results(tmp_path_factory.mktemp("hand") / "hand.db", hand_results)


@pytest.fixture(scope="session")
def real_db(tmp_path_factory, real_results) -> str:
    """Path of a closed SQLite store holding ``real_results``."""
    return store_results(tmp_path_factory.mktemp("real") / "real.db", real_results)


@pytest.fixture(scope="session")
def doc_ids(hand_results, real_results) -> dict[str, str]:
    """Document id by origin (``seed-article.txt``, ``hostile.txt``, ANT ids): the same in both stores."""
    ids = {r.document.origin: r.document.id for r in hand_results}
    assert ids == {r.document.origin: r.document.id for r in real_results}
    return ids


def _client(db: str, **kw):
    from fastapi.testclient import TestClient

    from rasd.serve.app import create_app

    return TestClient(create_app(db, **kw), raise_server_exceptions=False)


@pytest.fixture(scope="session")
def client(hand_db):
    """Read-only app (no token) over the curated store."""
    return _client(hand_db, token="")


@pytest.fixture(scope="session")
def real_client(real_db):
    """Read-only app (no token) over the real pipeline's store."""
    return _client(real_db, token="")


@pytest.fixture
def writable_db(hand_db, tmp_path) -> str:
    path = tmp_path / "writable.db"
    shutil.copy(hand_db, path)
    return str(path)


@pytest.fixture
def upload_client(writable_db):
    """App with an upload token ``s3cret-token`` over a private copy of the curated store."""
    return _client(writable_db, token="s3cret-token", max_upload_bytes=50_000)


# -- a real server and a real browser ------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(real_db):
    """uvicorn serving the read-only app over the real store on a free localhost port, in a background thread."""
    import uvicorn

    from rasd.serve.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(real_db, token=""), host="127.0.0.1", port=port,
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
