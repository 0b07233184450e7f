"""Entry points: pick a loader by content (magic bytes) first and file-name suffix second.

Every failure leaves here as DocumentError (or PasswordRequired) with one sentence naming the file;
an unexpected exception from a parser is wrapped too, chained for the log.
"""

from collections.abc import Callable, Sequence
from pathlib import Path, PurePath
from typing import TypeVar

from app.documents.archives.pages import ArchivePage, list_pages, load_archives, sniff_archive
from app.documents.formats.image_decode import is_image
from app.documents.model import LoadedDocument
from app.documents.formats.titles import display_name
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError

T = TypeVar("T")

MAX_FILE_BYTES = 512 * 2**20
SUPPORTED = "PDF, EPUB, HTML, MHTML, WARC, ARC, WACZ, plain text or an image (PNG, JPEG, WebP, GIF, TIFF, HEIF, AVIF)"
_SUFFIXES = {
    ".pdf": DocumentKind.PDF, ".epub": DocumentKind.EPUB,
    ".html": DocumentKind.HTML, ".htm": DocumentKind.HTML, ".xhtml": DocumentKind.HTML, ".shtml": DocumentKind.HTML,
    ".png": DocumentKind.IMAGE, ".jpg": DocumentKind.IMAGE, ".jpeg": DocumentKind.IMAGE,
    ".webp": DocumentKind.IMAGE, ".gif": DocumentKind.IMAGE, ".tif": DocumentKind.IMAGE, ".tiff": DocumentKind.IMAGE,
    ".heic": DocumentKind.IMAGE, ".heif": DocumentKind.IMAGE, ".avif": DocumentKind.IMAGE,
    ".txt": DocumentKind.TEXT, ".text": DocumentKind.TEXT, ".md": DocumentKind.TEXT, ".markdown": DocumentKind.TEXT,
}
_EPUB_MIMETYPE = b"mimetypeapplication/epub+zip"
_OTHER_BINARY = (  # recognisable formats we do not read: say so instead of "binary junk"
    b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"\xd0\xcf\x11\xe0", b"\x7fELF",
    b"MZ", b"RIFF", b"ID3", b"%!PS", b"PK\x03\x04", b"{\\rtf",
)


def load_path(path: Path, *, password: str | None = None) -> LoadedDocument:
    return load_bytes(read_bytes(path), display_name(str(path)), password=password)


def read_bytes(path: Path) -> bytes:
    """A document file's bytes, or a DocumentError with one sentence naming the file."""
    name = display_name(str(path))
    try:
        if path.is_dir():
            raise DocumentError(f"{name} is a folder, not a document.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(f"{name} is too large ({size // 2**20} MB; the limit is {MAX_FILE_BYTES // 2**20} MB).")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise DocumentError(f"{name} does not exist.") from exc
    except PermissionError as exc:
        raise DocumentError(f"{name} cannot be read (permission denied).") from exc
    except OSError as exc:
        raise DocumentError(f"{name} cannot be read ({exc.strerror or 'input/output error'}).") from exc
    return data


def load_bytes(data: bytes, name: str, *, password: str | None = None, record: str = "") -> LoadedDocument:
    """One document; for a web archive, the page `record` names (a WARC-Record-ID or URL), else its first."""
    return load_all(data, name, password=password, records=[record] if record else None, first_only=True)[0]


def load_all(data: bytes, name: str, *, password: str | None = None, records: Sequence[str] | None = None,
             first_only: bool = False) -> list[LoadedDocument]:
    """Every document a file makes: one, or one per chosen (default: every) page of a web archive."""
    name = display_name(name)
    if not data:
        raise DocumentError(f"{name} is empty (0 bytes).")
    fmt = _guarded(lambda: sniff_archive(data, name), name)
    if fmt:
        return _guarded(lambda: load_archives(data, name, fmt, records, first_only=first_only), name)
    return [_load_one(data, name, password)]


def pages(data: bytes, name: str) -> list[ArchivePage]:
    """The HTML pages a web archive offers (to choose from); [] for any other file."""
    name = display_name(name)
    fmt = _guarded(lambda: sniff_archive(data, name), name) if data else ""
    return _guarded(lambda: list_pages(data, name, fmt), name) if fmt else []


def _guarded(job: Callable[[], T], name: str) -> T:
    try:
        return job()
    except DocumentError:
        raise
    except MemoryError as exc:
        raise DocumentError(f"{name} is too large to open.") from exc
    except Exception as exc:  # noqa: BLE001 - last line of defence: parsers on hostile input
        raise DocumentError(f"{name} could not be read.") from exc


def _load_one(data: bytes, name: str, password: str | None) -> LoadedDocument:
    kind = sniff_kind(data, name)
    return _guarded(lambda: _load_kind(data, name, kind, password), name)


def _load_kind(data: bytes, name: str, kind: DocumentKind, password: str | None) -> LoadedDocument:
    # Every loader is imported here, when a document is loaded: each costs start-up time of every command
    # (charset-normalizer, trafilatura, Pillow, PyMuPDF).
    if kind is DocumentKind.TEXT:
        from app.documents.formats.text import load_text

        return load_text(data, name)
    if kind is DocumentKind.HTML:
        from app.documents.formats.html import load_html

        return load_html(data, name)
    if kind is DocumentKind.IMAGE:
        from app.documents.formats.image import load_image

        return load_image(data, name)
    from app.documents.formats.paged import load_paged

    return load_paged(data, name, kind, password)


def sniff_kind(data: bytes, name: str) -> DocumentKind:
    name = display_name(name)
    if not data:
        raise DocumentError(f"{name} is empty (0 bytes).")
    head = data[:1024]
    suffix = PurePath(name).suffix.lower()
    if b"%PDF-" in head:
        return DocumentKind.PDF
    if head.startswith(b"PK\x03\x04") and (data[30:58] == _EPUB_MIMETYPE or suffix == ".epub"):
        return DocumentKind.EPUB
    if is_image(head):
        return DocumentKind.IMAGE
    if _looks_like_html(head):
        return DocumentKind.HTML
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if head.startswith(_OTHER_BINARY):
        raise DocumentError(f"{name} is not a supported document type ({SUPPORTED}).")
    from app.documents.formats.decode import decode_bytes

    try:
        decode_bytes(data[:65_536], name)
    except DocumentError as exc:
        raise DocumentError(f"{name} is not a supported document type ({SUPPORTED}).") from exc
    return DocumentKind.TEXT


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return True
    return start.startswith((b"<?xml", b"<!--")) and b"<html" in start
