"""Document use cases: add a file to a project, read its canonical text, replace it with a new version."""

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.documents.fingerprint import sha256_bytes
from app.documents.model import LoadedDocument
from app.documents.ocr_text import apply_layer, parse_layer
from app.documents.registry import load_bytes, read_bytes
from app.domain.anchoring import Selectors, anchor
from app.domain.annotations import CONTEXT, AnchorStatus, Annotation
from app.domain.clock import now_iso
from app.domain.documents import Document
from app.domain.errors import DocumentError, DomainError
from app.domain.geometry import DocumentText
from app.domain.ids import DocumentId, new_id
from app.services import commands as c
from app.services.labels import a_kind, short
from app.services.session import ProjectSession

TEXT_CACHE_SIZE = 8


def read_file(path: Path) -> bytes:
    """The file's bytes, or a DocumentError with one clear sentence."""
    return read_bytes(Path(path))


@dataclass
class AddResult:
    document: Document
    added: bool  # False when the same file was already in the project
    warnings: tuple[str, ...] = ()


def add_document(session: ProjectSession, path: Path, *, password: str | None = None) -> AddResult:
    data = read_file(path)
    for doc in session.project.documents.values():
        if doc.sha256 == sha256_bytes(data):
            return AddResult(doc, added=False)
    loaded = load_bytes(data, Path(path).name, password=password)
    _store_files(session, data, Path(path), loaded)
    doc = Document(
        id=DocumentId(new_id()),
        title=loaded.title or Path(path).stem,
        kind=loaded.kind,
        original_name=Path(path).name,
        sha256=loaded.sha256,
        text_sha256=loaded.text_sha256,
        pages=loaded.pages,
        metadata=loaded.metadata,
        extractor=loaded.extractor,
        imported_at=now_iso(),
        encoding=loaded.encoding,
        exif=loaded.exif or {},
    )
    if password:
        session.passwords[doc.id] = password
    session.execute(c.Command(f"Add document “{short(doc.title)}”", (c.insert(doc),)))
    return AddResult(doc, added=True, warnings=tuple(getattr(loaded, "warnings", ())))


def _store_files(session: ProjectSession, data: bytes, path: Path, loaded: LoadedDocument) -> None:
    session.store.put_original(data, loaded.sha256, path.suffix.lower())
    session.store.put_text(loaded.text_sha256, loaded.text)
    _remember(session, loaded.text_sha256, loaded.text)


def _remember(session: ProjectSession, key: str, text: DocumentText) -> None:
    session.texts[key] = text
    session.texts.move_to_end(key)
    while len(session.texts) > TEXT_CACHE_SIZE:
        session.texts.popitem(last=False)


def original_bytes(session: ProjectSession, document_id: str) -> bytes:
    doc = session.project.documents[document_id]
    path = session.store.original_path(doc.sha256)
    if path is None:
        raise DocumentError(f"the stored copy of “{short(doc.title)}” is missing from the project folder")
    return path.read_bytes()


def document_text(session: ProjectSession, document_id: str) -> DocumentText:
    """The canonical text and geometry: memory cache, then the project's text cache, then re-extraction."""
    doc = session.project.documents.get(document_id)
    if doc is None:
        raise DomainError(f"no document with id {document_id}")
    cached = session.texts.get(doc.text_sha256)
    if cached is None:
        cached = session.store.get_text(doc.text_sha256)
        if cached is None:
            loaded = load_bytes(original_bytes(session, document_id), doc.original_name,
                                password=session.passwords.get(document_id))
            cached = loaded.text
            if doc.ocr_layer:
                cached = apply_layer(cached, _ocr_layer(session, doc.ocr_layer))
            if not session.store.read_only:
                session.store.put_text(doc.text_sha256, cached)
    _remember(session, doc.text_sha256, cached)
    return cached


def _ocr_layer(session: ProjectSession, sha256: str) -> dict[str, Any]:
    path = session.store.original_path(sha256)
    if path is None:
        raise DocumentError("the stored OCR layer is missing from the project folder; run OCR again")
    return parse_layer(path.read_bytes())


@dataclass
class ReanchorReport:
    document: Document
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        return ", ".join(f"{self.counts.get(s.value, 0)} {s.value}" for s in AnchorStatus)


