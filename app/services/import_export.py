"""Export and import use cases: the exchange formats over an open project, imports as one undoable command."""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.domain.annotations import CATEGORY_COLORS, FALLBACK_COLOR, AnchorStatus, Annotation
from app.domain.clock import now_iso
from app.domain.documents import DocumentKind
from app.domain.errors import DomainError, ImportFormatError
from app.domain.links import Kind
from app.domain.project import Project
from app.exchange import claimreview, couch, csv_export, ftm, graphml, json_native, merge, selection, w3c
from app.exchange.labels import annotation_summary
from app.services import commands as c
from app.services.documents import document_text, original_bytes, reanchor_annotations
from app.services.foreign_import import DocumentCounts, plan_foreign
from app.services.import_budget import ImportBudget
from app.services.labels import a_kind
from app.services.session import ProjectSession

if TYPE_CHECKING:  # PyMuPDF is imported only when a PDF is exported
    from app.documents.output.annotated_pdf import AnnotatedPdf

FORMATS = ("json", "csv", "w3c", "claimreview", "couch", "graphml", "ftm")
TABLES = ("annotations", "claims", "actors", "sources", "documents")
MAX_IMPORT_BYTES = 200 * 1024 * 1024


def export(
    session: ProjectSession, fmt: str, *, document_ids: set[str] | None = None, table: str = "annotations",
    author: str = "", url: str = "",
) -> str:
    """The project (or some documents of it) in one of FORMATS, as text ready to write. `author` and
    `url` (with {id} for one page per claim) are for claimreview."""
    project = session.project
    _check_documents(project, document_ids)
    if fmt == "json":
        data = json_native.export_native(
            project, document_ids=document_ids, audit=session.store.read_audit(), exported_at=now_iso()
        )
        return json_native.dumps(data)
    if fmt == "csv":
        if table not in TABLES:
            raise DomainError(f"unknown table {table!r}; use one of: {', '.join(TABLES)}")
        return csv_export.export_csv(project, table=table, document_ids=document_ids)
    if fmt == "w3c":
        return json_native.dumps(w3c.export_w3c(project, document_ids=document_ids))
    if fmt == "claimreview":
        # `author` is the fact-checking organisation; without one each review names its analyst as a Person.
        reviews = claimreview.export_claimreview(project, author=author, document_ids=document_ids, url=url)
        return json_native.dumps(reviews)
    if fmt == "couch":  # a _bulk_docs body (docs/user/sync.md); originals are attached by the sync step
        return json_native.dumps(couch.bulk_docs(_subset(project, document_ids)))
    if fmt == "graphml":
        return graphml.export_graphml(project, document_ids=document_ids)
    if fmt == "ftm":
        return ftm.export_ftm(project, document_ids=document_ids)
    raise DomainError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")


def claimreview_gaps(
    session: ProjectSession, *, document_ids: set[str] | None = None, author: str = "", url: str = ""
) -> list[str]:
    """What Google's fact-check result requires and the ClaimReview export lacks, one line per claim."""
    _check_documents(session.project, document_ids)
    return claimreview.lint(session.project, author=author, document_ids=document_ids, url=url)


def _check_documents(project: Project, document_ids: set[str] | None) -> None:
    for doc_id in document_ids or ():
        if doc_id not in project.documents:
            raise DomainError(f"no document with id {doc_id}")


def _subset(project: Project, document_ids: set[str] | None) -> Project:
    """The project, or what an export of the given documents covers (exchange.selection.select)."""
    if document_ids is None:
        return project
    chosen = selection.select(project, document_ids)
    keep = Project(name=project.name)
    for kind, objs in ((Kind.DOCUMENT, chosen.documents), (Kind.ANNOTATION, chosen.annotations),
                       (Kind.CLAIM, chosen.claims), (Kind.ACTOR, chosen.actors), (Kind.SOURCE, chosen.sources),
                       (Kind.LINK, chosen.links)):
        keep.objects[kind] = {obj.id: obj for obj in objs}
    return keep


