"""What the user types into the link dialog is what gets stored."""

from PySide6.QtTest import QTest

from app.domain.links import Kind
from app.ui.dialogs.link_dialog import LinkDialog

QUOTE = "The bridge will open on Thursday"


def test_typing_a_statement_replaces_the_quote_instead_of_gluing_onto_it(qtbot, ui_session) -> None:
    dialog = LinkDialog(ui_session.project, Kind.CLAIM, QUOTE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.name.selectedText() == QUOTE  # Enter still takes the quote as it is
    QTest.keyClicks(dialog.name, "The bridge was destroyed")
    assert dialog.choice().new_name == "The bridge was destroyed"


def test_an_actor_name_is_offered_selected_too(qtbot, ui_session) -> None:
    dialog = LinkDialog(ui_session.project, Kind.ACTOR, " Ivo Markic ")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.name, "Ivan Petrov")
    assert dialog.choice().new_name == "Ivan Petrov"
