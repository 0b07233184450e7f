"""Walk a widget's accessible tree (QAccessible, offscreen) and list the controls a screen reader cannot name.

The same rule as the AT-SPI walk in CI (tests/ui/atspi_walk.py): a control of a role users act on needs a name
with at least one letter or digit; a name made only of symbols ("+", "×") is read out as noise.
"""

from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
NAMED_ROLES = {Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.Tree,
               Role.Table, Role.List, Role.PageTab, Role.SpinBox, Role.Slider, Role.ButtonMenu, Role.ButtonDropDown,
               Role.Graphic, Role.Document, Role.PageTabList}


def walk(root: QWidget) -> Iterator[QAccessibleInterface]:
    QAccessible.setActive(True)
    start = QAccessible.queryAccessibleInterface(root)
    stack = [start] if start is not None else []
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if node is None or not node.isValid():
            continue
        key = id(node.object()) if node.object() is not None else id(node)
        if node.object() is not None:
            if key in seen:
                continue
            seen.add(key)
        yield node
        stack.extend(node.child(i) for i in range(min(node.childCount(), 500)))


def meaningful(name: str) -> bool:
    return any(ch.isalnum() for ch in name)


def unnamed(root: QWidget) -> list[str]:
    """'role objectName(class): name' for each visible control that has no meaningful accessible name."""
    out = []
    for node in walk(root):
        if node.role() not in NAMED_ROLES:
            continue
        name = node.text(QAccessible.Text.Name)
        if not name and node.role() == Role.List and node.parent() and node.parent().role() == Role.ComboBox:
            name = node.parent().text(QAccessible.Text.Name)  # a combo box's popup: announced as the combo
        if not meaningful(name):
            obj = node.object()
            where = _where(obj)
            out.append(f"{node.role().name} {where}: {name!r}")
    return out


def all_text(root: QWidget) -> str:
    """Every name, description, value and text-interface text in the tree, joined (what a screen reader can reach)."""
    parts = []
    for node in walk(root):
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value):
            parts.append(node.text(kind))
        text = node.textInterface()
        if text is not None:
            parts.append(text.text(0, text.characterCount()))
    return "\n".join(p for p in parts if p)


def _where(obj: object) -> str:
    """objectName(Class) < parent's < grandparent's: enough to find the widget in the code."""
    parts = []
    while obj is not None and len(parts) < 3:
        parts.append(f"{obj.objectName()}({type(obj).__name__})")
        obj = obj.parent()
    return " < ".join(parts)
