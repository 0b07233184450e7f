"""User-facing messages: one short message box, never a traceback; bugs go to a log file.

Every widget reports failures through `show_error`, and tells or asks through `inform` and `ask`, so the
wording stays consistent and tests can patch `_exec` once and see every message. Their text is plain text,
always: it carries what a server, a file or a capture said (an HTTP reason phrase, a title, a file name), and
QMessageBox's static functions would render a message that starts like HTML as HTML, links and all.
"""

import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.domain.errors import SourcemarkError

log = logging.getLogger("sourcemark")


Button = QMessageBox.StandardButton


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: Button = Button.Ok, default: Button = Button.NoButton) -> QMessageBox:
    """A message box that shows `text` as typed: never as HTML."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return box


def _exec(box: QMessageBox) -> int:
    return box.exec()


def show_error(parent: QWidget | None, message: str, title: str = "Sourcemark") -> None:
    _exec(message_box(parent, QMessageBox.Icon.Warning, title, message))


def inform(parent: QWidget | None, title: str, message: str) -> None:
    _exec(message_box(parent, QMessageBox.Icon.Information, title, message))


def ask(parent: QWidget | None, title: str, message: str, buttons: Button = Button.Yes | Button.No,
        default: Button = Button.NoButton) -> Button:
    """The button pressed (Esc or ✕: the Cancel or No of `buttons`)."""
    return Button(_exec(message_box(parent, QMessageBox.Icon.Question, title, message, buttons, default)))


def plain_label(text: str = "", parent: QWidget | None = None, **properties: object) -> QLabel:
    """A label for text from outside (titles, names, server and file messages): shown as typed, never as HTML."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    for name, value in properties.items():  # Qt properties by name (wordWrap=True ...), as QLabel(**kw) takes them
        label.setProperty(name, value)
    return label


@contextmanager
def user_errors(parent: QWidget | None, what: str = "") -> Iterator[None]:
    """Turn a SourcemarkError raised inside the block into a message box (prefixed by `what`)."""
    try:
        yield
    except SourcemarkError as exc:
        show_error(parent, f"{what}: {exc}" if what else str(exc))


def log_file() -> Path:
    folder = Path(platformdirs.user_log_dir("sourcemark"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "sourcemark.log"


def install_excepthook(parent_getter: Callable[[], QWidget | None]) -> None:
    """Unexpected exceptions in slots: write the traceback to the log file, show a short message.

    The project is never at risk: every command is committed (or reverted) by the session before
    control returns to Qt, so a bug in the GUI cannot leave half a change on disk.
    """

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if isinstance(exc, SourcemarkError):  # a user-level error that escaped a slot: no log needed
            show_error(parent_getter(), str(exc))
            return
        path = _log_exception(kind, exc, tb)
        show_error(
            parent_getter(),
            QCoreApplication.translate("Errors", "Something went wrong: {name}: {exc}\n\nYour project is safe: every change is saved as you make it.\nDetails were written to {path}").format(name=type(exc).__name__, exc=exc, path=path),
            title=QCoreApplication.translate("Errors", "Sourcemark – unexpected error"),
        )

    sys.excepthook = hook


LOG_MAX_BYTES = 1_000_000  # then sourcemark.log becomes sourcemark.log.1 (…, .3): the log never grows past ~4 MB
LOG_BACKUPS = 3


def _log_exception(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path | str:
    try:
        path = log_file()
        handler = RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:  # no writable log dir: still show the message
        return "(the log file could not be written)"
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    try:  # a handler of its own, opened for this one entry: bugs are rare, and the path may change (tests)
        text = "".join(traceback.format_exception(kind, exc, tb))
        handler.emit(log.makeRecord(log.name, logging.ERROR, __file__, 0, "%s", (text,), None))
    finally:
        handler.close()
    return path
