"""The desk's daily path, driven as a user drives it: keys and menus into a real main window.

New project -> add an article -> select words by keyboard -> C (claim), A (actor), S (source) -> verdict
-> Ctrl+Z / Ctrl+Shift+Z -> export claims as CSV, confirmed in the status bar. Dialogs that would wait
for a person are answered by patched exec() calls; everything else goes through Qt's key and shortcut
handling. Run offscreen and, marked xcb, in a real X11 window (packaging/dev.sh test).
"""

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.domain.links import Kind
from app.ui.dialogs.link_dialog import LinkDialog

from .helpers import ARTICLE, write_article

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def launcher(qtbot, app_settings, message_boxes):
    from app.ui.shell.launch import Launcher

    launcher = Launcher(app_settings, "Ana Analyst", headless=True)
    yield launcher
    launcher.shutdown()


def _select_by_keyboard(qtbot, view, quote: str) -> None:
    """Select the first occurrence of quote with keys only: Ctrl+Home, Ctrl+Right to its first word, then
    Ctrl+Shift+Right over whole words and Shift+Right over the last characters."""
    start = ARTICLE.index(quote)
    end = start + len(quote)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    while view.cursor_offset() < start:
        qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
    assert view.cursor_offset() == start
    while True:
        before = view.cursor_offset()
        qtbot.keyClick(view, Qt.Key.Key_Right, CTRL | SHIFT)
        if view.cursor_offset() > end:  # one word too far: back to where it was
            qtbot.keyClick(view, Qt.Key.Key_Left, CTRL | SHIFT)
            assert view.cursor_offset() == before
            break
    while view.cursor_offset() < end:
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    assert view.selection() == (start, end)


def _answer_link_dialogs(monkeypatch, answers: dict[Kind, dict[str, str]]) -> None:
    def exec_(dialog: LinkDialog) -> int:
        for field, value in answers[dialog.kind].items():
            widget = dialog.name if field == "name" else dialog.source_fields[field]
            widget.setText(value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LinkDialog, "exec", exec_)