def annotated_pdf(session: ProjectSession, document_id: str, *, strip_active: bool = True) -> "AnnotatedPdf":
    """The document's PDF with its highlights written in as PDF annotations (colour by category, note as pop-up),
    with what the original's active content was (JavaScript, launch actions, embedded
    files…) and whether it was dropped (the default) or kept; active_content_note() says it in one line."""
    from app.documents.output.annotated_pdf import PdfMark, write_highlights  # lazy: PyMuPDF only for this export

    doc = session.project.documents.get(document_id)
    if doc is None:
        raise DomainError(f"no document with id {document_id}")
    if doc.kind is not DocumentKind.PDF:
        raise DomainError(f"“{doc.title}” is {a_kind(doc.kind)} document; only PDFs can carry PDF highlights")
    marks = [
        PdfMark(ann.quads, CATEGORY_COLORS.get(ann.category, FALLBACK_COLOR), ann.analyst,
                annotation_summary(session.project, ann))
        for ann in session.project.annotations_of(document_id)
        if ann.quads and ann.status is not AnchorStatus.ORPHAN
    ]
    return write_highlights(original_bytes(session, document_id), doc.original_name, marks,
                            password=session.passwords.get(document_id), strip_active=strip_active)


def active_content_note(result: "AnnotatedPdf") -> str:
    """'' for a PDF without active content; else one line saying what was dropped from the copy, or kept in it."""
    if not result.active:
        return ""
    what = ", ".join(f"{n} {kind}{'s' * (n != 1)}" for kind, n in sorted(result.active.items()))
    if result.stripped:
        return f"dropped from the copy: {what} (the project's original keeps them)"
    return f"the copy keeps the original's active content: {what}"


@dataclass
class ImportReport:
    format: str
    added: dict[str, int] = field(default_factory=dict)
    skipped: int = 0  # already present, unchanged
    conflicts: list[str] = field(default_factory=list)
    orphans: int = 0
    notes: list[str] = field(default_factory=list)
    command: c.Command | None = None  # one command for the whole import; None when nothing is new
    updated: int = 0  # annotations whose foreign original changed since the last import
    not_in_project: int = 0  # annotations of documents this project does not hold
    ambiguous: int = 0  # annotations naming several documents of this project (--document says which)
    documents: dict[str, DocumentCounts] = field(default_factory=dict)  # per project document
    tags: int = 0  # tags of new or updated annotations, kept in their notes (W3C and Hypothesis have them, we do not)
    iris: int = 0  # W3C bodies that are only an IRI, kept in the notes likewise

    def summary(self) -> str:
        new = self.added.get("annotation", 0)
        text = f"{new} new, {self.skipped} already present"
        if self.updated:
            text += f", {self.updated} updated"
        if self.not_in_project:
            text += f", {self.not_in_project} not in this project"
        if self.ambiguous:
            text += f", {self.ambiguous} matching several documents"
        others = [f"{n} {kind}{'s' * (n != 1)}" for kind, n in sorted(self.added.items()) if n and kind != "annotation"]
        if others:
            text += f" (also new: {', '.join(others)})"
        if self.tags or self.iris:
            kept = [f"{n} {one if n == 1 else many}" for n, one, many in (
                (self.tags, "tag", "tags"), (self.iris, "linked address", "linked addresses")) if n]
            text += f"; {' and '.join(kept)} kept in notes"
        if self.orphans:
            text += f"; {self.orphans} could not be anchored (kept as orphans)"
        if self.conflicts:
            text += f"; {len(self.conflicts)} conflicting edits not applied"
        return text


