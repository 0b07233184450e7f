"""Analysts' words inside the interface's sentences read in order right to left (ui.bidi): isolated names and
quotes, the arrow pointing the way Arabic reads, in the purge and delete confirmations and the inspector's links.
The helpers are pure (the direction given); the Arabic window is checked where Qt lays the text out."""


from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from app.domain.links import Kind
from app.services import deletion as deletion_plan
from app.services.sync import purge
from app.ui import bidi
from app.ui.dialogs import delete_dialog, purge_dialog

FSI, PDI = "\u2068", "\u2069"


def test_latin_data_in_a_left_to_right_interface_is_left_as_it_is() -> None:
    assert bidi.isolate("Minister Anna Kovac", rtl=False) == "Minister Anna Kovac"
    assert bidi.chain("highlight “Anna”", "states", "claim “x”", rtl=False) == "highlight “Anna” → states → claim “x”"
    assert bidi.quoted("Anna Kovac", rtl=False) == "“Anna Kovac”"  # the English catalogue's quotes


def test_right_to_left_isolates_each_piece_of_data_and_turns_the_arrow() -> None:
    assert bidi.isolate("Minister Anna Kovac", rtl=True) == f"{FSI}Minister Anna Kovac{PDI}"
    assert bidi.isolate("", rtl=True) == ""
    assert bidi.chain("a", "b", "c", rtl=True) == "a ← b ← c"
    # Arabic data in an English window is isolated too: two Arabic names would swap around an arrow otherwise
    assert bidi.isolate("آنا كوفاتش", rtl=False) == f"{FSI}آنا كوفاتش{PDI}"
    assert bidi.has_right_to_left("שלום") and not bidi.has_right_to_left("Kovač 4,000")


def _x(line: str, at: int) -> float:
    """Where Qt draws the character at logical index `at` of `line`, in a right-to-left paragraph."""
    layout = QTextLayout(line, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    text_line = layout.createLine()
    text_line.setLineWidth(100_000)
    layout.endLayout()
    x = text_line.cursorToX(at)
    return x[0] if isinstance(x, tuple) else x


def test_in_arabic_a_link_reads_highlight_then_relation_then_claim_from_the_right(arabic, ui_session, stated) -> None:
    claim, _ann, _link = stated
    deletion = deletion_plan.plan(ui_session, [claim])
    text = delete_dialog.text(ui_session.project, deletion)
    line = next(row for row in text.splitlines() if "Minister" in row)
    assert "→" not in line and line.count(" ← ") == 2
    assert f"«{FSI}Minister Anna Kovac{PDI}»" in line and f"«{FSI}4,000 workers built the bridge in two years.{PDI}»" in line
    subject, relation, obj = line.index("Minister"), line.index("يذكر"), line.index("4,000")  # "states" in Arabic
    assert _x(line, subject) > _x(line, relation) > _x(line, obj)  # read from the right: subject, relation, object
    # the claim's full stop stays at its sentence's end (without the isolate it jumped to the far left)
    assert _x(line, line.index("years.") + 5) > _x(line, line.index("years"))

    purging = purge.Deletion(deletion.command, deletion.asked, url="http://127.0.0.1:5984/team")
    box_text = purge_dialog.text(ui_session.project, purging)
    assert line in box_text.splitlines() and f"{FSI}http://127.0.0.1:5984/team{PDI}" in box_text


def test_in_arabic_the_inspector_lists_links_with_the_arrow_of_its_reading(arabic, main_window, stated) -> None:
    claim, ann, _link = stated
    main_window.select_annotation(ann)
    row = main_window.inspector.links.item(0).text()
    assert row.startswith("يذكر ← ادعاء: ") and f"{FSI}4,000 workers" in row and "→" not in row
    main_window.select_object(Kind.CLAIM, claim)
    row = main_window.inspector.links.item(0).text()
    assert "→" not in row and f"{FSI}Minister Anna Kovac{PDI}" in row
    assert main_window.inspector.isRightToLeft()
