"""The interface's words around the analysts' (names, quotes, titles, URLs) so that a sentence reads in order in
either direction.

In an Arabic window a link read "highlight “Minister Anna Kovac” → states → claim “…”" backwards: the Unicode
bidi algorithm lets neutral characters (quotes, arrows, a final full stop) next to a Latin name take the name's
direction, and the arrow pointed against the reading. So each piece of user data is wrapped in a first-strong
isolate (U+2068 … U+2069: it takes its own direction from its first letter and is one neutral unit to the text
around it), its quotation marks are the language's (outside the isolate, so «» mirror in right-to-left text), and
the arrow points the way the interface reads (← in right-to-left). Isolates are added only where they change
something (a right-to-left interface, or right-to-left letters in the data), so an English window with Latin data
shows, copies and is tested exactly as before. Pure functions: `rtl` is the interface's direction when not given.
"""

import unicodedata

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication

FSI, PDI = "\u2068", "\u2069"  # FIRST STRONG ISOLATE, POP DIRECTIONAL ISOLATE
_RIGHT_TO_LEFT = frozenset({"R", "AL"})  # bidi classes of Hebrew, Arabic, Syriac… letters


def right_to_left() -> bool:
    """The interface's direction (i18n.apply sets it for Arabic); left to right before an application exists."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _rtl(rtl: bool | None) -> bool:
    return right_to_left() if rtl is None else rtl


def has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in text)


def isolate(text: str, rtl: bool | None = None) -> str:
    """User data as one unit that keeps its own direction, where that matters."""
    if not text or not (_rtl(rtl) or has_right_to_left(text)):
        return text
    return f"{FSI}{text}{PDI}"


def quoted(text: str, rtl: bool | None = None) -> str:
    """User data between the language's quotation marks (“…” in English, «…» in Arabic), isolated."""
    return QCoreApplication.translate("Bidi", "“{text}”").format(text=isolate(text, rtl))


def arrow(rtl: bool | None = None) -> str:
    """The arrow from what a sentence names first to what it names next, in reading direction."""
    return "←" if _rtl(rtl) else "→"


def chain(*parts: str, rtl: bool | None = None) -> str:
    """`subject → relation → object`, read in order in either direction (the parts isolated already)."""
    return f" {arrow(rtl)} ".join(parts)


def html_dir(rtl: bool | None = None) -> str:
    """An HTML paragraph's attribute for the interface's direction: a paragraph that is all user data (a quote, a
    title) is otherwise laid out in its own direction, a Latin quote left-aligned in an Arabic inspector."""
    return " dir='rtl'" if _rtl(rtl) else ""


def listed(names: list[str], rtl: bool | None = None) -> str:
    """Several user-written names as one list in the interface's way (commas, "and"), each isolated."""
    return QLocale().createSeparatedList([isolate(name, rtl) for name in names])
