"""The link dialogs: name as written, tab order, the source dialog's grade and citation fields."""

from PySide6.QtWidgets import QWidget

from app.domain.links import Kind
from app.ui.dialogs.link_dialog import LinkDialog

from .helpers import link_selection, span


def _dialog(qtbot, project, kind: Kind, quote: str) -> LinkDialog:
    dialog = LinkDialog(project, kind, quote)
    qtbot.addWidget(dialog)
    return dialog


def _tab_chain(dialog: LinkDialog) -> list[QWidget]:
    """The focusable widgets in the order Tab visits them, starting at the name field."""
    chain, widget = [], dialog.name
    while True:
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & widget.focusPolicy().TabFocus and widget.isVisibleTo(dialog)) \
                and widget is not dialog.name:
            widget = widget.nextInFocusChain()
        if widget is dialog.name or len(chain) > 30:
            return chain


def test_a_selection_spelled_otherwise_defaults_to_misspelling_and_shows_both(qtbot, ui_session):
    dialog = _dialog(qtbot, ui_session.project, Kind.ACTOR, "Ana Kovach")
    assert dialog.choice().existing_id is None and dialog.choice().reason == ""  # a new actor: the usual form
    dialog.name.setText("Anna Kovac")  # the user picks the existing actor
    choice = dialog.choice()
    assert choice.existing_id == next(iter(ui_session.project.actors)) and choice.reason == "misspelling"
    assert "Anna Kovac" in dialog.status.text() and "Ana Kovach" in dialog.status.text()
    same = _dialog(qtbot, ui_session.project, Kind.ACTOR, "ANA KOVAC")  # the alias, bar case and accents
    assert same.choice().existing_id == choice.existing_id and same.choice().reason == "alias"  # as Find all mentions says


def test_a_reason_the_user_picked_stays(qtbot, ui_session):
    dialog = _dialog(qtbot, ui_session.project, Kind.ACTOR, "Ana Kovach")
    reason = dialog.extra["reason"]
    reason.setCurrentIndex(reason.findData("transliteration"))
    reason.activated.emit(reason.currentIndex())
    dialog.name.setText("Anna Kovac")
    assert dialog.choice().reason == "transliteration"


def test_tab_follows_the_fields_top_to_bottom(qtbot, ui_session):
    dialog = _dialog(qtbot, ui_session.project, Kind.SOURCE, "Vjesnik Obrane")
    dialog.show()
    f = dialog.source_fields
    expected = [dialog.name, dialog.relation, f["grade"], f["url"], f["publisher"], f["published"], dialog.ok]
    assert _tab_chain(dialog)[:len(expected)] == expected


def test_the_source_dialog_takes_one_grade_and_the_citation(qtbot, ui_bridge, ui_session, doc_id):
    dialog = _dialog(qtbot, ui_session.project, Kind.SOURCE, "ministry newspaper")
    dialog.name.setText("Defence ministry bulletin")
    grade = dialog.source_fields["grade"]
    grade.setText("")
    qtbot.keyClicks(grade, "b2")
    assert dialog.grade_meaning.text() == "usually reliable; probably true"
    grade.setText("")
    qtbot.keyClicks(grade, "G7")  # refused key by key by the field's validator
    assert grade.text() == ""
    grade.setText("B")
    assert not dialog.ok.isEnabled()  # half a grade
    grade.setText("B2")
    dialog.source_fields["url"].setText("https://mod.example/bulletin")
    dialog.source_fields["publisher"].setText("Ministry of Defence")
    dialog.source_fields["published"].setText("2024-03-03")
    choice = dialog.choice()
    assert (choice.reliability, choice.credibility) == ("B", 2)
    link_selection(ui_bridge, span(ui_session, doc_id, "ministry newspaper"), choice)
    (source,) = [s for s in ui_session.project.sources.values() if s.title == "Defence ministry bulletin"]
    assert (source.grade, source.url, source.publisher, source.published) == (
        "B2", "https://mod.example/bulletin", "Ministry of Defence", "2024-03-03")


def test_an_existing_source_shows_its_own_grade(qtbot, ui_session):
    dialog = _dialog(qtbot, ui_session.project, Kind.SOURCE, "Vjesnik")
    dialog.name.setText("Vjesnik Obrane, 3 March")
    grade = dialog.source_fields["grade"]
    assert grade.text() == "C3" and grade.isReadOnly()
    dialog.name.setText("Something new")
    assert grade.text() == "F6" and not grade.isReadOnly()


