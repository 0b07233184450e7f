"""LoadedDocument: everything a loader learned about one file, ready for services to record."""

from dataclasses import dataclass

from app.documents.fingerprint import sha256_bytes, sha256_text
from app.domain.documents import DocumentKind, DocumentMetadata, Provenance
from app.domain.geometry import DocumentText


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    kind: DocumentKind
    title: str
    metadata: DocumentMetadata
    text: DocumentText  # canonical text (+ page geometry for paged kinds)
    extractor: str  # tool and version that produced the text, e.g. "pymupdf 2.0"
    encoding: str  # detected encoding for text and HTML files, "" otherwise
    pages: int | None
    sha256: str  # of the original bytes
    text_sha256: str  # of text.text as UTF-8
    warnings: tuple[str, ...] = ()  # one user-facing sentence each (repaired file, no text layer, ...)
    provenance: Provenance | None = None  # web captures: where and when the page was captured
    exif: dict[str, str] | None = None  # images: camera, time, GPS (see image_decode.read_exif)
    hidden_passages: tuple[str, ...] = ()  # web pages: text left out as hidden from visitors (html_hidden.py)


def make_loaded(data: bytes, kind: DocumentKind, title: str, metadata: DocumentMetadata, text: DocumentText, *,
                extractor: str, encoding: str = "", pages: int | None = None,
                warnings: tuple[str, ...] = ()) -> LoadedDocument:
    """A LoadedDocument with both fingerprints filled in, so no loader forgets one."""
    return LoadedDocument(kind=kind, title=title, metadata=metadata, text=text, extractor=extractor,
                          encoding=encoding, pages=pages, sha256=sha256_bytes(data),
                          text_sha256=sha256_text(text.text), warnings=warnings)
