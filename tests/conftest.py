"""Shared fixtures: the pipeline (built once), ../shared when present, real Arabic texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.resources import shared_dir

SHARED = shared_dir()

requires_shared = pytest.mark.skipif(
    SHARED is None, reason="../shared (training/dev data) is absent: set RASD_SHARED to run this test")

# A real news passage (ANT Corpus, Apache-2.0) used across tests.
ANT_PASSAGE = (
    "قال المدير التنفيذي لحزب نداء تونس حافظ قائد السبسي إن النداء سيفوز بالانتخابات البلدية القادمة، "
    "وهو ما أظهره آخر سبر للآراء صدر اليوم."
)


@pytest.fixture(scope="session")
def nlp():
    import rasd

    return rasd.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article: from ../shared when present, else the copy in the sample corpus."""
    from importlib import resources

    return resources.files("rasd.data").joinpath("sample/seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture
def tmp_db(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")
