"""What comes in with a merge, checked before it counts: the files an incoming document needs (original,
OCR layer, text made again here), and incoming annotations anchored in the text they will point into.

Called by app.services.merge.merging.preview_merge; the rules are in docs/reference/trust.md.
"""

import dataclasses
from collections.abc import Callable
from typing import Any, NamedTuple

from app.domain.errors import DocumentError, DomainError, PasswordRequired, SourcemarkError, StoreError
from app.domain.geometry import DocumentText
from app.domain.links import Kind
from app.domain.records import from_trusted, to_record
from app.exchange.project_merge import Change, ProjectMergePlan
from app.services import commands as c
from app.services import documents, evidence
from app.services.session import ProjectSession


class FileSource(NamedTuple):
    """Where incoming content-addressed files come from: another project's folder (merge) or a server (sync).

    `read(sha256)` gives the bytes checked against that hash, or None when the source lacks them;
    `suffix(sha256)` the file-name suffix to store them under."""

    name: str
    read: Callable[[str], bytes | None]
    suffix: Callable[[str], str]


def project_source(other: ProjectSession) -> FileSource:
    def suffix(sha256: str) -> str:
        path = other.store.original_path(sha256)
        return path.suffix if path else ""

    return FileSource(other.project.name, other.store.read_original, suffix)


def files_for(session: ProjectSession, other: ProjectSession | FileSource, plan: ProjectMergePlan) -> list[c.StoredFile]:
    """Every file an incoming document version needs that this project lacks: its original, its OCR layer
    and its text cache, for new documents and new versions (a conflict may take theirs too).

    Nothing is taken on trust: each file is read as untrusted (regular file, size limit), checked against
    its hash, and the text is made again here from the original and layer, never copied from their cache.
    A version whose text does not come out as it says is left out (reported), with what hangs on it.
    """
    source = other if isinstance(other, FileSource) else project_source(other)
    docs = [ch.after for ch in plan.changes if ch.kind is Kind.DOCUMENT and ch.after is not None]
    docs += [from_trusted(Kind.DOCUMENT, cf.theirs) for cf in plan.conflicts if cf.kind is Kind.DOCUMENT and cf.theirs]
    files: dict[tuple[str, str], c.StoredFile] = {}
    forged: set[str] = set()
    known = {_version(d) for d in session.project.documents.values()}  # ours: checked when they came in
    for doc in docs:
        try:
            original = _stored(session, source, doc.sha256, doc, "stored copy", files)
            layer = _stored(session, source, doc.ocr_layer, doc, "OCR layer", files) if doc.ocr_layer else None
            for sha in doc.companion_sha256:
                _companion(session, source, sha, files)
        except StoreError as exc:
            raise DomainError(f"{source.name}: {exc}; nothing was merged") from None
        if _version(doc) in known:
            continue  # a text cache of ours with that hash is not enough: the hash may name another text
        try:
            text = documents.text_from_files(doc, original, layer, session.passwords.get(doc.id))
        except PasswordRequired:
            continue  # encrypted: the text is made here when the analyst gives the password
        except DocumentError as exc:
            plan.dropped.append(f"document {doc.id}: its text cannot be made from its original ({exc})")
            forged.add(doc.id)
            continue
        problem = evidence.forged_text(text, doc)
        if problem:
            plan.dropped.append(f"{problem}; left out")
            forged.add(doc.id)
            continue
        known.add(_version(doc))
        if not session.store.has_text(doc.text_sha256):
            files[("text", doc.text_sha256)] = c.StoredFile("text", doc.text_sha256, text)
    if forged:
        _leave_out(plan, forged)
    return list(files.values())


def _version(doc: Any) -> tuple[str, str, str, str]:
    """What a document's text is made from, and the hash it must come out as."""
    return doc.sha256, doc.ocr_layer, doc.record_key, doc.text_sha256


