"""GUI second pass (issue 20): dark mode is a setting (system, light, dark), kept across runs."""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.ui.application import apply_scheme
from app.ui.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def app(qapp) -> Iterator[QApplication]:
    yield qapp
    apply_scheme(qapp, "system")  # leave the palette as other tests expect it


def _window_lightness(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_and_light_are_applied_whatever_the_system_says(app) -> None:
    assert apply_scheme(app, "dark") and _window_lightness(app) < 80
    assert not apply_scheme(app, "light") and _window_lightness(app) > 180
    apply_scheme(app, "dark")
    app.styleHints().colorSchemeChanged.emit(app.styleHints().colorScheme())  # the desktop changes its mind
    assert _window_lightness(app) < 80  # the user's choice stands


def test_the_setting_is_kept(app_settings) -> None:
    assert app_settings.color_scheme() == "system"
    app_settings.set_color_scheme("dark")
    assert app_settings.color_scheme() == "dark"
    app_settings.set_color_scheme("sepia")
    assert app_settings.color_scheme() == "system"


def test_the_settings_dialog_switches_the_scheme(main_window, app, monkeypatch) -> None:
    def accept(dialog: SettingsDialog) -> int:
        dialog.scheme.setCurrentIndex(dialog.scheme.findData("dark"))
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    main_window.edit_settings()
    assert main_window.settings.color_scheme() == "dark"
    assert _window_lightness(app) < 80
