"""Document use cases: add a file to a project, read its canonical text, replace it with a new version."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.documents import text_rules
from app.documents.archives.pages import ArchivePage
from app.documents.fingerprint import sha256_bytes, sha256_text
from app.documents.model import LoadedDocument
from app.documents.ocr.text_layer import apply_layer, parse_layer
from app.documents.registry import load_all, load_bytes, pages, read_bytes
from app.domain.anchoring import Selectors, anchor, describe
from app.domain.annotations import AnchorStatus, Annotation
from app.domain.clock import now_iso
from app.domain.documents import Document
from app.domain.errors import DocumentError, DomainError
from app.domain.geometry import DocumentText
from app.domain.ids import DocumentId, new_id
from app.services import commands as c
from app.services.labels import a_kind, short
from app.services.session import ProjectSession
from app.store.originals import read as read_original
from app.store.texts import read_cache as read_text_cache


def read_file(path: Path) -> bytes:
    """The file's bytes, or a DocumentError with one clear sentence."""
    return read_bytes(Path(path))


@dataclass
class AddResult:
    document: Document
    added: bool  # False when the same file was already in the project
    warnings: tuple[str, ...] = ()
    command: c.Command | None = None  # what the caller executes (None when nothing is to add)


def add_document(session: ProjectSession, path: Path, *, password: str | None = None, record: str = "") -> AddResult:
    """One document (for a web archive the page `record` names, record id or URL, else its first page) in a
    command adding it with its original and text cache; the caller executes `result.command`."""
    batch = add_documents(session, path, password=password, records=[record] if record else None, first_only=True)
    return replace(batch.results[0], command=batch.command)


@dataclass
class AddBatch:
    results: list[AddResult]
    command: c.Command | None = None  # one command adding every new document: one undo step, all or nothing


def add_documents(session: ProjectSession, path: Path, *, password: str | None = None,
                  records: Sequence[str] | None = None, first_only: bool = False) -> AddBatch:
    """Every document the file makes: one, or one per chosen (default: every) HTML page of a web archive,
    added by one command the caller executes. A page already in the project (same file, same record) is
    reported, not added twice."""
    data = read_file(path)
    name = Path(path).name
    sha = sha256_bytes(data)
    for doc in session.project.documents.values():
        if doc.sha256 == sha and not doc.record_key:  # the same plain file: no need to read it again
            return AddBatch([AddResult(doc, added=False)])
    results: list[AddResult] = []
    files: dict[tuple[str, str], c.StoredFile] = {}
    for loaded in load_all(data, name, password=password, records=records, first_only=first_only):
        key = loaded.provenance.archive_record if loaded.provenance else ""
        existing = next((d for d in session.project.documents.values()
                         if d.sha256 == loaded.sha256 and d.record_key == key), None)
        if existing is not None:
            results.append(AddResult(existing, added=False))
            continue
        files.update({(f.kind, f.key): f for f in _files(data, Path(path), loaded)})  # pages share one original
        results.append(AddResult(_new_document(loaded, Path(path)), added=True, warnings=tuple(loaded.warnings)))
    new = [r.document for r in results if r.added]
    if password:
        session.passwords.update({doc.id: password for doc in new})  # memory only; harmless if never run
    if not new:
        return AddBatch(results)
    label = f"Add document “{short(new[0].title)}”" if len(new) == 1 else f"Add {len(new)} pages of “{short(name)}”"
    return AddBatch(results, c.Command(label, tuple(c.insert(doc) for doc in new), files=tuple(files.values())))


def _new_document(loaded: LoadedDocument, path: Path) -> Document:
    return Document(
        id=DocumentId(new_id()),
        title=loaded.title or path.stem,
        kind=loaded.kind,
        original_name=path.name,
        sha256=loaded.sha256,
        text_sha256=loaded.text_sha256,
        pages=loaded.pages,
        metadata=loaded.metadata,
        extractor=loaded.extractor,
        imported_at=now_iso(),
        encoding=loaded.encoding,
        provenance=loaded.provenance,
        exif=loaded.exif or {},
        hidden_passages=loaded.hidden_passages,
    )


def archive_pages(path: Path) -> list[ArchivePage]:
    """The HTML pages a web archive (WARC, WACZ) offers, each with .record, .url, .captured_at, .title,
    .size; [] for any other file. For choosing pages before adding them."""
    return pages(read_file(path), Path(path).name)


def _files(data: bytes, path: Path, loaded: LoadedDocument) -> tuple[c.StoredFile, ...]:
    return (
        c.StoredFile("original", loaded.sha256, data, path.suffix.lower()),
        c.StoredFile("text", loaded.text_sha256, loaded.text),
    )


def original_bytes(session: ProjectSession, document_id: str) -> bytes:
    doc = session.project.documents[document_id]
    data = session.store.read_original(doc.sha256)
    if data is None:
        raise DocumentError(f"the stored copy of “{short(doc.title)}” is missing from the project folder")
    return data


def document_text(session: ProjectSession, document_id: str) -> DocumentText:
    """The canonical text and geometry: memory cache, then the project's text cache, then re-extraction."""
    text = text_job(session, document_id)()
    keep_text(session, document_id, text)
    return text


def text_job(session: ProjectSession, document_id: str) -> Callable[[], DocumentText]:
    """A function that reads the document's text without touching the session or the store, for a worker
    thread: everything it needs is captured here, on the caller's thread. Hand its result to `keep_text`."""
    doc = session.project.documents.get(document_id)
    if doc is None:
        raise DomainError(f"no document with id {document_id}")
    cached = session.texts.get(doc.text_sha256)
    if cached is not None:
        return lambda: cached
    cache_path = session.store.text_path(doc.text_sha256)
    folder, password = session.folder, session.passwords.get(document_id)

    def load() -> DocumentText:
        found = read_text_cache(cache_path, doc.text_sha256)
        if found is not None:
            return found
        return derive_text(folder, doc, password)

    return load


