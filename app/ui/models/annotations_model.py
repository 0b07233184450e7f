"""AnnotationsModel: every highlight of the project, in reading order per document, with what it links to."""

from bisect import bisect_left
from typing import Any

from PySide6.QtGui import QColor

from app.domain.annotations import Annotation
from app.domain.links import Kind
from app.services.labels import document_label, object_name, quote_label, short
from app.ui import bidi
from app.ui.bridge import SessionBridge
from app.ui.models.object_table_model import Column, ObjectTableModel
from app.ui.palette import CategoryColors
from app.ui.vocabulary import term


class AnnotationsModel(ObjectTableModel):
    kind = Kind.ANNOTATION
    depends_on = (Kind.LINK, Kind.CLAIM, Kind.ACTOR, Kind.SOURCE, Kind.DOCUMENT)

    def __init__(self, bridge: SessionBridge, colors: CategoryColors, parent: Any = None) -> None:
        self.colors = colors
        super().__init__(bridge, parent)

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Quote"), quote_label, tooltip=lambda a: a.note or quote_label(a, 400)),
            Column(self.tr("Category"), lambda a: term(a.category)),
            Column(self.tr("Linked to"), self.linked_summary),
            Column(self.tr("Anchor"), lambda a: term(a.status)),
            Column(self.tr("Document"), self._document_title),
        ]

    def ordered_ids(self) -> list[str]:
        project = self.project
        return [a.id for d in self._documents_in_order() for a in project.annotations_of(d.id)]

    def _documents_in_order(self) -> list[Any]:
        return sorted(self.project.documents.values(), key=lambda d: (d.imported_at, d.title.casefold(), d.id))

    def insert_position(self, oid: str) -> int:
        """A new or restored highlight (an undone delete) goes where it reads, not at the end: the rows are
        in reading order, so a binary search by (document, start, end, id) finds its place."""
        objects = self.project.objects[Kind.ANNOTATION]
        if oid not in objects:
            return len(self._ids)
        rank = {d.id: i for i, d in enumerate(self._documents_in_order())}
        last = len(rank)

        def key(aid: str) -> tuple[int, int, int, str]:
            a = objects.get(aid)
            return (last + 1, 0, 0, aid) if a is None else (rank.get(a.document_id, last), a.start, a.end, a.id)

        return bisect_left(self._ids, key(oid), key=key)

    def decoration(self, obj: Any, column: int) -> QColor | None:
        return self.colors.color(obj.category, alpha=255) if column == 0 else None

    def linked_summary(self, ann: Annotation) -> str:
        parts = []
        for link in self.project.links_of(ann.id):
            other_kind, other_id = (
                (link.object_kind, link.object_id) if link.subject_id == ann.id else (link.subject_kind, link.subject_id)
            )
            obj = self.project.find(other_kind, other_id)
            if obj is not None:
                name = object_name(obj)
                parts.append(f"{term(other_kind)}: {bidi.isolate(short(name, 40))}")
        return "; ".join(parts)

    def _document_title(self, ann: Annotation) -> str:
        doc = self.project.documents.get(ann.document_id)
        return document_label(doc) if doc is not None else ""
