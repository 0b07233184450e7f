"""Every control has a name a screen reader can say (offscreen QAccessible walk; the AT-SPI walk is test_atspi_walk)."""

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.links import Kind
from app.ui.accessible import name_line_edit, plain_name
from app.ui.dialogs.capture_dialog import CaptureDialog
from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.dialogs.link_dialog import LinkDialog
from app.ui.dialogs.merge_dialog import MergeDialog
from app.ui.dialogs.page_picker_dialog import PagePickerDialog
from app.ui.dialogs.report_dialog import ReportDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog, menu_actions

from .accessible_tree import meaningful, unnamed


def test_every_control_of_the_main_window_has_a_word_name(main_window) -> None:
    main_window.view.find_bar.open_bar()  # hidden at first: its buttons were the ↑ ↓ × of the issue
    assert unnamed(main_window) == []


def test_symbol_buttons_say_what_they_do(main_window) -> None:
    names = {b.text(): b.accessibleName() for b in main_window.view.page_bar.findChildren(QWidget)
             if hasattr(b, "text") and b.text() in ("−", "+", "↔")}
    assert names == {"−": "Zoom out", "+": "Zoom in", "↔": "Fit width"}


def test_a_filter_field_and_its_clear_button_are_named(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setClearButtonEnabled(True)
    name_line_edit(edit, "Filter annotations")
    assert edit.accessibleName() == "Filter annotations"
    assert [b.accessibleName() for b in edit.findChildren(QWidget) if b.accessibleName()] == ["Clear: Filter annotations"]


def test_names_are_words() -> None:
    assert plain_name("Zoom in (Ctrl+wheel)") == "Zoom in" and plain_name("Next match (Enter, F3)") == "Next match"
    assert not meaningful("×") and not meaningful(" ↔ ") and meaningful("Zoom in") and meaningful("Увеличить")


def test_every_control_of_the_dialogs_has_a_word_name(qtbot, ui_session, main_window) -> None:
    project = ui_session.project
    document = next(iter(project.documents.values()))
    page = SimpleNamespace(record="r1", url="https://example.org/", captured_at="2026-12-07", title="Example",
                           size=1200, problem="")
    dialogs = {
        "capture": CaptureDialog(),
        "settings": SettingsDialog("Ana", {}, ocr_languages="eng", installed=["eng", "rus"]),
        "link": LinkDialog(project, Kind.ACTOR, "Ana Kovač"),
        "report": ReportDialog([("c1", "A claim")], lambda ids: ("<p>preview</p>", {}), lambda *a: True),
        "document": DocumentDialog(document),
        "pages": PagePickerDialog([page], "a.warc"),
        "shortcuts": ShortcutsDialog(menu_actions(main_window.menuBar())),
    }
    found = {}
    for key, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        found[key] = unnamed(dialog)
    assert found == {key: [] for key in dialogs}


def test_every_control_of_the_team_and_start_up_windows_has_a_word_name(qtbot, ui_bridge, ui_session,
                                                                        tmp_path) -> None:
    from PySide6.QtWidgets import QDialog

    from app.services.merge import merging
    from app.ui.dialogs.claimreview_dialog import ClaimReviewDialog
    from app.ui.shell.add_to_project import AddToProjectDialog
    from app.ui.shell.first_run import AnalystNameDialog
    from app.ui.shell.welcome import WelcomeWindow
    from app.ui.team import TeamWork

    from .test_team import _copy_and_diverge

    other, _ = _copy_and_diverge(ui_session, tmp_path)
    shown: list[QDialog] = []
    TeamWork(ui_bridge, None, run_dialog=lambda d: shown.append(d) or 0).agreement(other)
    windows = {
        "merge": MergeDialog(merging.preview_merge(ui_session, other)),
        "agreement": shown[0],
        "claimreview": ClaimReviewDialog(lambda author, url: ["claim 1: no rating"]),
        "welcome": WelcomeWindow(["/p/One.sourcemark"]),
        "first run": AnalystNameDialog("Ana"),
        "add to project": AddToProjectDialog(tmp_path / "t.pdf", ["/p/One.sourcemark"]),
    }
    found = {}
    for key, window in windows.items():
        qtbot.addWidget(window)
        window.show()
        found[key] = unnamed(window)
    assert found == {key: [] for key in windows}


def test_the_verdict_editor_in_the_claims_table_is_named_after_its_column(main_window) -> None:
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    view = main_window.claims_panel.view
    index = view.model().index(0, 1)
    editor = view.itemDelegateForColumn(1).createEditor(view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert editor.accessibleName() == view.model().headerData(1, Qt.Orientation.Horizontal) == "Verdict"
    editor.deleteLater()
