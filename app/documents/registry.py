"""Entry points: the format table. A file goes to the first row whose `sniff` recognises it (content first,
file name second), and that row's `load` makes its documents; `pages` lists what a web archive offers.

Every failure leaves here as DocumentError (or PasswordRequired) with one sentence naming the file;
an unexpected exception from a parser is wrapped too, chained for the log.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TypeVar

from app.documents.archives import mhtml, singlefile, wacz, warc
from app.documents.archives.pages import ArchivePage, archive_suffix, list_pages, load_archives
from app.documents.formats.image_decode import is_image
from app.documents.formats.titles import display_name
from app.documents.model import LoadedDocument
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError

T = TypeVar("T")

MAX_FILE_BYTES = 512 * 2**20
SUPPORTED = "PDF, EPUB, HTML, MHTML, WARC, ARC, WACZ, plain text or an image (PNG, JPEG, WebP, GIF, TIFF, HEIF, AVIF)"
_EPUB_MIMETYPE = b"mimetypeapplication/epub+zip"
_OTHER_BINARY = (  # recognisable formats we do not read: say so instead of "binary junk"
    b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"\xd0\xcf\x11\xe0", b"\x7fELF",
    b"MZ", b"RIFF", b"ID3", b"%!PS", b"PK\x03\x04", b"{\\rtf",
)


@dataclass(frozen=True, slots=True)
class Request:
    """What the caller asked for besides the bytes: a PDF's password, an archive's pages."""

    password: str | None = None
    records: Sequence[str] | None = None  # WARC-Record-IDs or URLs; None: the default pages
    first_only: bool = False  # an archive's first page only (when no records are named)


Sniff = Callable[[bytes, str], bool]  # (the file's bytes, its display name) -> whether this row reads it
Load = Callable[[bytes, str, Request], list[LoadedDocument]]


@dataclass(frozen=True, slots=True)
class Format:
    """One row of the table: a new format is a module with its reader, and one row here (STYLE rule 9)."""

    name: str
    sniff: Sniff
    load: Load
    kind: DocumentKind  # of the documents it makes
    pages: Callable[[bytes, str], list[ArchivePage]] | None = None  # web archives: the pages to choose from


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
    fmt = format_of(data, name)
    if fmt is None:
        raise DocumentError(f"{name} is not a supported document type ({SUPPORTED}).")
    return _guarded(lambda: fmt.load(data, name, Request(password, records, first_only)), name)


def pages(data: bytes, name: str) -> list[ArchivePage]:
    """The HTML pages a web archive offers (to choose from); [] for any other file."""
    name = display_name(name)
    fmt = format_of(data, name) if data else None
    lister = fmt.pages if fmt else None
    return _guarded(lambda: lister(data, name), name) if lister else []


def format_of(data: bytes, name: str) -> Format | None:
    """The first row of FORMATS that recognises the file; None when none does."""
    name = display_name(name)
    if not data:
        raise DocumentError(f"{name} is empty (0 bytes).")
    return _guarded(lambda: next((f for f in FORMATS if f.sniff(data, name)), None), name)


def sniff_kind(data: bytes, name: str) -> DocumentKind:
    """The kind of document the file makes, or DocumentError when no format reads it."""
    fmt = format_of(data, name)
    if fmt is None:
        raise DocumentError(f"{display_name(name)} is not a supported document type ({SUPPORTED}).")
    return fmt.kind


def _guarded(job: Callable[[], T], name: str) -> T:
    try:
        return job()
    except DocumentError:
        raise
    except MemoryError as exc:
        raise DocumentError(f"{name} is too large to open.") from exc
    except Exception as exc:  # noqa: BLE001 - last line of defence: parsers on hostile input
        raise DocumentError(f"{name} could not be read.") from exc


# Sniffs. `data` is the whole file: a WACZ is recognised by its members; the others look at its head.

def _suffix(name: str) -> str:
    return PurePath(name).suffix.lower()


def _named(*suffixes: str) -> Sniff:
    return lambda data, name: _suffix(name) in suffixes


def _is_pdf(data: bytes, name: str) -> bool:
    return b"%PDF-" in data[:1024]


def _is_epub(data: bytes, name: str) -> bool:
    return data.startswith(b"PK\x03\x04") and (data[30:58] == _EPUB_MIMETYPE or _suffix(name) == ".epub")


def _looks_like_html(data: bytes, name: str) -> bool:
    start = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return True
    return start.startswith((b"<?xml", b"<!--")) and b"<html" in start


def _decodes_as_text(data: bytes, name: str) -> bool:
    if data.startswith(_OTHER_BINARY):  # a recognisable format we do not read: "not supported", not "binary junk"
        return False
    from app.documents.formats.decode import decode_bytes  # lazy: charset-normalizer costs start-up time

    try:
        decode_bytes(data[:65_536], name)
    except DocumentError:
        return False
    return True


# Loads. The format modules are imported when a document is loaded: each costs start-up time of every
# command (charset-normalizer, trafilatura, Pillow, PyMuPDF).

def _text(data: bytes, name: str, request: Request) -> list[LoadedDocument]:
    from app.documents.formats.text import load_text  # lazy: charset-normalizer

    return [load_text(data, name)]


def _html(data: bytes, name: str, request: Request) -> list[LoadedDocument]:
    from app.documents.formats.html import load_html  # lazy: trafilatura, lxml

    return [load_html(data, name)]


def _image(data: bytes, name: str, request: Request) -> list[LoadedDocument]:
    from app.documents.formats.image import load_image  # lazy: Pillow, PyMuPDF

    return [load_image(data, name)]


def _paged(kind: DocumentKind) -> Load:
    def load(data: bytes, name: str, request: Request) -> list[LoadedDocument]:
        from app.documents.formats.paged import load_paged  # lazy: PyMuPDF

        return [load_paged(data, name, kind, request.password)]

    return load


def _archive(fmt: str | None) -> Load:
    """A web archive's loader; fmt None: the format its file name claims (a misnamed file: its loader says so)."""
    return lambda data, name, r: load_archives(data, name, fmt or archive_suffix(name), r.records,
                                               first_only=r.first_only)


