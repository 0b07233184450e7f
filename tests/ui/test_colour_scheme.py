"""Dark mode is a setting (system, light, dark), kept across runs."""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.shell.application import apply_scheme


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


def test_radio_buttons_get_visible_outlines_only_in_the_dark(app) -> None:
    apply_scheme(app, "dark")
    assert "QRadioButton::indicator" in app.styleSheet()
    apply_scheme(app, "light")
    assert app.styleSheet() == ""


def test_graph_edge_labels_stay_legible_in_the_dark(main_window, ui_session, app) -> None:
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from app.domain.links import Kind
    from app.services.marking import LinkChoice

    from .helpers import link_selection, span

    doc = next(iter(ui_session.project.documents))
    claim = next(iter(ui_session.project.claims))
    link_selection(main_window.bridge, span(ui_session, doc, "will open in May"), LinkChoice(Kind.CLAIM, existing_id=claim))
    apply_scheme(app, "dark")
    main_window.docks["graph"].show()
    main_window.docks["graph"].raise_()
    main_window.graph_panel.set_active(True)
    main_window.select_object(Kind.CLAIM, claim)
    view = main_window.graph_panel.view
    base = view.palette().base().color().lightness()
    labels = [i for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert labels and all(i.brush().color().lightness() - base > 90 for i in labels)
