"""Evidence checks: does a text cache say what its original says, and does an annotation quote its text?

A text cache can be swapped for other words with its `text_sha256` updated, and an annotation can be
marked `exact` with a quote its document does not contain; both pass every hash. So what comes from
another project (merge, sync) and what `check` inspects is judged against the originals: a text by
making it again from the original (and OCR layer), an annotation by anchoring it in that text as an
import is anchored.
"""

from collections.abc import Iterator, Mapping
from operator import attrgetter
from pathlib import Path

from app.documents.fingerprint import sha256_text
from app.domain.annotations import AnchorStatus, Annotation
from app.domain.documents import Document
from app.domain.errors import DocumentError, PasswordRequired, SourcemarkError
from app.domain.geometry import DocumentText
from app.domain.links import Kind
from app.services.documents import derive_text, reanchor_annotations
from app.services.labels import short
from app.services.session import ProjectSession
from app.store.project_store import ProjectStore

_TEXT_ORDER = attrgetter("start", "end", "id")  # the order Project.annotations_of lists them in


def verified_annotation(ann: Annotation, text: DocumentText) -> Annotation:
    """`ann` as it is when its quote stands where it says in `text`; else re-anchored (moved, fuzzy or
    orphan) as an import would be. Orphans and page regions are kept as they are."""
    if ann.region or ann.status is AnchorStatus.ORPHAN:
        return ann
    if text.text[ann.start : ann.end] == ann.exact and ann.end > ann.start:
        return ann
    return reanchor_annotations(text, [ann])[0]  # its position failed: found by its quote, or an orphan


def forged_text(text: DocumentText, doc: Document) -> str:
    """'' when `text` is the text `doc` names by its text_sha256; else one line saying so."""
    if sha256_text(text.text) == doc.text_sha256:
        return ""
    return (f"document {doc.id}: its text does not match what its original gives (“{short(doc.title)}”: a changed "
            "text cache, or one made by another extractor version)")


def check_evidence(session: ProjectSession, annotations: Mapping[str, list[Annotation]] | None = None) -> Iterator[str]:
    """Problems of the open project's evidence: text caches that differ from what their originals give,
    and annotations whose quote is not where they say in that text. `annotations`: each document's
    annotations (default: the session's project's, which must then be loaded whole)."""
    if annotations is None:
        project = session.project
        anns = project.annotations
        annotations = {doc: [anns[a] for a in ids] for doc, ids in project.annotations_by_document.items()}
    store = session.store
    for doc in sorted(session.project.documents.values(), key=lambda d: d.id):
        if store.original_path(doc.sha256) is None or doc.ocr_layer and store.original_path(doc.ocr_layer) is None:
            continue  # the store's own check reports the missing file
        try:
            derived = derive_text(session.folder, doc, session.passwords.get(doc.id))
        except PasswordRequired:
            continue  # an encrypted original: nothing to compare without its password
        except DocumentError as exc:
            yield f"document {doc.id}: its text cannot be made from the original ({exc})"
            continue
        except SourcemarkError:
            continue  # the original itself is missing or tampered: the store's check reports it
        problem = forged_text(derived, doc)  # a cache read back always hashes to text_sha256: this is the test
        if problem:
            yield problem
            continue
        # one pass in no order finds the suspects (an annotation whose quote stands is returned as itself; the
        # usual case, its quote where it says, is tested inline: one call per annotation was half of this pass);
        # only they are sorted and compared field by field: sorting and comparing 50,000 took a third of the evidence pass
        full = derived.text
        suspects = [a for a in annotations.get(doc.id, ())
                    if not (a.end > a.start and full[a.start : a.end] == a.exact) and verified_annotation(a, derived) is not a]
        for ann in sorted(suspects, key=_TEXT_ORDER):
            if verified_annotation(ann, derived) != ann:
                yield (f"annotation {ann.id}: marked {ann.status} but its quote “{short(ann.exact, 60)}” is not "
                       f"at {ann.start}-{ann.end} of its document's text")


def check_project(session: ProjectSession) -> list[str]:
    """Everything `check` reports: the store's integrity of the folder, then the evidence itself.

    When the store's check finds nothing wrong (and the open would load every record it validated), the
    evidence pass runs over the annotations it validated, so the session need not hold any (`check` opens
    it scoped to project.json: reading and building them twice was a third of `check`). Otherwise the
    session loads everything first, as a full open does: a record the open cannot load is then named the
    way the open names it (StoreError)."""
    with session.store.originals_listed():  # every document's original is looked up, three times
        inspection = session.store.inspect()
        problems = inspection.problems
        objects = inspection.sound_objects
        if objects is None:
            session.load_all()
            found = check_evidence(session)
        else:
            by_document: dict[str, list[Annotation]] = {}
            for ann in objects[Kind.ANNOTATION].values():
                by_document.setdefault(ann.document_id, []).append(ann)
            found = check_evidence(session, by_document)
        return problems + [p for p in found if p not in problems]


def check_folder(folder: Path) -> list[str]:
    """The store's check of a project folder that cannot be opened (damaged records): every problem."""
    return ProjectStore.check_folder(folder)
