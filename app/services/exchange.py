"""Export and import use cases: the exchange formats over an open project, imports as one undoable command."""

from dataclasses import dataclass, field, replace

from app.domain.anchoring import Selectors, anchor, describe
from app.domain.annotations import CATEGORY_COLORS, CONTEXT, FALLBACK_COLOR, AnchorStatus, Annotation, Category
from app.domain.documents import DocumentKind
from app.domain.links import Kind
from app.domain.project import Project
from app.domain.clock import now_iso
from app.domain.errors import DomainError, ImportFormatError
from app.domain.ids import AnnotationId, new_id
from app.exchange import claimreview, couch, csv_export, ftm, graphml, json_native, merge, selection, w3c
from app.exchange.labels import annotation_summary
from app.services import commands as c
from app.services.documents import document_text, ocr_fields, original_bytes, reanchor_annotations
from app.services.labels import a_kind
from app.services.session import ProjectSession

FORMATS = ("json", "csv", "w3c", "claimreview", "couch", "graphml", "ftm")
TABLES = ("annotations", "claims", "actors", "sources", "documents")
MAX_IMPORT_BYTES = 200 * 1024 * 1024


def export(
    session: ProjectSession, fmt: str, *, document_ids: set[str] | None = None, table: str = "annotations",
    author: str = "",
) -> str:
    """The project (or some documents of it) in one of FORMATS, as text ready to write."""
    project = session.project
    for doc_id in document_ids or ():
        if doc_id not in project.documents:
            raise DomainError(f"no document with id {doc_id}")
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
        return json_native.dumps(claimreview.export_claimreview(project, author=author, document_ids=document_ids))  # type: ignore[arg-type]
    if fmt == "couch":  # a _bulk_docs body (docs/sync-couchdb.md); originals are attached by the sync step
        return json_native.dumps(couch.bulk_docs(_subset(project, document_ids)))
    if fmt == "graphml":
        return graphml.export_graphml(project, document_ids=document_ids)
    if fmt == "ftm":
        return ftm.export_ftm(project, document_ids=document_ids)
    raise DomainError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")


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


def export_annotated_pdf(session: ProjectSession, document_id: str) -> bytes:
    """The document's PDF with its highlights written in as PDF annotations (colour by category, note as pop-up)."""
    from app.documents.annotated_pdf import PdfMark, write_highlights  # lazy: PyMuPDF only for this export

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
                            password=session.passwords.get(document_id))


@dataclass
class ImportReport:
    format: str
    added: dict[str, int] = field(default_factory=dict)
    skipped: int = 0
    conflicts: list[str] = field(default_factory=list)
    orphans: int = 0
    notes: list[str] = field(default_factory=list)
    command: c.Command | None = None  # one command for the whole import; None when nothing is new

    def summary(self) -> str:
        parts = [f"{n} {kind}{'s' * (n != 1)}" for kind, n in sorted(self.added.items()) if n]
        text = f"imported {', '.join(parts) or 'nothing new'}"
        if self.skipped:
            text += f"; {self.skipped} already present"
        if self.orphans:
            text += f"; {self.orphans} could not be anchored (kept as orphans)"
        if self.conflicts:
            text += f"; {len(self.conflicts)} conflicting edits not applied"
        return text


