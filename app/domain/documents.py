"""The Document record: what a project knows about an imported file (not its text)."""

from dataclasses import dataclass, field
from enum import StrEnum

from app.domain import validation as v
from app.domain.ids import DocumentId


class DocumentKind(StrEnum):
    TEXT = "text"
    HTML = "html"
    PDF = "pdf"
    EPUB = "epub"

    @property
    def paged(self) -> bool:
        return self in (DocumentKind.PDF, DocumentKind.EPUB)


@dataclass(frozen=True, slots=True)
class DocumentMetadata:
    author: str = ""
    publisher: str = ""  # publisher or site name
    published: str = ""  # ISO date
    url: str = ""
    language: str = ""

    def __post_init__(self) -> None:
        for name in ("author", "publisher", "url", "language"):
            v.text(getattr(self, name), name, limit=2000)
        v.date(self.published, "published date")


@dataclass(frozen=True, slots=True)
class Document:
    id: DocumentId
    title: str
    kind: DocumentKind
    original_name: str
    sha256: str  # of the original file's bytes; names the stored copy
    text_sha256: str  # of the canonical text (UTF-8)
    pages: int | None = None  # for paged kinds
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)
    extractor: str = ""  # tool and version that produced the canonical text, e.g. "pymupdf 1.26.0"
    imported_at: str = ""
    encoding: str = ""  # detected text encoding, for text files
    previous_sha256: tuple[str, ...] = ()  # older versions this one replaced, oldest first
    rev: int = 1  # revision: 1 on create, +1 per change (docs/merge.md)
    history: tuple[str, ...] = ()  # content hashes of earlier revisions, newest last (docs/merge.md)

    def __post_init__(self) -> None:
        v.text(self.title, "title", limit=2000)
        v.require(len(self.sha256) == 64, "sha256 must be 64 hex digits")
        v.require(len(self.text_sha256) == 64, "text_sha256 must be 64 hex digits")
        if self.kind.paged:
            v.require(isinstance(self.pages, int) and self.pages >= 0, "a paged document needs a page count")
