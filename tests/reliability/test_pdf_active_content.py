"""The PDF-with-highlights export drops the original's JavaScript, launch actions, embedded files and file
attachments by default and says what it dropped; --keep-active keeps them and says so. The highlights stay."""

import zlib
from pathlib import Path

import pymupdf
import pytest

from app.services.session import ProjectSession
from tests.fixtures.run import add_document

from .corpus import ACTIVE_PAYLOADS, active_pdf
from .helpers import cli


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("active")
    source = root / "active.pdf"
    source.write_bytes(active_pdf())
    folder = root / "P.sourcemark"
    with ProjectSession.create(folder, analyst="tester") as session:
        doc_id = add_document(session, source).document.id
    assert cli("annotate", folder, doc_id, "--start", "4", "--end", "9").code == 0
    return folder, doc_id


def _everything(data: bytes) -> bytes:
    """The file's bytes with every stream inflated, so nothing hides in a compressed object."""
    doc = pymupdf.open(stream=data, filetype="pdf")
    parts = [data]
    for xref in range(1, doc.xref_length()):
        parts.append(doc.xref_object(xref).encode("latin-1", "replace"))
        if doc.xref_is_stream(xref):
            parts.append(doc.xref_stream(xref) or b"")
    doc.close()
    return b"\n".join(parts)


def _payloads(data: bytes) -> set[str]:
    everything = _everything(data)
    return {p for p in ACTIVE_PAYLOADS if p.encode() in everything or zlib.compress(p.encode()) in everything}


def test_the_original_holds_every_kind_of_active_content() -> None:
    assert _payloads(active_pdf()) == set(ACTIVE_PAYLOADS)


def test_by_default_it_is_dropped_and_said(exported: tuple[Path, str], tmp_path: Path) -> None:
    folder, doc_id = exported
    out = tmp_path / "copy.pdf"
    result = cli("export", folder, "--format", "pdf", "--document", doc_id, "-o", out)
    assert result.code == 0, result.err
    assert result.err.count("\n") == 1 and "dropped from the copy" in result.err
    for kind in ("JavaScript action", "launch action", "embedded file", "file attachment", "automatic trigger"):
        assert kind in result.err
    data = out.read_bytes()
    assert _payloads(data) == set()
    doc = pymupdf.open(stream=data, filetype="pdf")
    assert doc.embfile_count() == 0
    assert [a.type[1] for page in doc for a in page.annots()] == ["Highlight"]  # our highlight stays
    assert all(link["kind"] != pymupdf.LINK_LAUNCH for page in doc for link in page.get_links())
    for key in ("OpenAction", "Names/JavaScript"):
        assert doc.xref_get_key(doc.pdf_catalog(), key)[0] == "null"
    assert "four million euros" in doc[0].get_text()
    explicit = tmp_path / "explicit.pdf"
    assert cli("export", folder, "--format", "pdf", "--document", doc_id, "-o", explicit, "--strip-active").code == 0
    assert _payloads(explicit.read_bytes()) == set()


def test_keep_active_keeps_it_and_says_so(exported: tuple[Path, str], tmp_path: Path) -> None:
    folder, doc_id = exported
    out = tmp_path / "kept.pdf"
    result = cli("export", folder, "--format", "pdf", "--document", doc_id, "-o", out, "--keep-active")
    assert result.code == 0 and "keeps the original's active content" in result.err
    assert _payloads(out.read_bytes()) == set(ACTIVE_PAYLOADS)


def test_a_plain_pdf_exports_without_a_note(tmp_path: Path) -> None:
    from tests.fixtures import documents as fx

    source = tmp_path / "plain.pdf"
    source.write_bytes(fx.two_column_pdf())
    folder = tmp_path / "P.sourcemark"
    with ProjectSession.create(folder, analyst="tester") as session:
        doc_id = add_document(session, source).document.id
    result = cli("export", folder, "--format", "pdf", "--document", doc_id, "-o", tmp_path / "out.pdf")
    assert result.code == 0 and result.err == ""
