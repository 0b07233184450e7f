"""Which actions of the main window apply right now, and if not, why (the disabled action's tooltip).

Pure Python (no Qt), so every reason is tested without a window. The window passes Qt's translate: the
reasons are marked for lupdate by the stand-in QT_TRANSLATE_NOOP below (same name, so lupdate finds them).
"""

from collections.abc import Callable
from dataclasses import dataclass

from app.domain.documents import DocumentKind

Translate = Callable[[str, str], str]  # (context, text) -> text, as QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def _untranslated(_context: str, text: str) -> str:
    return text


READ_ONLY = QT_TRANSLATE_NOOP("ActionStates", "This project is open read-only (another window or process has it open)")
NO_DOCUMENT = QT_TRANSLATE_NOOP("ActionStates", "Open a document from the Project panel first")
NO_SELECTION = QT_TRANSLATE_NOOP("ActionStates", "Select some text in the document (or drag a rectangle on an image) first")
NO_SELECTION_OR_HIGHLIGHT = QT_TRANSLATE_NOOP("ActionStates", "Select some text in the document, or click a highlight to link it, first")
NO_HIGHLIGHT = QT_TRANSLATE_NOOP("ActionStates", "Click a highlight in the document or the Annotations panel first")
SELECTION_ACTIONS = ("highlight", "claim", "actor", "source")
LINK_ACTIONS = ("claim", "actor", "source")  # these also link a highlight that is already there
WRITE_ACTIONS = ("add", "capture", "import", "merge_project", "sync")
PICK_ACTOR = QT_TRANSLATE_NOOP("ActionStates", "Pick an actor in the Actors panel first")
PICK_ACTORS = QT_TRANSLATE_NOOP("ActionStates", "Select two or more actors in the Actors panel (Ctrl+click) to merge them")
DOCUMENT_WRITE_ACTIONS = ("replace", "details", "ocr")
VIEW_ACTIONS = ("find", "find_next", "find_previous", "zoom_in", "zoom_out", "fit")


@dataclass(frozen=True)
class ReaderState:
    read_only: bool
    document_kind: DocumentKind | None  # of the open document; None when none is open
    has_selection: bool
    actors_selected: int = 0  # rows selected in the Actors panel
    highlight_selected: bool = False  # a highlight of the open document is selected (clicked, or picked in a list)


def disabled_reasons(state: ReaderState, localize: Translate = _untranslated) -> dict[str, str | None]:
    """For every action whose state depends on the reader: None if it applies, else the reason it does not
    (in the interface's language when `localize` is Qt's translate)."""
    kind = state.document_kind
    out: dict[str, str | None] = {}
    for name, reason in _reasons(state).items():
        text = localize("ActionStates", reason) if reason else None
        if text and kind is not None and reason in (_OCR, _EXPORT_PDF):
            text = text.format(kind=localize("ActionStates", _KINDS[kind]))
        out[name] = text
    return out


_OCR = QT_TRANSLATE_NOOP("ActionStates", "OCR reads images and scanned PDFs; the open document is {kind}")
_EXPORT_PDF = QT_TRANSLATE_NOOP("ActionStates", "Only a PDF can carry its highlights as PDF annotations; the open "
                                "document is {kind}")
_KINDS = {DocumentKind.TEXT: QT_TRANSLATE_NOOP("ActionStates", "a text"),
          DocumentKind.HTML: QT_TRANSLATE_NOOP("ActionStates", "an HTML article"),
          DocumentKind.EPUB: QT_TRANSLATE_NOOP("ActionStates", "an EPUB"),
          DocumentKind.IMAGE: QT_TRANSLATE_NOOP("ActionStates", "an image"),
          DocumentKind.PDF: QT_TRANSLATE_NOOP("ActionStates", "a PDF")}


def _reasons(state: ReaderState) -> dict[str, str | None]:
    kind = state.document_kind
    reasons: dict[str, str | None] = {}
    for name in VIEW_ACTIONS:
        reasons[name] = NO_DOCUMENT if kind is None else None
    for name in WRITE_ACTIONS:
        reasons[name] = READ_ONLY if state.read_only else None
    for name in DOCUMENT_WRITE_ACTIONS:
        reasons[name] = READ_ONLY if state.read_only else NO_DOCUMENT if kind is None else None
    for name in SELECTION_ACTIONS:
        reasons[name] = READ_ONLY if state.read_only else NO_DOCUMENT if kind is None else (
            None if state.has_selection else NO_SELECTION)
    for name in LINK_ACTIONS:
        if reasons[name] == NO_SELECTION:
            reasons[name] = None if state.highlight_selected else NO_SELECTION_OR_HIGHLIGHT
    reasons["delete_highlight"] = READ_ONLY if state.read_only else None if state.highlight_selected else NO_HIGHLIGHT
    reasons["mentions"] = READ_ONLY if state.read_only else None if state.actors_selected else PICK_ACTOR
    reasons["merge"] = READ_ONLY if state.read_only else None if state.actors_selected >= 2 else PICK_ACTORS
    if reasons["ocr"] is None and (kind is DocumentKind.EPUB or kind is not None and not kind.paged):
        reasons["ocr"] = _OCR
    reasons["export_pdf"] = NO_DOCUMENT if kind is None else None if kind is DocumentKind.PDF else _EXPORT_PDF
    return reasons


NOT_SYNCED = QT_TRANSLATE_NOOP("ActionStates", "This project does not sync with a server: there is nothing to purge")
NOTHING_TO_PURGE = QT_TRANSLATE_NOOP("ActionStates", "Click a highlight, or pick a document, claim, actor or source, first")


def purge_reason(read_only: bool, syncs: bool, deletable: bool, localize: Translate = _untranslated) -> str | None:
    """Why Edit > Delete and purge from server does not apply (None: it does)."""
    reason = READ_ONLY if read_only else NOT_SYNCED if not syncs else None if deletable else NOTHING_TO_PURGE
    return localize("ActionStates", reason) if reason else None


NO_ROWS = QT_TRANSLATE_NOOP("ActionStates", "Select one or more rows of this list first")


def delete_reason(read_only: bool, rows: int, localize: Translate = _untranslated) -> str | None:
    """Why a list's Delete… (its context menu, the Delete key) does not apply to its `rows` selected rows."""
    reason = READ_ONLY if read_only else None if rows else NO_ROWS
    return localize("ActionStates", reason) if reason else None
