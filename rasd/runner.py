"""Run the pipeline over ingested articles, isolating failures: one bad document never aborts a batch."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from spacy.tokens import Doc

from rasd.errors import IngestError
from rasd.ingest.article import Article, IngestFailure, Outcome
from rasd.pipeline import Pipeline, to_result
from rasd.schema import Result


@dataclass
class RunSummary:
    documents: int = 0  # processed successfully
    stored: int = 0
    duplicates: int = 0
    tokens: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    skipped: list[IngestFailure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def failure_reasons(self) -> dict[str, int]:
        """Failures grouped by reason (with the variable part — line numbers — kept)."""
        out: dict[str, int] = {}
        for f in self.failures:
            key = f.reason.split(" (")[0]
            out[key] = out.get(key, 0) + 1
        return out


def _count_tokens(doc: Doc) -> int:
    return sum(1 for t in doc if not t.is_space)


def process(outcomes: Iterable[Outcome], pipeline: Pipeline, *, batch_size: int = 16,
            skip: Callable[[Article], bool] | None = None, summary: RunSummary | None = None,
            on_item: Callable[[], None] | None = None) -> Iterator[tuple[Result, Doc]]:
    """Yield (result, doc) for every good article; record failures and skips in ``summary``."""
    summary = summary if summary is not None else RunSummary()
    t0 = time.perf_counter()
    batch: list[tuple[Article, Doc]] = []

    def flush() -> Iterator[tuple[Result, Doc]]:
        if not batch:
            return
        docs = [d for _, d in batch]
        try:
            processed = list(pipeline.nlp.pipe(docs, batch_size=batch_size))
            pairs = list(zip((a for a, _ in batch), processed))
        except Exception:  # noqa: BLE001 - isolate the bad document below, with its cause
            pairs = []
            for art, doc in batch:
                try:
                    pairs.append((art, pipeline.nlp(doc)))
                except Exception as exc:  # noqa: BLE001 - recorded with type and message, batch goes on
                    summary.failures.append(IngestFailure(art.origin or "<text>",
                                                          f"processing failed: {type(exc).__name__}: {exc}"))
                    if on_item:
                        on_item()
        batch.clear()
        for art, doc in pairs:
            try:
                result = to_result(doc)
            except ValueError as exc:
                summary.failures.append(IngestFailure(art.origin or "<text>", f"invalid result: {exc}"))
                continue
            finally:
                if on_item:
                    on_item()
            summary.documents += 1
            summary.tokens += _count_tokens(doc)
            yield result, doc

    for item in outcomes:
        if isinstance(item, IngestFailure):
            (summary.skipped if item.kind == "skipped" else summary.failures).append(item)
            if on_item:
                on_item()
            continue
        if skip is not None and skip(item):
            summary.duplicates += 1
            if on_item:
                on_item()
            continue
        try:
            doc = pipeline.make_doc(item)
        except (IngestError, ValueError) as exc:
            origin = item.origin or "<text>"
            summary.failures.append(IngestFailure(origin, str(exc).removeprefix(f"{origin}: ")))
            if on_item:
                on_item()
            continue
        batch.append((item, doc))
        if len(batch) >= batch_size:
            yield from flush()
    yield from flush()
    summary.seconds += time.perf_counter() - t0
