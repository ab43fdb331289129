"""Jinja2 environment for the UI: autoescaping on, bidi-safe filters, Arabic labels (from labels.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional
from urllib.parse import urlencode

import jinja2
from fastapi.templating import Jinja2Templates

from rasd.data_files import read_tsv
from rasd.serve.highlight import bdi, display_text, url_id


@dataclass(frozen=True)
class Label:
    ar: str
    en: str
    quad: Optional[str] = None


@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, Label]]:
    """``labels()[kind][key]`` for event types, modalities, relations, mention labels, parts, features."""
    ref = resources.files("rasd.serve").joinpath("labels.tsv")
    out: dict[str, dict[str, Label]] = {}
    for row in read_tsv(ref, required=("kind", "key", "ar", "en")):
        out.setdefault(row.require("kind"), {})[row.require("key")] = Label(
            row.require("ar"), row.require("en"), row.get("quad"))
    return out


def label(kind: str, key: Optional[str]) -> str:
    """Arabic label of ``key`` (falls back to the key itself)."""
    if not key:
        return ""
    found = labels().get(kind, {}).get(key)
    return found.ar if found else key


def quad(event_type: Optional[str]) -> str:
    found = labels().get("event_type", {}).get(event_type or "")
    return (found.quad or "") if found else ""


def query_string(params: dict, **changes) -> str:
    """``params`` with ``changes`` applied (None drops a key), as ``?a=b`` (empty values dropped)."""
    merged = {**params, **changes}
    pairs = [(k, v) for k, v in merged.items() if v not in (None, "")]
    return ("?" + urlencode(pairs)) if pairs else ""


def make_templates(folder: Path) -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(bdi=bdi, clean=display_text, url_id=url_id, num=lambda n: f"{n:,}")
    env.globals.update(label=label, quad=quad, query_string=query_string)
    return Jinja2Templates(env=env)
