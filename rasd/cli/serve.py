"""``rasd serve``: the analyst web UI and JSON API over a store (FastAPI + uvicorn)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from rasd.cli.common import RegistryOpt, err, fail


def serve(
    db: str = typer.Option("rasd.db", "--db", help="SQLite file or SQLAlchemy URL of the store."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0 exposes it to the network)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    registry: Optional[list[Path]] = RegistryOpt,
    max_upload_bytes: int = typer.Option(2_000_000, "--max-upload-bytes", help="Largest request body accepted."),
    log_level: str = typer.Option("info", "--log-level"),
) -> None:
    """Serve the web UI (search, documents, actors, network, map, timeline) and its JSON API (/api, /docs).

    Read-only unless the RASD_TOKEN environment variable is set: then uploads (UI and POST /api/documents
    with `Authorization: Bearer <token>`) run the pipeline and store the result.
    """
    try:
        import uvicorn

        from rasd.serve.app import create_app
        from rasd.serve.security import configured_token
    except ModuleNotFoundError as exc:
        fail(f"the web server needs extra packages ({exc.name} is missing): pip install 'rasd[server]'")
    try:
        app = create_app(db, registry=tuple(str(p) for p in registry or ()), max_upload_bytes=max_upload_bytes)
    except FileNotFoundError as exc:
        fail(str(exc))
    mode = "uploads enabled (RASD_TOKEN set)" if configured_token() else "read-only (set RASD_TOKEN to allow uploads)"
    err.print(f"rasd serving [bold]{db}[/] on http://{host}:{port}/ · {mode} · API docs at /docs")
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False, server_header=False)


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    app.command("serve")(serve)