def walk_the_daily_path(qtbot, launcher, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "Kursk.sourcemark"
    monkeypatch.setattr("app.ui.shell.launch.QFileDialog.getSaveFileName", lambda *a, **k: (str(folder), ""))
    launcher.ask_new()  # File > New project
    w = launcher.window
    assert w is not None and folder.is_dir()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)

    article = write_article(tmp_path)
    monkeypatch.setattr("app.ui.project_io.QFileDialog.getOpenFileNames", lambda *a, **k: ([str(article)], ""))
    w.actions_by_name["add"].trigger()  # File > Add document…
    session = w.bridge.session
    assert len(session.project.documents) == 1 and w.view.current_document() is not None
    text_view = w.view.text_view

    _answer_link_dialogs(monkeypatch, {
        Kind.CLAIM: {"name": "The bridge will open in May."},
        Kind.ACTOR: {"name": "Anna Kovac"},
        Kind.SOURCE: {"name": "Vjesnik Obrane", "grade": "C3", "url": "https://vjesnik.example/bridge"},
    })
    _select_by_keyboard(qtbot, text_view, "the new bridge over the Sava will open in May")
    qtbot.keyClick(text_view, Qt.Key.Key_C)  # New claim from selection
    _select_by_keyboard(qtbot, text_view, "Anna Kovac")
    qtbot.keyClick(text_view, Qt.Key.Key_A)  # Link actor
    _select_by_keyboard(qtbot, text_view, "Vjesnik Obrane")
    qtbot.keyClick(text_view, Qt.Key.Key_S)  # Link source
    p = session.project
    assert [c.statement for c in p.claims.values()] == ["The bridge will open in May."]
    assert [a.name for a in p.actors.values()] == ["Anna Kovac"]
    (source,) = p.sources.values()
    assert source.grade == "C3" and source.url == "https://vjesnik.example/bridge"
    assert sorted(a.exact for a in p.annotations.values()) == [
        "Anna Kovac", "Vjesnik Obrane", "the new bridge over the Sava will open in May"]

    claims = w.claims_panel.view.model()
    claims.setData(claims.index(0, 1), "false")  # the verdict, edited in place in the Claims panel
    assert next(iter(p.claims.values())).verdict.value == "false"
    qtbot.keyClick(text_view, Qt.Key.Key_Z, CTRL)  # Ctrl+Z: the verdict goes back
    assert next(iter(p.claims.values())).verdict.value == "unverified"
    qtbot.keyClick(text_view, Qt.Key.Key_Z, CTRL | SHIFT)  # Ctrl+Shift+Z: and comes again
    assert next(iter(p.claims.values())).verdict.value == "false"
    qtbot.keyClick(text_view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(text_view, Qt.Key.Key_Y, CTRL)  # Ctrl+Y redoes too
    assert next(iter(p.claims.values())).verdict.value == "false"
    walk_the_third_pass(qtbot, w, text_view)

    out = tmp_path / "exports"
    out.mkdir()
    suggested: list[str] = []

    def save_dialog(_parent, _title, name, _filter):
        suggested.append(name)
        return str(out / Path(name).name), _filter

    monkeypatch.setattr("app.ui.project_io.QFileDialog.getSaveFileName", save_dialog)
    file_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&File")
    export_menu = next(a.menu() for a in file_menu.actions() if a.menu() and "Export" in a.text())
    next(a for a in export_menu.actions() if a.text().replace("&", "") == "Claims as CSV…").trigger()
    assert suggested == ["Kursk-claims.csv"]
    written = out / "Kursk-claims.csv"
    rows = list(csv.DictReader(written.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["verdict"] for r in rows] == ["False"]
    assert w.export_notice.isVisible()
    assert w.export_notice.label.text() == f"Claims as CSV written: Kursk-claims.csv in {out}"


def walk_the_third_pass(qtbot, w, text_view) -> None:
    """Issue 30's paths by keyboard: a rationale typed in the inspector is saved when F6 leaves it; Delete removes
    the selected highlight and Ctrl+Z brings it back; S on a selected highlight links it to the source."""
    p = w.bridge.session.project
    claim = next(iter(p.claims.values()))
    w.select_object(Kind.CLAIM, claim.id)
    note = w.inspector.note
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClicks(note, "Ministry readout only")
    assert p.claims[claim.id].rationale == ""
    qtbot.keyClick(note, Qt.Key.Key_F6)  # to the next pane: the field saves itself on the way out
    qtbot.waitUntil(lambda: not note.hasFocus())
    assert p.claims[claim.id].rationale == "Ministry readout only"

    anna = next(a for a in p.annotations.values() if a.exact == "Anna Kovac")
    w.select_annotation(anna.id)
    text_view.setFocus()
    qtbot.waitUntil(text_view.hasFocus)
    qtbot.keyClick(text_view, Qt.Key.Key_Delete)  # Delete: the selected highlight goes
    assert anna.id not in p.annotations
    qtbot.keyClick(text_view, Qt.Key.Key_Z, CTRL)
    assert anna.id in p.annotations

    w.select_annotation(anna.id)  # no text selected now: S links the highlight itself
    text_view.setFocus()
    qtbot.keyClick(text_view, Qt.Key.Key_S)
    assert {link.object_kind for link in p.links_of(anna.id)} == {Kind.ACTOR, Kind.SOURCE}
    assert len([a for a in p.annotations.values() if a.exact == "Anna Kovac"]) == 1


def test_the_daily_path(qtbot, launcher, tmp_path, monkeypatch):
    walk_the_daily_path(qtbot, launcher, tmp_path, monkeypatch)


@pytest.mark.xcb
def test_the_daily_path_on_x11(qtbot, launcher, tmp_path, monkeypatch):
    walk_the_daily_path(qtbot, launcher, tmp_path, monkeypatch)
