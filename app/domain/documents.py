"""The Document record: what a project knows about an imported file (not its text)."""

from dataclasses import dataclass, field
from enum import StrEnum

from app.domain import validation as v
from app.domain.ids import DocumentId


def web_url(value: str) -> str:
    """`value` when it is an http(s) address with a host and no spaces, else "": a javascript:, data: or file:
    address from a capture or a page's canonical link must never become a document's URL (every export and
    report would carry it as a link)."""
    scheme, sep, rest = value.partition(":")
    if sep and scheme.lower() in ("http", "https") and rest.startswith("//") and len(rest) > 2 \
            and not any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in value):
        return value
    return ""


class DocumentKind(StrEnum):
    TEXT = "text"
    HTML = "html"
    PDF = "pdf"
    EPUB = "epub"
    IMAGE = "image"  # PNG, JPEG, WebP, GIF, HEIF (first frame): one page; TIFF: a page per page. Points = pixels

    @property
    def paged(self) -> bool:
        return self in (DocumentKind.PDF, DocumentKind.EPUB, DocumentKind.IMAGE)


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
class Provenance:
    """Where a captured page came from, as its archive states it (web captures; EXIF may join `extra`).

    Absent on a document (None) means no provenance is known: plain files and projects from before it.
    """

    source_url: str = ""  # the URL the page was captured from
    captured_at: str = ""  # the capture time as the archive states it, RFC 3339 with its zone; "" if unreadable
    captured_at_source: str = ""  # where that time came from, e.g. "WARC-Date header", "MHTML Date header"
    archive_format: str = ""  # mhtml, singlefile, warc, wacz
    archive_record: str = ""  # which page of the archive: the WARC-Record-ID, or the MHTML part's location
    archive_digest: str = ""  # the archive's own digest of the page, e.g. "sha1:..." from WARC-Payload-Digest
    digest_check: str = ""  # "verified", "verified-other-convention", "cannot-check", "mismatch" (app/domain/
    #                        digest_verdicts.py; extra["digest_note"] says which convention or why); "" not an archive
    payload_sha256: str = ""  # our sha256 of the page's HTML as stored in the archive (the document's
    #                          `sha256` is of the whole file)
    extra: dict[str, str] = field(default_factory=dict, hash=False)  # format-specific facts, shown as is

    def __post_init__(self) -> None:
        for name in ("source_url", "captured_at", "captured_at_source", "archive_format", "archive_record",
                     "archive_digest", "digest_check", "payload_sha256"):
            v.text(getattr(self, name), name, limit=4000)
        v.require(isinstance(self.extra, dict) and len(self.extra) <= 200, "extra must be an object of at most 200 entries")
        for key, value in self.extra.items():
            v.text(key, "extra key", limit=200)
            v.text(value, f"extra[{key!r}]", limit=4000)


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
    provenance: Provenance | None = None  # web captures: captured URL, capture time, archive digest
    # Camera, time and place from an image's EXIF (make, model, datetime_original, gps_latitude, ...); {} otherwise.
    exif: dict[str, str] = field(default_factory=dict, hash=False)
    # Web pages: passages left out of the text as hidden from visitors (hidden attribute, display:none, ...).
    hidden_passages: tuple[str, ...] = field(default=(), hash=False)
    ocr_layer: str = ""  # sha256 of the stored OCR words (originals/<sha256>.json) merged into the text; "" = none
    rev: int = 1  # revision: 1 on create, +1 per change (docs/reference/merge.md)
    history: tuple[str, ...] = ()  # content hashes of earlier revisions, newest last (docs/reference/merge.md)

    @property
    def companion_sha256(self) -> tuple[str, ...]:
        """Stored files besides the original that its evidence needs: the WARC of a PDF, image or rendering
        captured from the web (`sourcemark capture`), named in provenance.extra["warc_sha256"]."""
        warc = self.provenance.extra.get("warc_sha256", "") if self.provenance else ""
        return (warc,) if len(warc) == 64 and warc != self.sha256 else ()

    @property
    def record_key(self) -> str:
        """"" for a whole file; the archive record for a page taken out of a web archive."""
        return self.provenance.archive_record if self.provenance else ""

    def __post_init__(self) -> None:
        v.text(self.title, "title", limit=2000)
        v.require(len(self.sha256) == 64, "sha256 must be 64 hex digits")
        v.require(len(self.text_sha256) == 64, "text_sha256 must be 64 hex digits")
        if self.kind.paged:
            v.require(isinstance(self.pages, int) and self.pages >= 0, "a paged document needs a page count")
        v.require(isinstance(self.exif, dict) and len(self.exif) <= 100, "exif must be an object of at most 100 fields")
        for key, value in self.exif.items():
            v.text(key, "an exif field name", required=True, limit=64)
            v.text(value, f"exif {key}", limit=2000)
        v.require(isinstance(self.hidden_passages, tuple) and len(self.hidden_passages) <= 100,
                  "hidden_passages must be a list of at most 100 passages")
        for passage in self.hidden_passages:
            v.text(passage, "a hidden passage", limit=2000)
        v.require(self.ocr_layer == "" or (isinstance(self.ocr_layer, str) and len(self.ocr_layer) == 64
                                           and set(self.ocr_layer) <= set("0123456789abcdef")),
                  "ocr_layer must be empty or 64 lower-case hex digits")
