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
