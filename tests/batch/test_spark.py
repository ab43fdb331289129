import json

import pytest

from rasd.batch.spark import process_lines

LINES = [
    json.dumps({"id": "a", "text": "قالت طالبان إن هيئة تحرير الشام في سوريا.", "published": "2023-03-14"},
               ensure_ascii=False),
    "{not json",
    json.dumps({"id": "b", "text": "   "}),
    json.dumps({"url": "https://x/c", "text": "أعلن جهاز الأمن الفيدرالي الروسي توقيف مواطن."}, ensure_ascii=False),
]


def test_partition_function_isolates_bad_documents():
    out = [json.loads(x) for x in process_lines(LINES, partition=3)]
    assert [o.get("document", {}).get("origin") or o["origin"] for o in out] == [
        "a", "partition 3 line 2", "b", "https://x/c"]
    assert out[0]["schema"] == 1 and out[0]["document"]["published"] == "2023-03-14"
    assert "not valid JSON" in out[1]["error"] and "empty" in out[2]["error"]
    assert any(m["actor"] == "rus.fsb" for m in out[3]["mentions"])


@pytest.mark.slow
def test_spark_job(tmp_path):
    pytest.importorskip("pyspark", reason="PySpark not installed (pip install '.[spark]')")
    from rasd.batch.spark import run

    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    counts = run([str(src)], str(tmp_path / "out"), master="local[1]")
    assert counts == {"documents": 2, "failed": 2}
    lines = [json.loads(x) for p in sorted((tmp_path / "out").glob("part-*")) for x in p.read_text().splitlines()]
    assert len(lines) == 4
