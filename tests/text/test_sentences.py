import pytest

from rasd.text.sentences import sentence_spans


def sents(text):
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("قال د. محمد إن الوضع خطير. وأضاف أن الحل سياسي.",
     ["قال د. محمد إن الوضع خطير.", "وأضاف أن الحل سياسي."]),
    ("بلغت نسبة النمو 3.5 في المئة. وتراجعت البطالة.",
     ["بلغت نسبة النمو 3.5 في المئة.", "وتراجعت البطالة."]),
    ("هل انتهت الحرب؟ لا! لم تنته.", ["هل انتهت الحرب؟", "لا!", "لم تنته."]),
    ("وقال: «انتهى الأمر». ثم غادر.", ["وقال: «انتهى الأمر».", "ثم غادر."]),
    ("عنوان الخبر\nنص الخبر الأول. نص ثان", ["عنوان الخبر", "نص الخبر الأول.", "نص ثان"]),
    ("فقرة أولى\n\nفقرة ثانية", ["فقرة أولى", "فقرة ثانية"]),
    ("وصل م. أحمد إلى الموقع", ["وصل م. أحمد إلى الموقع"]),
    ("قتل 2,000 شخص.", ["قتل 2,000 شخص."]),
    ("ماذا؟!  حقا", ["ماذا؟!", "حقا"]),
])
def test_sentences(text, expected):
    assert sents(text) == expected


def test_seed_article_paragraphs(seed_text):
    spans = sentence_spans(seed_text)
    # every paragraph of the seed article is one sentence ending with a period
    assert len(spans) == seed_text.strip().count("\n") + 1
    for s, e in spans:
        assert seed_text[e - 1] == "."


def test_unpunctuated_text_is_cut_after_a_clause_mark_then_hard():
    from rasd.text.sentences import HARD_MAX_WORDS, SOFT_MAX_WORDS

    words = "وقال المتحدث باسم الجيش إن القوات تقدمت نحو المدينة".split()
    run = [words[i % len(words)] for i in range(SOFT_MAX_WORDS + 20)]
    text = " ".join(run[:SOFT_MAX_WORDS + 5]) + "، " + " ".join(run[:10])
    parts = sents(text)
    assert len(parts) == 2 and parts[0].endswith("،")  # cut after the comma once the run is long
    text = " ".join(words[i % len(words)] for i in range(2 * HARD_MAX_WORDS + 7))  # no mark at all
    parts = sents(text)
    assert [len(p.split()) for p in parts] == [HARD_MAX_WORDS, HARD_MAX_WORDS, 7]
    assert " ".join(parts) == text  # offsets still cover the text: nothing lost


def test_short_sentences_with_commas_are_not_cut():
    text = "قال الوزير، في مؤتمر صحفي، إن الحكومة، رغم الأزمة، ستواصل الإصلاحات."
    assert sents(text) == [text]
