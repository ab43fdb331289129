"""Uploading documents: token check (constant time), the pipeline, the store.

Without a configured token the server is read-only and every upload gets 403.
"""

from __future__ import annotations

from typing import Optional

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field

from rasd.errors import IngestError
from rasd.serve.security import token_ok

READ_ONLY = ("uploads are disabled: this server is read-only. Start it with the RASD_TOKEN environment "
             "variable set to enable uploads (rasd serve reads it at start-up).")


class UploadIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article text (UTF-8)")
    title: Optional[str] = Field(None, max_length=1000)
    source: Optional[str] = Field(None, max_length=200, description="outlet")
    published: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    origin: Optional[str] = Field(None, max_length=2000)


class UploadOut(BaseModel):
    id: str
    stored: bool = Field(description="false if the same text was already stored")
    url: str
    mentions: int
    events: int
    warnings: list[str]


def check_token(app: FastAPI, given: Optional[str]) -> None:
    expected = app.state.settings.token
    if not expected:
        raise HTTPException(403, READ_ONLY)
    if not token_ok(expected, given):
        raise HTTPException(401, "missing or wrong upload token", headers={"WWW-Authenticate": "Bearer"})


def require_token(request: Request) -> None:
    """API dependency: ``Authorization: Bearer <token>``."""
    auth = request.headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    check_token(request.app, value.strip() if scheme.lower() == "bearer" else None)


def store_upload(app: FastAPI, item: UploadIn) -> UploadOut:
    """Run the pipeline on ``item`` and store the result (idempotent by text)."""
    if len(item.text) > app.state.settings.max_chars:
        raise HTTPException(413, f"document has {len(item.text):,} characters; the limit is "
                                 f"{app.state.settings.max_chars:,}")
    try:
        result = app.state.pipeline.run(item.text, origin=item.origin or "upload", title=item.title,
                                        source=item.source, published=item.published)
    except IngestError as exc:
        raise HTTPException(422, str(exc)) from None
    except ValueError as exc:  # e.g. a bad published date
        raise HTTPException(422, str(exc)) from None
    stored = app.state.store.add(result)
    return UploadOut(id=result.document.id, stored=stored, url=f"/documents/{result.document.id}",
                     mentions=len(result.mentions), events=len(result.events), warnings=result.warnings)
