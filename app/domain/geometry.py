"""DocumentText: canonical text plus, for paged documents, where each character sits on its page.

Boxes are kept in one flat array of floats per page (x0, y0, x1, y1 per character) so a
1,000-page PDF costs tens of megabytes, not a tuple per character. Characters the loader made up
(newlines between blocks) have the box (-1, -1, -1, -1).
"""

from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

from app.domain.annotations import Quad

NO_BOX = -1.0


@dataclass(frozen=True, slots=True)
class PageLayout:
    index: int
    start: int  # range of the canonical text on this page
    end: int
    width: float
    height: float
    rotation: int = 0
    boxes: "array[float]" = field(default_factory=lambda: array("f"))  # 4 floats per character in [start, end)

    def box(self, offset: int) -> tuple[float, float, float, float] | None:
        i = 4 * (offset - self.start)
        if i < 0 or i + 4 > len(self.boxes) or self.boxes[i] == NO_BOX:
            return None
        b = self.boxes
        return (b[i], b[i + 1], b[i + 2], b[i + 3])


class OcrWord(NamedTuple):
    """A word the OCR engine recognised: its range of the canonical text and its confidence 0..1."""

    start: int
    end: int
    confidence: float


@dataclass(frozen=True, slots=True)
class DocumentText:
    text: str
    pages: tuple[PageLayout, ...] = ()
    ocr_words: tuple[OcrWord, ...] = ()  # in text order; empty unless some pages were OCR'd

    @property
    def ocr_pages(self) -> frozenset[int]:
        """Indexes of the pages whose text came from OCR."""
        return frozenset(p.index for p in self.pages if self._ocr_on(p))

    def _ocr_on(self, page: PageLayout) -> bool:
        i = bisect_right(self.ocr_words, (page.start, -1, 0.0))
        return i < len(self.ocr_words) and self.ocr_words[i].start < page.end

    def ocr_confidence(self, start: int, end: int) -> float | None:
        """Mean confidence of the OCR words overlapping [start, end); None when the range holds no OCR text."""
        words = self.ocr_words
        i = max(bisect_right(words, (start, -1, 0.0)) - 1, 0)
        found = []
        while i < len(words) and words[i].start < end:
            if words[i].end > start:
                found.append(words[i].confidence)
            i += 1
        return round(sum(found) / len(found), 3) if found else None

    def whole_ocr_words(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) grown to whole OCR words: an OCR word's character boxes are estimates, so a drag that
        ends inside one ("Ivan Petrov sai") means the whole word. Text from a text layer is left as it is."""
        words = self.ocr_words
        i = max(bisect_right(words, (start, -1, 0.0)) - 1, 0)
        lo, hi = start, end
        while i < len(words) and words[i].start < end:
            if words[i].end > start:
                lo, hi = min(lo, words[i].start), max(hi, words[i].end)
            i += 1
        return lo, hi

    @property
    def paged(self) -> bool:
        return bool(self.pages)

    def page_at(self, offset: int) -> int | None:
        """Index of the page holding `offset`, or None for unpaged text."""
        if not self.pages:
            return None
        i = bisect_right(self.pages, offset, key=_page_start) - 1
        return self.pages[max(i, 0)].index

    def pages_of(self, start: int, end: int) -> tuple[int, ...]:
        """Indexes of the pages [start, end) touches; found by bisection (a hit list over 1,000 pages)."""
        if not self.pages:
            return ()
        first = max(bisect_right(self.pages, start, key=_page_start) - 1, 0)
        out = []
        for page in self.pages[first:]:
            if page.start >= end:
                break
            if page.end > start:
                out.append(page.index)
        return tuple(out)

    def quads(self, start: int, end: int) -> tuple[Quad, ...]:
        """Boxes covering [start, end), one per run of characters on a line."""
        out: list[Quad] = []
        for page in self.pages:
            if page.end <= start or page.start >= end:
                continue
            run: list[float] | None = None
            for off in range(max(start, page.start), min(end, page.end)):
                box = page.box(off)
                if box is None:
                    continue
                x0, y0, x1, y1 = box
                if run is not None and _same_line(run, box) and x0 >= run[0] - 1:
                    run[1], run[2], run[3] = min(run[1], y0), max(run[2], x1), max(run[3], y1)
                    continue
                if run is not None:
                    out.append(Quad(page.index, run[0], run[1], run[2], run[3]))
                run = [x0, y0, x1, y1]
            if run is not None:
                out.append(Quad(page.index, run[0], run[1], run[2], run[3]))
        return tuple(out)

    def offset_at(self, page_index: int, x: float, y: float) -> int | None:
        """The character offset nearest to a point on a page (for mouse selection)."""
        page = self._page(page_index)
        if page is None:
            return None
        best, best_d = None, float("inf")
        b = page.boxes
        for k in range(0, len(b), 4):
            if b[k] == NO_BOX:
                continue
            dx = 0.0 if b[k] <= x <= b[k + 2] else min(abs(x - b[k]), abs(x - b[k + 2]))
            dy = 0.0 if b[k + 1] <= y <= b[k + 3] else min(abs(y - b[k + 1]), abs(y - b[k + 3]))
            d = dx + 4 * dy  # prefer the same line
            if d < best_d:
                best, best_d = page.start + k // 4, d
                if d == 0:
                    break
        return best

    def range_in_rect(self, page_index: int, x0: float, y0: float, x1: float, y1: float) -> tuple[int, int] | None:
        """First and last+1 offsets of characters whose centre lies in the rectangle, in reading order."""
        page = self._page(page_index)
        if page is None:
            return None
        lo, hi = min(x0, x1), max(x0, x1)
        top, bottom = min(y0, y1), max(y0, y1)
        first = last = None
        b = page.boxes
        for k in range(0, len(b), 4):
            if b[k] == NO_BOX:
                continue
            cx, cy = (b[k] + b[k + 2]) / 2, (b[k + 1] + b[k + 3]) / 2
            if lo <= cx <= hi and top <= cy <= bottom:
                off = page.start + k // 4
                first = off if first is None else first
                last = off
        if first is None or last is None:
            return None
        return first, last + 1

    def _page(self, index: int) -> PageLayout | None:
        for page in self.pages:
            if page.index == index:
                return page
        return None


def _same_line(run: list[float], box: tuple[float, float, float, float]) -> bool:
    overlap = min(run[3], box[3]) - max(run[1], box[1])
    return overlap > 0.5 * min(run[3] - run[1], box[3] - box[1])


_page_start = attrgetter("start")  # C-level key: bisection runs once per search hit