def _stored(session: ProjectSession, source: FileSource, sha256: str, doc: Any, what: str,
            files: dict[tuple[str, str], c.StoredFile]) -> bytes:
    """The bytes of a content-addressed file (ours if we have it, else theirs, then queued for copying)."""
    queued = files.get(("original", sha256))
    if queued is not None:
        return queued.data
    data = session.store.read_original(sha256)
    if data is not None:
        return data
    data = source.read(sha256)
    if data is None:
        raise StoreError(f"the {what} of “{doc.title}” is missing; run 'sourcemark check'")
    files[("original", sha256)] = c.StoredFile("original", sha256, data, source.suffix(sha256))
    return data


def _companion(session: ProjectSession, source: FileSource, sha256: str,
               files: dict[tuple[str, str], c.StoredFile]) -> None:
    """The WARC a captured PDF or image keeps beside its original, read and checked as an original is.
    A missing one is `sourcemark check`'s to report: the document itself is whole without it."""
    if ("original", sha256) in files or session.store.original_path(sha256) is not None:
        return
    data = source.read(sha256)
    if data is not None:
        files[("original", sha256)] = c.StoredFile("original", sha256, data, ".warc.gz")


def _leave_out(plan: ProjectMergePlan, documents_out: set[str]) -> None:
    """Drop incoming versions of these documents (changes and conflicts), keeping this project's own."""
    plan.changes = [ch for ch in plan.changes if not (ch.kind is Kind.DOCUMENT and ch.oid in documents_out)]
    plan.conflicts = [cf for cf in plan.conflicts if not (cf.kind is Kind.DOCUMENT and cf.oid in documents_out)]


def verify_annotations(session: ProjectSession, plan: ProjectMergePlan, files: list[c.StoredFile]) -> None:
    """Anchor every incoming annotation in the text its document will have after the merge, as an import
    is anchored: a quote that is not where it says moves, or becomes an orphan, before it counts."""
    made = {f.key: f.data for f in files if f.kind == "text"}
    incoming_docs = {ch.oid: ch.after for ch in plan.changes if ch.kind is Kind.DOCUMENT and ch.after is not None}
    incoming_docs.update({cf.oid: from_trusted(Kind.DOCUMENT, cf.theirs) for cf in plan.conflicts
                          if cf.kind is Kind.DOCUMENT and cf.theirs})
    texts: dict[str, DocumentText | None] = {}

    def text_of(document_id: str) -> DocumentText | None:
        doc = incoming_docs.get(document_id) or session.project.documents.get(document_id)
        if doc is None:
            return None  # the annotation is left out for its missing document anyway
        if doc.text_sha256 not in texts:
            texts[doc.text_sha256] = made.get(doc.text_sha256) or _text_here(session, doc)
        return texts[doc.text_sha256]

    moved = 0
    for i, ch in enumerate(plan.changes):
        if ch.kind is Kind.ANNOTATION and ch.after is not None:
            text = text_of(ch.after.document_id)
            checked = ch.after if text is None else evidence.verified_annotation(ch.after, text)
            if checked != ch.after:
                plan.changes[i], moved = Change(ch.kind, ch.oid, checked), moved + 1
    for i, cf in enumerate(plan.conflicts):
        if cf.kind is Kind.ANNOTATION and cf.theirs is not None:
            theirs = from_trusted(Kind.ANNOTATION, cf.theirs)
            text = text_of(theirs.document_id)
            checked = theirs if text is None else evidence.verified_annotation(theirs, text)
            if checked != theirs:
                plan.conflicts[i], moved = dataclasses.replace(cf, theirs=to_record(checked)), moved + 1
    if moved:
        plan.dropped.append(f"{moved} annotation(s) whose quote is not where they say in the text: "
                            "re-anchored here (moved, fuzzy or orphan)")


def _text_here(session: ProjectSession, doc: Any) -> DocumentText | None:
    """The canonical text of a document version this project already has (its cache or its original)."""
    try:
        return session.store.get_text(doc.text_sha256) or documents.derive_text(session.folder, doc,
                                                                               session.passwords.get(doc.id))
    except SourcemarkError:
        return None  # encrypted or missing here: the store's check reports what is wrong
