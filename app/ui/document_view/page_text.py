"""PageText: the words of the page being read, where a screen reader finds them.

A PDF page is an image in a QGraphicsScene, and Qt exposes scene items to assistive technology as empty
fillers. This read-only text widget mirrors the canonical text of the current page (from the DocumentText
the page view already has) and follows the page as the user scrolls, so the accessible tree (AT-SPI on
Linux) holds the page's words with the full text interface: by character, word, line, with a caret.
It is part of the widget tree but paints nothing, takes no mouse or keyboard input and occupies one pixel.

A custom QAccessibleTextInterface over the page item would be the direct route, and PySide6 6.11 does let
Python install an accessibility factory (QAccessible.installFactory) returning a Python subclass of
QAccessibleObject and QAccessibleTextInterface; offscreen it answers. But the interface reaches C++ through
interface_cast's void*, and under the real AT-SPI bridge (Xvfb, pyatspi reading it) the app segfaulted
(tried 2026-12-07). A real widget is safe.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGraphicsOpacityEffect, QPlainTextEdit, QWidget

from app.domain.geometry import DocumentText
from app.ui.document_view.page_view import PageView


def page_words(text: DocumentText | None, index: int) -> str:
    """The canonical text of page `index`; empty when the text is not in yet or the page has none."""
    if text is None:
        return ""
    pages = text.pages
    layout = pages[index] if 0 <= index < len(pages) and pages[index].index == index else next(
        (p for p in pages if p.index == index), None)
    return text.text[layout.start:layout.end] if layout is not None else ""


class PageText(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page view keeps the keys (Page Down, zoom, selection)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        invisible = QGraphicsOpacityEffect(self)
        invisible.setOpacity(0.0)  # Qt skips drawing a fully transparent effect: shown to the tree, not the eye
        self.setGraphicsEffect(invisible)
        self.setFixedSize(1, 1)
        self.show_page(None, 0, 0)

    def show_page(self, text: DocumentText | None, index: int, count: int) -> None:
        """Mirror page `index` (of `count`) of `text`."""
        if count:
            self.setAccessibleName(self.tr("Text of page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count)))
        else:
            self.setAccessibleName(self.tr("Page text"))
        words = page_words(text, index)
        if words != self.toPlainText():
            self.setPlainText(words)

    def follow(self, view: PageView) -> None:
        """Keep mirroring `view`'s current page: as it scrolls, and once its text has arrived."""
        def mirror(*_: object) -> None:
            self.show_page(view.text, view.current_page(), view.page_count())

        view.pageChanged.connect(mirror)
        view.textLoaded.connect(mirror)
