"""EPUB pages completed from the book's XHTML (epub_xhtml) where MuPDF's layout lost text.

- A fixed-layout page (spine item) whose XHTML words MuPDF mostly did not give gets the XHTML text,
  positioned spans joined in reading order, as its page's text.
- A table cut at the page edge ("Colu headi") is replaced, where its cut lines stand, by the table read
  from the XHTML: one line per row, cells joined by " | ".
Text taken from the XHTML has no box on the page (NO_BOX): it can be searched, quoted and annotated, but
its highlight is not drawn on the page image. Books MuPDF reads whole are left exactly as they were.
"""

import re
from array import array
from collections import Counter
from collections.abc import Sequence

from app.documents.formats.epub_xhtml import Chapter
from app.documents.formats.page_text import PageText
from app.domain.geometry import NO_BOX

_LOST_SHARE = 0.5  # a fixed-layout page missing at least this share of its XHTML words is taken from the XHTML
_LINE = re.compile(r"[^\n]+")


def completed(pages: Sequence[PageText], chapter_pages: Sequence[int], chapters: Sequence[Chapter]) -> tuple[list[PageText], list[str]]:
    """(pages, notes): `pages` with lost fixed-layout text and cut tables taken from the XHTML, and what was done."""
    out = list(pages)
    if len(chapter_pages) != len(chapters) or sum(chapter_pages) != len(pages):
        return out, []  # MuPDF's chapters are not the spine as read here: change nothing
    fixed = tables = 0
    start = 0
    for count, chapter in zip(chapter_pages, chapters):
        span = range(start, start + count)
        start += count
        if not count:
            continue
        if chapter.fixed and _mostly_lost(chapter, [out[i] for i in span]):
            out[span[0]] = _unplaced("\n\n".join(chapter.blocks))
            for i in span[1:]:
                out[i] = _unplaced("")
            fixed += 1
            continue
        for rows in chapter.tables:
            if _replace_cut_table(out, span, rows):
                tables += 1
    notes = []
    if fixed:
        notes.append(f"the text of {fixed} fixed-layout page(s) was taken from the book's XHTML (MuPDF's layout "
                     "lost it); it has no position on the page, so highlights on it are not drawn")
    if tables:
        notes.append(f"{tables} table(s) wider than the page were taken whole from the book's XHTML (the page cut "
                     "them); their text has no position on the page")
    return out, notes


def _unplaced(text: str) -> PageText:
    return PageText(text, array("f", [NO_BOX] * (4 * len(text))))


def _mostly_lost(chapter: Chapter, pages: list[PageText]) -> bool:
    wanted = Counter(chapter.words())
    if not wanted:
        return False
    got = Counter(" ".join(p.text for p in pages).split())
    lost = sum((wanted - got).values())
    return lost >= _LOST_SHARE * sum(wanted.values())


def _replace_cut_table(pages: list[PageText], span: range, rows: list[list[str]]) -> bool:
    """Replace the lines where MuPDF put the cut table; False when the table is whole (or not found)."""
    tokens = {token for row in rows for cell in row for token in cell.split()}
    got = Counter(" ".join(pages[i].text for i in span).split())
    if not tokens or all(got[t] for t in tokens):
        return False
    prefixes = {token[:n] for token in tokens for n in range(1, len(token) + 1)}
    table = "\n".join(" | ".join(cells) for cells in rows)
    done = False
    for i in span:
        run = _table_run(pages[i].text, tokens, prefixes)
        if run is None:
            continue
        begin, end = run
        page = pages[i]
        new = table if not done else ""
        text = page.text[:begin] + new + page.text[end:]
        boxes = page.boxes[: 4 * begin] + array("f", [NO_BOX] * (4 * len(new))) + page.boxes[4 * end:]
        pages[i] = PageText(text, boxes)
        done = True
    return done


def _table_run(text: str, tokens: set[str], prefixes: set[str]) -> tuple[int, int] | None:
    """The longest run of lines made only of table words or their cut-off starts that holds a cut-off word or
    spans two lines or more (a table cut between two columns leaves no word cut)."""
    best: tuple[int, int] | None = None
    begin = end = -1
    cut = False
    lines = 0

    def better() -> bool:
        return begin >= 0 and (cut or lines >= 2) and (best is None or end - begin > best[1] - best[0])

    for match in _LINE.finditer(text):
        words = match.group().split()
        if words and all(w in prefixes for w in words):
            if begin < 0:
                begin, cut, lines = match.start(), False, 0
            end = match.end()
            cut = cut or any(w not in tokens for w in words)
            lines += 1
            continue
        if better():
            best = (begin, end)
        begin = -1
    if better():
        best = (begin, end)
    return best
