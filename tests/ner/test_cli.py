"""``rasd ner`` / ``rasd eval ner`` through a local typer app (main wires register() later)."""

from typer.testing import CliRunner

from rasd.cli.ner import _standalone

runner = CliRunner()
GOLD = (
    "\ufeffوقال B-X\r\nكوفي B-PERS\r\nأنان I-PERS\r\nفي O\r\nنيويورك B-LOC\r\n\r\n"
    "«مجلس B-ORG\r\nالأمن» I-ORG\r\n(د O\r\nب O\r\nأ) O"
)


def test_tag_keeps_lines(tmp_path):
    src = tmp_path / "in.conll"
    src.write_text(GOLD, encoding="utf-8")
    out = tmp_path / "out.tsv"
    res = runner.invoke(_standalone(), ["ner", "--conll", str(src), "--scheme", "anercorp", "-o", str(out)])
    assert res.exit_code == 0, res.output
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert len(lines) == 11 and lines[5] == ""
    assert [l.split("\t")[0] for l in lines if l] == ["وقال", "كوفي", "أنان", "في", "نيويورك", "«مجلس", "الأمن»", "(د", "ب", "أ)"]
    tags = [l.split("\t")[1] for l in lines if l]
    assert all(t == "O" or t[:2] in ("B-", "I-") and t[2:] in ("PERS", "ORG", "LOC", "MISC") for t in tags)
    assert tags[1:3] == ["B-PERS", "I-PERS"]


def test_eval_with_pred(tmp_path):
    gold = tmp_path / "gold.conll"
    gold.write_text("كوفي B-PERS\nأنان I-PERS\nفي O\nنيويورك B-LOC\n", encoding="utf-8")
    pred = tmp_path / "pred.conll"
    pred.write_text("كوفي\tB-PERS\nأنان\tO\nفي\tO\nنيويورك\tB-LOC\n", encoding="utf-8")
    res = runner.invoke(_standalone(), ["eval", "ner", "--conll", str(gold), "--pred", str(pred)])
    assert res.exit_code == 0, res.output
    micro = [l for l in res.output.splitlines() if l.startswith("micro")][0].split()
    assert micro[1:4] == ["50.00", "50.00", "50.00"]


def test_eval_without_pred_tags_itself(tmp_path):
    gold = tmp_path / "gold.conll"
    gold.write_text("قال O\nفلاديمير B-PERS\nبوتين I-PERS\n.\tO\n", encoding="utf-8")
    res = runner.invoke(_standalone(), ["eval", "ner", "--conll", str(gold), "--scheme", "anercorp"])
    assert res.exit_code == 0, res.output
    assert "PERS" in res.output


def test_bad_scheme_and_missing_file(tmp_path):
    res = runner.invoke(_standalone(), ["ner", "--conll", str(tmp_path / "nope.conll")])
    assert res.exit_code != 0
    src = tmp_path / "in.conll"
    src.write_text("أ\n", encoding="utf-8")
    res = runner.invoke(_standalone(), ["ner", "--conll", str(src), "--scheme", "ontonotes"])
    assert res.exit_code != 0 and "scheme" in res.output


def test_train_without_torch_says_what_to_install(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "torch", None)
    res = runner.invoke(_standalone(), ["train", "ner", "--data", str(tmp_path), "--out", str(tmp_path / "out"),
                                        "--work", str(tmp_path / "work")])
    assert res.exit_code == 1
    assert "torch" in res.output and "pip install 'rasd[train]'" in res.output and "--no-neural" in res.output
    assert not (tmp_path / "out").exists()
