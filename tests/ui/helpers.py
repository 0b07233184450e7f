"""Helpers shared by the main-window tests."""

from pathlib import Path

from app.services.documents import document_text
from app.services.session import ProjectSession

ARTICLE = (
    "Minister Anna Kovac said on Monday that the new bridge over the Sava will open in May.\n\n"
    "The ministry newspaper Vjesnik Obrane reported that 4,000 workers had built it in two years.\n\n"
    "Critics, among them the engineer Ivo Markic, disputed the figure. Ana Kovač did not reply.\n"
)


def write_article(folder: Path, name: str = "article.txt", text: str = ARTICLE) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def span(session: ProjectSession, document_id: str, quote: str) -> tuple[str, int, int]:
    text = document_text(session, document_id).text
    start = text.index(quote)
    return document_id, start, start + len(quote)


def duplicate_shortcuts(window: object) -> dict[str, list[str]]:
    """Key sequences bound by more than one QAction or QShortcut of a window: {sequence: [what binds it]}.

    Qt runs neither of two enabled bindings of one sequence ("Ambiguous shortcut overload"), so any
    sequence listed here is a key that does nothing. Sequences are resolved on the running platform.
    """
    from PySide6.QtGui import QAction, QKeySequence, QShortcut

    bound: dict[str, list[str]] = {}
    seen: set[int] = set()
    for obj in [*window.findChildren(QAction), *window.findChildren(QShortcut)]:  # type: ignore[attr-defined]
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        keys = obj.shortcuts() if isinstance(obj, QAction) else obj.keys()
        name = obj.text() if isinstance(obj, QAction) else f"QShortcut of {type(obj.parent()).__name__}"
        for key in (k.toString(QKeySequence.SequenceFormat.PortableText) for k in keys):
            if key:  # one action listing a sequence twice is as ambiguous as two actions
                bound.setdefault(key, []).append(name.replace("&", ""))
    return {key: names for key, names in bound.items() if len(names) > 1}


def answer_boxes(monkeypatch: object, *answers: object) -> list[tuple[str, str]]:
    """Answer the plain-text message boxes of app.ui.dialogs.errors (show_error, inform, ask) in turn, without
    showing them: returns the (title, text) of each; after the last answer, every box gets the last one."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[tuple[str, str]] = []
    queue = list(answers) or [QMessageBox.StandardButton.Ok]

    def exec_(box: QMessageBox) -> int:
        seen.append((box.windowTitle(), box.text()))
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        return int(answer.value) if hasattr(answer, "value") else int(answer)  # type: ignore[call-overload]

    monkeypatch.setattr("app.ui.dialogs.errors._exec", exec_)  # type: ignore[attr-defined]
    return seen


def wm_close(window: object) -> None:
    """Press the title bar's ✕ as an X11 window manager does: a WM_DELETE_WINDOW client message to the window.

    Unlike QWidget.close() or QWindow.close(), this reaches Qt as a request from outside, which Qt drops for a
    window a modal dialog blocks. Needs the xcb platform (xvfb-run).
    """
    import ctypes
    import ctypes.util

    class ClientMessage(ctypes.Structure):
        _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                    ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                    ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]

    class XEvent(ctypes.Union):
        _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]

    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(XEvent)]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    try:
        event = XEvent()
        msg = event.xclient
        msg.type, msg.send_event, msg.display, msg.format = 33, 1, display, 32  # 33: ClientMessage
        msg.window = int(window.winId())  # type: ignore[attr-defined]
        msg.message_type = x11.XInternAtom(display, b"WM_PROTOCOLS", 0)
        msg.data[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
        x11.XSendEvent(display, msg.window, 0, 0, ctypes.byref(event))
        x11.XFlush(display)
    finally:
        x11.XCloseDisplay(display)


def run_sync(qtbot: object, runner: object, *, interactive: bool = True, timeout: int = 30_000) -> object:
    """File > Sync now (interactive) or the timer's sync, and wait for it to end while the event loop runs (the
    sync runs on a worker): its SyncReport, or None (not started, cancelled, failed)."""
    ended: list[object] = []

    def end(outcome: object) -> None:
        ended.append(outcome)

    runner.syncEnded.connect(end)  # type: ignore[attr-defined]
    try:
        if not runner.sync_now(interactive=interactive):  # type: ignore[attr-defined]
            return None
        qtbot.waitUntil(lambda: bool(ended), timeout=timeout)  # type: ignore[attr-defined]
    finally:
        runner.syncEnded.disconnect(end)  # type: ignore[attr-defined]
    return ended[0]


def highlight(bridge: object, selection: tuple[str, int, int], category: str = "highlight", note: str = "") -> str:
    """H on a selection, as the reader does it: through the undo stack; the new highlight's id."""
    from app.domain.links import Kind
    from app.services import marking

    executed = bridge.run(marking.highlight(bridge.session, selection, category, note))  # type: ignore[attr-defined]
    return executed.created[Kind.ANNOTATION][0]


def link_selection(bridge: object, selection: tuple[str, int, int], choice: object) -> str:
    """The link dialog's answer for a selection, through the undo stack; the new highlight's id."""
    from app.domain.links import Kind
    from app.services import marking

    executed = bridge.run(marking.link_selection(bridge.session, selection, choice))  # type: ignore[attr-defined]
    return executed.created[Kind.ANNOTATION][0]