def import_annotations(session: ProjectSession, data: bytes, *, document_id: str | None = None) -> ImportReport:
    """Plan importing a native, W3C or Hypothesis annotation file: the report carries one command (all or
    nothing) that the caller executes."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFormatError(f"the file is too large to import ({len(data) // 2**20} MB)")
    fmt = w3c.detect_format(data)
    if fmt == "native":
        return _import_native(session, data)
    foreign = w3c.parse_w3c(data) if fmt == "w3c" else w3c.parse_hypothesis(data)
    return _import_foreign(session, fmt, foreign, _target_document(session, document_id))


def import_scope(data: bytes, document_id: str | None) -> tuple[str, ...] | None:
    """The documents whose annotations an import of `data` needs (see ProjectSession.open): a W3C or
    Hypothesis file imported into a named document needs that one; a native file merges into the whole project."""
    if document_id is None or len(data) > MAX_IMPORT_BYTES:
        return None
    try:
        fmt = w3c.detect_format(data)
    except (DomainError, ImportFormatError):
        return None  # import_annotations reports it
    return None if fmt == "native" else (document_id,)


def _target_document(session: ProjectSession, document_id: str | None) -> str:
    docs = session.project.documents
    if document_id is not None:
        if document_id not in docs:
            raise DomainError(f"no document with id {document_id}")
        return document_id
    if len(docs) == 1:
        return next(iter(docs))
    raise DomainError("say which document these annotations belong to (--document ID)")


def _import_native(session: ProjectSession, data: bytes) -> ImportReport:
    plan = merge.plan_merge(session.project, json_native.parse_native(data))
    report = ImportReport("native", skipped=plan.skipped, conflicts=[f"{k} {i}: {d}" for k, i, d in plan.conflicts])
    report.notes += [f"document not in this project: {d}" for d in plan.missing_documents]
    report.notes += plan.dropped
    ops = []
    for obj in plan.to_add:
        if isinstance(obj, Annotation):
            obj = _fit(session, obj)
            report.orphans += obj.status is AnchorStatus.ORPHAN
        ops.append(c.insert(obj))
        kind = type(obj).__name__.lower()
        report.added[kind] = report.added.get(kind, 0) + 1
    if ops:
        report.command = c.Command(f"Import {len(ops)} objects", tuple(ops))
    return report


def _fit(session: ProjectSession, ann: Annotation) -> Annotation:
    """An imported annotation checked against this project's text, re-anchored if it does not fit."""
    text = document_text(session, ann.document_id)
    if ann.status is not AnchorStatus.ORPHAN and ann.end <= len(text.text) and text.text[ann.start : ann.end] == ann.exact:
        return ann
    return reanchor_annotations(text, [ann])[0]


def _import_foreign(session: ProjectSession, fmt: str, foreign: list[w3c.ForeignAnnotation], document_id: str) -> ImportReport:
    text = document_text(session, document_id)
    report = ImportReport(fmt)
    ops = []
    stamp = now_iso()
    for item in foreign:
        if not item.exact and item.start is None and item.region is not None:
            ops.append(c.insert(_foreign_region(session, document_id, item, stamp)))
            continue
        if not item.exact and item.start is None:
            report.notes.append(f"{item.foreign_id or 'an annotation'} has no quote or position; skipped")
            continue
        start = item.start if item.start is not None else 0
        exact = item.exact or text.text[start : item.end or start]
        if not exact:
            report.notes.append(f"{item.foreign_id or 'an annotation'} points outside the document; skipped")
            continue
        end = start + len(exact)
        given = Selectors(exact, item.prefix[-CONTEXT:], item.suffix[:CONTEXT], start, end)
        found = anchor(text.text, given)
        orphan = found.status is AnchorStatus.ORPHAN
        # anchored: the domain's describe() builds the selectors from this text; orphan: keep what came in
        sel = given if orphan else describe(text.text, found.start, found.end)
        s, e = sel.start, sel.end
        ann = Annotation(
            id=AnnotationId(new_id()), document_id=document_id, start=s, end=e,
            exact=sel.exact, prefix=sel.prefix, suffix=sel.suffix,
            pages=() if orphan else text.pages_of(s, e), quads=() if orphan else text.quads(s, e),
            category=_category(item.tags), note=item.note, analyst=item.creator,
            created=item.created or stamp, modified=item.modified or stamp,
            status=found.status, score=found.score, **({} if orphan else ocr_fields(text, s, e)),
        )
        report.orphans += orphan
        ops.append(c.insert(ann))
    report.added["annotation"] = len(ops)
    if ops:
        report.command = c.Command(f"Import {len(ops)} {fmt} annotations", tuple(ops))
    return report


def _foreign_region(session: ProjectSession, document_id: str, item: w3c.ForeignAnnotation, stamp: str) -> Annotation:
    """A W3C annotation whose target is only a media-frags rectangle: a region of the page image."""
    from app.services.annotate import new_region

    assert item.region is not None
    ann = new_region(session, document_id, item.page or 0, *item.region, category=_category(item.tags), note=item.note)
    return replace(ann, analyst=item.creator, created=item.created or stamp, modified=item.modified or stamp)


def _category(tags: tuple[str, ...]) -> str:
    known = {cat.value for cat in Category}
    for tag in tags:
        if tag.lower() in known:
            return tag.lower()
    return Category.HIGHLIGHT.value


def orphans(session: ProjectSession, document_id: str | None = None) -> list[Annotation]:
    anns = session.project.annotations.values() if document_id is None else session.project.annotations_of(document_id)
    return [a for a in anns if a.status is AnchorStatus.ORPHAN]
