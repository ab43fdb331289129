"""The shipped model loads from the package and tags real news sentences.

Sentences written in general news style (not from the training data). Cases the
current model gets wrong are kept as xfail so regressions and fixes both show:
the model tags خاباروفسك alone as GPE, the gold span is إقليم خاباروفسك.
"""

import pytest
import spacy

from rasd.ner.component import MISC_KEY, add_ner, load_model, model_path, tag_tokens
from rasd.ner.scheme import RASD_LABELS

CASES = [
    ("أعلنت «هيئة تحرير الشام» سيطرتها على مدينة إدلب بعد معارك عنيفة .", "هيئة تحرير الشام", "ORG"),
    ("وقال أبو محمد الجولاني في كلمة مصورة إن المعركة مستمرة .", "أبو محمد الجولاني", "PER"),
    ("التقى الرئيس الأمريكي جو بايدن بالرئيس الفرنسي إيمانويل ماكرون في باريس .", "إيمانويل ماكرون", "PER"),
    ("التقى الرئيس الأمريكي جو بايدن بالرئيس الفرنسي إيمانويل ماكرون في باريس .", "باريس", "GPE"),
    ("عقد مجلس الأمن الدولي جلسة طارئة في نيويورك لبحث الوضع في السودان .", "مجلس الأمن الدولي", "ORG"),
    ("عقد مجلس الأمن الدولي جلسة طارئة في نيويورك لبحث الوضع في السودان .", "السودان", "GPE"),
    ("قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن المنظمة قلقة .", "أنطونيو غوتيريش", "PER"),
    ("شنت حركة طالبان هجوما على مواقع للجيش الأفغاني في ولاية قندهار .", "قندهار", "GPE"),
    ("أكد الرئيس الروسي فلاديمير بوتين أن موسكو مستعدة للحوار مع واشنطن .", "فلاديمير بوتين", "PER"),
    ("أكد الرئيس الروسي فلاديمير بوتين أن موسكو مستعدة للحوار مع واشنطن .", "واشنطن", "GPE"),
    pytest.param("ضرب زلزال بقوة 6 درجات إقليم خاباروفسك في أقصى شرق روسيا .", "إقليم خاباروفسك", "GPE",
                 marks=pytest.mark.xfail(reason="tagged without its head noun: خاباروفسك GPE", strict=False)),
    ("هبطت الطائرة في مطار هاتاي جنوب تركيا صباح اليوم .", "مطار هاتاي", "FAC"),  # facility rule
]


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("ar")
    add_ner(pipeline)
    return pipeline


def test_model_is_in_the_package():
    assert (model_path() / "crf.model").is_file()
    assert set(load_model().labels) >= {"PER", "ORG", "GPE", "LOC", "MISC"}


@pytest.mark.parametrize("text, entity, label", CASES)
def test_real_sentences(nlp, text, entity, label):
    doc = nlp(text)
    found = {(e.text, e.label_) for e in doc.ents}
    assert (entity, label) in found, found


def test_entities_carry_confidence_and_only_rasd_labels(nlp):
    doc = nlp("قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن المنظمة قلقة .")
    assert doc.ents
    for e in doc.ents:
        assert e.label_ in RASD_LABELS
        assert 0.0 < e._.ner_confidence <= 1.0
        assert e._.ner_method == "rasd.ner.crf"
    assert all(s.label_ == "MISC" for s in doc.spans[MISC_KEY])


def test_whitespace_tokens_and_empty_doc(nlp):
    doc = nlp("قال فلاديمير بوتين\n\nإن موسكو مستعدة .")
    assert ("فلاديمير بوتين", "PER") in {(e.text, e.label_) for e in doc.ents}
    assert list(nlp("").ents) == []


@pytest.mark.parametrize(
    "tokens",
    [["\u200e"], ["Google", "2002", "x" * 3000], ["(د", "ب", "أ)"], ["…", "«", "»"], ["٢٠٢٣", "3.5%", "a@b.com"]],
)
def test_odd_tokens_do_not_crash(tokens):
    spans = tag_tokens(load_model(), [tokens])
    assert all(0 <= a < b <= len(tokens) for a, b, _ in spans[0])


def test_feature_cache_overflow_is_safe(monkeypatch):
    import rasd.ner.crf as crf

    model = load_model()
    monkeypatch.setattr(crf, "CACHE_SIZE", 5)
    sents = [["قال", "فلاديمير", "بوتين", "في", "موسكو", "اليوم", "إن", "روسيا"]] * 2
    assert tag_tokens(model, sents)[0] == tag_tokens(model, sents)[1]
    model.featurize._cache.clear()
