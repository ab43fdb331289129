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
