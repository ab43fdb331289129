"""rasd (رصد): Arabic news -> a source-attributed graph of actors and events, offline.

    >>> import rasd
    >>> nlp = rasd.load()
    >>> result = nlp("أعلن جهاز الأمن الفيدرالي الروسي توقيف مواطن أجنبي", published="2023-03-15")
    >>> result.to_dict()["mentions"]

Nothing is loaded at import time; ``load()`` builds the pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.version import __version__

if TYPE_CHECKING:  # pragma: no cover
    from rasd.pipeline import Pipeline, PipelineConfig
    from rasd.schema import Result

__all__ = ["__version__", "load", "extract", "PipelineConfig"]


def load(config: "PipelineConfig | None" = None, **overrides) -> "Pipeline":
    """Build the pipeline (see :class:`rasd.pipeline.PipelineConfig` for options)."""
    from rasd.pipeline import load as _load

    return _load(config, **overrides)


def extract(text: str, **meta) -> "Result":
    """One-off convenience: ``load()(text, **meta)``. Reuse ``load()`` for many texts."""
    return load()(text, **meta)


def __getattr__(name: str):
    if name == "PipelineConfig":
        from rasd.pipeline import PipelineConfig

        return PipelineConfig
    raise AttributeError(name)
