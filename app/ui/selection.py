"""Selection: what the window is on, the open document and the current object, owned by the bridge.

Whoever the user acted in (a click on a highlight, a row of a panel, a node of the graph, a search hit) sets it;
the reader and the panels follow its one `changed` signal (`follow`), so no window method fans a selection out by
hand. It emits only when something changed: a panel that set it hears it back once and finds nothing to do.
"""

from collections.abc import Mapping
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from app.domain.links import Kind

Current = tuple[Kind, str]
_KEEP: Any = object()


class Selection(QObject):
    changed = Signal()
    """Fires once after `document` or `current` changed, or was chosen again (`again`: go back to it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: str | None = None
        self.current: Current | None = None
        self.again = False  # while `changed` fires: nothing changed, the user chose the same again

    def show(self, *, document: str | None = _KEEP, current: Current | None = _KEEP, again: bool = False) -> None:
        """Move to `document` and/or `current` (what is not given stays; another document drops the highlight of
        the previous one, as the reader no longer shows it). `again`: emit even if that is where it is."""
        new_document = self.document if document is _KEEP else document
        new_current = self.current if current is _KEEP else current
        if current is _KEEP and new_document != self.document and new_current and new_current[0] is Kind.ANNOTATION:
            new_current = None
        same = (new_document, new_current) == (self.document, self.current)
        if same and not again:
            return
        self.document, self.current, self.again = new_document, new_current, same
        try:
            self.changed.emit()
        finally:
            self.again = False

    def annotation(self) -> str | None:
        return self.current[1] if self.current and self.current[0] is Kind.ANNOTATION else None


class _Select(Protocol):
    def select(self, oid: str) -> None: ...


def follow(selection: Selection, *, reader: Any, inspector: Any, graph: Any, annotations: _Select,
           documents: _Select, bar: Any, panels: Mapping[Kind, _Select]) -> None:
    """The reader and the panels show the selection, each once per change; the inspector only when what it shows
    changed (a rebuild commits its fields), unless the same object was chosen again."""
    inspected: list[object] = [object()]

    def update() -> None:
        document, current, annotation = selection.document, selection.current, selection.annotation()
        if annotation:
            reader.select_annotation(annotation)
            annotations.select(annotation)
        shows = ("annotation", annotation) if annotation else ("object", current) if current and current[0] in panels \
            else ("document", document)
        if shows != inspected[0] or selection.again:
            inspected[0] = shows
            if annotation:
                inspector.show_annotation(annotation)
            elif current and current[0] in panels:
                inspector.show_object(*current)
                panels[current[0]].select(current[1])
            else:
                inspector.follow_document(document)  # a highlight of another document is no longer shown
        if document:
            documents.select(document)
        bar.follow_document(document)
        if current:
            graph.show_object(*current)

    selection.changed.connect(update)
