"""Plan how an ImportSet joins a project: by id, without overwriting anything.

Documents are not imported (their files come through the document loaders); an incoming document
is matched to the project's copy of the same file by sha256, then by text_sha256 (same canonical
text, so the offsets still hold), and its annotations are re-pointed to that copy.
"""

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.actors import Actor
from app.domain.claims import Claim
from app.domain.documents import Document
from app.domain.ids import DocumentId
from app.domain.links import Kind, Link
from app.domain.project import Obj, Project, kind_of
from app.domain.records import to_record
from app.domain.sources import Source
from app.exchange.json_native import ImportSet


@dataclass
class MergePlan:
    """`to_add` is in dependency order (claims, actors, sources, annotations, links): `project.put`
    each in turn."""

    to_add: list[Obj] = field(default_factory=list)
    skipped: int = 0  # already in the project, identical
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, what differs)
    missing_documents: list[str] = field(default_factory=list)  # "title (sha256 prefix)"
    dropped: list[str] = field(default_factory=list)  # one line per object left out, saying why
    annotations_not_imported: int = 0  # annotations of the missing documents
    document_details: list[Document] = field(default_factory=list)  # project documents taking the file's corrections

    def summary(self) -> str:
        parts = [f"{len(self.to_add)} to add", f"{self.skipped} already present"]
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} in conflict (kept the project's version)")
        if self.missing_documents:
            parts.append(
                f"{len(self.missing_documents)} document(s) not in this project "
                f"({self.annotations_not_imported} annotation(s) not imported)"
            )
        if self.dropped:
            parts.append(f"{len(self.dropped)} left out")
        return ", ".join(parts)


def plan_merge(
    project: Project, incoming: ImportSet, *, text_lengths: Mapping[str, int] | None = None
) -> MergePlan:
    """`text_lengths` (project document id -> length of its canonical text), when given, leaves out
    annotations whose offsets run past the text; without it offsets are not checked."""
    plan = MergePlan()
    doc_map = _match_documents(project, incoming.documents, plan)
    accepted: dict[Kind, set[str]] = {kind: set(project.objects[kind]) for kind in Kind}

    reached: list[Claim | Actor | Source] = [*incoming.claims, *incoming.actors, *incoming.sources]
    for obj in reached:
        if isinstance(obj, Source) and obj.document_id is not None:
            obj = _repoint_source(obj, doc_map, plan)
        _consider(project, obj, plan, accepted)

    for ann in sorted(incoming.annotations, key=lambda a: (a.document_id, a.start, a.id)):
        target = doc_map.get(ann.document_id)
        if target is None:
            plan.annotations_not_imported += 1
            continue
        if text_lengths is not None and target in text_lengths and ann.end > text_lengths[target]:
            plan.dropped.append(f"annotation {ann.id}: offsets {ann.start}-{ann.end} run past the document's text")
            continue
        _consider(project, dataclasses.replace(ann, document_id=target), plan, accepted)

    for link in incoming.links:
        missing = [end for kind, end in _ends(link) if end not in accepted[kind]]
        if missing:
            plan.dropped.append(f"link {link.id}: {', '.join(missing)} not imported")
            continue
        _consider(project, link, plan, accepted)
    return plan


EMPTY_TEXT_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # sha256 of ""


def _match_documents(project: Project, documents: list[Document], plan: MergePlan) -> dict[str, DocumentId]:
    # A file and, for a page of a web archive, its record: two pages of one WARC are two documents.
    by_sha = {(d.sha256, d.record_key): d.id for d in sorted(project.documents.values(), key=lambda d: d.id)}
    by_text = {d.text_sha256: d.id for d in sorted(project.documents.values(), key=lambda d: d.id)}
    by_text.pop(EMPTY_TEXT_SHA256, None)  # images and scans without OCR all share the empty text: not a match
    doc_map: dict[str, DocumentId] = {}
    for doc in documents:
        found = by_sha.get((doc.sha256, doc.record_key)) or by_text.get(doc.text_sha256)
        if found is None:
            plan.missing_documents.append(f"{doc.title or doc.original_name} ({doc.sha256[:12]})")
        else:
            doc_map[doc.id] = found
            _details(project.documents[found], doc, plan)
    return doc_map


def _details(mine: Document, theirs: Document, plan: MergePlan) -> None:
    """The file's corrected title and metadata (`sourcemark document`) join a copy never corrected here;
    both corrected and different is a conflict, and the project's version stays."""
    if (mine.title, mine.metadata) == (theirs.title, theirs.metadata) or theirs.rev == 1:
        return  # the same, or the file's are only what extraction found
    if mine.rev == 1:
        plan.document_details.append(dataclasses.replace(mine, title=theirs.title or mine.title, metadata=theirs.metadata))
    else:
        fields = [f.name for f in dataclasses.fields(mine.metadata) if getattr(mine.metadata, f.name) != getattr(theirs.metadata, f.name)]
        plan.conflicts.append(("document", mine.id, "details differ in " + ", ".join((["title"] if mine.title != theirs.title else []) + fields)))


def _repoint_source(source: Source, doc_map: dict[str, DocumentId], plan: MergePlan) -> Source:
    target = doc_map.get(source.document_id or "")
    if target is None:  # keep the source, lose only its pointer to a file this project lacks
        plan.dropped.append(f"source {source.id}: its document is not in this project; imported without it")
    return dataclasses.replace(source, document_id=target)


def _ends(link: Link) -> list[tuple[Kind, str]]:
    return [(link.subject_kind, link.subject_id), (link.object_kind, link.object_id)]


def _consider(project: Project, obj: Obj, plan: MergePlan, accepted: dict[Kind, set[str]]) -> None:
    kind = kind_of(obj)
    existing = project.find(kind, obj.id)
    if existing is None:
        if obj.id in accepted[kind]:  # a second copy in the same file
            plan.dropped.append(f"{kind} {obj.id}: appears twice")
            return
        plan.to_add.append(obj)
        accepted[kind].add(obj.id)
        return
    mine, theirs = to_record(existing), to_record(obj)
    if mine == theirs:
        plan.skipped += 1
    else:
        plan.conflicts.append((str(kind), obj.id, _difference(mine, theirs)))


def _difference(mine: dict[str, Any], theirs: dict[str, Any]) -> str:
    fields = [name for name in mine if mine.get(name) != theirs.get(name)]
    return "differs in " + ", ".join(fields)
