"""Fixtures for the main-window tests: a small project made through the services, isolated settings."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt

from app.services import entities
from app.services.session import ProjectSession
from app.ui.bridge import SessionBridge
from app.ui.shell.settings import AppSettings
from tests.conftest import MakeProject
from tests.fixtures.run import add_document

from .helpers import write_article


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """`xcb` tests need a real X11 window; packaging/dev.sh test runs them again under Xvfb."""
    if os.environ.get("QT_QPA_PLATFORM") == "xcb":
        return
    skip = pytest.mark.skip(reason="needs QT_QPA_PLATFORM=xcb (run under xvfb-run, as packaging/dev.sh test does)")
    for item in items:
        if "xcb" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _desktop_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The desktop's recent list (recently-used.xbel) and the instance socket live in folders of the test's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    """Settings in a file of their own, so tests never touch the user's preferences."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ui_session(make_project: MakeProject, tmp_path: Path) -> ProjectSession:
    """A project with an article, an actor, a claim and a source (closed by the factory)."""
    session = make_project("case")
    add_document(session, write_article(tmp_path))
    command, _ = entities.create_actor(session, "Anna Kovac", aliases=("Ana Kovač",))
    session.execute(command)
    command, _ = entities.create_claim(session, "4,000 workers built the bridge in two years.")
    session.execute(command)
    command, _ = entities.create_source(session, "Vjesnik Obrane, 3 March", reliability="C", credibility=3)
    session.execute(command)
    return session


@pytest.fixture
def ui_bridge(ui_session: ProjectSession) -> Iterator[SessionBridge]:
    bridge = SessionBridge(ui_session)
    yield bridge
    bridge.detach()


@pytest.fixture
def doc_id(ui_session: ProjectSession) -> str:
    return next(iter(ui_session.project.documents))


@pytest.fixture
def stated(ui_session: ProjectSession, doc_id: str) -> tuple[str, str, str]:
    """The claim, a highlight "Minister Anna Kovac" stating it, and their link."""
    from app.domain.links import Kind
    from app.services import annotate, linking

    from .helpers import ARTICLE

    claim = next(iter(ui_session.project.claims))
    start = ARTICLE.index("Minister Anna Kovac")
    ann = ui_session.execute(annotate.create_annotation(ui_session, doc_id, start, start + 19)).created[Kind.ANNOTATION][0]
    link = ui_session.execute(linking.link(ui_session, (Kind.ANNOTATION, ann), (Kind.CLAIM, claim), "states"))
    return claim, ann, link.created[Kind.LINK][0]


@pytest.fixture
def arabic(qapp) -> Iterator[None]:  # noqa: ANN001 - pytest-qt's QApplication
    """The interface in Arabic (right to left) for one test, then English again."""
    from app.ui import i18n

    assert i18n.apply(qapp, "ar")
    yield
    i18n.apply(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def main_window(qtbot, ui_bridge: SessionBridge, app_settings: AppSettings, doc_id: str):
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors

    window = MainWindow(ui_bridge, app_settings, CategoryColors())
    qtbot.addWidget(window)
    window.show()
    window.open_document(doc_id)
    return window


@pytest.fixture
def message_boxes(monkeypatch) -> list[tuple[str, str]]:
    """Record every message box instead of showing it (a modal box would hang an offscreen test)."""
    from PySide6.QtWidgets import QMessageBox

    calls: list[tuple[str, str]] = []

    def record(kind: str, answer: object = QMessageBox.StandardButton.Ok):
        def box(parent, title, text, *args, **kwargs):
            calls.append((kind, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.No))

    def plain_box(box: QMessageBox) -> int:  # errors.show_error / inform / ask: plain-text boxes
        assert box.textFormat() == Qt.TextFormat.PlainText
        kind = {QMessageBox.Icon.Warning: "warning", QMessageBox.Icon.Critical: "critical",
                QMessageBox.Icon.Question: "question"}.get(box.icon(), "information")
        calls.append((kind, box.text()))
        return (QMessageBox.StandardButton.No if kind == "question" else QMessageBox.StandardButton.Ok).value

    monkeypatch.setattr("app.ui.dialogs.errors._exec", plain_box)
    return calls


@pytest.fixture(autouse=True, scope="session")
def _english_catalogue(qapp) -> None:  # noqa: ANN001 - pytest-qt's QApplication
    """The interface in English as a user gets it: with the English catalogue's plural forms ("1 claim")."""
    from app.ui import i18n

    assert i18n.apply(qapp, "en"), "no English catalogue: run `python packaging/translations.py release`"
    QLocale.setDefault(QLocale("en_US"))  # dates and numbers as the tests expect them, whatever the machine's locale
