import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app

FIXTURES = Path(__file__).parents[1] / "fixtures"
runner = CliRunner()

TEXT = "أعلنت هيئة تحرير الشام أن وفداً من طالبان وصل إلى سوريا."


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def test_schema_command():
    res = invoke("schema")
    assert res.exit_code == 0
    schema = json.loads(res.stdout)
    assert "document" in schema["properties"] and "events" in schema["properties"]


def test_extract_json_single(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    res = invoke("extract", p, "--published", "2023-03-15", "--source", "سانا",
                 "--registry", FIXTURES / "registry_small.tsv")
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["schema"] == 1 and d["document"]["text"] == TEXT
    assert d["document"]["published"] == "2023-03-15" and d["document"]["source"] == "سانا"
    assert d["document"]["origin"] == str(p)
    assert {m["actor"] for m in d["mentions"]} >= {"t.hts", "t.taliban", "t.syr"}


def test_extract_jsonl_many_with_failures(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "r1", "text": "طالبان"}\n{broken\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path.parent / f"{tmp_path.name}-out.jsonl"
    res = invoke("extract", tmp_path, "--format", "jsonl", "-o", out)
    assert res.exit_code == 1  # some documents failed
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(x["document"]["origin"] for x in lines) == sorted([str(tmp_path / "a.txt"), "r1"])
    assert "2 document(s) extracted, 2 failed" in res.stderr
    assert "line 2 is not valid JSON" in res.stderr and "empty" in res.stderr


def test_extract_stdin():
    res = invoke("extract", "-", input=TEXT.encode("utf-8"))
    assert res.exit_code == 0
    assert json.loads(res.stdout)["document"]["text"] == TEXT


def test_extract_bad_published(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    res = invoke("extract", p, "--published", "yesterday")
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.stderr


def test_ingest_stats_query_resume(tmp_path):
    db = tmp_path / "r.db"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, t in enumerate([TEXT, "قالت طالبان إن الهيئة لم تلتق النصرة.", TEXT]):
        (corpus / f"{i}.txt").write_text(t, encoding="utf-8")
    reg = FIXTURES / "registry_small.tsv"
    res = invoke("ingest", corpus, "--db", db, "--registry", reg)
    assert res.exit_code == 0, res.output
    assert "2 document(s) stored, 1 already stored, 0 failed" in res.stderr.replace("\n", " ")
    again = invoke("ingest", corpus, "--db", db, "--registry", reg)
    assert "0 document(s) stored, 3 already stored" in again.stderr.replace("\n", " ")
    st = invoke("stats", "--db", db, "--json")
    assert json.loads(st.stdout)["documents"] == 2
    q = invoke("query", "--db", db, "--format", "json", "--actor", "طالبان")
    assert q.exit_code == 0 and isinstance(json.loads(q.stdout), list)


def test_stats_missing_db(tmp_path):
    res = invoke("stats", "--db", tmp_path / "none.db")
    assert res.exit_code == 2 and "does not exist" in res.stderr


def test_ingest_sample(tmp_path):
    db = tmp_path / "s.db"
    res = invoke("ingest", "--sample", "--db", db)
    assert res.exit_code == 0, res.output
    assert "31 document(s) stored" in res.stderr.replace("\n", " ")


def test_five_megabyte_document_refused_clearly(tmp_path):
    big = tmp_path / "big.txt"
    para = "أعلن جهاز الأمن الفيدرالي الروسي توقيف مواطن أجنبي في إقليم خاباروفسك.\n"
    big.write_text(para * (5 * 1024 * 1024 // len(para.encode("utf-8")) + 1), encoding="utf-8")
    assert big.stat().st_size >= 5 * 1024 * 1024
    res = invoke("extract", big)
    assert res.exit_code == 1
    assert "characters; the limit is 1,000,000" in res.stderr and "--max-chars" in res.stderr


def test_non_arabic_document_processed_with_warning(tmp_path):
    p = tmp_path / "en.txt"
    p.write_text("Russia's FSB detained a foreign national in Khabarovsk, SANA reported.", encoding="utf-8")
    res = invoke("extract", p)
    assert res.exit_code == 0
    assert any("Arabic" in w for w in json.loads(res.stdout)["warnings"])


def test_extract_with_a_trained_ner_model_directory():
    """`--ner-model` takes a `rasd train ner --out DIR` folder (or its model folder): here the shipped one."""
    from rasd.ner.component import model_path

    shipped = invoke("extract", "-", input=TEXT.encode("utf-8"))
    chosen = invoke("extract", "-", "--ner-model", model_path().parent, input=TEXT.encode("utf-8"))
    assert chosen.exit_code == 0, chosen.output
    strip = lambda out: [(m["start"], m["end"], m["label"]) for m in json.loads(out)["mentions"]]  # noqa: E731
    assert strip(chosen.stdout) == strip(shipped.stdout)


def test_extract_with_a_missing_ner_model_fails_clearly(tmp_path):
    res = invoke("extract", "-", "--ner-model", tmp_path, input=TEXT.encode("utf-8"))
    assert res.exit_code == 2 and "not a rasd NER model" in res.output


def test_a_non_commercial_ner_model_is_announced(tmp_path):
    import shutil

    from rasd.ner.component import model_path

    model = tmp_path / "model"
    shutil.copytree(model_path(), model)
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    meta.update(non_commercial=True, license="CC BY-NC-SA 4.0 (saudinewsnet: non-commercial, research only)")
    (model / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    res = invoke("extract", "-", "--ner-model", tmp_path, input=TEXT.encode("utf-8"))
    assert res.exit_code == 0 and "non-commercial" in res.stderr
