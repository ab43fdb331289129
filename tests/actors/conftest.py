"""A linking pipeline over the small fixture registry and gazetteer (no shipped data), built once."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import rasd.actors.coref  # noqa: F401  (registers rasd_coref)
import rasd.actors.linker  # noqa: F401
import rasd.actors.places  # noqa: F401
import rasd.text.sentences  # noqa: F401
from rasd.actors.registry import load_registry
from rasd.annotations import DocState, ensure_extensions, state
from rasd.pipeline import _parse_published
from rasd.text.tokenize import ArabicTokenizer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REGISTRY_FILES = sorted(str(p) for p in (FIXTURES / "actors").glob("*.tsv"))
GAZETTEER_FILES = [str(FIXTURES / "places" / "gazetteer.tsv")]


def build_nlp(ents: bool = False) -> spacy.Language:
    ensure_extensions()
    nlp = spacy.blank("ar")
    nlp.tokenizer = ArabicTokenizer(nlp.vocab)
    nlp.add_pipe("rasd_sentences")
    nlp.add_pipe("rasd_linker", config={"user_registry": REGISTRY_FILES, "shipped_registry": False})
    nlp.add_pipe("rasd_coref")
    nlp.add_pipe("rasd_places", config={"user_gazetteer": GAZETTEER_FILES, "shipped_gazetteer": False})
    return nlp


@pytest.fixture(scope="session")
def fixture_registry():
    return load_registry(REGISTRY_FILES, shipped=False)


@pytest.fixture(scope="session")
def link_nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def run(link_nlp):
    """``run(text, published=None) -> DocState`` through linker, coref and places."""

    def _run(text: str, published: str | None = None) -> DocState:
        doc = link_nlp.make_doc(text)
        state(doc).meta.published = _parse_published(published)
        for _, proc in link_nlp.pipeline:
            doc = proc(doc)
        return state(doc)

    return _run


def mention_at(st: DocState, text: str, surface: str, nth: int = 0):
    """The mention(s) covering the ``nth`` occurrence of ``surface`` in ``text``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(surface, pos + 1)
    return [m for m in st.mentions if m.start <= pos + len(surface) - 1 and pos < m.end]
