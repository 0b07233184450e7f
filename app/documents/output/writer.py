"""A small text -> PDF typesetter for the demo project and tests (A4, Helvetica with Cyrillic, 1-3 columns)."""

import pymupdf

from app.documents.formats.mupdf import MUPDF_LOCK

PAGE = pymupdf.paper_rect("a4")
MARGIN = 56.0
GUTTER = 24.0
FONT_SIZE = 11.0
LEADING = 14.0
TITLE_SIZE = 16.0


def text_to_pdf(title: str, body: str, *, columns: int = 1, author: str = "", created: str = "") -> bytes:
    """Title across the top of page 1, then paragraphs (split on blank lines) flowing down each column.

    `created` is an ISO date written as the PDF creation date.
    """
    if not 1 <= columns <= 3:
        raise ValueError("columns must be 1, 2 or 3")
    with MUPDF_LOCK:
        return _typeset(title, body, columns, author, created)


def _typeset(title: str, body: str, columns: int, author: str, created: str) -> bytes:
    font, bold = pymupdf.Font("helv"), pymupdf.Font("hebo")
    doc = pymupdf.open()
    col_width = (PAGE.width - 2 * MARGIN - (columns - 1) * GUTTER) / columns
    page, writer = _new_page(doc)
    y = MARGIN + TITLE_SIZE
    for line in _wrap(title, bold, TITLE_SIZE, PAGE.width - 2 * MARGIN):
        writer.append((MARGIN, y), line, font=bold, fontsize=TITLE_SIZE)
        y += TITLE_SIZE * 1.3
    top, column = y + LEADING, 0
    y = top
    for paragraph in (p for p in body.split("\n\n") if p.strip()):
        for line in _wrap(" ".join(paragraph.split()), font, FONT_SIZE, col_width):
            if y > PAGE.height - MARGIN:
                column += 1
                if column == columns:
                    writer.write_text(page)
                    page, writer = _new_page(doc)
                    column, top = 0, MARGIN + FONT_SIZE
                y = top
            writer.append((MARGIN + column * (col_width + GUTTER), y), line, font=font, fontsize=FONT_SIZE)
            y += LEADING
        y += LEADING  # blank line between paragraphs: MuPDF then makes each paragraph its own block
    writer.write_text(page)
    doc.set_metadata({"title": title, "author": author, "creationDate": _pdf_date(created),
                      "producer": "Sourcemark"})
    data = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return data


def _new_page(doc: pymupdf.Document) -> tuple[pymupdf.Page, pymupdf.TextWriter]:
    page = doc.new_page(width=PAGE.width, height=PAGE.height)
    return page, pymupdf.TextWriter(page.rect)


def _wrap(text: str, font: pymupdf.Font, size: float, width: float) -> list[str]:
    # Font.text_length sums glyph advances (no kerning), so a line's width is the sum of its words' and
    # spaces' widths: measuring each word once keeps this linear (it was most of the demo's start-up).
    space = font.text_length(" ", fontsize=size)
    lines: list[str] = []
    current, current_width = "", 0.0
    for word in text.split():
        word_width = font.text_length(word, fontsize=size)
        if current and current_width + space + word_width > width:
            lines.append(current)
            current, current_width = word, word_width
        elif current:
            current, current_width = f"{current} {word}", current_width + space + word_width
        else:
            current, current_width = word, word_width
    if current:
        lines.append(current)
    return lines


def _pdf_date(iso: str) -> str:
    digits = iso.replace("-", "")[:8]
    return f"D:{digits}000000Z" if len(digits) == 8 and digits.isdigit() else ""
