"""File > Merge project… and Tools > Agreement…: the dialogs, one undo step, PNG renders to look at."""

import shutil
from pathlib import Path

from PySide6.QtWidgets import QDialog

from app.domain.links import Kind
from app.services import entities
from app.services.merge import merging
from app.services.session import ProjectSession
from app.ui.dialogs.agreement_dialog import AgreementDialog
from app.ui.dialogs.merge_dialog import MergeDialog
from app.ui.team import TeamWork


def _copy_and_diverge(session: ProjectSession, tmp_path: Path) -> tuple[Path, str]:
    """A colleague's copy in which the claim got another verdict while this project changed it too."""
    claim = next(iter(session.project.claims))
    other = tmp_path / "boris.sourcemark"
    shutil.copytree(session.folder, other, ignore=shutil.ignore_patterns("lock"))
    with ProjectSession.open(other, analyst="boris") as b:
        b.execute(entities.edit_claim(b, claim, verdict="misleading", rationale="the figure counts contractors"))
        command, _ = entities.create_claim(b, "The bridge is 2.4 km long.", verdict="true")
        b.execute(command)
    session.execute(entities.edit_claim(session, claim, verdict="false"))
    return other, claim


def test_merge_dialog_needs_every_conflict_decided_and_merges_in_one_undo_step(
        qtbot, ui_bridge, ui_session, tmp_path, message_boxes) -> None:
    other, claim = _copy_and_diverge(ui_session, tmp_path)
    preview = merging.preview_merge(ui_session, other)
    dialog = MergeDialog(preview)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.buttons()[0]
    assert dialog.table.rowCount() == 1 and not ok.isEnabled()
    assert "false" in dialog.table.item(0, 1).text() and "misleading" in dialog.table.item(0, 2).text()
    dialog.set_choice(0, "theirs")
    assert ok.isEnabled()
    dialog.grab().save(str(tmp_path / "merge-dialog.png"))

    def answer(d: QDialog) -> int:
        d.set_choice(0, "theirs")
        return QDialog.DialogCode.Accepted

    team = TeamWork(ui_bridge, None, run_dialog=answer)
    before_claims = len(ui_session.project.claims)
    assert team.merge(other)
    assert ui_session.project.claims[claim].verdict.value == "misleading"
    assert len(ui_session.project.claims) == before_claims + 1
    assert ui_bridge.undo_stack.count() == 1 and ui_bridge.undo_stack.undoText().startswith("Merge project")
    held = ui_bridge.undo_stack.command(0).command  # the adapter holds the one command that did it all
    assert held.label.startswith("Merge project") and {op.oid for op in held.ops} >= {claim}
    ui_bridge.undo_stack.undo()
    assert ui_session.project.claims[claim].verdict.value == "false"
    assert len(ui_session.project.claims) == before_claims
    assert message_boxes and message_boxes[-1][0] == "information"


def test_cancelled_merge_changes_nothing_and_a_bad_folder_is_a_message(
        qtbot, ui_bridge, ui_session, tmp_path, message_boxes) -> None:
    other, claim = _copy_and_diverge(ui_session, tmp_path)
    team = TeamWork(ui_bridge, None, run_dialog=lambda d: QDialog.DialogCode.Rejected)
    assert not team.merge(other)
    assert ui_session.project.claims[claim].verdict.value == "false" and ui_bridge.undo_stack.count() == 0
    assert not team.merge(tmp_path / "nowhere")
    assert message_boxes[-1][0] == "warning" and "not a Sourcemark project" in message_boxes[-1][1]


def test_agreement_dialog_shows_kappa_and_disagreements(qtbot, ui_bridge, ui_session, tmp_path) -> None:
    other, claim = _copy_and_diverge(ui_session, tmp_path)
    shown: list[QDialog] = []
    team = TeamWork(ui_bridge, None, run_dialog=lambda d: shown.append(d) or 0)
    report = team.agreement(other)
    assert report is not None and report.claims_compared == 1 and report.verdict_disagreements[0]["claim"] == claim
    [dialog] = shown
    assert isinstance(dialog, AgreementDialog) and dialog.table.rowCount() == 1
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in (2, 3)]
    assert headers == ["tester (A)", "boris (B)"]  # the analysts, not the folders
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save(str(tmp_path / "agreement-dialog.png"))


def test_main_window_has_the_team_menu_entries(main_window) -> None:
    titles = {a.text() for m in main_window.menuBar().actions() for a in m.menu().actions()}
    assert "&Merge project…" in titles and "&Agreement with another project…" in titles
    assert main_window.actions_by_name["merge_project"].isEnabled()
    assert Kind.CLAIM  # the menu acts on the open project's session
