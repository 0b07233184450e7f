"""Annotations: highlighted spans of a document's canonical text.

Offsets count Python code points (not UTF-16 units, unlike Hypothesis) over the canonical text
(see normalize.py). An annotation keeps redundant selectors (position, quote with prefix/suffix,
pages and quads) so it can be re-anchored when the text changes; one that cannot is an orphan,
never deleted.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from app.domain import validation as v
from app.domain.errors import DomainError
from app.domain.ids import AnnotationId, DocumentId

CONTEXT = 32  # characters of prefix and suffix kept with the quote


class AnchorStatus(StrEnum):
    EXACT = "exact"  # found where it was
    MOVED = "moved"  # same quote, another position
    FUZZY = "fuzzy"  # approximate match of the quote
    ORPHAN = "orphan"  # not found; kept with its quote


class Category(StrEnum):
    """Suggested categories; any non-empty word is accepted."""

    HIGHLIGHT = "highlight"
    CLAIM = "claim"
    ACTOR = "actor"
    SOURCE = "source"
    QUESTION = "question"


class Quad(NamedTuple):
    """An axis-aligned box on a page in PDF points, origin top-left (PyMuPDF's page coordinates).

    A NamedTuple rather than a dataclass: a project holds one or more per annotation, and building
    them is a large share of the time it takes to open a big project.
    """

    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    def as_list(self) -> list[float | int]:
        return [self.page, self.x0, self.y0, self.x1, self.y1]


# Default highlight colours per category, shared by the GUI and the annotated-PDF export.
CATEGORY_COLORS: dict[str, str] = {
    "highlight": "#ffd54f",  # amber
    "claim": "#ff8a65",  # coral
    "actor": "#f06292",  # pink: blue would look like the text selection
    "source": "#81c784",  # green
    "question": "#ba68c8",  # violet
}
FALLBACK_COLOR = "#b0bec5"


@dataclass(frozen=True, slots=True)
class Annotation:
    id: AnnotationId
    document_id: DocumentId
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    pages: tuple[int, ...] = ()
    quads: tuple[Quad, ...] = ()
    category: str = Category.HIGHLIGHT.value
    note: str = ""
    analyst: str = ""
    created: str = ""
    modified: str = ""
    status: AnchorStatus = AnchorStatus.EXACT
    score: float | None = None  # match quality 0..1 for fuzzy anchors
    ocr: bool = False  # the quote is OCR text (recognised from the page image, not a text layer)
    ocr_confidence: float | None = None  # mean word confidence 0..1 from the OCR engine, for OCR quotes
    rev: int = 1  # revision: 1 on create, +1 per change (docs/reference/merge.md)
    history: tuple[str, ...] = ()  # content hashes of earlier revisions, newest last (docs/reference/merge.md)

    @property
    def region(self) -> bool:
        """A region of a page image (a rectangle on a photo or screenshot): quads only, no quote, start == end."""
        return self.start == self.end and not self.exact

    def __post_init__(self) -> None:
        if not self._plainly_valid():
            self._check_each()

    def _check_each(self) -> None:
        """The invariants one by one; DomainError naming the first one broken."""
        v.integer(self.start, "start")
        v.integer(self.end, "end")
        if self.region:
            v.require(len(self.quads) >= 1, "a region annotation needs its rectangle (quads)")
        else:
            if self.end <= self.start:  # the message is built only when needed: check() runs this per annotation
                raise DomainError(f"an annotation must span at least one character ({self.start}-{self.end})")
            v.text(self.exact, "quote", required=True, limit=1_000_000)
        v.require(self.ocr_confidence is None or 0.0 <= self.ocr_confidence <= 1.0, "ocr_confidence must be 0..1")
        v.require(
            len(self.exact) == self.end - self.start or self.status is AnchorStatus.ORPHAN,
            "the quote length must equal end - start",
        )
        v.text(self.prefix, "prefix", limit=CONTEXT)
        v.text(self.suffix, "suffix", limit=CONTEXT)
        v.text(self.category, "category", required=True, limit=64)
        v.text(self.note, "note")
        v.text(self.analyst, "analyst", limit=200)
        if not isinstance(self.status, AnchorStatus):
            raise DomainError(f"unknown anchor status {self.status!r}")

    def _plainly_valid(self) -> bool:
        """Whether this is a usual text annotation that passes every check of _check_each, in one expression
        (1.1 against 1.7 µs: `check` and merge validate 50,000 at a time). False sends it through those
        checks, which accept it (regions, orphans, None for text) or name the problem."""
        start, end, exact, oc = self.start, self.end, self.exact, self.ocr_confidence
        str_ = str
        return (type(start) is int and type(end) is int and 0 <= start < end
                and type(exact) is str_ and len(exact) == end - start and len(exact) <= 1_000_000 and bool(exact.strip())
                and (oc is None or type(oc) is float and 0.0 <= oc <= 1.0)
                and type(self.prefix) is str_ and len(self.prefix) <= CONTEXT
                and type(self.suffix) is str_ and len(self.suffix) <= CONTEXT
                and type(self.category) is str_ and len(self.category) <= 64 and bool(self.category.strip())
                and type(self.note) is str_ and len(self.note) <= v.MAX_TEXT
                and type(self.analyst) is str_ and len(self.analyst) <= 200
                and type(self.status) is AnchorStatus)
