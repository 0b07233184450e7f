"""A copy of a PDF with the project's highlights written in as PDF highlight annotations.

Other readers (Acrobat, Preview, Okular, browsers) show them with their note as a pop-up, so an
analyst can hand an annotated PDF to a colleague who does not use Sourcemark. The original's active content
(JavaScript, launch actions, embedded files and file attachments) would travel with the copy under our name:
it is dropped by default, and what was found is listed either way.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import pymupdf

from app.documents.formats.mupdf import MUPDF_LOCK, open_document
from app.domain.annotations import Quad
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError


@dataclass(frozen=True, slots=True)
class PdfMark:
    quads: tuple[Quad, ...]  # page coordinates as displayed (rotation applied), as the geometry stores them
    color: str  # "#rrggbb"
    author: str
    text: str  # the pop-up note: category, note, links


@dataclass(frozen=True, slots=True)
class AnnotatedPdf:
    data: bytes
    active: dict[str, int]  # active content the original holds, by kind ("JavaScript action": 2, ...)
    stripped: bool  # whether `active` was dropped from `data`


def write_highlights(data: bytes, name: str, marks: list[PdfMark], password: str | None = None, *,
                     strip_active: bool = True) -> AnnotatedPdf:
    doc = open_document(data, DocumentKind.PDF, name, password)
    try:
        with MUPDF_LOCK:
            active = _active_content(doc, drop=strip_active)
            for mark in marks:
                _add(doc, mark)
            return AnnotatedPdf(doc.tobytes(garbage=3 if strip_active else 1, deflate=True), active, strip_active)
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - MuPDF errors on odd pages become one message
        raise DocumentError(f"highlights could not be written into {name}.") from exc
    finally:
        with MUPDF_LOCK:
            doc.close()


_ACTION_KINDS = {"/JavaScript": "JavaScript action", "/Launch": "launch action", "/ImportData": "import-data action",
                 "/SubmitForm": "form-submit action", "/ResetForm": "form-reset action", "/Rendition": "media action",
                 "/RichMediaExecute": "media action", "/GoToE": "embedded-file link"}


def _active_content(doc: pymupdf.Document, *, drop: bool) -> dict[str, int]:
    """Count (and with `drop`, remove) what could act when the copy is opened: actions that run scripts, launch
    programs, send or load data, file attachment annotations and embedded files; the document's JavaScript
    name tree, open action and additional actions."""
    found: dict[str, int] = {}

    def note(kind: str) -> None:
        found[kind] = found.get(kind, 0) + 1

    for page in doc.pages():  # attachment annotations first: their file streams then become unreferenced
        for annot in list(page.annots(types=[pymupdf.mupdf.PDF_ANNOT_FILE_ATTACHMENT]) or []):
            note("file attachment")
            if drop:
                page.delete_annot(annot)
    for _ in range(doc.embfile_count()):
        note("embedded file")
    if drop:
        for embedded in doc.embfile_names():
            doc.embfile_del(embedded)
    for xref in range(1, doc.xref_length()):
        try:
            _actions_of(doc, xref, note, drop)
        except Exception:  # noqa: BLE001 - a free or broken object: nothing that can act
            continue
    catalog = doc.pdf_catalog()
    if drop and doc.xref_get_key(catalog, "Names/JavaScript")[0] != "null":
        doc.xref_set_key(catalog, "Names/JavaScript", "null")  # its actions were emptied above; the tree goes too
    return found


def _actions_of(doc: pymupdf.Document, xref: int, note: Callable[[str], None], drop: bool) -> None:
    """An action object itself, an action written inline under /A or /OpenAction, and /AA triggers."""
    kind = doc.xref_get_key(xref, "S")
    if kind[0] == "name" and kind[1] in _ACTION_KINDS:
        note(_ACTION_KINDS[kind[1]])
        if drop:  # emptied where it is: whatever points to it now does nothing
            doc.update_object(xref, "<<>>")
        return
    for key in ("A", "OpenAction"):
        if doc.xref_get_key(xref, key)[0] == "dict":
            inline = doc.xref_get_key(xref, f"{key}/S")
            if inline[0] == "name" and inline[1] in _ACTION_KINDS:
                note(_ACTION_KINDS[inline[1]])
                if drop:
                    doc.xref_set_key(xref, key, "null")
    if doc.xref_get_key(xref, "AA")[0] != "null":
        note("automatic trigger")  # on open, close, focus…
        if drop:
            doc.xref_set_key(xref, "AA", "null")


def _add(doc: pymupdf.Document, mark: PdfMark) -> None:
    by_page: dict[int, list[pymupdf.Rect]] = defaultdict(list)
    for q in mark.quads:
        if 0 <= q.page < doc.page_count:
            by_page[q.page].append(pymupdf.Rect(q.x0, q.y0, q.x1, q.y1))
    rgb = tuple(int(mark.color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    for index, rects in by_page.items():
        page = doc[index]
        # Our boxes are in the displayed page's coordinates; annotations live in the unrotated page.
        unrotated = [r * page.derotation_matrix for r in rects]
        annot = page.add_highlight_annot(quads=[r.quad for r in unrotated])
        annot.set_colors(stroke=rgb)
        annot.set_info(title=mark.author, content=mark.text)
        annot.update()
