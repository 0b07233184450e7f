"""Fixtures of the reliability suite; generated inputs live in one session-scoped folder."""

from pathlib import Path

import pytest

from tests.fixtures import documents as fx


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus")


@pytest.fixture(scope="session")
def big_pdf(corpus_dir: Path) -> Path:
    """A largish PDF (300 pages of text) to kill `add` in the middle of."""
    path = corpus_dir / "big report.pdf"
    if not path.exists():
        path.write_bytes(fx.many_pages_pdf(300))
    return path


@pytest.fixture(scope="session")
def pdf_5000(corpus_dir: Path) -> Path:
    path = corpus_dir / "five thousand pages.pdf"
    if not path.exists():
        path.write_bytes(fx.many_pages_pdf(5000, lines_per_page=3))
    return path
