"""PDF and EPUB via PyMuPDF: canonical text in reading order with a box per character, page by page.

Choices worth knowing:
- Pages join with "\n\n", except when a page's text does not end a sentence: then with one space,
  so a quote running over the page break is one searchable string. The joiner starts the next page.
- A page MuPDF cannot read becomes an empty page plus a warning; the rest of the file still loads.
- A damaged file MuPDF repairs loads with a warning; if no text at all survives the repair (a
  truncated download), it is refused.
- A file without any text layer (a scan) loads with empty text and a warning rather than failing:
  it can still be viewed and its pages cited, and OCR can be added later without changing the model.
"""

import gc
import re
from array import array
from collections.abc import Iterator
from contextlib import contextmanager

import pymupdf

from app.documents.model import LoadedDocument, make_loaded
from app.documents.formats.mupdf import MUPDF_LOCK, VERSION, open_document
from app.documents.formats.page_text import PageText, page_text
from app.documents.formats.titles import clean_title, first_line_title, metadata
from app.domain.documents import DocumentKind, DocumentMetadata
from app.domain.errors import DocumentError
from app.domain.geometry import NO_BOX, DocumentText, PageLayout
from app.domain.normalize import canonical_text

# No TEXT_PRESERVE_LIGATURES: MuPDF then splits "ﬁ" into "f" + "i", each with its own box.
TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_WORD_PREFIX = re.compile(r"^(Microsoft (Word|PowerPoint|Excel) - )", re.I)


def load_paged(data: bytes, name: str, kind: DocumentKind, password: str | None = None) -> LoadedDocument:
    doc = open_document(data, kind, name, password)
    try:
        warnings: list[str] = []
        doc_repaired = doc.is_repaired
        if doc_repaired:
            warnings.append(f"{name} was damaged and has been repaired; check quotes against the original.")
        pages, text = _extract(doc, name, warnings)
        with MUPDF_LOCK:
            raw_meta = dict(doc.metadata or {})
        count = doc.page_count
    finally:
        with MUPDF_LOCK:
            doc.close()
    if not text.strip() and doc_repaired:
        raise DocumentError(f"{name} is damaged (truncated?) and no text could be recovered from it.")
    if not text.strip():
        warnings.append(f"{name} has no text layer (a scan?); its pages can be viewed but not quoted.")
    unmapped = text.count("\ufffd") + text.count("\uffff")
    if unmapped:  # kept (one box per character), but search and quotes cannot use them: say so
        warnings.append(f"{name}: {unmapped} character(s) could not be mapped to Unicode (a font without a "
                        f"ToUnicode map); search and quotes miss them, OCR of those pages may help.")
    readable = text.replace("\ufffd", "").replace("\uffff", "") if unmapped else text
    title = clean_title(_WORD_PREFIX.sub("", raw_meta.get("title") or "")) or first_line_title(readable, name)
    return make_loaded(data, kind, title, _metadata(raw_meta), DocumentText(text, tuple(pages)),
                       extractor=VERSION, pages=count, warnings=tuple(warnings))


def _extract(doc: pymupdf.Document, name: str, warnings: list[str]) -> tuple[list[PageLayout], str]:
    layouts: list[PageLayout] = []
    parts: list[str] = []
    offset = 0
    previous: PageText | None = None
    for index in range(doc.page_count):
        try:
            with MUPDF_LOCK, _collector_paused():  # lock per page: a render thread can interleave
                page = doc.load_page(index)
                raw = page.get_text("rawdict", flags=TEXT_FLAGS)
                width, height, rotation = page.rect.width, page.rect.height, page.rotation
                matrix = tuple(page.rotation_matrix)
        except Exception:  # noqa: BLE001 - one broken page should not lose the whole document
            warnings.append(f"Page {index + 1} of {name} could not be read and is left empty.")
            layouts.append(PageLayout(index, offset, offset, 0.0, 0.0, 0, array("f")))
            continue
        with _collector_paused():
            current = _canonical(page_text(raw, matrix))
        del raw
        joiner = _joiner(previous, current)
        boxes = array("f", [NO_BOX] * (4 * len(joiner)))
        boxes.extend(current.boxes)
        chunk = joiner + current.text
        layouts.append(PageLayout(index, offset, offset + len(chunk), width, height, rotation, boxes))
        parts.append(chunk)
        offset += len(chunk)
        if current.text:
            previous = current
    return layouts, "".join(parts)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """rawdict builds ~10^4 acyclic dicts per page; cyclic GC passes over them cost ~40% of the time.

    Reference counting frees them anyway; the collector runs again between pages.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _joiner(previous: PageText | None, current: PageText) -> str:
    if previous is None or not current.text:
        return ""
    if previous.text.endswith("-") and previous.text[-2:-1].isalpha():
        return ""
    return "\n\n" if previous.ends_sentence else " "


def _canonical(page: PageText) -> PageText:
    """page_text already yields canonical text; if some exotic input slips through, keep the text, drop boxes."""
    fixed = canonical_text(page.text)
    if fixed == page.text:
        return page
    return PageText(fixed, array("f", [NO_BOX] * (4 * len(fixed))))


def _metadata(raw: dict[str, str]) -> DocumentMetadata:
    return metadata(author=raw.get("author") or "", published=_date(raw.get("creationDate") or ""))


def _date(value: str) -> str:
    """PDF dates look like D:20240305101500+01'00'; EPUB ones are already ISO."""
    value = value.strip()
    if "-" in value[:8]:
        return value[:10]
    match = _PDF_DATE.match(value)
    if not match or not match.group(3):
        return ""
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}"
