"""DocumentView: hosts the reader for the open document (TextView or PageView) behind one contract.

It reads documents and annotations through the services, and refreshes its highlights itself when
a change set touches the shown document's annotations or text (and only then).
"""

from PySide6.QtCore import QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedLayout, QToolTip, QVBoxLayout, QWidget

from app.domain.annotations import AnchorStatus, Annotation
from app.domain.changes import Changes
from app.domain.documents import DocumentKind
from app.domain.errors import SourcemarkError
from app.domain.links import Kind
from app.services.annotate import range_from_points
from app.services.documents import document_text, keep_text, text_job
from app.services.find_in_text import TextFinder
from app.services.rendering import renderer_factory
from app.ui.bridge import SessionBridge
from app.ui.dialogs.errors import plain_label
from app.ui.document_view.find_bar import FindBar
from app.ui.document_view.page_bar import PageBar
from app.ui.document_view.page_selection import PageSelector, Point
from app.ui.document_view.page_text import PageText
from app.ui.document_view.page_view import PageView
from app.ui.document_view.text_view import TextView
from app.ui.document_view.tooltips import annotation_tooltip
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.palette import CategoryColors

HOLD_MS = 150  # at most this long, the old picture stays up while a paged document's first page is drawn


OPEN_ONE = QT_TRANSLATE_NOOP("DocumentView", "Open a document from the project to read and annotate it.")
EMPTY_PROJECT = QT_TRANSLATE_NOOP("DocumentView", "This project has no documents yet.\n\nDrop files here (PDF, web page, text, image, web archive), "
                 "or use File › Add document… (Ctrl+Shift+O) or File › Capture web page… (Ctrl+Shift+U).")


