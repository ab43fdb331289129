"""Corpus-scale runs with Apache Spark: one pipeline per executor process, ``mapPartitions`` over documents.

Input: JSON lines with the same fields as ``rasd extract`` reads (``text`` required; ``id``, ``url``,
``title``, ``source``, ``published`` optional). Output: JSON lines, one contract result per good
document, and ``{"origin": …, "error": …}`` for a document that failed (it never fails the job).

    rasd batch corpus/*.jsonl out/ --master 'local[2]'        # needs: pip install "rasd[spark]"
"""

from __future__ import annotations

import json
import os
import sys
from typing import Iterable, Iterator

from rasd.errors import IngestError
from rasd.ingest.article import Article
from rasd.ingest.readers import _date

_PIPELINES: dict[str, object] = {}


def _pipeline(config_key: str, user_registry: tuple[str, ...], max_chars: int):
    """The process-wide pipeline for this configuration (built once per executor)."""
    if config_key not in _PIPELINES:
        import rasd

        _PIPELINES[config_key] = rasd.load(user_registry=user_registry, max_chars=max_chars)
    return _PIPELINES[config_key]


def _article(line: str, where: str) -> Article | str:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"not valid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        return "no string field 'text'"
    return Article(text=rec["text"], origin=str(rec.get("id") or rec.get("url") or where),
                   title=rec.get("title") if isinstance(rec.get("title"), str) else None,
                   source=rec.get("source") if isinstance(rec.get("source"), str) else None,
                   published=_date(rec.get("published")))


def process_lines(lines: Iterable[str], *, user_registry: tuple[str, ...] = (), max_chars: int = 1_000_000,
                  partition: int = 0) -> Iterator[str]:
    """JSON lines in -> JSON lines out; the function Spark maps over each partition."""
    from rasd.pipeline import to_result

    nlp = _pipeline(json.dumps([user_registry, max_chars]), user_registry, max_chars)
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        where = f"partition {partition} line {i + 1}"
        art = _article(line, where)
        if isinstance(art, str):
            yield json.dumps({"origin": where, "error": art}, ensure_ascii=False)
            continue
        try:
            doc = next(iter(nlp.nlp.pipe([nlp.make_doc(art)])))
            yield to_result(doc).to_json()
        except (IngestError, ValueError) as exc:
            yield json.dumps({"origin": art.origin, "error": str(exc)}, ensure_ascii=False)


def run(input_paths: list[str], output_dir: str, *, master: str | None = None,
        user_registry: tuple[str, ...] = (), max_chars: int = 1_000_000) -> dict[str, int]:
    """Run the pipeline over ``input_paths`` with Spark; write JSON lines to ``output_dir``."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise ImportError("rasd batch needs PySpark: pip install 'rasd[spark]' (and a Java 17+ runtime)") from None
    if master is None or master.startswith("local"):
        # local workers must run this interpreter (the one rasd is installed in)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("rasd")
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    try:
        lines = spark.sparkContext.textFile(",".join(input_paths))

        def part(index, it):
            return process_lines(it, user_registry=user_registry, max_chars=max_chars, partition=index)

        out = lines.mapPartitionsWithIndex(part).cache()
        out.saveAsTextFile(output_dir)
        failed = out.filter(lambda s: s.startswith('{"origin"')).count()
        total = out.count()
        return {"documents": total - failed, "failed": failed}
    finally:
        spark.stop()
