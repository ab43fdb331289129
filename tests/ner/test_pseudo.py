"""Self-training data: ant_corpus sentence splitting, dev-overlap filtering, teacher scores, and the
pseudo-labelled pairs handed to the BiLSTM-CRF."""

import json

import pytest

from rasd.ner.component import load_model
from rasd.ner.neural_train import mask_span_ends, read_pseudo
from rasd.ner.pseudo import (
    ant_documents,
    filter_documents,
    scored_tags,
    split_sentences,
)
from rasd.ner.train import TrainOptions, check_options, with_pseudo


@pytest.mark.parametrize("paragraph, expected", [
    ("قال الرئيس إن الوضع خطير. وأضاف أن الحكومة ستتحرك",
     [["قال", "الرئيس", "إن", "الوضع", "خطير", "."], ["وأضاف", "أن", "الحكومة", "ستتحرك"]]),
    ("هل ستنجح المبادرة؟ لا أحد يعلم!", [["هل", "ستنجح", "المبادرة", "؟"], ["لا", "أحد", "يعلم", "!"]]),
    ("ارتفع المؤشر 3.5 بالمئة (وفق «رويترز»)", [["ارتفع", "المؤشر", "3.5", "بالمئة", "(", "وفق", "«", "رويترز", "»", ")"]]),
    ("", []),
])
def test_split_sentences(paragraph, expected):
    assert split_sentences(paragraph) == expected


def test_filter_drops_repeats_and_dev_overlap():
    dev = [["أعلنت", "وزارة", "الخارجية", "الفرنسية", "اليوم", "أن", "الوزير", "سيزور", "الجزائر", "غدا"]]
    docs = [
        ("d1", [["وقال", "الناطق", "باسم", "الحكومة", "إن", "الاجتماع", "انتهى"],
                # shares 8 normalized pieces with the dev sentence (alef/ya normalization included)
                ["وقد", "اعلنت", "وزارة", "الخارجية", "الفرنسية", "اليوم", "ان", "الوزير", "سيزور", "الجزائر"]]),
        ("d2", [["وقال", "الناطق", "باسم", "الحكومة", "إن", "الاجتماع", "انتهى"]]),  # repeated: dropped, doc empty
    ]
    kept, dropped = filter_documents(docs, dev)
    assert kept == [("d1", [docs[0][1][0]])]
    assert dropped == 2


def test_ant_documents_reads_article_text(data_dir):
    docs = ant_documents(data_dir, ["culture"])
    assert docs and all(5 <= len(s) <= 60 for _, ss in docs for s in ss)
    assert docs[0][0].startswith("JA-culture-")
    with pytest.raises(FileNotFoundError, match="no ant_corpus category"):
        ant_documents(data_dir, ["sports"])


def test_teacher_scores_and_unknown_dates():
    """Rule DATEs become unknown (``-``), memory spans (0.5) lower the sentence score, plain sentences the
    model is sure of score near 1."""
    para = ("وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت يوم 5 أيار 2021 . "
            "والتقى رئيس الوزراء اللبناني في السرايا الحكومية. هل ستنجح المبادرة؟")
    sents = split_sentences(para)
    (rows,) = scored_tags(load_model(), [sents])
    (t1, s1, c1), (_, s2, c2), (t3, s3, c3) = rows
    assert t1[3:5] == ["B-PER", "I-PER"] and t1[6] == "B-GPE" and t1[7:11] == ["-"] * 4
    assert s1 == pytest.approx(0.9)  # the DATE rule's fixed confidence
    assert s2 <= 0.5
    assert t3 == ["O"] * 4 and s3 > 0.99
    # per-piece confidences: one per piece, the sentence score is their minimum, DATE pieces capped at 0.9
    assert [len(c) for c in (c1, c2, c3)] == [len(s) for s in sents]
    assert (min(c1), min(c2), min(c3)) == pytest.approx((s1, s2, s3))
    assert max(c1[7:11]) <= 0.9 and min(c1[3:5]) > 0.9


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_read_pseudo_draws_among_confident_sentences(tmp_path):
    rows = [{"doc": "d", "words": ["زار", "ماكرون", f"بيروت{i}"], "tags": ["O", "B-PER", "B-GPE"], "score": s}
            for i, s in enumerate([0.95, 0.5, 0.92, 0.99, 0.3])]
    path = tmp_path / "p.jsonl"
    _write(path, rows)
    picked = read_pseudo(path, 2, 0.9)
    assert len(picked) == 2 and picked == read_pseudo(path, 2, 0.9)  # seeded
    assert {p[0][2] for p in picked} <= {"بيروت0", "بيروت2", "بيروت3"}
    assert picked[0][1] == ["O", "B-PER", "B-GPE"]
    with pytest.raises(ValueError, match="only 3 pseudo-labelled sentences"):
        read_pseudo(path, 4, 0.9)
    with pytest.raises(ValueError, match="per-piece confidences"):
        read_pseudo(path, 2, 0.9, mask_below=0.9)


