"""A copy of a PDF with the project's highlights written in as PDF highlight annotations.

Other readers (Acrobat, Preview, Okular, browsers) show them with their note as a pop-up, so an
analyst can hand an annotated PDF to a colleague who does not use Sourcemark.
"""

from collections import defaultdict
from dataclasses import dataclass

import pymupdf

from app.documents.mupdf import MUPDF_LOCK, open_document
from app.domain.annotations import Quad
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError


@dataclass(frozen=True, slots=True)
class PdfMark:
    quads: tuple[Quad, ...]  # page coordinates as displayed (rotation applied), as the geometry stores them
    color: str  # "#rrggbb"
    author: str
    text: str  # the pop-up note: category, note, links


def write_highlights(data: bytes, name: str, marks: list[PdfMark], password: str | None = None) -> bytes:
    doc = open_document(data, DocumentKind.PDF, name, password)
    try:
        with MUPDF_LOCK:
            for mark in marks:
                _add(doc, mark)
            return doc.tobytes(garbage=1, deflate=True)
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - MuPDF errors on odd pages become one message
        raise DocumentError(f"highlights could not be written into {name}.") from exc
    finally:
        with MUPDF_LOCK:
            doc.close()


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
