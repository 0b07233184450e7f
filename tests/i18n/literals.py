"""Find user-visible string literals in app/ui that do not go through Qt's translation (no Qt needed).

A literal is "user-visible" when it is passed to a call known to show text (setText, QLabel(...), our show_error
...). It is fine when wrapped in tr()/translate()/QT_TRANSLATE_NOOP, or when it holds no letter ("—", "%", "").
What this cannot see: a literal put in a variable first and shown later (keep such tables as QT_TRANSLATE_NOOP).
"""

import ast
import re
from collections.abc import Iterator
from pathlib import Path

# call name -> the positions of its text arguments ("*": every positional one) and the text keywords
TEXT_CALLS: dict[str, tuple[tuple[int | str, ...], tuple[str, ...]]] = {
    **{name: ((0,), ()) for name in (
        "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
        "setAccessibleName", "setAccessibleDescription", "showMessage", "addMenu", "setTitle", "setIconText",
        "setLabelText", "setSuffix", "setPrefix", "setSpecialValueText", "setCancelButtonText",
        "setInformativeText", "setDetailedText", "setHtml", "setPlainText", "QLabel", "QPushButton", "QCheckBox",
        "QRadioButton", "QGroupBox", "QMenu", "QToolBar", "QDockWidget", "QToolButton", "plain_label",
        "Column", "show_written", "setTabText", "insertItem")},
    "setHorizontalHeaderLabels": (("*",), ()), "setVerticalHeaderLabels": (("*",), ()),
    "setHeaderLabels": (("*",), ()), "addTab": ((1,), ()), "addButton": ((0,), ()),
    "addItem": ((0,), ()), "addAction": ((0,), ()), "QAction": ((0,), ()),
    "addRow": ((0,), ()), "ActionSpec": ((0, 2, 3), ("text", "tip", "short")), "setItemText": ((1,), ()),
    "information": ((1, 2), ()), "warning": ((1, 2), ()), "critical": ((1, 2), ()), "question": ((1, 2), ()),
    "about": ((1, 2), ()),
    "getText": ((1, 2), ()), "getInt": ((1, 2), ()), "getItem": ((1, 2), ()),
    "getOpenFileName": ((1, 3), ("caption", "filter")), "getOpenFileNames": ((1, 3), ("caption", "filter")),
    "getSaveFileName": ((1, 3), ("caption", "filter")), "getExistingDirectory": ((1,), ("caption",)),
    "QMessageBox": ((1, 2), ("text",)), "message_box": ((2, 3), ()),
    "show_error": ((1, 2), ("title",)), "inform": ((1, 2), ()), "ask": ((1, 2), ()),
    "progress_dialog": ((1, 2), ()), "user_errors": ((1,), ("what",)),
    "createUndoAction": ((1,), ()), "createRedoAction": ((1,), ()),
    # our own helpers that show a text they are given
    "EntityPanel": ((1,), ()), "add_button": ((0, 1), ()), "_dialog": ((2,), ()), "ask_save_path": ((0,), ()),
    "_saved": ((0,), ()), "ButtonSpec": ((0, 1), ()), "say": ((0,), ()),
    "name": ((1, 2), ()), "name_line_edit": ((1,), ()), "name_combo": ((1,), ()),  # app/ui/accessible.py
}
WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"}
# Text that is not language: symbols and separators (a literal made only of these needs no translation).
ALLOWED = {"Sourcemark"}
GRADE = re.compile(r"[A-F][1-6]")


def _call_name(node: ast.Call) -> str:
    f = node.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def _is_words(text: str) -> bool:
    """Letters that make a word: not a symbol, not an Admiralty grade ("F6"), not the product's name."""
    return any(ch.isalpha() for ch in text) and text.strip() not in ALLOWED and not GRADE.fullmatch(text.strip())


def untranslated(node: ast.AST) -> str | None:
    """The offending literal text inside `node`, or None when it is translated or holds no words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _is_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        return "f" + repr("".join(parts)) if _is_words("".join(parts)) else None
    if isinstance(node, ast.BinOp):
        return untranslated(node.left) or untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return untranslated(node.body) or untranslated(node.orelse)
    if isinstance(node, ast.BoolOp):
        return next((bad for v in node.values if (bad := untranslated(v))), None)
    if isinstance(node, ast.Call):
        name = _call_name(node)
        if name in WRAPPERS:
            return None
        if name in {"format", "replace", "join", "strip", "rstrip", "upper", "capitalize", "lower"} and \
                isinstance(node.func, ast.Attribute):
            return untranslated(node.func.value)
    return None


def _text_args(node: ast.Call) -> Iterator[ast.AST]:
    positions, keywords = TEXT_CALLS[_call_name(node)]
    for i, arg in enumerate(node.args):
        if "*" in positions or i in positions:
            yield arg
    for kw in node.keywords:
        if kw.arg in keywords:
            yield kw.value


def offenders(root: Path) -> list[str]:
    """`path:line: call("text")` for each untranslated literal under `root`."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in TEXT_CALLS:
                for arg in _text_args(node):
                    for part in arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg]:
                        if (bad := untranslated(part)) is not None:
                            found.append(f"{path}:{node.lineno}: {_call_name(node)}({bad!r})")
    return found


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked_texts(root: Path) -> set[str]:
    """Every literal text the code hands to tr(), translate() or QT_TRANSLATE_NOOP(): what lupdate must find."""
    found = set()
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _call_name(node) in WRAPPERS:
                position = 0 if _call_name(node) in {"tr", "QT_TR_NOOP"} else 1
                if len(node.args) > position and (text := _literal(node.args[position])) is not None:
                    found.add(text)
    return found


def hidden_in_fstrings(root: Path) -> list[str]:
    """tr()/translate() calls inside an f-string's braces: lupdate does not look there, so they stay English."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and _call_name(inner) in WRAPPERS:
                        found.append(f"{path}:{inner.lineno}")
    return found