def import_annotations(
    session: ProjectSession, data: bytes, *, document_id: str | None = None, default_document: str | None = None,
    budget: ImportBudget | None = None,
) -> ImportReport:
    """Plan importing a native, W3C or Hypothesis annotation file: the report carries one command (all or
    nothing) that the caller executes, or not (a dry run). W3C and Hypothesis annotations go to the
    document their target names; `document_id` overrides that (files about one document), and
    `default_document` (the GUI's open document) takes the annotations whose target names none. `budget` bounds
    the time and work of anchoring W3C and Hypothesis quotes (ImportStopped past it; nothing imported)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFormatError(f"the file is too large to import ({len(data) // 2**20} MB)")
    fmt = w3c.detect_format(data)
    if fmt == "native":
        return _import_native(session, data)
    foreign = w3c.parse_w3c(data) if fmt == "w3c" else w3c.parse_hypothesis(data)
    plan = plan_foreign(session, fmt, foreign, document_id, default_document, budget)
    # A derived id may already name an annotation of a document this open did not read: read those documents
    # and plan again (the new plan may derive other ids, so until none is taken in what is still unread).
    while not session.store.complete and (
            holders := session.store.unread_holding({op.oid for op in plan.ops if op.before is None})):
        session.load_documents(holders)
        plan = plan_foreign(session, fmt, foreign, document_id, default_document, budget)
    report = ImportReport(fmt, added=plan.added, orphans=plan.orphans, notes=plan.notes, documents=plan.documents,
                          not_in_project=plan.not_in_project, ambiguous=plan.ambiguous, tags=plan.tags, iris=plan.iris)
    report.skipped = sum(d.present for d in plan.documents.values())
    report.updated = sum(d.updated for d in plan.documents.values())
    if plan.ops:
        report.command = c.Command(f"Import {fmt} annotations ({report.summary()})", tuple(plan.ops))
    return report


def import_scope(data: bytes, document_id: str | None) -> tuple[str, ...] | None:
    """The documents whose annotations an import of `data` needs (see ProjectSession.open): a W3C or
    Hypothesis file imported into a named document needs none up front (its new annotations are appended
    to that document's delta unread; import_annotations reads everything when an id it derives may be
    taken, e.g. a re-import); a native file merges into the whole project."""
    if document_id is None or len(data) > MAX_IMPORT_BYTES:
        return None
    try:
        fmt = w3c.detect_format(data)
    except (DomainError, ImportFormatError):
        return None  # import_annotations reports it
    return None if fmt == "native" else ()


def _import_native(session: ProjectSession, data: bytes) -> ImportReport:
    incoming = json_native.parse_native(data)
    plan = merge.plan_merge(session.project, incoming)
    report = ImportReport("native", skipped=plan.skipped, conflicts=[f"{k} {i}: {d}" for k, i, d in plan.conflicts])
    report.notes += [f"document not in this project: {d}" for d in plan.missing_documents]
    report.notes += plan.dropped
    report.not_in_project = plan.annotations_not_imported
    ops = []
    for obj in plan.to_add:
        if isinstance(obj, Annotation):
            obj = _fit(session, obj)
            report.orphans += obj.status is AnchorStatus.ORPHAN
            _counts(session, report, obj.document_id).new += 1
        ops.append(c.insert(obj))
        kind = type(obj).__name__.lower()
        report.added[kind] = report.added.get(kind, 0) + 1
    for doc in plan.document_details:  # corrected title and metadata the project's copy lacked
        ops.append(c.replace(session.project, doc))
        report.added["document detail"] = report.added.get("document detail", 0) + 1
    for ann in incoming.annotations:  # the ones the project already holds, by the document that holds them
        mine = session.project.annotations.get(ann.id)
        if mine is not None:
            _counts(session, report, mine.document_id).present += 1
    if ops:
        report.command = c.Command(f"Import {len(ops)} objects", tuple(ops))
    return report


def _counts(session: ProjectSession, report: ImportReport, document_id: str) -> DocumentCounts:
    doc = session.project.documents[document_id]
    return report.documents.setdefault(document_id, DocumentCounts(doc.title or doc.original_name))


def _fit(session: ProjectSession, ann: Annotation) -> Annotation:
    """An imported annotation checked against this project's text, re-anchored if it does not fit."""
    text = document_text(session, ann.document_id)
    if ann.status is not AnchorStatus.ORPHAN and ann.end <= len(text.text) and text.text[ann.start : ann.end] == ann.exact:
        return ann
    return reanchor_annotations(text, [ann])[0]


def orphans(session: ProjectSession, document_id: str | None = None) -> list[Annotation]:
    anns = session.project.annotations.values() if document_id is None else session.project.annotations_of(document_id)
    return [a for a in anns if a.status is AnchorStatus.ORPHAN]
