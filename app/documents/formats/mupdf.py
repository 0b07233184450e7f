"""Opening PDF and EPUB bytes with PyMuPDF: one place for error mapping, passwords, layout and locking.

PyMuPDF documents that it does not support concurrent use from several threads, even on separate
documents, so every call into it (per page for extraction, per render) holds MUPDF_LOCK. Each
PageRenderer still owns its own handle, so a render thread never shares a Document object.
"""

import io
import threading
import zipfile
import zlib

import pymupdf

from app.documents.formats.image_decode import image_pdf
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError, PasswordRequired

MUPDF_LOCK = threading.RLock()
VERSION = f"pymupdf {pymupdf.__version__}"
EPUB_PAGE = pymupdf.Rect(0, 0, 420, 595)  # A5-like reflow page; loader and renderer must agree
EPUB_FONT_SIZE = 11
MAX_UNZIPPED = 512 * 2**20  # an EPUB that inflates beyond this is refused (zip bomb guard)
MAX_MEMBERS = 20_000
_FILETYPES = {DocumentKind.PDF: "pdf", DocumentKind.EPUB: "epub"}

pymupdf.TOOLS.mupdf_display_errors(False)  # MuPDF's stderr chatter about damaged files is not for users
pymupdf.TOOLS.mupdf_display_warnings(False)


def open_document(data: bytes, kind: DocumentKind, name: str, password: str | None = None, *,
                  check_pixels: bool = True) -> pymupdf.Document:
    """An opened (and authenticated) document, or DocumentError/PasswordRequired naming the file.

    check_pixels=False skips decoding an image once to prove it whole: for files the import checked.
    """
    if not data:
        raise DocumentError(f"{name} is empty (0 bytes).")
    if kind is DocumentKind.PDF and b"%PDF" not in data[:1024]:
        raise DocumentError(f"{name} is not a PDF file.")
    if kind is DocumentKind.EPUB:
        check_zip(data, name)
    if kind is DocumentKind.IMAGE:
        with MUPDF_LOCK:
            return image_pdf(data, name, check_pixels=check_pixels)
    with MUPDF_LOCK:
        try:
            doc = pymupdf.open(stream=data, filetype=_FILETYPES[kind])
        except Exception as exc:  # noqa: BLE001 - MuPDF raises assorted RuntimeErrors for damaged input
            raise DocumentError(f"{name} is damaged or not a valid {kind.value.upper()} file.") from exc
        try:
            _unlock(doc, name, password)
            if kind is DocumentKind.EPUB:
                doc.layout(EPUB_PAGE, fontsize=EPUB_FONT_SIZE)
            if doc.page_count < 1:
                raise DocumentError(f"{name} is damaged or has no pages.")
        except DocumentError:
            doc.close()
            raise
        except Exception as exc:  # noqa: BLE001
            doc.close()
            raise DocumentError(f"{name} is damaged or not a valid {kind.value.upper()} file.") from exc
    return doc


def _unlock(doc: pymupdf.Document, name: str, password: str | None) -> None:
    if not doc.needs_pass:
        return
    if not password:
        raise PasswordRequired(f"{name} is encrypted; give its password.")
    if not doc.authenticate(password):
        raise PasswordRequired(f"Wrong password for {name}.")


def check_zip(data: bytes, name: str) -> None:
    """Refuse archives whose declared sizes or CRCs could blow up memory when MuPDF inflates them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise DocumentError(f"{name} holds too many files ({len(members)}) to be a safe EPUB.")
            total = sum(info.file_size for info in members)
            if total > MAX_UNZIPPED:
                raise DocumentError(f"{name} unpacks to {total // 2**20} MB, more than an EPUB may "
                                    f"({MAX_UNZIPPED // 2**20} MB).")
            # zipfile stops at the declared size and checks the CRC, so a lying header is caught here.
            if archive.testzip() is not None:
                raise DocumentError(f"{name} is a damaged EPUB (a file inside fails its checksum).")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, RuntimeError,
            NotImplementedError, zlib.error) as exc:
        raise DocumentError(f"{name} is damaged or not a valid EPUB file.") from exc