def reanchor_annotations(text: DocumentText, annotations: list[Annotation]) -> list[Annotation]:
    """Each annotation found again in `text` (or marked orphan), with pages and quads recomputed."""
    out = []
    for ann in annotations:
        if ann.region:  # a rectangle on the page image: geometry, not text, so nothing to find again
            out.append(ann)
            continue
        found = anchor(text.text, Selectors(ann.exact, ann.prefix, ann.suffix, ann.start, ann.end))
        if found.status is AnchorStatus.ORPHAN:
            out.append(replace(ann, status=AnchorStatus.ORPHAN, score=None))
            continue
        exact = text.text[found.start : found.end]
        out.append(
            replace(
                ann,
                start=found.start,
                end=found.end,
                exact=exact,
                prefix=text.text[max(0, found.start - CONTEXT) : found.start],
                suffix=text.text[found.end : found.end + CONTEXT],
                pages=text.pages_of(found.start, found.end),
                quads=text.quads(found.start, found.end),
                status=found.status,
                score=found.score,
                **ocr_fields(text, found.start, found.end),
            )
        )
    return out


def ocr_fields(text: DocumentText, start: int, end: int) -> dict[str, Any]:
    """`ocr` and `ocr_confidence` of an annotation over [start, end): is its quote OCR text, and how sure."""
    confidence = text.ocr_confidence(start, end) if text.ocr_words else None
    return {"ocr": confidence is not None, "ocr_confidence": confidence}


def replace_document(
    session: ProjectSession, document_id: str, path: Path, *, password: str | None = None
) -> ReanchorReport:
    """Import a new version of a document, keep the old original, and re-anchor its annotations."""
    old = session.project.documents.get(document_id)
    if old is None:
        raise DomainError(f"no document with id {document_id}")
    data = read_file(path)
    loaded = load_bytes(data, Path(path).name, password=password)
    if loaded.kind is not old.kind:
        raise DomainError(f"{Path(path).name} is {a_kind(loaded.kind)} file but the document it replaces is {a_kind(old.kind)}")
    _store_files(session, data, Path(path), loaded)
    new_doc = replace(
        old,
        sha256=loaded.sha256,
        text_sha256=loaded.text_sha256,
        pages=loaded.pages,
        original_name=Path(path).name,
        extractor=loaded.extractor,
        encoding=loaded.encoding,
        exif=loaded.exif or {},
        ocr_layer="",  # a new version has not been OCR'd yet
        imported_at=now_iso(),
        previous_sha256=(*old.previous_sha256, old.sha256) if loaded.sha256 != old.sha256 else old.previous_sha256,
    )
    annotations = session.project.annotations_of(document_id)
    moved = reanchor_annotations(loaded.text, annotations)
    ops = [c.replace(session.project, new_doc)]
    ops += [c.replace(session.project, a) for a, before in zip(moved, annotations) if a != before]
    if password:
        session.passwords[document_id] = password
    session.execute(
        c.Command(f"Replace “{short(old.title)}” with a new version", tuple(ops), frozenset({document_id}))
    )
    counts = {status.value: 0 for status in AnchorStatus}
    for ann in moved:
        counts[ann.status.value] = counts.get(ann.status.value, 0) + 1
    return ReanchorReport(new_doc, counts)


METADATA_FIELDS = ("author", "publisher", "published", "url", "language")


def edit_document(session: ProjectSession, document_id: str, *, title: str | None = None, **metadata: str) -> c.Command:
    """Correct a document's title or metadata (author, publisher, published date, URL, language).

    Extraction often misses these for saved pages and text files, and exports cite them: ClaimReview's
    `appearance`, the W3C target's source.
    """
    doc = session.project.documents.get(document_id)
    if doc is None:
        raise DomainError(f"no document with id {document_id}")
    unknown = set(metadata) - set(METADATA_FIELDS)
    if unknown:
        raise DomainError(f"a document has no field {', '.join(sorted(unknown))}")
    new_title = doc.title if title is None else title.strip()
    if not new_title:
        raise DomainError("a document needs a title")
    new = replace(doc, title=new_title, metadata=replace(doc.metadata, **{k: v.strip() for k, v in metadata.items()}))
    return c.Command(f"Edit details of “{short(new_title)}”", (c.replace(session.project, new),))