def _archive_pages(fmt: str | None) -> Callable[[bytes, str], list[ArchivePage]]:
    return lambda data, name: list_pages(data, name, fmt or archive_suffix(name))


def _web_archive(name: str, sniff: Sniff, fmt: str | None) -> Format:
    return Format(name, sniff, _archive(fmt), DocumentKind.HTML, _archive_pages(fmt))


_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".tif", ".tiff", ".heic", ".heif", ".avif")
_TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")

# The table, in the order a file is tried: web archives by content, then by name (before any document
# format, so a misnamed archive is refused by its own loader); documents by content, then by name; last, text.
FORMATS: tuple[Format, ...] = (
    _web_archive("warc", lambda data, name: warc.is_warc(data), "warc"),
    _web_archive("arc", lambda data, name: warc.is_arc(data), "arc"),
    _web_archive("wacz", lambda data, name: wacz.is_wacz(data, _suffix(name)), "wacz"),
    _web_archive("mhtml", lambda data, name: mhtml.is_mhtml(data), "mhtml"),
    _web_archive("singlefile", lambda data, name: singlefile.is_singlefile(data), "singlefile"),
    _web_archive("web archive (by name)", lambda data, name: bool(archive_suffix(name)), None),
    Format("pdf", _is_pdf, _paged(DocumentKind.PDF), DocumentKind.PDF),
    Format("epub", _is_epub, _paged(DocumentKind.EPUB), DocumentKind.EPUB),
    Format("image", lambda data, name: is_image(data[:1024]), _image, DocumentKind.IMAGE),
    Format("html", _looks_like_html, _html, DocumentKind.HTML),
    Format("pdf (by name)", _named(".pdf"), _paged(DocumentKind.PDF), DocumentKind.PDF),
    Format("epub (by name)", _named(".epub"), _paged(DocumentKind.EPUB), DocumentKind.EPUB),
    Format("html (by name)", _named(*_HTML_SUFFIXES), _html, DocumentKind.HTML),
    Format("image (by name)", _named(*_IMAGE_SUFFIXES), _image, DocumentKind.IMAGE),
    Format("text (by name)", _named(*_TEXT_SUFFIXES), _text, DocumentKind.TEXT),
    Format("text", _decodes_as_text, _text, DocumentKind.TEXT),
)