def test_read_pseudo_masks_doubtful_pieces(tmp_path):
    """Below ``mask_below`` a piece becomes unknown; the sentence is kept for its confident pieces."""
    row = {"doc": "d", "words": ["قال", "وزير", "الخارجية", "الإيراني", "عباس", "عراقجي"],
           "tags": ["O", "O", "O", "B-NORP", "B-PER", "I-PER"], "score": 0.41,
           "conf": [0.99, 0.41, 0.62, 0.97, 0.93, 0.95]}
    path = tmp_path / "p.jsonl"
    _write(path, [row])
    ((words, tags),) = read_pseudo(path, 1, 0.0, mask_below=0.9)
    assert words == tuple(row["words"])
    assert tags == ["O", "-", "-", "B-NORP", "B-PER", "I-PER"]
    assert read_pseudo(path, 1, 0.0)[0][1] == row["tags"]  # no masking by default


def test_with_pseudo_weights():
    gold = [(("قال", "بوتين"), ["O", "B-PER"])]
    pseudo = [(("زار", "دمشق"), ["O", "B-GPE"])] * 2
    assert with_pseudo(gold, [], 0.5) == (gold, None)
    pairs, weights = with_pseudo(gold, pseudo, 0.5)
    assert pairs == gold + pseudo and weights == [1.0, 0.5, 0.5]


def test_pseudo_count_needs_a_file():
    with pytest.raises(ValueError, match="pseudo-labelled JSONL"):
        check_options(TrainOptions(neural_pseudo_k=10, neural_pseudo="/nonexistent/pseudo.jsonl"))


def test_weights_must_match_pairs(tmp_path):
    pytest.importorskip("torch")
    import numpy

    from rasd.ner.neural_train import NeuralOptions, train_neural

    pairs = [(("قال", "بوتين"), ["O", "B-PER"])]
    with pytest.raises(ValueError, match="2 weights for 1 training pairs"):
        train_neural(pairs, lambda ws: numpy.zeros((len(ws), 4), numpy.float32), None, tmp_path,
                     NeuralOptions(epochs=1), weights=[1.0, 0.5])


def test_other_stages_dev_articles_are_never_pseudo_labelled():
    from rasd.ner.pseudo import dev_docnos
    from rasd.ner.train import REPO

    excluded = dev_docnos(REPO)
    if not excluded:
        pytest.skip("no dev files of other stages in this checkout")
    docno = sorted(excluded)[0]
    sents = [["وقال", "الناطق", "باسم", "الحكومة", "إن", "الاجتماع", "انتهى"]]
    kept, dropped = filter_documents([(docno, sents), ("JA-x-1-20170101", [["زار", "الوزير", "تونس", "اليوم", "."]])],
                                     [], excluded)
    assert [d for d, _ in kept] == ["JA-x-1-20170101"] and dropped == 1


@pytest.mark.parametrize("tags, expected", [
    # «أدانت حركة حماس الرعاية الأمريكية»: the multi-piece span's last piece and the O after it
    (["O", "B-ORG", "I-ORG", "O", "B-NORP"], ["O", "B-ORG", "-", "-", "B-NORP"]),
    # «التقى ماكرون وشولتس»: one-piece spans keep their B-, the O after each is left unknown
    (["O", "B-PER", "O", "B-PER"], ["O", "B-PER", "-", "B-PER"]),
    # two adjacent spans: the first's end is masked, the second's start is kept
    (["B-GPE", "I-GPE", "B-ORG", "I-ORG", "I-ORG"], ["B-GPE", "-", "B-ORG", "I-ORG", "-"]),
    (["O", "O"], ["O", "O"]),
    (["B-DATE", "-", "O"], ["B-DATE", "-", "O"]),  # unknown pieces (rule DATEs) stay unknown
])
def test_mask_span_ends(tags, expected):
    assert mask_span_ends(tags) == expected


def test_read_pseudo_masks_span_ends_then_doubtful_pieces(tmp_path):
    row = {"doc": "d", "words": ["أدانت", "حركة", "حماس", "الرعاية", "الأمريكية"],
           "tags": ["O", "B-ORG", "I-ORG", "O", "B-NORP"], "score": 0.5, "conf": [0.99, 0.98, 0.97, 0.5, 0.95]}
    path = tmp_path / "p.jsonl"
    _write(path, [row])
    assert read_pseudo(path, 1, 0.0, mask_ends=True)[0][1] == ["O", "B-ORG", "-", "-", "B-NORP"]
    assert read_pseudo(path, 1, 0.0, mask_below=0.96, mask_ends=True)[0][1] == ["O", "B-ORG", "-", "-", "-"]
    assert read_pseudo(path, 1, 0.0, mask_below=0.98)[0][1] == ["O", "B-ORG", "-", "-", "-"]
