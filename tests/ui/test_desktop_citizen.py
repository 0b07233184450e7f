"""The launcher as a desktop citizen: a document from the file manager goes into a project the user picks, a
second launch hands its request to the running window, opened projects (not demo copies) enter the desktop's
recent list, and a demo copy lives in the cache only as long as its run."""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.services.session import ProjectSession
from app.ui.shell import launch as launch_module
from app.ui.shell import single_instance
from app.ui.shell.add_to_project import NEW_PROJECT, AddToProjectDialog
from app.ui.shell.launch import Launcher, launch_request
from app.ui.shell.settings import AppSettings


def _launcher(tmp_path: Path, *, headless: bool = False) -> Launcher:
    return Launcher(AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), "t", headless=headless)


def _project(folder: Path) -> Path:
    ProjectSession.create(folder, analyst="t").close()
    return folder


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "t.txt"
    path.write_text("The minister said the bridge will open in June.", encoding="utf-8")
    return path


def _recent_hrefs() -> list[str]:
    xbel = Path(os.environ["XDG_DATA_HOME"]) / "recently-used.xbel"
    return [b.get("href", "") for b in ET.parse(xbel).getroot().findall("bookmark")] if xbel.exists() else []


def test_the_command_line_names_a_project_a_document_or_nothing(tmp_path: Path) -> None:
    project = _project(tmp_path / "Case.sourcemark")
    article = _article(tmp_path)
    assert launch_request(str(project), False) == {"open": str(project)}
    assert launch_request(str(project / "project.json"), False) == {"open": str(project)}  # from a file manager
    assert launch_request((project / "project.json").as_uri(), False) == {"open": str(project)}  # the recent list
    assert launch_request(str(article), False) == {"add": str(article)}
    other_json = tmp_path / "elsewhere" / "project.json"
    other_json.parent.mkdir()
    other_json.write_text("{}", encoding="utf-8")
    assert launch_request(str(other_json), False) == {"add": str(other_json)}  # not a project's: a document
    assert launch_request(str(tmp_path / "missing"), False) == {"open": str(tmp_path / "missing")}
    assert launch_request(None, True) == {"demo": True} and launch_request(None, False) == {}


def test_a_document_goes_into_the_project_picked_the_open_one_offered_first(qtbot, tmp_path: Path) -> None:
    older, newer = _project(tmp_path / "Older.sourcemark"), _project(tmp_path / "Newer.sourcemark")
    launcher = _launcher(tmp_path)
    launcher.open(newer)
    launcher.open(older)  # the open one, and the last opened
    offered: list[list[str]] = []

    def pick_second(document: Path, projects: list[str]) -> str:
        offered.append(projects)
        return projects[1]

    window = launcher.add_document(_article(tmp_path), choose=pick_second)
    assert offered == [[str(older.resolve()), str(newer.resolve())]]
    assert window is not None and window is launcher.window
    qtbot.addWidget(window)
    session = window.bridge.session
    assert session.folder.resolve() == newer.resolve()
    assert [d.original_name for d in session.project.documents.values()] == ["t.txt"]
    assert window.view.current_document() == next(iter(session.project.documents))
    launcher.shutdown()
    with ProjectSession.open(older) as untouched:
        assert not untouched.project.documents


def test_cancelling_the_choice_adds_nothing(qtbot, tmp_path: Path) -> None:
    project = _project(tmp_path / "Case.sourcemark")
    launcher = _launcher(tmp_path)
    qtbot.addWidget(launcher.open(project))
    assert launcher.add_document(_article(tmp_path), choose=lambda d, r: None) is None
    assert not launcher.window.bridge.session.project.documents
    launcher.shutdown()


def test_the_chooser_lists_the_projects_and_offers_a_new_one(qtbot, tmp_path: Path) -> None:
    dialog = AddToProjectDialog(tmp_path / "t.pdf", ["/p/One.sourcemark", "/p/Two.sourcemark"])
    qtbot.addWidget(dialog)
    assert [dialog.projects.item(i).text() for i in range(dialog.projects.count())] == ["/p/One.sourcemark",
                                                                                         "/p/Two.sourcemark"]
    assert dialog.projects.currentRow() == 0 and dialog.add_button.isDefault()
    dialog.add_button.click()
    assert dialog.choice == "/p/One.sourcemark"
    empty = AddToProjectDialog(tmp_path / "t.pdf", [])
    qtbot.addWidget(empty)
    assert not empty.add_button.isEnabled() and empty.new_button.isDefault()
    empty.new_button.click()
    assert empty.choice == NEW_PROJECT


def test_opened_projects_enter_the_desktop_recent_list_and_demo_copies_do_not(qtbot, tmp_path: Path,
                                                                               monkeypatch) -> None:
    monkeypatch.setattr(launch_module, "demo_cache_dir", lambda: tmp_path / "cache")
    project = _project(tmp_path / "Case.sourcemark")
    launcher = _launcher(tmp_path)
    qtbot.addWidget(launcher.open(project))
    window = launcher.open_demo()
    assert window is not None
    qtbot.addWidget(window)
    demo = window.bridge.session.folder
    assert demo.parent.parent == tmp_path / "cache" / "runs" and not str(demo).startswith("/tmp/sourcemark-demo-")
    assert _recent_hrefs() == [(project / "project.json").resolve().as_uri()]
    assert launcher.settings.recent_projects() == [str(project.resolve())]
    launcher.open(project)  # leaving the demo removes its copy
    assert not demo.exists() and not demo.parent.exists()
    launcher.open_demo()
    demo = launcher.window.bridge.session.folder
    launcher.shutdown()  # and so does quitting
    assert not demo.parent.exists() and list((tmp_path / "cache" / "runs").iterdir()) == []


def test_a_second_launch_hands_its_document_to_the_running_window(qtbot, tmp_path: Path) -> None:
    project = _project(tmp_path / "Case.sourcemark")
    launcher = _launcher(tmp_path)
    qtbot.addWidget(launcher.open(project))
    server = single_instance.InstanceServer()
    assert server.listen()
    requests: list[dict] = []
    server.requestReceived.connect(requests.append)
    article = _article(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    second = subprocess.Popen([sys.executable, "-m", "app", "t.txt"], cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    assert second.returncode == 0, second.stderr.read()
    qtbot.waitUntil(lambda: bool(requests), timeout=5_000)
    assert requests == [{"add": str(article)}]
    launcher.add_document = lambda document, choose=None: launcher.open(project)  # the dialog's part is tested above
    launcher.handle_request({"open": str(project)})
    assert launcher.window is not None and launcher.window.isVisible()
    server.close()
    launcher.shutdown()


def test_with_nobody_listening_a_launch_carries_on_by_itself(tmp_path: Path) -> None:
    assert not single_instance.hand_over({}, name=str(tmp_path / "nobody.socket"), timeout_ms=500)
    stale = tmp_path / "stale.socket"
    stale.write_bytes(b"")  # a socket file left by a process that died
    server = single_instance.InstanceServer(name=str(stale))
    assert server.listen()
    server.close()


@pytest.mark.parametrize("argument", ["t.txt"])
def test_a_screenshot_of_a_document_says_it_is_not_a_project(tmp_path: Path, argument: str) -> None:
    _article(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    out = subprocess.run([sys.executable, "-m", "app", argument, "--screenshot", "x.png"], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.strip() == "sourcemark: error: t.txt is not a project (to add a document to one: sourcemark add PROJECT t.txt)"