class DocumentView(QWidget):
    annotationClicked = Signal(str)
    """Fires with an annotation id when the user clicks a highlight."""
    selectionChanged = Signal()
    """Fires when the text selection changes."""

    def __init__(self, bridge: SessionBridge, colors: CategoryColors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._doc: str | None = None
        self._paged = False
        self._shown_ids: set[str] = set()
        self._selected: str | None = None
        self._text: str = ""  # canonical text of an unpaged document
        self._pending_range: tuple[int, int] | None = None  # to select once a paged document's text is in
        self._pending_page: int | None = None  # to go to once a paged document is laid out (coming back to it)
        # The hint for an empty project, or a file's error: plain text (it may quote the file)
        self.placeholder = plain_label(self.tr(OPEN_ONE if bridge.session.project.documents else EMPTY_PROJECT), self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(mid); font-size: 14pt; padding: 40px;")
        self.text_view = TextView(colors, self)
        self.page_view = PageView(colors, self)
        self.page_bar = PageBar(self.page_view, self)
        self.selector = PageSelector(self.page_view, self._range_from_points)
        self._pages = pages = QWidget(self)
        column = QVBoxLayout(pages)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.page_view, 1)
        column.addWidget(self.page_bar)
        # The current page's words for screen readers (scene items have none). On the page bar, not over the
        # page view: a widget above the view's viewport would cost it Qt's fast scrolling (copy, not repaint).
        self.page_text = PageText(self.page_bar)
        self.page_text.follow(self.page_view)
        self.find_bar = FindBar(self)
        self._finder = TextFinder()
        body = QWidget(self)
        self._stack = QStackedLayout(body)
        for widget in (self.placeholder, self.text_view, pages):
            self._stack.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.find_bar)
        outer.addWidget(body, 1)
        self.find_bar.queryChanged.connect(lambda _q: self._find_from(self._selection_start()))
        self.find_bar.stepRequested.connect(self.find_step)
        self.find_bar.findClosed.connect(self._reader_focus)
        self.text_view.selectionChanged.connect(self.selectionChanged)
        self.selector.selectionChanged.connect(self.selectionChanged)
        for source in (self.text_view, self.selector):
            source.annotationClicked.connect(self.annotationClicked)
            source.tooltipRequested.connect(self._show_tooltip)
        self.page_view.laidOut.connect(self._apply_selected)
        self.page_view.laidOut.connect(self._apply_page)
        self.page_view.textLoaded.connect(self._apply_range)
        self.page_view.failed.connect(self._show_error)
        self.page_view.textLoaded.connect(self._keep_text)
        self.page_view.textLoaded.connect(lambda: self._find_from(0))
        # Paint holding: from opening a paged document until its first page image is in, this widget is not
        # repainted. Otherwise an empty page view is painted first, and that paint waits for the interpreter
        # lock, which the worker holds while MuPDF opens and draws: the page would appear a paint later.
        self._holding = False
        self._hold = QTimer(self, singleShot=True, interval=HOLD_MS)
        self._hold.timeout.connect(self._release_paint)
        self.page_view.pageRendered.connect(self._release_paint)
        bridge.projectChanged.connect(self._on_changes)

    # -- contract ------------------------------------------------------------------------------------------------
    def show_document(self, document_id: str | None) -> None:
        self._release_paint()
        self.page_view.close_document()
        self.page_text.show_page(None, 0, 0)
        self.selector.set_range(None)
        self._doc, self._selected, self._text, self._shown_ids = None, None, "", set()
        self._pending_range = None
        self._pending_page = None
        doc = self._bridge.session.project.documents.get(document_id) if document_id else None
        if doc is None:
            self.text_view.set_text("")
            self._show_placeholder()
            return
        self._doc, self._paged = doc.id, doc.kind.paged
        self.selector.region_mode = doc.kind is DocumentKind.IMAGE  # a drag on a photo marks a region
        session = self._bridge.session
        try:
            if self._paged:
                self._hold_paint()
                self._stack.setCurrentIndex(2)  # first: the shown view's width sets the first page's scale
                self.page_view.open(renderer_factory(session, doc.id), text_job(session, doc.id))
            else:
                self._text = document_text(session, doc.id).text
                self.text_view.set_text(self._text)
                self._stack.setCurrentIndex(1)
        except SourcemarkError as exc:
            self._show_error(str(exc))
            return
        self._refresh_highlights()
        self._find_from(0)  # an open Find bar counts in the new document (a paged one once its text is in)

    def _keep_text(self) -> None:
        """GUI thread: the loader thread only returned the text; caching it in the session happens here."""
        if self._doc is not None and self.page_view.text is not None:
            try:
                keep_text(self._bridge.session, self._doc, self.page_view.text)
            except SourcemarkError:
                pass  # the text cache is an optimisation; the view already has its text

    def current_document(self) -> str | None:
        return self._doc

    def place(self) -> str:
        """Where the reader is in the open document: "page N" for paged documents, "offset N" (the text at the
        top of the view) for the others."""
        if self._doc is None:
            return ""
        if self._paged:
            return f"page {self.page_view.current_page()}"
        return f"offset {self.text_view.top_offset()}"

    def restore_place(self, place: str) -> None:
        """Go back to a place() of the open document (a paged one once its pages are laid out)."""
        kind, _, number = place.partition(" ")
        if not number.isdigit() or self._doc is None:
            return
        if self._paged and kind == "page":
            self._pending_page = int(number)
            self._apply_page()
        elif not self._paged and kind == "offset":
            self.text_view.scroll_to_offset(int(number))

    def _apply_page(self) -> None:
        if self._pending_page is not None and self.page_view.page_count() > 0:
            page, self._pending_page = self._pending_page, None
            self.page_view.go_to_page(page)

    def region_selection(self) -> tuple[str, tuple[int, float, float, float, float]] | None:
        """(document id, (page, x, y, width, height)) of a rectangle drawn on a page, if that is the selection."""
        region = self.selector.region if self._paged else None
        if self._doc is None or region is None or region[3] < 1 or region[4] < 1:
            return None
        return self._doc, region

    def selection(self) -> tuple[str, int, int] | None:
        if self._doc is None:
            return None
        rng = self.selector.range if self._paged else self.text_view.selection()
        return (self._doc, rng[0], rng[1]) if rng and rng[1] > rng[0] else None

    def select_annotation(self, annotation_id: str) -> None:
        ann: Annotation | None = self._bridge.session.project.annotations.get(annotation_id)
        if ann is None:
            return
        if ann.document_id != self._doc:
            self.show_document(ann.document_id)
        self._selected = annotation_id
        self._apply_selected()

    def selected_annotation(self) -> str | None:
        """The highlight last clicked or picked in the open document, while it still exists."""
        ann = self._bridge.session.project.annotations.get(self._selected or "")
        return ann.id if ann is not None and ann.document_id == self._doc else None

    def show_range(self, document_id: str, start: int, end: int) -> None:
        """Open a document if need be and select [start, end) of its text, scrolled into view (search results)."""
        if document_id != self._doc:
            self.show_document(document_id)
        if self._doc != document_id:
            return
        if self._paged:
            self._pending_range = (start, end)
            self._apply_range()
        else:
            self.text_view.select_range(start, end)

    def _apply_range(self) -> None:
        if self._pending_range is not None and self.page_view.text is not None:
            rng, self._pending_range = self._pending_range, None
            self.selector.set_range(rng, scroll=True)

    def zoom_in(self) -> None:
        self.page_view.zoom_in() if self._paged else self.text_view.zoomIn(1)

    def zoom_out(self) -> None:
        self.page_view.zoom_out() if self._paged else self.text_view.zoomOut(1)

    def fit_width(self) -> None:
        self.page_view.fit_width() if self._paged else self.text_view.reset_zoom()

    # -- find in the document (the inline Find bar) -----------------------------------------------------------
    def open_find(self) -> None:
        """Ctrl+F: show the Find bar with its query selected; a query already there is searched again."""
        self.find_bar.open_bar()
        self._find_from(self._selection_start())

    def find_step(self, forward: bool = True) -> None:
        """F3 / Shift+F3 / Enter: the next or previous match; with no query yet, open the bar to type one."""
        if not self.find_bar.isVisible() or not self.find_bar.query().strip():
            self.open_find()
            return
        if self._finder.text is not self._canonical():
            self._find_from(self._selection_start())
        self._select_match(self._finder.step(forward))

    def find_status(self) -> str:
        return self._finder.status()

    def _find_from(self, offset: int) -> None:
        if not self.find_bar.isVisible():
            return
        self._finder.set_text(self._canonical())
        self._select_match(self._finder.search(self.find_bar.query(), offset))

    def _select_match(self, found: tuple[int, int] | None) -> None:
        self.find_bar.set_status(self._finder.status())
        if found is None:
            return
        if self._paged:
            self.selector.set_range(found, scroll=True)
        else:
            self.text_view.select_range(*found)

    def _selection_start(self) -> int:
        current = self.selection()
        return current[1] if current else 0

    def _reader_focus(self) -> None:
        (self.page_view if self._paged else self.text_view).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- internals -----------------------------------------------------------------------------------------------
    def _canonical(self) -> str:
        if self._paged:
            return self.page_view.text.text if self.page_view.text is not None else ""
        return self._text

    def _range_from_points(self, a: Point, b: Point) -> tuple[int, int]:
        assert self._doc is not None
        return range_from_points(self._bridge.session, self._doc, a, b)

    def _annotations(self) -> list[Annotation]:
        if self._doc is None:
            return []
        anns = self._bridge.session.project.annotations_of(self._doc)
        return [a for a in anns if a.status is not AnchorStatus.ORPHAN]  # an orphan has no place to show

    def _refresh_highlights(self) -> None:
        anns = self._annotations()
        self._shown_ids = {a.id for a in anns}
        if self._paged:
            self.page_view.set_highlights(anns, self._selected)
        else:
            self.text_view.set_highlights(anns)

    def _apply_selected(self) -> None:
        if self._selected is None:
            return
        ann = self._bridge.session.project.annotations.get(self._selected)
        if self._paged:
            self.page_view.set_highlights(self._annotations(), self._selected)
            if ann is not None and ann.quads and ann.quads[0].page < self.page_view.page_count():
                q = ann.quads[0]  # before the worker has laid out the pages, laidOut calls us again
                self.page_view.ensure_rect_visible(q.page, QRectF(q.x0, q.y0, q.x1 - q.x0, q.y1 - q.y0))
        else:
            self.text_view.set_selected_annotation(self._selected)

    def _on_changes(self, changes: Changes) -> None:
        if self._doc is None:
            if changes.of(Kind.DOCUMENT) and self._stack.currentIndex() == 0:
                self._show_placeholder()  # the first document came, or the last one went: the hint follows
            return
        if self._doc in changes.of(Kind.DOCUMENT).removed:
            self.show_document(None)
            return
        if self._doc in changes.documents_text:
            self.show_document(self._doc)  # a new version: new text, new geometry, re-anchored highlights
            return
        delta = changes.of(Kind.ANNOTATION)
        project = self._bridge.session.project
        touched = (delta.removed | delta.updated) & self._shown_ids or any(
            (a := project.annotations.get(i)) is not None and a.document_id == self._doc
            for i in delta.added | delta.updated
        )
        if touched:
            self._refresh_highlights()

    def _show_tooltip(self, ids: list[str], pos: QPoint) -> None:
        QToolTip.showText(pos, annotation_tooltip(self._bridge.session.project, ids), self)

    def _hold_paint(self) -> None:
        if self.isVisible() and self._pages.updatesEnabled():
            self._pages.setUpdatesEnabled(False)
            self._holding = True
            self._hold.start()

    def _release_paint(self) -> None:
        # Only the hold this widget took. A flag, not the timer's isActive(): a single-shot timer is no
        # longer active when its timeout fires, so a page slower than HOLD_MS (a large image being
        # decoded) would otherwise leave the view frozen, showing whatever was in its backing store.
        if self._holding:
            self._holding = False
            self._hold.stop()
            self._pages.setUpdatesEnabled(True)  # repaints the page view and its bar

    def _show_placeholder(self, message: str = "") -> None:
        self._release_paint()
        self.placeholder.setText(message or self.tr(OPEN_ONE if self._bridge.session.project.documents else EMPTY_PROJECT))
        self._stack.setCurrentIndex(0)

    def _show_error(self, message: str) -> None:
        self._show_placeholder(self.tr("This document cannot be shown: {message}").format(message=message))

