"""Switching projects in one app frees the one that was open (a 250,000-annotation project is ~640 MB).

Two leaks kept every closed project alive: the window's lambdas connected to an unparented bridge lived in
the bridge's C++ object, where the collector cannot see them; and the load's gc.freeze() pinned whatever was
alive then (the previous window's cycles) for good.
"""

import gc
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from app.services.session import ProjectSession
from app.store import loading
from app.ui.shell.launch import Launcher
from app.ui.shell.settings import AppSettings
from tests.fixtures.run import add_document


def _project(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / f"{name}.sourcemark"
    article = tmp_path / f"{name}.txt"
    article.write_text(f"The {name} minister said the bridge will open in June.", encoding="utf-8")
    with ProjectSession.create(folder, analyst="t") as session:
        add_document(session, article)
    return folder


def _let_deferred_deletes_run() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()  # the collection the launcher schedules once the window is gone


@pytest.mark.parametrize("freeze", [False, True], ids=["small-load", "big-load-freezes"])
def test_opening_another_project_frees_the_previous_window_session_and_project(qapp, tmp_path, monkeypatch, freeze):
    if freeze:  # freeze after every load, as a big project's load does: the old window's Python side may stay
        monkeypatch.setattr(loading, "FREEZE_AFTER", -1)  # pinned (a few widgets), its project may not
    launcher = Launcher(AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), "t", headless=True)
    first = launcher.open(_project(tmp_path, "first"))
    assert first is not None
    old_window, old_session = weakref.ref(first), weakref.ref(first.bridge.session)
    old_project = weakref.ref(first.bridge.session.project)
    del first
    second = launcher.open(_project(tmp_path, "second"))
    assert second is not None and second.bridge.session.folder.name == "second.sourcemark"
    _let_deferred_deletes_run()
    assert old_project() is None, "the closed project is still in memory"
    if not freeze:
        assert old_window() is None and old_session() is None
    launcher.shutdown()
    _let_deferred_deletes_run()
    gc.unfreeze()


def test_closing_a_store_gives_what_its_load_froze_back_to_the_collector(tmp_path, monkeypatch):
    monkeypatch.setattr(loading, "FREEZE_AFTER", -1)
    folder = _project(tmp_path, "solo")

    class Holder:  # a cycle around the session, as a window's closures make
        pass

    holder = Holder()
    holder.me = holder  # alive during the load below, so frozen with it
    session = ProjectSession.open(folder)
    holder.session = session
    assert gc.get_freeze_count() > 0
    ref = weakref.ref(session)
    session.close()
    del holder, session
    gc.collect()
    assert ref() is None


def test_the_open_project_is_released_before_the_next_one_loads(qapp, tmp_path, monkeypatch):
    launcher = Launcher(AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), "t", headless=True)
    first = launcher.open(_project(tmp_path, "first"))
    assert first is not None
    old_session = first.bridge.session
    sizes: list[int] = []
    real_open = Launcher._open_session

    def spy(self, folder):  # noqa: ANN001, ANN202
        sizes.append(len(old_session.project.documents))  # what the old session still holds as the new one loads
        return real_open(self, folder)

    monkeypatch.setattr(Launcher, "_open_session", spy)
    del first
    assert launcher.open(_project(tmp_path, "second")) is not None
    assert sizes == [0]
    launcher.shutdown()
    _let_deferred_deletes_run()


def test_a_project_that_cannot_be_opened_puts_the_user_back_on_the_open_one(qapp, tmp_path, capsys):
    launcher = Launcher(AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), "t", headless=True)
    first = _project(tmp_path, "first")
    assert launcher.open(first) is not None
    assert launcher.open(tmp_path / "missing.sourcemark") is None
    assert "missing.sourcemark" in capsys.readouterr().err
    assert launcher.window is not None
    assert launcher.window.bridge.session.folder == first
    assert len(launcher.window.bridge.session.project.documents) == 1
    launcher.shutdown()
    _let_deferred_deletes_run()
