"""Switching projects in one app frees the one that was open (a 250,000-annotation project is ~640 MB).

Two leaks kept every closed project alive: the window's lambdas connected to an unparented bridge lived in
the bridge's C++ object, where the collector cannot see them; and the load's gc.freeze() pinned whatever was
alive then (the previous window's cycles) for good.
"""

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from app.services.session import ProjectSession
from app.store import loading
from app.ui.launch import Launcher
from app.ui.settings import AppSettings
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


def test_opening_another_project_frees_the_previous_window_session_and_project(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(loading, "FREEZE_AFTER", -1)  # freeze after every load, as a big project's load does
    launcher = Launcher(AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), "t", headless=True)
    first = launcher.open(_project(tmp_path, "first"))
    assert first is not None
    old_window, old_session = weakref.ref(first), weakref.ref(first.bridge.session)
    del first
    second = launcher.open(_project(tmp_path, "second"))
    assert second is not None and second.bridge.session.folder.name == "second.sourcemark"
    _let_deferred_deletes_run()
    assert old_session() is None, "the closed project is still in memory"
    assert old_window() is None
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
