"""The demo's highlights and claims are the demo analyst's work, not the new user's: the name typed on first run
is credited only with what that user does in the demo copy."""

from pathlib import Path

from PySide6.QtCore import QSettings

from app.services import entities
from app.services.demo import DEMO_ANALYST
from app.ui.shell import launch as launch_module
from app.ui.shell.launch import Launcher
from app.ui.shell.settings import AppSettings


def test_demo_work_is_credited_to_the_demo_analyst_and_new_edits_to_the_user(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(launch_module, "demo_cache_dir", lambda: tmp_path / "cache")
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    launcher = Launcher(settings, "Zoe Newcomer")
    window = launcher.open_demo()
    assert window is not None
    qtbot.addWidget(window)
    session = window.bridge.session
    p = session.project
    annotations = [a for d in p.documents for a in p.annotations_of(d)]
    assert len(annotations) > 10
    assert {a.analyst for a in annotations} == {DEMO_ANALYST}
    assert {c.analyst for c in p.claims.values()} == {DEMO_ANALYST}
    audit = (session.folder / "audit.jsonl").read_text(encoding="utf-8")
    assert "Zoe Newcomer" not in audit and DEMO_ANALYST in audit
    # The user's own edit in the copy is theirs.
    command, claim = entities.create_claim(session, "The user's own claim")
    window.bridge.run(command)
    assert session.project.claims[claim.id].analyst == "Zoe Newcomer"
    launcher.shutdown()
