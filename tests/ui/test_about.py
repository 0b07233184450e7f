"""Help › About shows the version and the app's icon; the application and its windows carry that icon."""

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.ui.dialogs.about_dialog import about_box
from app.ui.shell.application import make_application


def test_about_box_has_version_and_icon(qtbot) -> None:
    box = about_box()
    qtbot.addWidget(box)
    assert f"Sourcemark {__version__}" in box.text()
    assert "Qt " in box.informativeText()
    assert not box.iconPixmap().isNull() and box.iconPixmap().width() > 0
    assert not box.windowIcon().isNull()


def test_help_menu_opens_the_about_box(main_window, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    menus = {action.text(): action.menu() for action in main_window.menuBar().actions()}
    about = next(a for a in menus["&Help"].actions() if a.text() == "&About Sourcemark")
    about.trigger()
    assert shown == [f"<h3>Sourcemark {__version__}</h3>"]


def test_application_and_main_window_carry_the_icon(main_window) -> None:
    app = make_application()
    assert app is QApplication.instance()
    assert not app.windowIcon().isNull()
    assert not main_window.windowIcon().isNull()  # windows inherit the application's icon
    assert QApplication.applicationVersion() == __version__
