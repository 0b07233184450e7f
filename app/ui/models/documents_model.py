"""DocumentsModel: the project's documents with kind and number of highlights."""

from app.domain.documents import Document
from app.domain.links import Kind
from app.services.labels import document_label
from app.ui.models.object_table_model import Column, ObjectTableModel
from app.ui.vocabulary import term


class DocumentsModel(ObjectTableModel):
    kind = Kind.DOCUMENT
    depends_on = (Kind.ANNOTATION,)

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Document"), document_label, tooltip=self._tooltip),
            Column(self.tr("Kind"), lambda d: term(d.kind) if not d.pages else self.tr("{kind}, %Ln p.", "", d.pages).format(kind=term(d.kind))),
            Column(self.tr("Spans"), lambda d: len(self.project.annotations_by_document.get(d.id, ()))),
        ]

    def ordered_ids(self) -> list[str]:
        docs = self.project.documents.values()
        return [d.id for d in sorted(docs, key=lambda d: (d.imported_at, d.title.casefold(), d.id))]

    def _tooltip(self, doc: Document) -> str:
        meta = doc.metadata
        bits = [doc.original_name]
        bits += [x for x in (meta.publisher, meta.author, meta.published, meta.url) if x]
        return "\n".join(bits)