def derive_text(folder: Path, doc: Document, password: str | None = None) -> DocumentText:
    """The document's canonical text made again from its stored original (and OCR layer), each read as
    untrusted (regular file, size limit, hash checked): what a text cache must equal. No session state."""
    original = read_original(folder, doc.sha256)
    if original is None:
        raise DocumentError(f"the stored copy of “{short(doc.title)}” is missing from the project folder")
    layer = read_original(folder, doc.ocr_layer) if doc.ocr_layer else None
    return text_from_files(doc, original, layer, password)


def text_from_files(doc: Document, original: bytes, layer: bytes | None, password: str | None = None) -> DocumentText:
    """The canonical text `doc` has when made from these bytes of its original and OCR layer: by today's text
    rules, or by the earlier rules its text was made with (a document an earlier release imported keeps the text
    its annotations stand on; app.documents.text_rules). Neither matching `doc.text_sha256`: today's text, which
    the caller then finds forged (app.services.evidence.forged_text)."""
    text = _made(doc, original, layer, password)
    if sha256_text(text.text) == doc.text_sha256:
        return text
    for revision in text_rules.earlier():
        with text_rules.text_rules(revision):
            earlier = _made(doc, original, layer, password)
        if sha256_text(earlier.text) == doc.text_sha256:
            return earlier
    return text


def _made(doc: Document, original: bytes, layer: bytes | None, password: str | None) -> DocumentText:
    text = load_bytes(original, doc.original_name, password=password, record=doc.record_key).text
    if doc.ocr_layer:
        if layer is None:
            raise DocumentError("the stored OCR layer is missing from the project folder; run OCR again")
        text = apply_layer(text, parse_layer(layer))
    return text


def keep_text(session: ProjectSession, document_id: str, text: DocumentText) -> None:
    """On the session's thread: cache a text a worker read, and write the project's text cache if missing."""
    doc = session.project.documents.get(document_id)
    if doc is None:  # removed while the worker ran
        return
    if not session.store.read_only and not session.store.has_text(doc.text_sha256):
        session.store.put_text(doc.text_sha256, text)
    session.remember_text(doc.text_sha256, text)


@dataclass
class ReanchorReport:
    document: Document
    counts: dict[str, int] = field(default_factory=dict)
    command: c.Command | None = None  # one command: the new version and every re-anchored annotation

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
        sel = describe(text.text, found.start, found.end)  # the domain builds selectors, nobody else
        out.append(
            replace(
                ann,
                start=sel.start,
                end=sel.end,
                exact=sel.exact,
                prefix=sel.prefix,
                suffix=sel.suffix,
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
    session: ProjectSession, document_id: str, path: Path, *, password: str | None = None, record: str = ""
) -> ReanchorReport:
    """A command importing a new version of a document (the old original stays) and re-anchoring its
    annotations; the caller executes `report.command`. From a web archive: the page `record` names, else
    the page captured from the same URL, else the first."""
    old = session.project.documents.get(document_id)
    if old is None:
        raise DomainError(f"no document with id {document_id}")
    data = read_file(path)
    loaded = _load_version(data, Path(path).name, password, record, old)
    if loaded.kind is not old.kind:
        raise DomainError(f"{Path(path).name} is {a_kind(loaded.kind)} file but the document it replaces is {a_kind(old.kind)}")
    new_doc = replace(
        old,
        sha256=loaded.sha256,
        text_sha256=loaded.text_sha256,
        pages=loaded.pages,
        original_name=Path(path).name,
        extractor=loaded.extractor,
        encoding=loaded.encoding,
        exif=loaded.exif or {},
        hidden_passages=loaded.hidden_passages,
        ocr_layer="",  # a new version has not been OCR'd yet
        imported_at=now_iso(),
        provenance=loaded.provenance,
        previous_sha256=(*old.previous_sha256, old.sha256) if loaded.sha256 != old.sha256 else old.previous_sha256,
    )
    if password:
        session.passwords[document_id] = password
    return new_text_version(session, new_doc, loaded.text, f"Replace “{short(old.title)}” with a new version",
                            _files(data, Path(path), loaded))


def new_text_version(session: ProjectSession, new_doc: Document, text: DocumentText, label: str,
                     files: tuple[c.StoredFile, ...]) -> ReanchorReport:
    """One command switching a document to a new record and text (a new version, an OCR layer) and
    re-anchoring its annotations on that text; the caller executes `report.command`."""
    annotations = session.project.annotations_of(new_doc.id)
    moved = reanchor_annotations(text, annotations)
    ops = [c.replace(session.project, new_doc)]
    ops += [c.replace(session.project, a) for a, before in zip(moved, annotations) if a != before]
    command = c.Command(label, tuple(ops), frozenset({new_doc.id}), files=files)
    counts = {status.value: 0 for status in AnchorStatus}
    for ann in moved:
        counts[ann.status.value] += 1
    return ReanchorReport(new_doc, counts, command)


def _load_version(data: bytes, name: str, password: str | None, record: str, old: Document) -> LoadedDocument:
    if not record and old.provenance and old.provenance.source_url:
        try:
            return load_bytes(data, name, password=password, record=old.provenance.source_url)
        except DocumentError:
            pass  # not an archive holding that URL: its first page, or the file itself
    return load_bytes(data, name, password=password, record=record)


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
