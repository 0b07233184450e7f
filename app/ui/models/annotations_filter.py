"""AnnotationsFilter: the proxy behind the Annotations panel's filters.

Filtering 50,000 rows must take under 100 ms, so the accepted ids are computed once per change of
criteria in one Python pass over the project (not through data() per row), and `filterAcceptsRow`
is a set lookup. A full `invalidate()` is used instead of an incremental filter change: Qt rebuilds
the mapping in one go, which measured ~6x faster than row-by-row insertion when a filter is cleared.
"""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from app.domain.links import Kind
from app.ui.models.annotations_model import AnnotationsModel


@dataclass(frozen=True)
class AnnotationCriteria:
    text: str = ""  # in the quote or the note, case-insensitive
    category: str = ""
    status: str = ""
    document_id: str = ""
    linked_to: tuple[Kind, str] | None = None  # a claim, actor or source

    @property
    def empty(self) -> bool:
        return self == AnnotationCriteria()


class AnnotationsFilter(QSortFilterProxyModel):
    def __init__(self, source: AnnotationsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = source
        self.criteria = AnnotationCriteria()
        self._accepted: set[str] | None = None  # None = everything
        self.setSourceModel(source)
        # The project already holds the new state when the model announces a change, so the set is
        # recomputed before Qt asks filterAcceptsRow about the new rows.
        source.modelAboutToBeReset.connect(self._recompute)
        source.rowsAboutToBeInserted.connect(self._recompute)
        source.dataChanged.connect(self._refilter)

    def set_criteria(self, criteria: AnnotationCriteria) -> None:
        self.criteria = criteria
        self._accepted = self._compute()
        self.invalidate()

    def _recompute(self, *args: Any) -> None:
        if self._accepted is not None:  # new or edited rows must be judged too
            self._accepted = self._compute()

    def _refilter(self, *args: Any) -> None:
        """A link or note changed: re-filter only if that changed which rows pass."""
        if self._accepted is not None:
            fresh = self._compute()
            if fresh != self._accepted:
                self._accepted = fresh
                self.invalidate()

    def _compute(self) -> set[str] | None:
        crit = self.criteria
        if crit.empty:
            return None
        project = self._model.project
        if crit.linked_to is not None:
            candidates = [a for _, a in project.linked(crit.linked_to[1], Kind.ANNOTATION) if a is not None]
        elif crit.document_id:
            candidates = project.annotations_of(crit.document_id)
        else:
            candidates = list(project.annotations.values())
        needle = crit.text.casefold().strip()
        return {
            a.id
            for a in candidates
            if (not crit.category or a.category == crit.category)
            and (not crit.status or a.status.value == crit.status)
            and (not crit.document_id or a.document_id == crit.document_id)
            and (not needle or needle in a.exact.casefold() or needle in a.note.casefold())
        }

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        accepted = self._accepted
        return accepted is None or self._model.id_at(source_row) in accepted
