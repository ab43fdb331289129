"""The analyst web app: ``create_app(db)`` -> a FastAPI app (HTML pages + their JSON twins under /api).

Read-only unless an upload token is configured (``RASD_TOKEN``). Errors never leak stack
traces: unexpected exceptions become a generic 500 page/JSON and are logged server-side.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd.serve.cache import StoreCache
from rasd.serve.security import BodyLimit, CatchErrors, SecurityHeaders, configured_token
from rasd.serve.templating import make_templates
from rasd.store import Store
from rasd.version import __version__

log = logging.getLogger("rasd.serve")

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_UPLOAD = 2_000_000  # bytes per request body
DEFAULT_MAX_CHARS = 500_000  # characters per uploaded document


@dataclass
class Settings:
    token: Optional[str] = None
    registry: tuple[str, ...] = ()
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD
    max_chars: int = DEFAULT_MAX_CHARS


@dataclass
class PipelineHolder:
    """Builds the pipeline on the first upload (not at start-up) and serializes its use."""

    settings: Settings
    lock: threading.Lock = field(default_factory=threading.Lock)
    _pipeline: object = None

    def run(self, text: str, **meta):
        from rasd.pipeline import PipelineConfig, load

        with self.lock:
            if self._pipeline is None:
                self._pipeline = load(PipelineConfig(user_registry=self.settings.registry,
                                                     max_chars=self.settings.max_chars))
            return self._pipeline(text, **meta)


def create_app(store: Store | str | Path, *, token: Optional[str] = None, registry: tuple[str, ...] = (),
               max_upload_bytes: int = DEFAULT_MAX_UPLOAD, max_chars: int = DEFAULT_MAX_CHARS,
               cache_size: int = 64) -> FastAPI:
    """The app over ``store`` (a Store or a database path/URL). ``token=None`` reads ``RASD_TOKEN``;
    ``cache_size=0`` turns off the aggregate cache (network, map, timeline, actor profiles, facets)."""
    from rasd.serve import api, views

    settings = Settings(token=configured_token(token), registry=tuple(registry),
                        max_upload_bytes=max_upload_bytes, max_chars=max_chars)
    app = FastAPI(
        title="rasd (رصد) API", version=__version__,
        description="Actors, events and who reports what, from Arabic news. Every HTML page has a JSON twin "
                    "under /api. Uploads need `Authorization: Bearer <RASD_TOKEN>`.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.store = store if isinstance(store, Store) else Store(store, create=False)
    app.state.settings = settings
    app.state.pipeline = PipelineHolder(settings)
    app.state.templates = make_templates(HERE / "templates")
    app.state.cache = StoreCache(cache_size)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(views.router)
    _install_error_handlers(app)
    app.add_middleware(CatchErrors)
    app.add_middleware(BodyLimit, max_bytes=max_upload_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def page_context(request: Request, **context) -> dict:
    """What every page template may use, plus ``context``."""
    base = {"args": dict(request.query_params), "api_url": None,
            "uploads_enabled": bool(request.app.state.settings.token)}
    return {**base, **context}


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", page_context(request, status=status, message=message),
                                      status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        headers = getattr(exc, "headers", None)
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)
        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = [f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors()]
        if wants_json(request):
            return JSONResponse({"detail": problems}, status_code=422)
        return error_page(request, 422, "طلب غير صالح: " + "؛ ".join(problems))
