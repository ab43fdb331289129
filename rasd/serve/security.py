"""Security plumbing: response headers (CSP), request body limits and the upload token.

Pure ASGI middlewares (no buffering of responses). The CSP allows scripts and styles only
from this server, so article text that slips into a page still cannot run.
"""

from __future__ import annotations

import hmac
import logging
import os
from typing import Optional

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("rasd.serve")

TOKEN_ENV = "RASD_TOKEN"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
# Swagger UI sets style attributes from JavaScript-built markup; only /docs gets inline styles.
CSP_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")

HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeaders:
    """Adds CSP and hardening headers to every HTTP response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = (CSP_DOCS if scope.get("path") == "/docs" else CSP).encode()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-security-policy"]
                headers.append((b"content-security-policy", csp))
                headers.extend(HEADERS)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


_500_HTML = ('<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>500</title>'
             '<link rel="stylesheet" href="/static/rasd.css"></head><body><main><h1>خطأ داخلي في الخادم</h1>'
             '<p>internal server error</p><p><a href="/">الرئيسية</a></p></main></body></html>').encode()


class CatchErrors:
    """Turns any unhandled exception into a generic 500 (JSON under /api, HTML elsewhere).

    The traceback goes to the server log only, never to the client.
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except BodyTooLarge:
            raise
        except Exception:  # noqa: BLE001 - the last line of defence: log it, answer generically
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            path = scope.get("path", "")
            if path.startswith("/api/"):
                body, ctype = b'{"detail": "internal server error"}', b"application/json"
            else:
                body, ctype = _500_HTML, b"text/html; charset=utf-8"
            await send({"type": "http.response.start", "status": 500,
                        "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await _reject(send, self.max_bytes)
            return
        seen = 0
        too_large = False
        replaced = False

        async def limited_receive() -> Message:
            nonlocal seen, too_large
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    too_large = True
                    raise BodyTooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            # whatever the app made of the interrupted body (400, 500…), the client gets 413
            nonlocal replaced
            if too_large:
                if message["type"] == "http.response.start" and not replaced:
                    replaced = True
                    await _reject(send, self.max_bytes)
                return
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except BodyTooLarge:
            if not replaced:
                replaced = True
                await _reject(send, self.max_bytes)


async def _reject(send: Send, max_bytes: int) -> None:
    body = (f'{{"detail": "request body too large: the limit is {max_bytes:,} bytes"}}').encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def configured_token(explicit: Optional[str] = None) -> Optional[str]:
    """The upload token: given explicitly, else ``RASD_TOKEN``; empty means uploads are off."""
    token = explicit if explicit is not None else os.environ.get(TOKEN_ENV)
    return token or None


def token_ok(expected: Optional[str], given: Optional[str]) -> bool:
    """Constant-time comparison; never true when no token is configured."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))
