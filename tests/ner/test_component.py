"""The NER component declares what it writes, so spaCy's pipe analysis can check pipelines that read it."""

import spacy
from spacy.language import Language

from rasd.ner.component import add_ner


@Language.component("_test_reads_ents", requires=["doc.ents"])
def _reads_ents(doc):
    return doc


def test_factory_meta_declares_doc_ents():
    meta = spacy.blank("ar").get_factory_meta("rasd_ner")
    assert "doc.ents" in meta.assigns and "doc.spans" in meta.assigns
    assert meta.requires == []


def test_analyze_pipes_finds_ents_assigned_for_a_downstream_reader():
    nlp = spacy.blank("ar")
    add_ner(nlp)
    nlp.add_pipe("_test_reads_ents")
    analysis = nlp.analyze_pipes(pretty=False)
    assert analysis["problems"] == {"ner": [], "_test_reads_ents": []}
    assert "doc.ents" in analysis["summary"]["ner"]["assigns"]


def test_analyze_pipes_reports_a_reader_without_ner():
    nlp = spacy.blank("ar")
    nlp.add_pipe("_test_reads_ents")
    assert spacy.blank("ar").analyze_pipes(pretty=False)["problems"] == {}
    assert nlp.analyze_pipes(pretty=False)["problems"]["_test_reads_ents"] == ["doc.ents"]


TEXTS = [
    "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن المنظمة قلقة .",
    "",
    "أكد الرئيس الروسي فلاديمير بوتين أن موسكو مستعدة للحوار مع واشنطن .",
    "هبطت الطائرة في مطار هاتاي جنوب تركيا صباح اليوم .",
    "   ",
    "شنت حركة طالبان هجوما على مواقع للجيش الأفغاني في ولاية قندهار .",
]


def _ents(doc):
    return ([(e.start, e.end, e.label_, e._.ner_confidence) for e in doc.ents],
            [(s.start, s.end, s.label_) for s in doc.spans["ner_misc"]])


def test_batched_pipe_equals_one_doc_at_a_time():
    """pipe() tags several docs in one batch; pass-2 document features must not cross documents."""
    nlp = spacy.blank("ar")
    nlp.add_pipe("sentencizer")
    add_ner(nlp)
    one_by_one = [_ents(nlp(t)) for t in TEXTS]
    for batch_size in (1, 4, 64):
        assert [_ents(d) for d in nlp.pipe(TEXTS, batch_size=batch_size)] == one_by_one
    assert ("مطار هاتاي", "FAC") in {(e.text, e.label_) for e in nlp(TEXTS[3]).ents}
