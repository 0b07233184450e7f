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

import datetime
import gc
import re
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

import pymupdf

from app.documents.formats.mupdf import MUPDF_LOCK, VERSION, open_document
from app.documents.formats.page_checks import PageChecks, unreadable
from app.documents.formats.page_text import PageText, page_text
from app.documents.formats.titles import clean_title, metadata
from app.documents.model import LoadedDocument, make_loaded
from app.domain.documents import DocumentKind, DocumentMetadata
from app.domain.errors import DocumentError
from app.domain.geometry import NO_BOX, DocumentText, PageLayout
from app.domain.normalize import canonical_text

# No TEXT_PRESERVE_LIGATURES: MuPDF then splits "ﬁ" into "f" + "i", each with its own box.
TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
FIRST_YEAR = 1000  # an EPUB's date can be old (a book of 1850); year 0 or 1 is a placeholder
FIRST_PDF_YEAR = 1990  # PDF is from 1993: D:19700101 (a zero Unix time) is a placeholder too
_WORD_PREFIX = re.compile(r"^(Microsoft (Word|PowerPoint|Excel) - )", re.I)


def load_paged(data: bytes, name: str, kind: DocumentKind, password: str | None = None) -> LoadedDocument:
    doc = open_document(data, kind, name, password)
    try:
        warnings: list[str] = []
        doc_repaired = doc.is_repaired
        if doc_repaired:
            warnings.append(f"{name} was damaged and has been repaired; check quotes against the original.")
        checks = PageChecks()
        complete = _epub_completion(doc, data, warnings) if kind is DocumentKind.EPUB else None
        pages, text = _extract(doc, name, warnings, checks, complete)
        with MUPDF_LOCK:
            raw_meta = dict(doc.metadata or {})
        count = doc.page_count
    finally:
        with MUPDF_LOCK:
            doc.close()
    if not text.strip() and doc_repaired and not checks.scanned:  # a repaired scan still shows its pages: kept
        raise DocumentError(f"{name} is damaged (truncated?) and no text could be recovered from it.")
    warnings.extend(checks.warnings(name, bool(text.strip())))
    unmapped = text.count("\ufffd") + text.count("\uffff")
    if unmapped:  # kept (one box per character), but search and quotes cannot use them: say so
        warnings.append(f"{name}: {unmapped} character(s) could not be mapped to Unicode (a font without a "
                        f"ToUnicode map); search and quotes miss them, OCR of those pages may help.")
    title = clean_title(_WORD_PREFIX.sub("", raw_meta.get("title") or "")) or checks.title(name)
    meta = _metadata(raw_meta) if kind is not DocumentKind.EPUB else _book_metadata(raw_meta, data)
    return make_loaded(data, kind, title, meta, DocumentText(text, tuple(pages)),
                       extractor=VERSION, pages=count, warnings=tuple(warnings))


def _extract(doc: pymupdf.Document, name: str, warnings: list[str],
             checks: PageChecks, complete: Callable[[list[PageText]], list[PageText]] | None = None,
             ) -> tuple[list[PageLayout], str]:
    """Layouts and text; what the pages say about their text goes into `checks`. `complete`: a last pass over
    every page's text before the pages are joined (EPUB: epub_text)."""
    read: list[tuple[PageText, float, float, int] | None] = []
    for index in range(doc.page_count):
        try:
            with MUPDF_LOCK, _collector_paused():  # lock per page: a render thread can interleave
                page = doc.load_page(index)
                raw = page.get_text("rawdict", flags=TEXT_FLAGS)
                width, height, rotation = page.rect.width, page.rect.height, page.rotation
                matrix = tuple(page.rotation_matrix)
        except Exception:  # noqa: BLE001 - one broken page should not lose the whole document
            warnings.append(f"Page {index + 1} of {name} could not be read and is left empty.")
            read.append(None)
            continue
        with _collector_paused():
            current = _canonical(page_text(raw, matrix))
        del raw
        if unreadable(current.text):
            checks.unreadable.append(index + 1)
            current = PageText("", array("f"))
        elif not current.text and _has_images(page):
            checks.scanned.append(index + 1)
        elif current.hidden:
            checks.ocr_layer.append(index + 1)
        else:
            checks.note_visible(current.text)
        read.append((current, width, height, rotation))
    if complete is not None:
        texts = complete([r[0] if r else PageText("", array("f")) for r in read])
        read = [(t, r[1], r[2], r[3]) if r else None for t, r in zip(texts, read)]
    layouts: list[PageLayout] = []
    parts: list[str] = []
    offset = 0
    previous: PageText | None = None
    for index, entry in enumerate(read):
        if entry is None:
            layouts.append(PageLayout(index, offset, offset, 0.0, 0.0, 0, array("f")))
            continue
        current, width, height, rotation = entry
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


def _has_images(page: pymupdf.Page) -> bool:
    try:
        with MUPDF_LOCK:
            return bool(page.get_images())
    except Exception:  # noqa: BLE001 - a broken resource dictionary: no evidence of a scan
        return False


def _epub_completion(doc: pymupdf.Document, data: bytes, warnings: list[str]) -> Callable[[list[PageText]], list[PageText]]:
    """The pass that gives back what MuPDF's EPUB layout lost (epub_text), noting it in `warnings`."""
    from app.documents.formats.epub_text import completed  # lazy: lxml, for EPUBs only (not for every PDF)
    from app.documents.formats.epub_xhtml import chapters

    with MUPDF_LOCK:
        counts = [doc.chapter_page_count(i) for i in range(doc.chapter_count)]

    def complete(pages: list[PageText]) -> list[PageText]:
        fixed, notes = completed(pages, counts, chapters(data))
        warnings.extend(notes)
        return fixed

    return complete


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
    return PageText(fixed, array("f", [NO_BOX] * (4 * len(fixed))), page.hidden)


def _metadata(raw: dict[str, str]) -> DocumentMetadata:
    return metadata(author=raw.get("author") or "", published=_date(raw.get("creationDate") or ""))


def _book_metadata(raw: dict[str, str], data: bytes) -> DocumentMetadata:
    """An EPUB's metadata: MuPDF gives its author; its date, language and publisher are the OPF's."""
    from app.documents.formats.epub_package import book_facts  # lazy: lxml, for EPUBs only

    book = book_facts(data)
    meta = metadata(author=raw.get("author") or "", publisher=book.publisher, language=book.language)
    return replace(meta, published=book.published or _date(raw.get("creationDate") or ""))


def _date(value: str) -> str:
    """PDF dates look like D:20240305101500+01'00'; EPUB ones are already ISO.

    A date that is not a calendar date (D:00000101000000Z, month 13) or lies before the format existed
    or after next year is a writer's placeholder, not a publication date: "" then.
    """
    value = value.strip()
    floor = FIRST_YEAR
    if "-" in value[:8]:
        found = value[:10].split("-")
    else:
        floor = FIRST_PDF_YEAR
        match = _PDF_DATE.match(value)
        found = list(match.groups()) if match else []
    try:
        day = datetime.date(*(int(part) for part in found)) if len(found) == 3 else None
    except (TypeError, ValueError):  # None in groups (no day), year 0, month 13, 30 February
        day = None
    if day is None or not floor <= day.year <= datetime.date.today().year + 1:
        return ""
    return day.isoformat()
