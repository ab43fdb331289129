"""A throwaway PostgreSQL server for store tests, when PostgreSQL is installed on the machine.

Uses $RASD_TEST_POSTGRES_URL if set; else starts a temporary cluster with initdb/pg_ctl
(as the `postgres` user when running as root); else the PostgreSQL tests skip with the reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def _pg_bin() -> Path | None:
    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(cand) / "initdb").exists():
            return Path(cand)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_url():
    if os.environ.get("RASD_TEST_POSTGRES_URL"):
        yield os.environ["RASD_TEST_POSTGRES_URL"]
        return
    pytest.importorskip("psycopg", reason="psycopg not installed (pip install -e '.[postgres]')")
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (no initdb); set RASD_TEST_POSTGRES_URL to test against a server")
    root = Path(tempfile.mkdtemp(prefix="rasd-pg-"))
    as_root = os.geteuid() == 0
    if as_root:
        shutil.chown(root, "postgres")

    def run(cmd: str) -> subprocess.CompletedProcess:
        argv = ["su", "postgres", "-c", cmd] if as_root else ["sh", "-c", cmd]
        return subprocess.run(argv, capture_output=True, text=True, timeout=120)

    port = _free_port()
    data = root / "data"
    r = run(f"{bindir}/initdb -D {data} -A trust -U rasd")
    if r.returncode != 0:
        pytest.skip(f"could not initdb a test cluster: {r.stderr.strip()[:200]}")
    r = run(f"{bindir}/pg_ctl -D {data} -w -o '-p {port} -k {root} -c listen_addresses=127.0.0.1' "
            f"-l {root}/log start")
    if r.returncode != 0:
        pytest.skip(f"could not start a test PostgreSQL server: {r.stderr.strip()[:200]}")
    try:
        yield f"postgresql+psycopg://rasd@127.0.0.1:{port}/postgres"
    finally:
        run(f"{bindir}/pg_ctl -D {data} -m fast stop")
        shutil.rmtree(root, ignore_errors=True)
