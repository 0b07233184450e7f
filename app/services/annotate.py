"""Builders for annotation commands: from a text range, a page rectangle or a drag between two points.

Builders validate and return a Command; the caller runs it with `session.execute` (or the GUI's
undo adapter). Nothing here changes the project.
"""

from dataclasses import replace

from app.domain.anchoring import describe
from app.domain.annotations import AnchorStatus, Annotation, Quad
from app.domain.clock import now_iso
from app.domain.errors import DomainError
from app.domain.geometry import DocumentText
from app.domain.ids import AnnotationId, DocumentId, new_id
from app.domain.links import Kind
from app.domain.word_snap import snap_to_words
from app.services import commands as c
from app.services.documents import document_text, ocr_fields
from app.services.labels import short
from app.services.session import ProjectSession


def new_annotation(
    session: ProjectSession, document_id: str, start: int, end: int, *, category: str = "highlight", note: str = ""
) -> Annotation:
    """A validated annotation object for [start, end) of the document's canonical text (not yet added)."""
    text = document_text(session, document_id)
    start, end = _trim(text.text, start, end)
    return _build(text, document_id, start, end, category=category, note=note, analyst=session.analyst)


def _build(
    text: DocumentText, document_id: str, start: int, end: int, *, category: str, note: str, analyst: str
) -> Annotation:
    if not 0 <= start < end <= len(text.text):
        raise DomainError(f"the selection {start}-{end} is outside the document (length {len(text.text)})")
    sel = describe(text.text, start, end)
    stamp = now_iso()
    return Annotation(
        id=AnnotationId(new_id()),
        document_id=DocumentId(document_id),
        start=start,
        end=end,
        exact=sel.exact,
        prefix=sel.prefix,
        suffix=sel.suffix,
        pages=text.pages_of(start, end),
        quads=text.quads(start, end),
        category=category,
        note=note,
        analyst=analyst,
        created=stamp,
        modified=stamp,
        **ocr_fields(text, start, end),
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop white space at the ends of a selection, as a reader expects."""
    if not 0 <= start < end <= len(text):
        raise DomainError(f"the selection {start}-{end} is outside the document (length {len(text)})")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        raise DomainError("select some text first")
    return start, end


def create_annotation(
    session: ProjectSession, document_id: str, start: int, end: int, *, category: str = "highlight", note: str = ""
) -> c.Command:
    ann = new_annotation(session, document_id, start, end, category=category, note=note)
    return c.Command(f"Highlight “{short(ann.exact)}”", (c.insert(ann),))


def range_from_points(
    session: ProjectSession, document_id: str, a: tuple[int, float, float], b: tuple[int, float, float]
) -> tuple[int, int]:
    """The reading-order range between two points, which may lie on different pages, snapped to whole words
    without the trailing comma or space a drag picks up (word_snap)."""
    text = document_text(session, document_id)
    first, second = text.offset_at(*a), text.offset_at(*b)
    if first is None or second is None:
        raise DomainError("there is no text under the selection")
    lo, hi = min(first, second), max(first, second)
    return snap_to_words(text.text, *text.whole_ocr_words(lo, hi + 1))


def edit_annotation(
    session: ProjectSession, annotation_id: str, *, category: str | None = None, note: str | None = None
) -> c.Command:
    ann: Annotation = session.project.get(Kind.ANNOTATION, annotation_id)
    new = replace(
        ann,
        category=ann.category if category is None else category,
        note=ann.note if note is None else note,
        modified=now_iso(),
    )
    return c.Command("Edit annotation", (c.replace(session.project, new),))


def delete_annotation(session: ProjectSession, annotation_id: str) -> c.Command:
    ann: Annotation = session.project.get(Kind.ANNOTATION, annotation_id)
    return c.Command(f"Delete highlight “{short(ann.exact)}”", tuple(c.delete(session.project, Kind.ANNOTATION, ann.id)))


def reattach(session: ProjectSession, annotation_id: str, start: int, end: int) -> c.Command:
    """Anchor an (orphan) annotation to a new selection by hand; its links and note stay."""
    ann: Annotation = session.project.get(Kind.ANNOTATION, annotation_id)
    text = document_text(session, ann.document_id)
    start, end = _trim(text.text, start, end)
    fresh = _build(text, ann.document_id, start, end, category=ann.category, note=ann.note, analyst=ann.analyst)
    new = replace(fresh, id=ann.id, created=ann.created, status=AnchorStatus.EXACT, score=None)
    return c.Command(f"Re-attach “{short(ann.exact)}”", (c.replace(session.project, new),))


def create_region(
    session: ProjectSession, document_id: str, page: int, x: float, y: float, width: float, height: float, *,
    category: str = "highlight", note: str = "",
) -> c.Command:
    ann = new_region(session, document_id, page, x, y, width, height, category=category, note=note)
    title = session.project.documents[document_id].title
    return c.Command(f"Mark a region of “{short(title)}”", (c.insert(ann),))


def new_region(
    session: ProjectSession, document_id: str, page: int, x: float, y: float, width: float, height: float, *,
    category: str = "highlight", note: str = "",
) -> Annotation:
    """A region annotation for a rectangle of a page image (x, y, width, height in page points: pixels for an image).

    A region has no quote (start == end == the page's first offset); it is stored as one quad and never
    re-anchored, since it marks pixels, not text.
    """
    doc = session.project.documents.get(document_id)
    if doc is None:
        raise DomainError(f"no document with id {document_id}")
    if not doc.kind.paged or doc.pages is None:
        raise DomainError(f"“{short(doc.title)}” has no pages; regions can be drawn on images, PDFs and EPUBs")
    if not 0 <= page < doc.pages:
        raise DomainError(f"“{short(doc.title)}” has no page {page + 1}")
    from app.services.rendering import page_size  # lazy: it opens the file with PyMuPDF

    size = page_size(session, document_id, page)
    x0, y0 = max(0.0, min(x, x + width)), max(0.0, min(y, y + height))
    x1, y1 = min(size[0], max(x, x + width)), min(size[1], max(y, y + height))
    if x1 - x0 < 1 or y1 - y0 < 1:
        raise DomainError(f"the region {x:g},{y:g},{width:g},{height:g} is empty or outside the page "
                          f"({size[0]:g}×{size[1]:g})")
    text = document_text(session, document_id)
    at = next((p.start for p in text.pages if p.index == page), 0)
    stamp = now_iso()
    return Annotation(
        id=AnnotationId(new_id()), document_id=DocumentId(document_id), start=at, end=at, exact="",
        pages=(page,), quads=(Quad(page, round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)),),
        category=category, note=note, analyst=session.analyst, created=stamp, modified=stamp,
    )
