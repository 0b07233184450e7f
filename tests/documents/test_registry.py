"""Dispatch by content then suffix, and one short sentence naming the file for every bad input."""

import hashlib
from pathlib import Path

import pytest

from app.documents.fingerprint import sha256_bytes, sha256_text
from app.documents.registry import load_bytes, read_bytes, sniff_kind
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError
from tests.fixtures import documents as fx


@pytest.mark.parametrize(("data", "name", "kind"), [
    (fx.two_column_pdf(), "paper.txt", DocumentKind.PDF),  # magic beats suffix
    (fx.epub(), "book.zip", DocumentKind.EPUB),
    (fx.news_html(), "page.txt", DocumentKind.HTML),
    (b"<p>fragment</p>", "frag.html", DocumentKind.HTML),
    (b"# Notes\n", "notes.md", DocumentKind.TEXT),
    (fx.russian_text("cp1251"), "README", DocumentKind.TEXT),  # unknown suffix, decodable text
    (fx.junk_bytes(), "junk.pdf", DocumentKind.PDF),  # the loader will refuse it with a PDF message
])
def test_sniff_kind(data: bytes, name: str, kind: DocumentKind) -> None:
    assert sniff_kind(data, name) is kind


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"", "empty.pdf", "empty.pdf is empty (0 bytes)."),
    (fx.truncated_pdf(), "cut.pdf", "cut.pdf is damaged (truncated?) and no text could be recovered from it."),
    (fx.junk_bytes(), "junk.pdf", "junk.pdf is not a PDF file."),
    (b"%PDF-1.7\n" + fx.junk_bytes(), "fake.pdf", "fake.pdf is damaged or not a valid PDF file."),
    (fx.junk_bytes(), "junk.html", "junk.html looks like a binary file, not text."),
    (fx.junk_bytes(), "junk.epub", "junk.epub is damaged or not a valid EPUB file."),
    (fx.junk_bytes(), "junk.txt", "junk.txt looks like a binary file, not text."),
    (fx.junk_bytes(), "junk.bin", "junk.bin is not a supported document type (PDF, EPUB, HTML, MHTML, WARC, ARC, WACZ, plain text or an image (PNG, JPEG, WebP, GIF, TIFF, HEIF, AVIF))."),
    (b"\x89PNG\r\n\x1a\n" + b"x" * 64, "photo.png", "photo.png is damaged or not a valid PNG image."),
    (fx.bomb_epub(1000), "shell.epub", "shell.epub is damaged or not a valid EPUB file."),
])
def test_bad_input_gives_one_sentence_naming_the_file(data: bytes, name: str, message: str) -> None:
    with pytest.raises(DocumentError) as info:
        load_bytes(data, f"/some/folder/{name}")
    assert str(info.value) == message
    assert "\n" not in str(info.value)


def test_reading_a_path_errors(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"^missing\.pdf does not exist\.$"):
        read_bytes(tmp_path / "missing.pdf")
    with pytest.raises(DocumentError, match=r"is a folder, not a document\.$"):
        read_bytes(tmp_path)
    (tmp_path / "zero.txt").write_bytes(b"")
    with pytest.raises(DocumentError, match=r"^zero\.txt is empty \(0 bytes\)\.$"):
        load_bytes(read_bytes(tmp_path / "zero.txt"), str(tmp_path / "zero.txt"))


def test_a_path_is_read_and_fingerprinted(tmp_path: Path) -> None:
    data = fx.page_break_pdf()
    path = tmp_path / "break.pdf"
    path.write_bytes(data)
    doc = load_bytes(read_bytes(path), str(path))
    assert doc.sha256 == hashlib.sha256(data).hexdigest() == sha256_bytes(data)
    assert doc.text_sha256 == sha256_text(doc.text.text) == hashlib.sha256(doc.text.text.encode()).hexdigest()
    assert doc.title == "First paragraph ends properly."


def test_unexpected_parser_failure_is_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    import app.documents.formats.text as text  # the registry imports its loaders when it needs them

    def boom(data: bytes, name: str) -> None:
        raise KeyError("internal")

    monkeypatch.setattr(text, "load_text", boom)
    with pytest.raises(DocumentError, match=r"^n\.txt could not be read\.$"):
        load_bytes(b"hello", "n.txt")
