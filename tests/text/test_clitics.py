import pytest

from rasd.text.clitics import corpus_split, light_form, proclitic_candidates, split_proclitics

NAMES = {"طالبان", "النصرة", "المعارضات", "سوريا", "الحكومة", "حكومة", "كابل", "وزارة"}


def known(word):
    return word in NAMES


@pytest.mark.parametrize("word, prefix, stem, key", [
    ("وطالبان", "و", "طالبان", "طالبان"),
    ("بالنصرة", "ب", "النصرة", "النصرة"),
    ("للنصرة", "لل", "نصرة", "النصرة"),
    ("وبالنصرة", "وب", "النصرة", "النصرة"),
    ("وللنصرة", "ولل", "نصرة", "النصرة"),
    ("فالحكومة", "ف", "الحكومة", "الحكومة"),
    ("ولسوريا", "ول", "سوريا", "سوريا"),
    ("كسوريا", "ك", "سوريا", "سوريا"),
    ("لـطالبان", "لـ", "طالبان", "طالبان"),
])
def test_split_known(word, prefix, stem, key):
    split = split_proclitics(word, known)
    assert split is not None
    assert (split.prefix, split.stem, split.key) == (prefix, stem, key)
    assert word[split.offset:] == split.stem


@pytest.mark.parametrize("word", ["وزير", "كابل", "وزارة", "طالبان", "ولد", "فيصل", "بلال", "النصرة"])
def test_no_split(word):
    assert split_proclitics(word, known) is None


def test_article_candidates_are_marked():
    cands = proclitic_candidates("والحكومة")
    assert [(c.prefix, c.key, c.strips_article) for c in cands] == [
        ("و", "الحكومة", False), ("وال", "حكومة", True)]


@pytest.mark.parametrize("word, stem", [
    ("وطالبان", "طالبان"),
    ("وعبدالله", "عبدالله"),
    ("ولسوريا", "سوريا"),
    ("لأفغانستان", "أفغانستان"),
    ("ووزارة", "وزارة"),
    ("وَطالبان", "طالبان"),
])
def test_corpus_split(word, stem):
    split = corpus_split(word)
    assert split is not None and split.stem == stem
    assert word[split.offset:] == stem


@pytest.mark.parametrize("word", ["وزير", "وليد", "فيصل", "والي", "كابل", "وزارة", "واشنطن", "وهران", "بلال"])
def test_corpus_no_split(word):
    assert corpus_split(word) is None


def test_light_form_keeps_hamza():
    assert light_form("إِلَى") == "إلى"
    assert light_form("الـمـتـحـدة") == "المتحدة"
